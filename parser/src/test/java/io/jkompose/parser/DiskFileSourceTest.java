package io.jkompose.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jkompose.model.FileSource;
import io.jkompose.model.FileSource.Entry;
import io.jkompose.model.FileSource.Kind;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The converters' view of the disk: what is at a path, and a file's bytes. */
class DiskFileSourceTest {

    private final FileSource disk = new DiskFileSource();

    @TempDir
    Path dir;

    @Test
    void aFileIsAFileAndItsBytesAreRead() throws Exception {
        Path file = Files.write(dir.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 0});
        assertThat(disk.stat(file)).isEqualTo(Entry.file());
        assertThat(disk.read(file)).containsExactly((byte) 0x89, 'P', 0);
    }

    @Test
    void aFolderListsItsFilesAndFoldersSortedAndNothingDeeper() throws Exception {
        Files.createDirectories(dir.resolve("conf/nested"));
        Files.writeString(dir.resolve("conf/b.conf"), "b");
        Files.writeString(dir.resolve("conf/a.conf"), "a");
        Files.writeString(dir.resolve("conf/nested/deep.txt"), "deep");
        Files.createDirectories(dir.resolve("conf/alpha"));
        assertThat(disk.stat(dir.resolve("conf")))
                .isEqualTo(Entry.folder(List.of("a.conf", "b.conf"), List.of("alpha", "nested")));
        assertThat(disk.stat(dir.resolve("conf/alpha"))).isEqualTo(Entry.folder(List.of(),
                List.of()));
    }

    @Test
    void nothingThereIsMissingAndReadingItSaysSo() {
        assertThat(disk.stat(dir.resolve("gone")).kind()).isEqualTo(Kind.MISSING);
        assertThatThrownBy(() -> disk.read(dir.resolve("gone.txt"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void aFileThatMayNotBeReadIsUnreadable() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.txt"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "this user reads every file (root)");
        assertThat(disk.stat(file)).isEqualTo(Entry.unreadable("permission denied"));
    }

    @Test
    void aFolderThatMayNotBeListedIsUnreadable() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("private"));
        Files.writeString(folder.resolve("a.txt"), "a");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(folder), "this user lists every folder (root)");
            assertThat(disk.stat(folder).kind()).isEqualTo(Kind.UNREADABLE);
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
