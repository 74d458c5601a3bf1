package io.jkompose.model;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/**
 * A loaded Compose (or OpenCompose) project: everything after merge, interpolation and profile
 * selection. Maps are sorted by key, so every stage walks them in the same order.
 *
 * @param workingDir the project directory, against which relative paths were resolved
 * @param files      the files it was loaded from, in load order
 */
public record Project(String name, Path workingDir, List<Path> files, SortedMap<String, Service> services,
        SortedMap<String, Volume> volumes, SortedMap<String, Network> networks,
        SortedMap<String, ConfigDefinition> configs, SortedMap<String, SecretDefinition> secrets) {

    public Project {
        files = Copies.list(files);
        services = Copies.sorted(services);
        volumes = Copies.sorted(volumes);
        networks = Copies.sorted(networks);
        configs = Copies.sorted(configs);
        secrets = Copies.sorted(secrets);
    }
}
