package dev.yomu.dict;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Build step (exec-maven-plugin, phase package, after the shade plugin): rewrites the jar with the
 * compiled dictionary stored uncompressed. Inflating its 24 MB took 150-220 ms of CPU at every start
 * that needs the dictionary; a stored entry is read as fast as a plain file. Arguments: the jar and
 * the entry's name. Every other entry is copied as it was (deflated again, in the same order).
 */
public final class StoreUncompressed {
    private StoreUncompressed() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: StoreUncompressed JAR ENTRY");
        Path jar = Path.of(args[0]);
        String name = args[1];
        Path tmp = jar.resolveSibling(jar.getFileName() + ".tmp");
        boolean found = false;
        try (ZipFile in = new ZipFile(jar.toFile());
             ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(e.getTime());
                if (e.getExtra() != null) copy.setExtra(e.getExtra());
                byte[] data;
                try (InputStream body = in.getInputStream(e)) {
                    data = body.readAllBytes();
                }
                if (e.getName().equals(name) || e.getMethod() == ZipEntry.STORED) {
                    found |= e.getName().equals(name);
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    copy.setMethod(ZipEntry.STORED);
                    copy.setSize(data.length);
                    copy.setCompressedSize(data.length);
                    copy.setCrc(crc.getValue());
                }
                out.putNextEntry(copy);
                out.write(data);
                out.closeEntry();
            }
        }
        if (!found) {
            Files.delete(tmp);
            throw new IllegalStateException(name + " is not in " + jar);
        }
        Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING);
    }
}
