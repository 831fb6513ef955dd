package dev.yomu.store;

import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Packs a sentence's tokens into one column. A row per token would multiply the rows written on
 * import by the number of words; one string per sentence keeps import fast and the reader simple.
 * Fields are separated by U+001F and tokens by U+001E, characters the cleaner removes from text.
 */
final class TokenCodec {
    private static final char FIELD = '\u001F';
    private static final char TOKEN = '\u001E';

    private TokenCodec() {}

    static String encode(List<Token> tokens) {
        StringBuilder sb = new StringBuilder(tokens.size() * 24);
        for (Token t : tokens) {
            if (sb.length() > 0) sb.append(TOKEN);
            sb.append(t.surface()).append(FIELD)
                    .append(t.lemma().equals(t.surface()) ? "" : t.lemma()).append(FIELD)
                    .append(t.reading()).append(FIELD)
                    .append(t.surfaceReading().equals(t.reading()) ? "" : t.surfaceReading()).append(FIELD)
                    .append(t.pos()).append(FIELD)
                    .append(t.posDetail()).append(FIELD)
                    .append(t.begin());
        }
        return sb.toString();
    }

    static List<Token> decode(String packed) {
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
