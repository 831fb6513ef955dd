package dev.yomu.text;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Recognises the common file formats that are not text by their first bytes, so a learner who
 * picked the wrong file is told what it is ("a ZIP archive") instead of a guess about its bytes.
 */
final class BinarySignature {
    private BinarySignature() {}

    private record Format(String name, int offset, byte[] magic) {
        boolean matches(byte[] bytes) {
            if (bytes.length < offset + magic.length) return false;
            for (int i = 0; i < magic.length; i++) if (bytes[offset + i] != magic[i]) return false;
            return true;
        }
    }

    private static final List<Format> FORMATS = List.of(
            format("a PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            format("a JPEG image", 0, 0xFF, 0xD8, 0xFF),
            ascii("a GIF image", 0, "GIF87a"), ascii("a GIF image", 0, "GIF89a"),
            ascii("a PDF document (copy its text into a .txt file)", 0, "%PDF-"),
            format("a ZIP archive (.zip, .jar, .docx, .epub ...)", 0, 'P', 'K', 0x03, 0x04),
            format("a ZIP archive (.zip, .jar, .docx, .epub ...)", 0, 'P', 'K', 0x05, 0x06),
            format("a gzip archive", 0, 0x1F, 0x8B),
            ascii("a bzip2 archive", 4, "1AY&SY"),
            format("an xz archive", 0, 0xFD, '7', 'z', 'X', 'Z', 0x00),
            format("a 7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            format("a program (ELF)", 0, 0x7F, 'E', 'L', 'F'),
            format("a Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE),
            format("a Microsoft Office file (.doc, .xls)", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            ascii("an SQLite database", 0, "SQLite format 3\u0000"));

    /** The format's name for a person ("a PNG image"), if the bytes start like a known binary format. */
    static Optional<String> of(byte[] bytes) {
        for (Format f : FORMATS) if (f.matches(bytes)) return Optional.of(f.name());
        return Optional.empty();
    }

    private static Format format(String name, int offset, int... values) {
        byte[] magic = new byte[values.length];
        for (int i = 0; i < values.length; i++) magic[i] = (byte) values[i];
        return new Format(name, offset, magic);
    }

    private static Format ascii(String name, int offset, String magic) {
        return new Format(name, offset, magic.getBytes(StandardCharsets.ISO_8859_1));
    }
}
