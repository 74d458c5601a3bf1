package io.jkompose.parser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to load and how. The loader reads no global state: the working folder and the environment
 * come from here, so tests and the Maven plugin can load as if from anywhere.
 *
 * @param files       the {@code -f} files as given (relative to workingDir); empty means look them up
 *                    ({@code COMPOSE_FILE}, then {@code compose.yaml} … searched upwards)
 * @param workingDir  the folder the user is in
 * @param environment the shell environment: interpolation, {@code COMPOSE_FILE},
 *                    {@code COMPOSE_PROJECT_NAME}, {@code COMPOSE_PROFILES}; wins over {@code .env}
 * @param profiles    profiles to enable ({@code --profile}); empty means {@code COMPOSE_PROFILES}
 * @param projectName {@code -p}, or null
 * @param interpolate false for {@code --no-interpolate}
 * @param stdin       the text of standard input, for a file given as {@code -}; null when there is none
 * @param inputFormat {@code --input-format}: Compose, OpenCompose, or told apart by shape
 * @param limits      how much input is accepted ({@link LoadLimits#DEFAULT} when null)
 */
public record LoadRequest(List<String> files, Path workingDir, Map<String, String> environment,
        List<String> profiles, String projectName, boolean interpolate, String stdin, InputFormat inputFormat,
        LoadLimits limits) {

    public LoadRequest {
        files = files == null ? List.of() : List.copyOf(files);
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        profiles = profiles == null ? List.of() : List.copyOf(profiles);
        inputFormat = inputFormat == null ? InputFormat.AUTO : inputFormat;
        limits = limits == null ? LoadLimits.DEFAULT : limits;
    }

    /** With the default limits. */
    public LoadRequest(List<String> files, Path workingDir, Map<String, String> environment,
            List<String> profiles, String projectName, boolean interpolate, String stdin, InputFormat inputFormat) {
        this(files, workingDir, environment, profiles, projectName, interpolate, stdin, inputFormat, null);
    }

    /** No standard input, format told apart by shape. */
    public LoadRequest(List<String> files, Path workingDir, Map<String, String> environment,
            List<String> profiles, String projectName, boolean interpolate) {
        this(files, workingDir, environment, profiles, projectName, interpolate, null, InputFormat.AUTO);
    }
}
