package dev.yomu.dict;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Where an entry stored uncompressed in a jar lies in the jar file, so it can be memory-mapped like
 * a file of its own. Reads the zip's end record and central directory (PKWARE APPNOTE 4.3.12-16);
 * anything unexpected (zip64, a compressed entry, no such entry) answers empty and the caller reads
 * the entry the ordinary way.
 */
final class StoredJarEntry {
    private static final int END_SIGNATURE = 0x06054b50, CENTRAL_SIGNATURE = 0x02014b50, LOCAL_SIGNATURE = 0x04034b50;

    /** The entry's data: where it starts in the jar file and how long it is. */
    record Region(long offset, long length) {}

    private StoredJarEntry() {}

    static Optional<Region> find(Path jar, String name) {
        try (FileChannel ch = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = ch.size();
            int tail = (int) Math.min(size, 22 + 65535); // the end record, then at most a 64 KB comment
            ByteBuffer end = read(ch, size - tail, tail);
            int at = -1;
            for (int i = tail - 22; i >= 0; i--) if (end.getInt(i) == END_SIGNATURE) { at = i; break; }
            if (at < 0) return Optional.empty();
            long dirSize = Integer.toUnsignedLong(end.getInt(at + 12)), dirOffset = Integer.toUnsignedLong(end.getInt(at + 16));
            if (dirOffset == 0xFFFFFFFFL || dirOffset + dirSize > size) return Optional.empty(); // zip64
            ByteBuffer dir = read(ch, dirOffset, (int) dirSize);
            byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
            for (int p = 0; p + 46 <= dir.limit() && dir.getInt(p) == CENTRAL_SIGNATURE; ) {
                int method = Short.toUnsignedInt(dir.getShort(p + 10));
                long compressed = Integer.toUnsignedLong(dir.getInt(p + 20)), plain = Integer.toUnsignedLong(dir.getInt(p + 24));
                int nameLength = Short.toUnsignedInt(dir.getShort(p + 28));
                int extra = Short.toUnsignedInt(dir.getShort(p + 30)), comment = Short.toUnsignedInt(dir.getShort(p + 32));
                long local = Integer.toUnsignedLong(dir.getInt(p + 42));
                if (nameLength == wanted.length && sameBytes(dir, p + 46, wanted)) {
                    if (method != 0 || compressed != plain) return Optional.empty(); // not stored
                    ByteBuffer header = read(ch, local, 30);
                    if (header.getInt(0) != LOCAL_SIGNATURE) return Optional.empty();
                    long data = local + 30 + Short.toUnsignedInt(header.getShort(26)) + Short.toUnsignedInt(header.getShort(28));
                    return data + plain <= size ? Optional.of(new Region(data, plain)) : Optional.empty();
                }
                p += 46 + nameLength + extra + comment;
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean sameBytes(ByteBuffer b, int at, byte[] wanted) {
        for (int i = 0; i < wanted.length; i++) if (b.get(at + i) != wanted[i]) return false;
        return true;
    }

    private static ByteBuffer read(FileChannel ch, long offset, int n) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
        while (b.hasRemaining()) if (ch.read(b, offset + b.position()) < 0) break;
        return b.flip();
    }
}
