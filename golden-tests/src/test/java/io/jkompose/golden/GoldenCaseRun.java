package io.jkompose.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.assertj.core.api.SoftAssertions;

/**
 * Runs one golden case in a fresh copy of its folder and checks, or rewrites, its expectations.
 *
 * <p>The copy is {@code <temp>/<case folder name>/} (so the project name, which Compose takes from
 * the folder, is the case's own), holds the case's input files (not {@code args}, {@code env},
 * {@code expected/}) and is the working folder of the run. Every occurrence of its absolute path
 * in stdout and stderr becomes {@code $CASE}. The files the run created there are its written
 * output; it must neither change nor delete an input file, nor leave an empty folder behind (a
 * {@code -o} folder made before an error, say).
 */
final class GoldenCaseRun {

    static final String CASE_PLACEHOLDER = "$CASE";
    static final String UPDATE_PROPERTY = "jkompose.golden.update";

    private final GoldenCase goldenCase;

    GoldenCaseRun(GoldenCase goldenCase) {
        this.goldenCase = goldenCase;
    }

    static boolean updating() {
        return Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY, "false").strip());
    }

    void check() throws IOException {
        Path temp = Files.createTempDirectory("jkompose-golden-");
        try {
            Path work = temp.resolve(goldenCase.folder().getFileName().toString());
            FileTree.copy(goldenCase.folder(), work, GoldenCase::harnessFile);
            Observed observed = run(work);
            if (updating()) {
                rewriteExpected(observed);
            } else {
                compare(observed);
            }
            validateExpectedManifests();
        } finally {
            FileTree.delete(temp);
        }
    }

    /** What one run did: its result (paths replaced) and its effects on the working folder. */
    private record Observed(CliResult result, SortedMap<String, byte[]> written, List<String> damage) {
    }

    private Observed run(Path work) throws IOException {
        FileTree before = FileTree.of(work);
        CliResult result = InProcessCli.run(work, goldenCase.environment(), goldenCase.args());
        FileTree after = FileTree.of(work);

        // Longest first: the real path may extend the given one (a symlinked temp folder).
        String real = work.toRealPath().toString();
        String given = work.toAbsolutePath().toString();
        result = real.length() >= given.length()
                ? result.replace(real, CASE_PLACEHOLDER).replace(given, CASE_PLACEHOLDER)
                : result.replace(given, CASE_PLACEHOLDER).replace(real, CASE_PLACEHOLDER);

        SortedMap<String, byte[]> written = new TreeMap<>();
        List<String> damage = new ArrayList<>();
        after.files().forEach((name, bytes) -> {
            byte[] old = before.files().get(name);
            if (old == null) {
                written.put(name, bytes);
            } else if (!Arrays.equals(old, bytes)) {
                damage.add("changed the input file " + name);
            }
        });
        before.files().keySet().stream().filter(name -> !after.files().containsKey(name))
                .forEach(name -> damage.add("deleted the input file " + name));
        after.folders().stream()
                .filter(folder -> !before.folders().contains(folder))
                .filter(folder -> written.keySet().stream().noneMatch(file -> file.startsWith(folder + "/")))
                .forEach(folder -> damage.add("created the empty folder " + folder));
        return new Observed(result, written, damage);
    }

    private void compare(Observed observed) throws IOException {
        Path expected = goldenCase.expected();
        Path exitCodeFile = expected.resolve("exit-code");
        assertThat(exitCodeFile)
                .as("%s has no expected output yet; create it with -D%s=true and review it", goldenCase.name(),
                        UPDATE_PROPERTY)
                .isRegularFile();

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(observed.result().exitCode()).as("exit code").isEqualTo(readExitCode(exitCodeFile));
        softly.assertThat(observed.result().stdout()).as("stdout").isEqualTo(readText(expected.resolve("stdout")));
        softly.assertThat(observed.result().stderr()).as("stderr").isEqualTo(readText(expected.resolve("stderr")));

        SortedMap<String, byte[]> expectedFiles = FileTree.of(expected.resolve("files")).files();
        softly.assertThat(observed.written().keySet()).as("files written").containsExactlyElementsOf(
                expectedFiles.keySet());
        expectedFiles.forEach((name, bytes) -> {
            byte[] actual = observed.written().get(name);
            if (actual != null) {
                softly.assertThat(text(actual)).as("written file " + name).isEqualTo(text(bytes));
            }
        });
        softly.assertThat(observed.damage()).as("changes to the working folder besides written files").isEmpty();
        softly.assertAll();
    }

    private void rewriteExpected(Observed observed) throws IOException {
        Path expected = goldenCase.expected();
        FileTree.delete(expected);
        Files.createDirectories(expected);
        Files.writeString(expected.resolve("stdout"), observed.result().stdout(), StandardCharsets.UTF_8);
        Files.writeString(expected.resolve("stderr"), observed.result().stderr(), StandardCharsets.UTF_8);
        Files.writeString(expected.resolve("exit-code"), observed.result().exitCode() + "\n", StandardCharsets.UTF_8);
        FileTree.write(expected.resolve("files"), observed.written());
        System.err.println("golden: rewrote " + goldenCase.name() + "/expected from the actual run (exit "
                + observed.result().exitCode() + ", " + observed.written().size() + " files written); review the diff");
        // The damage is no expectation: it fails even while updating.
        assertThat(observed.damage()).as("changes to the working folder besides written files").isEmpty();
    }

    /** Every Kubernetes manifest the case expects from {@code convert} must pass k8s-validate. */
    private void validateExpectedManifests() throws IOException {
        if (!goldenCase.command().equals("convert")) {
            return;
        }
        List<Path> manifests = new ArrayList<>();
        Path stdout = goldenCase.expected().resolve("stdout");
        // convert --check prints diffs, not manifests
        if (Files.isRegularFile(stdout) && Files.size(stdout) > 0 && !goldenCase.args().contains("--check")) {
            manifests.add(stdout);
        }
        Path files = goldenCase.expected().resolve("files");
        // A chart's files are templates, values and docs, not manifests: HelmChartTest renders them with
        // helm and validates what it renders.
        boolean chart = goldenCase.args().contains("--chart") || goldenCase.args().contains("-c");
        FileTree.of(files).files().keySet().stream().filter(name -> !chart && isManifest(name))
                .forEach(name -> manifests.add(files.resolve(name)));
        if (manifests.isEmpty()) {
            return;
        }
        ManifestTools.ToolResult validation = ManifestTools.validate(manifests);
        assertThat(validation.ok()).as("k8s-validate of the expected manifests of %s:%n%s", goldenCase.name(),
                validation.text()).isTrue();
    }

    /**
     * Whether a written file holds Kubernetes objects: not so a Kustomize tree's {@code kustomization.yaml},
     * nor an overlay's patches ({@code <file>-patch.yaml}, {@code <file>-delete.yaml}); its other files are.
     */
    static boolean isManifest(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.equals("kustomization.yaml")) {
            return false;
        }
        boolean inOverlay = path.matches("(.*/)?overlays/[^/]+/[^/]+");
        return !(inOverlay && name.matches(".*-(patch|delete)\\.(yaml|json)"));
    }

    private static int readExitCode(Path file) throws IOException {
        return Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip());
    }

    private static String readText(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file + " is missing; every case expects stdout, stderr and exit-code "
                    + "(an empty file for an empty stream)");
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
