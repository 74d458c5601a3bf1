package io.jkompose.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code convert --check}: compares the files convert would write with those on disk, writes nothing,
 * and prints a unified diff per file that differs (changed, missing, or extra: a file of the folder with
 * the extension convert writes that it would not write, a manifest of a removed service, say). The diff
 * goes to stdout, from what is on disk ({@code a/}) to what convert would write ({@code b/}), so that
 * {@code git apply} or {@code patch -p1} could bring the folder up to date.
 */
final class ManifestCheck {

    private final Invocation invocation;

    ManifestCheck(Invocation invocation) {
        this.invocation = invocation;
    }

    /** @return {@link ExitCode#OK} when the files match, {@link ExitCode#DRIFT} (after the diffs) when not */
    int check(ManifestOutput.Rendered rendered, String extension, boolean folderTarget) {
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, String> file : rendered.files().entrySet()) {
            Path path = rendered.folder().resolve(file.getKey());
            String shown = display(path);
            if (!Files.isRegularFile(path)) {
                missing.add(shown);
                print(UnifiedDiff.of("/dev/null", label("b/", shown), "", file.getValue()));
                continue;
            }
            byte[] present = read(path);
            if (!Arrays.equals(present, file.getValue().getBytes(StandardCharsets.UTF_8))) {
                changed.add(shown);
                print(UnifiedDiff.of(label("a/", shown), label("b/", shown), text(present), file.getValue()));
            }
        }
        if (folderTarget) {
            for (Path path : unexpected(rendered.folder(), rendered.files().keySet(), extension)) {
                String shown = display(path);
                extra.add(shown);
                print(UnifiedDiff.of(label("a/", shown), "/dev/null", text(read(path)), ""));
            }
        }
        int differing = changed.size() + missing.size() + extra.size();
        if (differing == 0) {
            return ExitCode.OK;
        }
        invocation.err().println("jkompose: " + display(rendered.destination()) + " differs from what the Compose files "
                + "give: " + counted(changed.size(), "changed") + ", " + counted(missing.size(), "missing") + ", "
                + counted(extra.size(), "extra") + " (run convert without --check to write it)");
        return ExitCode.DRIFT;
    }

    /** The folder's files with the extension convert writes that it would not write now; hidden files are not looked at. */
    private static Set<Path> unexpected(Path folder, Set<String> expected, String extension) {
        Set<Path> extra = new TreeSet<>();
        if (!Files.isDirectory(folder)) {
            return extra;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile).forEach(path -> {
                String name = path.getFileName().toString();
                if (name.endsWith(extension) && !name.startsWith(".") && !expected.contains(name)) {
                    extra.add(path);
                }
            });
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "cannot list " + folder + ": " + IoErrors.describe(e), e);
        }
        return extra;
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "cannot read " + path + ": " + IoErrors.describe(e), e);
        }
    }

    /** Bytes that are not UTF-8 show as U+FFFD in the diff; they differ all the same. */
    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private void print(String diff) {
        invocation.out().print(diff);
    }

    private String display(Path path) {
        return ManifestOutput.display(invocation.workingDir(), path);
    }

    /** git's a/ and b/ for a path relative to the working folder; an absolute path as it is. */
    private static String label(String prefix, String shown) {
        return Path.of(shown).isAbsolute() ? shown : prefix + shown;
    }

    private static String counted(int count, String what) {
        return count + " " + what;
    }
}
