package dev.yomu.dict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled dictionary is memory-mapped straight out of the jar: the entry's bytes must be found exactly. */
class StoredJarEntryTest {
    @TempDir
    Path dir;

    @Test
    void findsTheBytesOfAStoredEntryAndNothingElse() throws Exception {
        byte[] stored = "stored bytes, mapped as they are".getBytes(StandardCharsets.UTF_8);
        Path jar = dir.resolve("test.jar");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new ZipEntry("first/deflated.txt"));
            out.write("compressed".repeat(50).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            ZipEntry e = new ZipEntry("dev/yomu/dict/edict.yomudict");
            e.setMethod(ZipEntry.STORED);
            e.setSize(stored.length);
            CRC32 crc = new CRC32();
            crc.update(stored);
            e.setCrc(crc.getValue());
            e.setExtra(new byte[] {(byte) 0xFE, (byte) 0xCA, 0, 0}); // an extra field moves the data
            out.putNextEntry(e);
            out.write(stored);
            out.closeEntry();
            out.setComment("a zip comment");
        }

        StoredJarEntry.Region r = StoredJarEntry.find(jar, "dev/yomu/dict/edict.yomudict").orElseThrow();
        byte[] there = new byte[(int) r.length()];
        try (RandomAccessFile f = new RandomAccessFile(jar.toFile(), "r")) {
            f.seek(r.offset());
            f.readFully(there);
        }
        assertThat(there).isEqualTo(stored);
        assertThat(StoredJarEntry.find(jar, "first/deflated.txt")).isEmpty();
        assertThat(StoredJarEntry.find(jar, "dev/yomu/dict/other")).isEmpty();
        assertThat(StoredJarEntry.find(dir.resolve("none.jar"), "x")).isEmpty();
        Path notZip = Files.writeString(dir.resolve("text.jar"), "not a zip");
        assertThat(StoredJarEntry.find(notZip, "x")).isEmpty();
    }
}
