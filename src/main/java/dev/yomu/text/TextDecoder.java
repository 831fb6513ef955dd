package dev.yomu.text;

import dev.yomu.support.Check;
import dev.yomu.support.YomuException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns the bytes of an imported file into text. Japanese files still come in Shift_JIS and EUC-JP,
 * and none of them says which it is, so the decoder tries strict decoders in turn and refuses
 * anything it cannot read with certainty: a wrongly guessed charset would fill the learner's deck
 * with mojibake.
 */
public final class TextDecoder {
    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");
    static final Charset ISO_2022_JP = Charset.forName("ISO-2022-JP");
    private static final String HINT = " Import a UTF-8, Shift_JIS or EUC-JP .txt file.";

    /**
     * Decodes a whole file.
     *
     * @param bytes      the file's content
     * @param sourceName the file name, used only in error messages
     * @return the text without BOM and the charset used
     * @throws YomuException (invalid input) for binary, undecodable, empty or non-Japanese files
     */
    public DecodedText decode(byte[] bytes, String sourceName) {
        Check.notNull(bytes, "bytes");
        Check.notNull(sourceName, "sourceName");
        if (bytes.length == 0) throw refuse(sourceName, "the file is empty (0 bytes); nothing to import.");
        DecodedText decoded = decodeBytes(bytes, sourceName);
        checkContent(decoded.text(), sourceName);
        return decoded;
    }

    private DecodedText decodeBytes(byte[] bytes, String name) {
        Optional<DecodedText> withBom = decodeWithBom(bytes, name);
        if (withBom.isPresent()) return withBom.get();
        Optional<String> format = BinarySignature.of(bytes);
        if (format.isPresent()) throw refuse(name, format.get() + ", not a text file." + HINT);
        if (isIso2022Jp(bytes)) return strict(bytes, ISO_2022_JP).orElseThrow(() -> undecodable(name, bytes));
        Optional<Charset> utf16 = Utf16Sniffer.charsetOf(bytes);
        if (utf16.isPresent()) {
            Optional<DecodedText> decoded = strict(bytes, utf16.get());
            if (decoded.isPresent()) return decoded.get();
        }
        if (isMostlyNotText(bytes)) throw binary(name);
        Optional<DecodedText> utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) return utf8.get();
        return bestLegacy(strict(bytes, SHIFT_JIS), strict(bytes, EUC_JP)).orElseThrow(() -> undecodable(name, bytes));
    }

    /** A byte order mark is proof of the encoding, so a file that has one is decoded with it or refused. */
    private Optional<DecodedText> decodeWithBom(byte[] b, String name) {
        Charset charset;
        int skip;
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) { charset = StandardCharsets.UTF_8; skip = 3; }
        else if (startsWith(b, 0xFF, 0xFE)) { charset = StandardCharsets.UTF_16LE; skip = 2; }
        else if (startsWith(b, 0xFE, 0xFF)) { charset = StandardCharsets.UTF_16BE; skip = 2; }
        else return Optional.empty();
        byte[] rest = Arrays.copyOfRange(b, skip, b.length);
        DecodedText decoded = strict(rest, charset).orElseThrow(() -> YomuException.invalidInput(
                name + ": the file starts with a " + charset.name() + " byte order mark but has invalid bytes."
                        + HINT));
        if (isMostlyNotText(decoded.text())) throw binary(name);
        return Optional.of(decoded);
    }

    static Optional<DecodedText> strict(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return Optional.of(new DecodedText(chars.toString(), charset.name()));
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Shift_JIS and EUC-JP overlap: short EUC-JP texts often also decode as Shift_JIS, as half-width
     * katakana and odd kanji. The reading with more ordinary Japanese and fewer odd characters wins.
     */
    private static Optional<DecodedText> bestLegacy(Optional<DecodedText> sjis, Optional<DecodedText> euc) {
        if (sjis.isEmpty()) return euc;
        if (euc.isEmpty()) return sjis;
        return JapaneseScore.of(euc.get().text()) > JapaneseScore.of(sjis.get().text()) ? euc : sjis;
    }

    /**
     * Binary data is told by its share of bytes that never occur in text, not by any one byte: a
     * terminal log holds colour codes, BEL, backspaces and now and then a NUL, and the cleaner removes
     * them all, while random or compressed data (images, archives) has about one such byte in ten.
     */
    private static boolean isMostlyNotText(byte[] bytes) {
        int notText = 0;
        for (byte b : bytes) if (isNotText(b & 0xFF)) notText++;
        return isMany(notText, bytes.length);
    }

    private static boolean isMostlyNotText(String text) {
        long notText = text.chars().filter(TextDecoder::isNotText).count();
        return isMany(notText, text.length());
    }

    /** More than 2% of the text, and more than a couple of strays. */
    private static boolean isMany(long notText, int length) {
        return notText > Math.max(2, length / 50);
    }

    /**
     * The controls that text files do not hold. Tab, line breaks and form feed are text; so are ESC
     * (colour codes, ISO-2022-JP), BEL and backspace, which terminal logs are full of.
     */
    private static boolean isNotText(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B
                && c != 0x07 && c != 0x08) || c == 0x7F;
    }

    /** ISO-2022-JP is 7-bit and switches to Japanese with ESC $ B or ESC $ @; as UTF-8 it would "decode" to garbage. */
    private static boolean isIso2022Jp(byte[] bytes) {
        boolean escape = false;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] < 0) return false;
            if (bytes[i] == 0x1B && i + 2 < bytes.length && bytes[i + 1] == '$' && (bytes[i + 2] == 'B' || bytes[i + 2] == '@'))
                escape = true;
        }
        return escape;
    }

    private static void checkContent(String text, String name) {
        if (isBlank(text)) throw refuse(name, "the file contains only whitespace; nothing to import.");
        if (isMostlyNotText(text)) throw binary(name);
        if (text.codePoints().noneMatch(c -> Kana.isKana(c) || Kana.isKanji(c)))
            throw refuse(name, "no Japanese text found; nothing to import.");
    }

    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0xFEFF);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static YomuException binary(String name) {
        return refuse(name, "not a text file (binary data)." + HINT);
    }

    private static YomuException undecodable(String name, byte[] bytes) {
        return refuse(name, "invalid bytes for UTF-8, Shift_JIS and EUC-JP (first bad byte at offset "
                + firstBadUtf8Offset(bytes) + ")." + HINT);
    }

    /** Where UTF-8 decoding fails, so the user can look at the spot; most damaged files were meant as UTF-8. */
    private static int firstBadUtf8Offset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static YomuException refuse(String name, String problem) {
        return YomuException.invalidInput(name + ": " + problem);
    }
}
