package dev.yomu.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Recognises UTF-16 without a byte order mark (Windows tools write it). Every other byte of such a
 * file is a character's high byte, and in Japanese text most of those are 0x30 (kana, 、。「」) or
 * 0x00 (line breaks, spaces, ASCII); in UTF-8, Shift_JIS or EUC-JP text both bytes only ever come
 * from the digit 0 or a stray NUL, at even and odd positions alike.
 */
final class Utf16Sniffer {
    private Utf16Sniffer() {}

    /** The UTF-16 byte order the bytes look written in, if they look like UTF-16 at all. */
    static Optional<Charset> charsetOf(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) return Optional.empty();
        int even = 0, odd = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            if (isHighByteOfText(bytes[i])) even++;
            if (isHighByteOfText(bytes[i + 1])) odd++;
        }
        int units = bytes.length / 2;
        if (odd * 5 >= units && odd >= 4 * even) return Optional.of(StandardCharsets.UTF_16LE);
        if (even * 5 >= units && even >= 4 * odd) return Optional.of(StandardCharsets.UTF_16BE);
        return Optional.empty();
    }

    private static boolean isHighByteOfText(byte b) {
        return b == 0x00 || b == 0x30;
    }
}
