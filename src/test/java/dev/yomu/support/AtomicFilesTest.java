package dev.yomu.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yomu.support.YomuException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An export replaces a regular file and nothing else, even when Yomu runs as root. */
class AtomicFilesTest {
    @TempDir Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSymlinkIsFollowedAndStaysALink() throws Exception {
        Path target = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), Path.of("real.txt"));

        AtomicFiles.write(link, bytes("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(target).hasContent("new");
    }

    @Test
    void aDeviceIsRefusedAndLeftAlone() {
        Path devNull = Path.of("/dev/null");
        assertThatThrownBy(() -> AtomicFiles.write(devNull, bytes("x")))
                .isInstanceOf(YomuException.class)
                .hasMessage("Cannot write /dev/null: it is a device or pipe, not a file; choose a file name.");
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    @Test
    void aPipeIsRefused() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();

        assertThatThrownBy(() -> AtomicFiles.write(fifo, bytes("x"))).hasMessageContaining("device or pipe");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void anEmptyFolderIsNotReplacedByTheFile() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("deck.txt"));

        assertThatThrownBy(() -> AtomicFiles.write(folder, bytes("x"))).hasMessageContaining("a folder has that name");
        assertThat(folder).isDirectory();
    }
}
