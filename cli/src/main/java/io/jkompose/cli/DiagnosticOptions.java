package io.jkompose.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * How a command shows its diagnostics ({@code @Mixin}): the format, where to, and which warnings fail the
 * run. {@code --error-on-warning} and {@code --suppress-warnings} are kompose's and belong to the root
 * command, which every command inherits them from.
 */
@Command(addMethodSubcommands = false) // a mixin; see LoadOptions
final class DiagnosticOptions {

    static final String[] OPTIONS = {"--diagnostics", "--diagnostics-file", "--warnings-as-errors"};

    @Option(names = "--diagnostics", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to write diagnostics: text (file:line:column: lines), json (one JSON object a line) "
                    + "or sarif (SARIF 2.1.0, for code scanning). Default: ${DEFAULT-VALUE}.")
    DiagnosticFormat format = DiagnosticFormat.text;

    @Option(names = "--diagnostics-file", paramLabel = "FILE",
            description = "Write the diagnostics to FILE instead of stderr (also when the command fails).")
    String file;

    @Option(names = "--warnings-as-errors", paramLabel = "CODE", split = ",",
            description = "Fail (exit 1, write nothing) when there is a warning with one of these codes "
                    + "(docs/diagnostics.md lists them); repeatable.")
    List<String> warningsAsErrors = new ArrayList<>();

    /** The reporter of a command; the caller closes it when the command ends. */
    DiagnosticReporter reporter(JKompose root, CommandLine command) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : warningsAsErrors) {
            String trimmed = code.trim();
            if (!DiagnosticCodes.isKnown(trimmed)) {
                throw new ParameterException(command, "--warnings-as-errors: unknown diagnostic code '" + trimmed
                        + "' (docs/diagnostics.md lists the codes)");
            }
            codes.add(trimmed);
        }
        DiagnosticPolicy policy = root.diagnosticPolicy(command, codes);
        Invocation invocation = root.invocation();
        Path target = target(invocation.workingDir(), command);
        StringWriter buffer = new StringWriter();
        PrintWriter out = target == null ? invocation.err() : new PrintWriter(buffer);
        DiagnosticSink sink = switch (format) {
            case text -> new TextDiagnostics(out, root.verbose());
            case json -> new JsonLinesDiagnostics(out, invocation.workingDir());
            case sarif -> new SarifDiagnostics(out, invocation.workingDir(), VersionInfo.version());
        };
        return new DiagnosticReporter(invocation.err(), policy, sink, () -> {
            out.flush();
            if (target != null) {
                save(target, buffer.toString());
            }
        });
    }

    private Path target(Path workingDir, CommandLine command) {
        if (file == null) {
            return null;
        }
        try {
            return workingDir.toAbsolutePath().resolve(file).normalize();
        } catch (InvalidPathException e) {
            throw new ParameterException(command, "--diagnostics-file: not a valid path: " + e.getMessage(), e);
        }
    }

    private void save(Path target, String text) {
        try {
            Path parent = target.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(target, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCode.INVALID_INPUT,
                    "cannot write the diagnostics to " + file + ": " + IoErrors.describe(e), e);
        }
    }
}
