package dev.yomu.deck;

import dev.yomu.support.Check;
import dev.yomu.text.Kana;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Stable Anki GUIDs for words. A note's GUID decides whether a re-import updates it or adds a
 * duplicate, so it must depend only on the word, never on the article or the export (Anki's
 * rslib/src/import_export/text/import.rs matches notes by GUID first; a GUID that changed with the
 * article made every re-export a set of duplicates). It is ASCII ({@code [a-z0-9-]}) and prefixed with
 * the app name so it cannot collide with another program's notes: {@code yomu-} and 24 hex digits (96 bits) of SHA-256 over the NFC lemma and hiragana reading.
 */
public final class AnkiGuid {
    private AnkiGuid() {}

    public static String of(String lemma, String reading) {
        Check.notBlank(lemma, "lemma");
        Check.notNull(reading, "reading");
        String key = nfc(lemma.strip()) + '\u001F' + Kana.toHiragana(nfc(reading.strip()));
        return "yomu-" + HexFormat.of().formatHex(sha256(key), 0, 12);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw Check.wtf("every Java platform has SHA-256");
        }
    }
}
