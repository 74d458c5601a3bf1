package io.jkompose.cli;

import io.jkompose.parser.LoadRequest;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What to load: the options every command that reads a Compose project shares ({@code @Mixin}). */
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
        return new LoadRequest(allFiles, invocation.workingDir(), invocation.environment(), profiles,
                projectName, !noInterpolate);
    }
}
