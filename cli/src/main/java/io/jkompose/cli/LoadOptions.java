package io.jkompose.cli;

import io.jkompose.model.Project;
import io.jkompose.parser.InputFormat;
import io.jkompose.parser.LoadLimits;
import io.jkompose.parser.LoadRequest;
import io.jkompose.parser.LoadResult;
import io.jkompose.parser.ProjectLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What to load: the options every command that reads a Compose project shares ({@code @Mixin}). */
// On every command and mixin: picocli otherwise reads each of their classes' methods at every start, looking for
// methods that are subcommands; jkompose has none.
@Command(addMethodSubcommands = false)
public final class LoadOptions {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE",
            description = {"Compose file to read; repeat it to merge overrides in order.",
                    "Default: $COMPOSE_FILE, else compose.yaml or docker-compose.yml (either extension), "
                            + "the nearest upwards, with its override file."})
    List<String> files = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Enable a Compose profile; repeatable. Default: $COMPOSE_PROFILES.")
    List<String> profiles = new ArrayList<>();

    @Option(names = "--no-interpolate", description = "Keep variable references as written instead of substituting them.")
    boolean noInterpolate;

    @Option(names = {"-p", "--project-name"}, paramLabel = "NAME",
            description = "Project name. Default: $COMPOSE_PROJECT_NAME, else the top-level name, else the folder's name.")
    String projectName;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private InputFormat inputFormat = InputFormat.AUTO;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "compose or opencompose. Default: told apart by the file's shape "
                    + "(OpenCompose lists its services).")
    void inputFormat(String value) {
        try {
            inputFormat = InputFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(),
                    "--input-format must be compose or opencompose, not '" + value + "'");
        }
    }

    /** The request for the loader; folder and environment come from the invocation, never from the JVM. */
    public LoadRequest toRequest(Invocation invocation) {
        return toRequest(invocation, List.of());
    }

    /**
     * @param filesBeforeCommand {@code -f} given before the command name ({@code jkompose -f a.yaml convert}),
     *                           as kompose allows; they come first
     */
    public LoadRequest toRequest(Invocation invocation, List<String> filesBeforeCommand) {
        List<String> allFiles = new ArrayList<>(filesBeforeCommand);
        allFiles.addAll(files);
        String stdin = allFiles.contains("-") ? readStdin(invocation) : null;
        return new LoadRequest(allFiles, invocation.workingDir(), invocation.environment(), profiles,
                projectName, !noInterpolate, stdin, inputFormat, limits());
    }

    /** The loader's limits: the defaults, raised or lowered by {@code -Djkompose.limits.*} (docs/reliability.md). */
    static LoadLimits limits() {
        Map<String, String> properties = new HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("jkompose.limits."))
                .forEach(name -> properties.put(name, System.getProperty(name)));
        try {
            return LoadLimits.from(properties);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.USAGE, e.getMessage(), e);
        }
    }

    /**
     * Loads the project and reports what the loader found; null (after saying so) when the
     * diagnostics or a failed load mean the command must stop with {@link ExitCode#INVALID_INPUT}.
     */
    Project loadProject(Invocation invocation, List<String> filesBeforeCommand, DiagnosticReporter reporter) {
        Project project = load(invocation, filesBeforeCommand, reporter);
        return project != null && reporter.verdict() ? project : null;
    }

    /**
     * Like {@link #loadProject}, but warnings that fail the run do not stop it here: a command that goes on
     * (convert) shows the later stages' warnings too, then asks {@link DiagnosticReporter#verdict()}.
     */
    Project load(Invocation invocation, List<String> filesBeforeCommand, DiagnosticReporter reporter) {
        LoadResult loaded = ProjectLoader.load(toRequest(invocation, filesBeforeCommand));
        if (!reporter.show(loaded.diagnostics())) {
            return null;
        }
        if (loaded.project() == null) {
            reporter.reportFailure("the project could not be loaded");
        } else if (loaded.project().services().size() >= LARGE_PROJECT) {
            System.gc();  // the loader's trees, see LARGE_PROJECT
        }
        return loaded.project();
    }

    /**
     * From this many services on, the loader's garbage is collected before the conversion starts. The
     * launchers' collector promotes what survives one young collection (what a conversion builds lives
     * to its end), so the loader's YAML trees, which live through the whole load, end up in the old
     * generation as garbage that no later collection of a short run reclaims: the heap grows by their
     * size. One full collection frees them before the conversion fills the heap: at 10,000 services
     * peak RSS went from 378 to 285 MiB, for a 0.17 s pause in a 7.7 s run. Below this size there is
     * little of it and the collection costs more than it saves (1,000 services: 25 ms to free 3 MB).
     */
    static final int LARGE_PROJECT = 5_000;

    /** {@code -f -}: the file is standard input, read once, whole. */
    private static String readStdin(Invocation invocation) {
        if (invocation.stdin() == null) {
            return "";
        }
        try {
            return new String(invocation.stdin().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input", e);
        }
    }
}
