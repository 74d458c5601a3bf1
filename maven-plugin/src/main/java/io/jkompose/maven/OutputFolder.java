package io.jkompose.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Brings the plugin's output folder in line with a conversion: writes each file whose content
 * differs (through a temporary file and a rename, so a reader never sees half a manifest; an
 * unchanged file keeps its time stamp for the tools after it), and deletes what the last run wrote
 * that this one does not (the manifests of a removed service). Other files are left alone.
 */
final class OutputFolder {

    private OutputFolder() {
    }

    /** What one sync did. */
    record Changes(List<String> written, List<String> deleted) {
    }

    static Changes sync(Path folder, Map<String, String> files, Collection<String> previous) throws IOException {
        Files.createDirectories(folder);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            if (Files.isRegularFile(target) && Files.readString(target, StandardCharsets.UTF_8).equals(file.getValue())) {
                continue;
            }
            Path temporary = folder.resolve("." + file.getKey() + ".tmp");
            Files.writeString(temporary, file.getValue(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            written.add(file.getKey());
        }
        List<String> deleted = new ArrayList<>();
        for (String name : previous) {
            if (!files.containsKey(name) && Files.deleteIfExists(folder.resolve(name))) {
                deleted.add(name);
            }
        }
        return new Changes(written, deleted);
    }
}
