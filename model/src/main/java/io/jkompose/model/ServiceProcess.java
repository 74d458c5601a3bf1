package io.jkompose.model;

import java.util.List;
import java.util.SortedMap;

/**
 * What a service's container runs, and how: its command, working folder, environment and terminal.
 * Unset scalars are null; unset collections are empty.
 *
 * @param command     {@code command}: null when unset (the image's default), which differs from an empty list
 * @param entrypoint  {@code entrypoint}: null when unset
 * @param workingDir  {@code working_dir}
 * @param environment only the {@code environment} key; {@code env_file}s stay in envFiles
 * @param envFiles    {@code env_file}, each already read
 * @param stdinOpen   {@code stdin_open}
 * @param tty         {@code tty}
 * @param init        {@code init}: run an init process that forwards signals and reaps zombies
 */
public record ServiceProcess(List<String> command, List<String> entrypoint, String workingDir,
        SortedMap<String, EnvVar> environment, List<EnvFile> envFiles, Boolean stdinOpen, Boolean tty, Boolean init) {

    /** Nothing set: the image's defaults. */
    public static final ServiceProcess EMPTY = new ServiceProcess(null, null, null, null, null, null, null, null);

    public ServiceProcess {
        command = command == null ? null : List.copyOf(command);
        entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
        environment = Copies.sorted(environment);
        envFiles = Copies.list(envFiles);
    }
}
