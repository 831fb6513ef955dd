package dev.yomu.store;

import dev.yomu.text.Kana;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Packs a sentence's tokens into one column. A row per token would multiply the rows written on
 * import by the number of words; one string per sentence keeps import fast and the reader simple.
 * Fields are separated by U+001F and tokens by U+001E, characters the cleaner removes from text.
 *
 * <p>The format leaves out whatever the sentence itself already says, because the token column was
 * most of what an import wrote. A token is: the surface as a length into the sentence's text, the
 * part of speech as one character from {@link #PARTS_OF_SPEECH}, then the reading, the lemma, the
 * surface's reading and the start, each left empty when it repeats the surface (or the previous
 * token's end), and trailing empty fields left out.
 * Rows written before this format (no leading U+0002) are still read.
 */
final class TokenCodec {
    private static final char FIELD = '\u001F';
    private static final char TOKEN = '\u001E';
    /** Leads every row in the compact format. */
    private static final char COMPACT = '\u0002';
    /** A field that is empty, where an empty field would mean "same as the surface". */
    private static final String NOTHING = "*";
    /** Marks a surface written out because it is not the sentence text at the token's place. */
    private static final char LITERAL = '~';
    /** First of the private-use characters that stand for the parts of speech below. */
    private static final char CODE_BASE = '\uE000';

    /**
     * IPADIC's parts of speech ("pos,detail"), most frequent first, and the compounds Yomu makes.
     * Stored rows refer to them by position: only ever append to this list.
     */
    private static final List<String> PARTS_OF_SPEECH = List.of(
            "名詞,一般", "名詞,サ変接続", "助詞,格助詞,一般", "動詞,自立", "助動詞,", "助詞,連体化", "記号,空白",
            "名詞,固有名詞,地域,国", "記号,読点", "助詞,係助詞", "名詞,数", "助詞,接続助詞", "名詞,接尾,一般", "記号,句点",
            "名詞,接尾,助数詞", "動詞,非自立", "名詞,形容動詞語幹", "名詞,非自立,一般", "助詞,格助詞,連語",
            "名詞,固有名詞,組織", "名詞,副詞可能", "動詞,接尾", "名詞,代名詞,一般", "連体詞,", "助詞,並立助詞",
            "助詞,副助詞", "記号,一般", "名詞,固有名詞,地域,一般", "形容詞,自立", "記号,括弧開", "記号,括弧閉",
            "名詞,非自立,副詞可能", "副詞,一般", "助詞,副詞化", "助詞,格助詞,引用", "接続詞,", "名詞,接尾,形容動詞語幹",
            "接頭詞,名詞接続", "助詞,副助詞／並立助詞／終助詞", "名詞,非自立,助動詞語幹", "助詞,終助詞", "副詞,助詞類接続",
            "名詞,固有名詞,人名,姓", "名詞,接尾,副詞可能", "名詞,固有名詞,一般", "名詞,ナイ形容詞語幹",
            "名詞,固有名詞,人名,名", "接頭詞,数接続", "名詞,接続詞的", "名詞,固有名詞,人名,一般", "名詞,接尾,サ変接続",
            "名詞,接尾,地域", "名詞,特殊,助動詞語幹", "名詞,接尾,人名", "名詞,接尾,特殊", "名詞,接尾,助動詞語幹",
            "名詞,複合語", "形容詞,非自立", "形容詞,接尾", "感動詞,", "接頭詞,動詞接続", "接頭詞,形容詞接続",
            "名詞,代名詞,縮約", "名詞,非自立,形容動詞語幹", "名詞,動詞非自立的", "名詞,引用文字列", "助詞,間投助詞",
            "助詞,特殊", "記号,アルファベット", "フィラー,", "その他,間投", "名詞,固有名詞,人名", "名詞,固有名詞,地域");
    /** pos -> posDetail -> code; two lookups on the token's own strings, whose hashes are cached, beat joining them. */
    // Each code as a one-character string, and the small lengths as strings: encode runs for every
    // token of every import and would otherwise build both anew per token.
    private static final Map<String, Map<String, String>> CODES = new HashMap<>();
    private static final String[] LENGTHS = new String[64];

    static {
        for (int i = 0; i < PARTS_OF_SPEECH.size(); i++) {
            String pos = PARTS_OF_SPEECH.get(i);
            int comma = pos.indexOf(',');
            CODES.computeIfAbsent(pos.substring(0, comma), k -> new HashMap<>())
                    .put(pos.substring(comma + 1), String.valueOf((char) (CODE_BASE + i)));
        }
        for (int n = 0; n < LENGTHS.length; n++) LENGTHS[n] = Integer.toString(n);
    }

    private TokenCodec() {}

    /** @param text the sentence the tokens were found in */
    static String encode(List<Token> tokens, String text) {
        // Room for 12 characters a token: with 8 the builder grew (a copy of all written so far) in
        // most sentences of the import's profile, a few percent of its analysis threads' samples.
        StringBuilder sb = new StringBuilder(tokens.size() * 12 + 2).append(COMPACT);
        String[] fields = new String[6];
        int previousEnd = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0) sb.append(TOKEN);
            String surface = t.surface();
            fields[0] = text.startsWith(surface, t.begin()) && !surface.isEmpty() ? lengthOf(surface)
                    : LITERAL + surface;
            Map<String, String> details = CODES.get(t.pos());
            String code = details == null ? null : details.get(t.posDetail());
            fields[1] = code != null ? code : t.pos() + "," + t.posDetail();
            fields[2] = Kana.isHiraganaOf(t.reading(), surface) ? "" : t.reading().isEmpty() ? NOTHING : t.reading();
            fields[3] = t.lemma().equals(surface) ? "" : t.lemma();
            fields[4] = orNothing(t.surfaceReading(), t.reading());
            fields[5] = t.begin() == previousEnd ? "" : Integer.toString(t.begin());
            int last = fields.length - 1;
            while (fields[last].isEmpty() && last > 1) last--; // trailing empty fields are left out
            for (int f = 0; f <= last; f++) {
                if (f > 0) sb.append(FIELD);
                sb.append(fields[f]);
            }
            previousEnd = t.begin() + surface.length();
        }
        return sb.toString();
    }

    private static String lengthOf(String surface) {
        int n = surface.length();
        return n < LENGTHS.length ? LENGTHS[n] : Integer.toString(n);
    }

    /** Empty when {@code value} is what a reader would assume anyway, "*" when it is really empty. */
    private static String orNothing(String value, String assumed) {
        if (value.equals(assumed)) return "";
        return value.isEmpty() ? NOTHING : value;
    }

    private static String unless(String field, String assumed) {
        if (field == null || field.isEmpty()) return assumed;
        return field.equals(NOTHING) ? "" : field;
    }

    /** @param text the sentence the tokens were found in, as stored beside them */
    static List<Token> decode(String packed, String text) {
        if (packed.isEmpty() || packed.charAt(0) != COMPACT) return decodeFirstFormat(packed);
        List<Token> out = new ArrayList<>();
        if (packed.length() == 1) return out;
        int previousEnd = 0;
        for (String tok : packed.substring(1).split(String.valueOf(TOKEN), -1)) {
            String[] f = Arrays.copyOf(tok.split(String.valueOf(FIELD), -1), 6);
            int begin = f[5] == null || f[5].isEmpty() ? previousEnd : Integer.parseInt(f[5]);
            String surface = f[0].charAt(0) == LITERAL ? f[0].substring(1)
                    : text.substring(begin, begin + Integer.parseInt(f[0]));
            String pos = f[1].length() == 1 && f[1].charAt(0) >= CODE_BASE
                    ? PARTS_OF_SPEECH.get(f[1].charAt(0) - CODE_BASE) : f[1];
            String reading = unless(f[2], Kana.toHiragana(surface));
            String lemma = f[3] == null || f[3].isEmpty() ? surface : f[3];
            String surfaceReading = unless(f[4], reading);
            int comma = pos.indexOf(',');
            out.add(new Token(surface, lemma, reading, surfaceReading, pos.substring(0, comma), pos.substring(comma + 1),
                    begin, begin + surface.length()));
            previousEnd = begin + surface.length();
        }
        return out;
    }

    /** The format of Yomu's first release: every field written out. */
    private static List<Token> decodeFirstFormat(String packed) {
        List<Token> out = new ArrayList<>();
        if (packed.isEmpty()) return out;
        for (String tok : packed.split(String.valueOf(TOKEN), -1)) {
            String[] f = tok.split(String.valueOf(FIELD), -1);
            String surface = f[0];
            String lemma = f[1].isEmpty() ? surface : f[1];
            String reading = f[2];
            String surfaceReading = f[3].isEmpty() ? reading : f[3];
            int begin = Integer.parseInt(f[6]);
            out.add(new Token(surface, lemma, reading, surfaceReading, f[4], f[5], begin, begin + surface.length()));
        }
        return out;
    }
}
