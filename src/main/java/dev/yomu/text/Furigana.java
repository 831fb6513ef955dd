package dev.yomu.text;

import dev.yomu.support.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts readings over the kanji of a word or sentence. Okurigana and other kana stay outside the
 * readings, so 認める/みとめる becomes 認[みと]める and not 認める[みとめる].
 *
 * <p>The Anki format follows Anki's built-in {@code furigana:} filter, whose regex
 * {@code " ?([^ >]+?)\[(.+?)\]"} takes as base everything back to the previous ASCII space, {@code >}
 * or {@code ]}. So an ASCII space goes before every kanji group that follows other text
 * ({@code お 茶[ちゃ]}); the filter swallows that space (Anki's rslib/src/template_filters.rs, furigana filter).
 */
public final class Furigana {
    private Furigana() {}

    /**
     * A piece of a word: a run of kanji (or other characters that need a reading) with its reading, or
     * a run of kana written as is.
     *
     * @param text    the characters as written in the word
     * @param reading the reading in hiragana, or null for text that needs none (kana)
     */
    public record Segment(String text, String reading) {
        public Segment {
            Check.notNull(text, "text");
        }

        public boolean hasReading() {
            return reading != null;
        }
    }

    /**
     * Splits a word into kanji groups with their readings and kana runs. The reading may be in
     * hiragana or katakana; it is compared in hiragana. Words without kanji get one segment with no
     * reading. When the kana of the word cannot be found in the reading, the whole word gets the
     * whole reading as one segment.
     */
    public static List<Segment> segments(String word, String reading) {
        Check.notNull(word, "word");
        String hira = Kana.toHiragana(reading == null ? "" : reading.strip());
        if (word.isEmpty()) return List.of();
        if (!needsReading(word)) return List.of(new Segment(word, null));
        // No kana at all ("" or a tokenizer's "*" or the word itself) means the reading is unknown.
        if (hira.codePoints().noneMatch(Kana::isKana)) return List.of(new Segment(word, null));
        List<String> runs = runs(word);
        Matcher m = alignmentPattern(runs).matcher(hira);
        if (!m.matches()) return List.of(new Segment(word, hira));
        List<Segment> out = new ArrayList<>(runs.size());
        int group = 1;
        for (String run : runs) {
            out.add(kind(run) == Kind.READ ? new Segment(run, m.group(group++)) : new Segment(run, null));
        }
        return List.copyOf(out);
    }

    /** The word in Anki's furigana format: {@code 取[と]り 扱[あつか]い}. */
    public static String anki(String word, String reading) {
        StringBuilder sb = new StringBuilder();
        appendAnki(sb, segments(word, reading));
        return sb.toString();
    }

    /**
     * A whole sentence in Anki's furigana format, built from its tokens. Only tokens with kanji and a
     * surface reading get readings; text between or outside tokens, and tokens whose offsets do not
     * fit the sentence, are copied as is.
     */
    public static String ankiSentence(List<Token> tokens, String sentence) {
        Check.notNull(tokens, "tokens");
        Check.notNull(sentence, "sentence");
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Token t : tokens) {
            if (t.begin() < pos || t.end() > sentence.length() || t.begin() > t.end()
                    || !sentence.substring(t.begin(), t.end()).equals(t.surface())) continue;
            appendPlain(sb, sentence.substring(pos, t.begin()));
            appendAnki(sb, segments(t.surface(), t.surfaceReading()));
            pos = t.end();
        }
        appendPlain(sb, sentence.substring(pos));
        return sb.toString();
    }

    /** The word with readings in parentheses, for terminals: {@code 認(みと)める}. */
    public static String inline(String word, String reading) {
        return inline(word, reading, "()");
    }

    /** The word with readings in {@code brackets} (an opening and a closing one): {@code 認《みと》める}. */
    public static String inline(String word, String reading, String brackets) {
        StringBuilder sb = new StringBuilder();
        for (Segment s : segments(word, reading)) {
            sb.append(s.text());
            if (s.hasReading()) sb.append(brackets.charAt(0)).append(s.reading()).append(brackets.charAt(1));
        }
        return sb.toString();
    }

    /**
     * Brackets for inline readings that {@code text} does not use itself, so a reading never reads as
     * the text's own aside: {@code 計画(けいかく)(撤退…} would be ambiguous, {@code 計画《けいかく》(撤退…} is not.
     * Parentheses when the text has none, else 《》, else 〔〕.
     */
    public static String bracketsFor(String text) {
        if (text.chars().noneMatch(c -> c == '(' || c == ')' || c == '（' || c == '）')) return "()";
        if (text.chars().noneMatch(c -> c == '《' || c == '》')) return "《》";
        return "〔〕";
    }

    private static void appendAnki(StringBuilder sb, List<Segment> segments) {
        for (Segment s : segments) {
            if (!s.hasReading()) {
                appendPlain(sb, s.text());
                continue;
            }
            char last = sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
            if (last != ' ' && last != ']' && last != '>') sb.append(' ');
            sb.append(noBrackets(s.text())).append('[').append(noBrackets(s.reading())).append(']');
        }
    }

    /** Literal ASCII brackets would be read as furigana by Anki's filter; full-width ones are not. */
    private static void appendPlain(StringBuilder sb, String text) {
        sb.append(noBrackets(text));
    }

    private static String noBrackets(String s) {
        return s.replace('[', '［').replace(']', '］');
    }

    /**
     * Only words with kanji or digits get readings (4月 しがつ, 3つ みっつ); kana, Latin-only or
     * symbol-only words are written as is. Plain digits come without a reading and stay bare.
     */
    private static boolean needsReading(String word) {
        return word.codePoints().anyMatch(c -> Kana.isKanji(c) || Character.isDigit(c));
    }

    private enum Kind { KANA, SILENT, READ }

    /**
     * KANA is matched literally in the reading; SILENT (punctuation, symbols, spaces) is not pronounced
     * and gets no reading; READ (kanji, and letters or digits such as the 3 of 3月) takes a reading.
     */
    private static Kind kind(int c) {
        if (Kana.isKanji(c)) return Kind.READ;
        if (c == '・' || c == '゠') return Kind.SILENT;
        if (Kana.isKana(c) || c == 'ー') return Kind.KANA;
        return Character.isLetterOrDigit(c) ? Kind.READ : Kind.SILENT;
    }

    private static Kind kind(String run) {
        return kind(run.codePointAt(0));
    }

    /**
     * Runs of one kind, except that symbols between two READ runs join them: with no kana between
     * them there is nothing to split the reading on, and a whole-word reading beats a wrong guess.
     */
    private static List<String> runs(String word) {
        List<String> raw = rawRuns(word);
        List<String> runs = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String run = raw.get(i);
            int last = runs.size() - 1;
            boolean nextIsRead = i + 1 < raw.size() && kind(raw.get(i + 1)) == Kind.READ;
            boolean glue = last >= 0 && kind(runs.get(last)) == Kind.READ
                    && (kind(run) == Kind.READ || (kind(run) == Kind.SILENT && nextIsRead));
            if (glue) runs.set(last, runs.get(last) + run);
            else runs.add(run);
        }
        return runs;
    }

    /** Maximal runs of characters of one kind, in order. */
    private static List<String> rawRuns(String word) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            Kind kind = kind(word.codePointAt(start));
            int end = start;
            while (end < word.length() && kind(word.codePointAt(end)) == kind) {
                end += Character.charCount(word.codePointAt(end));
            }
            runs.add(word.substring(start, end));
            start = end;
        }
        return runs;
    }

    /** Kana runs must appear literally (in hiragana); each READ run takes at least one kana. */
    private static Pattern alignmentPattern(List<String> runs) {
        StringBuilder re = new StringBuilder();
        for (String run : runs) {
            switch (kind(run)) {
                case KANA -> re.append(Pattern.quote(Kana.toHiragana(run)));
                case READ -> re.append("(.+?)");
                case SILENT -> { }
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
