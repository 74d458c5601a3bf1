package io.jkompose.maven;

import io.jkompose.apply.Differ;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows what the apply goal would change (a server-side dry run, as {@code jkompose diff}): one line
 * per object that would be created, changed or deleted, and the live and desired YAML of each under
 * {@code diffDirectory} ({@code live/} and {@code desired/}, for {@code diff -ru} or an IDE).
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractClusterMojo {

    /** Show the result of taking over fields other managers own ({@code --force-conflicts}). */
    @Parameter(property = "jkompose.forceConflicts", defaultValue = "false")
    boolean forceConflicts;

    /** Also show what apply with prune would delete ({@code --prune}). */
    @Parameter(property = "jkompose.prune", defaultValue = "false")
    boolean prune;

    /** Fail the build when something would change (the CLI's exit code 4). */
    @Parameter(property = "jkompose.failOnDiff", defaultValue = "false")
    boolean failOnDiff;

    /** Where the live and desired YAML of each changed object go. */
    @Parameter(property = "jkompose.diffDirectory", defaultValue = "${project.build.directory}/jkompose-diff")
    File diffDirectory;

    @Override
    void runAgainstCluster() throws MojoExecutionException, MojoFailureException {
        Differ.Report report;
        try (Session session = open(true)) {
            report = new Differ(session.client()).diff(session.application(), forceConflicts, prune);
        }
        Path folder = basedir().resolve(diffDirectory.toPath()).normalize();
        Map<String, Differ.ObjectDiff> byFile = new LinkedHashMap<>();
        report.changes().forEach(change -> byFile.put(fileName(change), change));
        try {
            write(folder, byFile);
        } catch (IOException e) {
            throw new MojoExecutionException("jkompose: cannot write " + folder + ": " + e.getMessage(), e);
        }
        byFile.forEach((file, change) -> getLog().info(change.object() + " would be "
                + (change.live() == null ? "created" : change.desired() == null ? "deleted" : "changed")));
        report.failures().forEach(failure -> log(failure, ""));
        if (!report.failures().isEmpty()) {
            throw new MojoFailureException("jkompose: the cluster rejected " + report.failures().size()
                    + " objects in the dry run (see above)");
        }
        if (report.changes().isEmpty()) {
            getLog().info("jkompose: the cluster matches the Compose project");
            return;
        }
        getLog().info("jkompose: " + report.changes().size() + " objects would change; diff -ru " + folder.resolve("live")
                + " " + folder.resolve("desired") + " shows how");
        if (failOnDiff) {
            throw new MojoFailureException("jkompose: " + report.changes().size()
                    + " objects in the cluster differ from the Compose project (failOnDiff)");
        }
    }

    /** The folder holds this run's diff only: an object that no longer differs leaves no file behind. */
    private static void write(Path folder, Map<String, Differ.ObjectDiff> byFile) throws IOException {
        for (String side : new String[] {"live", "desired"}) {
            Path sideFolder = folder.resolve(side);
            if (Files.isDirectory(sideFolder)) {
                try (var old = Files.list(sideFolder)) {
                    for (Path file : old.filter(path -> path.toString().endsWith(".yaml")).toList()) {
                        Files.delete(file);
                    }
                }
            }
            Files.createDirectories(sideFolder);
        }
        for (Map.Entry<String, Differ.ObjectDiff> entry : byFile.entrySet()) {
            if (entry.getValue().live() != null) {
                Files.writeString(folder.resolve("live").resolve(entry.getKey()), entry.getValue().live());
            }
            if (entry.getValue().desired() != null) {
                Files.writeString(folder.resolve("desired").resolve(entry.getKey()), entry.getValue().desired());
            }
        }
    }

    /** {@code <name>-<kind>.yaml}, as convert names files; the namespace first when it has one. */
    private static String fileName(Differ.ObjectDiff change) {
        String namespace = change.object().namespace() == null ? "" : change.object().namespace() + "-";
        return namespace + change.object().name() + "-" + change.object().kind().toLowerCase(Locale.ROOT) + ".yaml";
    }
}
