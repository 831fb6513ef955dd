package dev.yomu.text;

import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextDecoderTest {
    private static final String JAPANESE = "米国、タリバンとの交渉内容を同盟国と共有したり調整することは行っていないと認める。\n"
            + "アフガニスタンの状況はまだ混乱が続いている。ｶﾀｶﾅも少し。\n";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void decodesUtf8WithoutBom() {
        DecodedText d = decoder.decode(JAPANESE.getBytes(StandardCharsets.UTF_8), "a.txt");
        assertThat(d.text()).isEqualTo(JAPANESE);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf8AndStripsBom() {
        DecodedText d = decoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), JAPANESE.getBytes(StandardCharsets.UTF_8)), "a.txt");
        assertThat(d.text()).isEqualTo(JAPANESE).doesNotContain("\uFEFF");
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf16LittleEndianWithBom() {
        DecodedText d = decoder.decode(concat(bytes(0xFF, 0xFE), JAPANESE.getBytes(StandardCharsets.UTF_16LE)), "a.txt");
        assertThat(d.text()).isEqualTo(JAPANESE);
        assertThat(d.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void decodesUtf16BigEndianWithBom() {
        DecodedText d = decoder.decode(concat(bytes(0xFE, 0xFF), JAPANESE.getBytes(StandardCharsets.UTF_16BE)), "a.txt");
        assertThat(d.text()).isEqualTo(JAPANESE);
        assertThat(d.charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void decodesShiftJis() {
        DecodedText d = decoder.decode(JAPANESE.getBytes(Charset.forName("windows-31j")), "a.txt");
        assertThat(d.text()).isEqualTo(JAPANESE);
        assertThat(d.charset()).isEqualTo("windows-31j");
    }

    @Test
    void decodesEucJp() {
        DecodedText d = decoder.decode(JAPANESE.getBytes(Charset.forName("EUC-JP")), "a.txt");
        assertThat(d.text()).isEqualTo(JAPANESE);
        assertThat(d.charset()).isEqualTo("EUC-JP");
    }

    @Test
    void prefersEucJpWhenBothLegacyCharsetsDecode() {
        // Short EUC-JP hiragana text is also valid Shift_JIS (as half-width katakana and kanji)
        byte[] euc = "こんにちは、ありがとう".getBytes(Charset.forName("EUC-JP"));
        assertThat(TextDecoder.strict(euc, TextDecoder.SHIFT_JIS)).isPresent();
        assertThat(decoder.decode(euc, "a.txt").text()).isEqualTo("こんにちは、ありがとう");
    }

    @Test
    void decodesIso2022Jp() {
        DecodedText d = decoder.decode(JAPANESE.replace("ｶﾀｶﾅ", "カタカナ").getBytes(Charset.forName("ISO-2022-JP")), "a.txt");
        assertThat(d.text()).startsWith("米国、タリバン");
    }

    @Test
    void decodesEverySeedAsUtf8() throws Exception {
        for (String seed : new String[] {"us-taliban-allies.txt", "moscow-nuclear-warning.txt",
                "siberian-intervention.txt", "russia-nuclear-threat.txt"}) {
            DecodedText d = decoder.decode(Files.readAllBytes(Path.of("seeds", seed)), seed);
            assertThat(d.charset()).as(seed).isEqualTo("UTF-8");
        }
    }

    @Test
    void refusesKnownBinaryFormatsNamingThem() {
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D), "日本語".getBytes(StandardCharsets.UTF_8));
        assertRefused(png, "seeds/x.bin",
                "seeds/x.bin: a PNG image, not a text file. Import a UTF-8, Shift_JIS or EUC-JP .txt file.");
        byte[] zip = concat(bytes('P', 'K', 3, 4), "日本語のテキスト".getBytes(StandardCharsets.UTF_8));
        assertRefused(zip, "deck.txt", "deck.txt: a ZIP archive (.zip, .jar, .docx, .epub ...), not a text file.");
    }

    @Test
    void refusesRandomBytesAsBinaryWithoutNeedingANul() {
        byte[] noise = new byte[4096];
        new java.util.Random(11).nextBytes(noise);
        for (int i = 0; i < noise.length; i++) if (noise[i] == 0) noise[i] = 1;
        assertRefused(noise, "noise.txt", "noise.txt: not a text file (binary data).");
    }

    /** The bytes of a terminal session as `script` records it: colour codes, BEL, backspaces, a NUL. */
    @Test
    void decodesATerminalLogWithControlsAndAStrayNul() {
        String log = "\u001b[?2004hbash$ lss\b\u001b[K --color\r\n\u001b[01;34mdecks\u001b[0m  pom.xml\r\n\u0007"
                + "bash$ echo 撤退のし\b\b\u001b[Kお知らせが届いた。\r\n撤退のお知らせが届いた。\r\nstray\u0000nul\r\n";
        DecodedText d = decoder.decode(log.getBytes(StandardCharsets.UTF_8), "session.log");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo(log);
    }

    @Test
    void decodesUtf16WithoutBomInEitherByteOrder() {
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            DecodedText d = decoder.decode(JAPANESE.getBytes(cs), "windows.txt");
            assertThat(d.text()).as(cs.name()).isEqualTo(JAPANESE);
            assertThat(d.charset()).isEqualTo(cs.name());
        }
        assertThat(decoder.decode("撤退の知らせが届いた。".getBytes(StandardCharsets.UTF_16LE), "one.txt").text())
                .isEqualTo("撤退の知らせが届いた。");
    }

    @Test
    void utf16EnglishWithoutBomIsRefusedAsNotJapaneseRatherThanBinary() {
        assertRefused("Only English here.\r\nNothing else.\r\n".getBytes(StandardCharsets.UTF_16LE), "notes.txt",
                "notes.txt: no Japanese text found; nothing to import.");
    }

    @Test
    void refusesManyControlBytesWithoutNul() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 100; i++) out.writeBytes(bytes(0x01, 0x02, 0x03, 'a'));
        out.writeBytes("日本語".getBytes(StandardCharsets.UTF_8));
        assertRefused(out.toByteArray(), "x.dat", "x.dat: not a text file (binary data).");
    }

    @Test
    void acceptsAStrayControlByteInShortText() {
        assertThat(decoder.decode("日本語\u0001です".getBytes(StandardCharsets.UTF_8), "a.txt").text()).isEqualTo("日本語\u0001です");
    }

    @Test
    void refusesBytesInvalidInEveryCharset() {
        byte[] bad = concat("日本語".getBytes(StandardCharsets.UTF_8), bytes(0x81, 0x20, 0xFF, 0xFF));
        assertRefused(bad, "bad.txt", "bad.txt: invalid bytes for UTF-8, Shift_JIS and EUC-JP (first bad byte at offset 9).");
    }

    @Test
    void refusesEmptyFile() {
        assertRefused(new byte[0], "empty.txt", "empty.txt: the file is empty (0 bytes); nothing to import.");
    }

    @Test
    void refusesWhitespaceOnlyFile() {
        assertRefused(" \n\t\r\n　\n".getBytes(StandardCharsets.UTF_8), "blank.txt",
                "blank.txt: the file contains only whitespace; nothing to import.");
    }

    @Test
    void refusesEnglishOnlyText() {
        assertRefused("Only English here.\nNothing else.".getBytes(StandardCharsets.UTF_8), "notes.txt",
                "notes.txt: no Japanese text found; nothing to import.");
    }

    @Test
    void refusesDamagedUtf16() {
        byte[] odd = concat(bytes(0xFF, 0xFE), bytes(0x3D, 0xD8)); // a lone high surrogate
        assertRefused(odd, "u.txt", "u.txt: the file starts with a UTF-16LE byte order mark but has invalid bytes.");
    }

    private void assertRefused(byte[] bytes, String name, String messageStart) {
        assertThatThrownBy(() -> decoder.decode(bytes, name))
                .isInstanceOf(YomuException.class)
                .hasMessageStartingWith(messageStart)
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((YomuException) e).exitCode()).isEqualTo(ExitCodes.INVALID_INPUT));
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
