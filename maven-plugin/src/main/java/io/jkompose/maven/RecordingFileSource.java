package io.jkompose.maven;

import io.jkompose.model.FileSource;
import io.jkompose.parser.DiskFileSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The disk, as the converters see it, noting each path they look at (configs, secrets, bind-mounted
 * files and folders): these are inputs of the conversion that the incremental check must watch.
 */
final class RecordingFileSource implements FileSource {

    private final FileSource disk = new DiskFileSource();
    private final SortedSet<Path> seen = new TreeSet<>();

    @Override
    public synchronized Entry stat(Path path) {
        seen.add(path.toAbsolutePath().normalize());
        return disk.stat(path);
    }

    @Override
    public synchronized byte[] read(Path path) throws IOException {
        seen.add(path.toAbsolutePath().normalize());
        return disk.read(path);
    }

    synchronized Set<Path> seen() {
        return Set.copyOf(seen);
    }
}
