package dev.yomu.quiz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whether an English cue names the meaning of a kanji a word is written with ('being in the red' and
 * 赤字): a reverse question with such a cue is answered by matching the kanji, not by knowing the word
 * (sixth independent judged sample). kanji-glosses.tsv names the meanings and their source. A word of
 * one kanji is not matched: its kanji's meaning is the word's.
 */
final class KanjiGlosses {
    private static final String RESOURCE = "/dev/yomu/quiz/kanji-glosses.tsv";
    private static final Map<Character, List<Pattern>> MEANINGS = load();

    private KanjiGlosses() {}

    static boolean named(String cue, String lemma) {
        if (lemma.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count() < 2) return false;
        String lower = cue.toLowerCase(Locale.ROOT);
        for (char c : lemma.toCharArray())
            for (Pattern p : MEANINGS.getOrDefault(c, List.of()))
                if (p.matcher(lower).find()) return true;
        return false;
    }

    private static Map<Character, List<Pattern>> load() {
        Map<Character, List<Pattern>> out = new HashMap<>();
        try (InputStream in = KanjiGlosses.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                List<Pattern> words = new java.util.ArrayList<>(out.getOrDefault(f[0].charAt(0), List.of()));
                for (String w : f[1].split(","))
                    words.add(Pattern.compile("\\b" + Pattern.quote(w.strip().toLowerCase(Locale.ROOT)) + "\\b"));
                out.put(f[0].charAt(0), List.copyOf(words));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
