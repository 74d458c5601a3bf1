package io.jkompose.model;

import java.nio.file.Path;
import java.util.SortedMap;

/**
 * An {@code env_file} of a service, already read by the loader.
 *
 * @param path     absolute path of the file
 * @param written  the path as the compose file wrote it (kompose names ConfigMaps after it)
 * @param entries  the variables it defines; empty when the file is optional and missing
 */
public record EnvFile(Path path, String written, boolean required, String format,
        SortedMap<String, String> entries, SourceLocation location) {

    public EnvFile {
        entries = Copies.sorted(entries);
    }
}
