package io.jkompose.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Runs one kompose case with jkompose and judges the output against kompose's expected output and
 * the case's deviations (see {@link KomposeCompatibilityTest} for the rules).
 */
final class CompatibilityCheck {

    private static final Pattern SUMMARY = Pattern.compile("equal|\\d+ differences");
    private static final int SHOWN_STDERR_LINES = 20;

    private final Path corpus;

    CompatibilityCheck(Path corpus) {
        this.corpus = corpus;
    }

    CompatibilityOutcome check(KomposeCase komposeCase, List<Deviation> deviations) throws IOException {
        String command = "jkompose " + String.join(" ", komposeCase.commandLine());
        CliResult result;
        try {
            result = InProcessCli.run(corpus, komposeCase.env(), komposeCase.commandLine());
        } catch (RuntimeException | LinkageError e) {
            // A crash is a failure like any other; for a pending case it must not hide the reason.
            return CompatibilityOutcome.failed(command + " threw " + e);
        }
        if (result.exitCode() != 0) {
            return CompatibilityOutcome.failed(command + " exited with " + result.exitCode() + stderr(result));
        }
        if (result.stdout().isBlank()) {
            return CompatibilityOutcome.failed(command + " printed no manifests" + stderr(result));
        }
        Path temp = Files.createTempDirectory("jkompose-kompose-");
        try {
            Path actual = temp.resolve("actual.yaml");
            Files.writeString(actual, result.stdout(), StandardCharsets.UTF_8);

            ManifestTools.ToolResult validation = ManifestTools.validate(List.of(actual));
            if (!validation.ok()) {
                return CompatibilityOutcome.failed("the output fails k8s-validate:\n" + validation.text()
                        + stderr(result));
            }
            ManifestTools.ToolResult diff = ManifestTools.diff(corpus.resolve(komposeCase.expected()), actual);
            List<String> lines = diff.lines();
            if (diff.crashed() || lines.isEmpty() || !SUMMARY.matcher(lines.get(lines.size() - 1)).matches()) {
                return CompatibilityOutcome.failed("k8s-diff could not compare:\n" + diff.text());
            }
            return judge(lines.subList(0, lines.size() - 1), deviations, result);
        } finally {
            FileTree.delete(temp);
        }
    }

    static CompatibilityOutcome judge(List<String> differences, List<Deviation> deviations,
            CliResult result) {
        List<String> unexplained = differences.stream()
                .filter(line -> deviations.stream().noneMatch(deviation -> deviation.covers(line)))
                .toList();
        List<Deviation> stale = deviations.stream()
                .filter(deviation -> differences.stream().noneMatch(deviation::covers))
                .toList();
        if (unexplained.isEmpty() && stale.isEmpty()) {
            return differences.isEmpty()
                    ? new CompatibilityOutcome(CompatibilityOutcome.Kind.EQUAL, "")
                    : new CompatibilityOutcome(CompatibilityOutcome.Kind.DOCUMENTED,
                            differences.size() + " documented differences");
        }
        StringBuilder detail = new StringBuilder();
        if (!unexplained.isEmpty()) {
            detail.append(unexplained.size()).append(" differences from kompose's expected output that no deviation ")
                    .append("explains (k8s-diff EXPECTED ACTUAL):");
            unexplained.forEach(line -> detail.append("\n  ").append(line));
        }
        if (!stale.isEmpty()) {
            detail.append(detail.length() == 0 ? "" : "\n").append(stale.size())
                    .append(" listed deviations no longer occur; remove them:");
            stale.forEach(deviation -> detail.append("\n  ").append(deviation.path()));
        }
        return CompatibilityOutcome.failed(detail + stderr(result));
    }

    private static String stderr(CliResult result) {
        if (result.stderr().isBlank()) {
            return "";
        }
        List<String> lines = result.stderr().lines().toList();
        String shown = String.join("\n  ", lines.subList(0, Math.min(lines.size(), SHOWN_STDERR_LINES)));
        return "\nstderr:\n  " + shown + (lines.size() > SHOWN_STDERR_LINES ? "\n  …" : "");
    }
}
