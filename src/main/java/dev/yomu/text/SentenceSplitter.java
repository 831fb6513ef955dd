package dev.yomu.text;

import dev.yomu.support.Check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * Splits a paragraph into sentences, and long sentences into chunks the tokenizer can take.
 *
 * <p>Sentences end at 。！？!?．, at an ASCII period after Japanese text, and at every line break. A
 * quote or parenthesis 「…」『…』（…）(…)【…】“…” is kept whole, so a 。 inside a quotation does not
 * end the sentence, but only when it closes within {@link #MAX_QUOTE} characters on the same line:
 * an unclosed 「 is then treated as an ordinary character instead of swallowing the rest of the text.
 */
public final class SentenceSplitter {
    /** The longest quotation kept whole; longer (or unclosed) ones are split like normal text. */
    public static final int MAX_QUOTE = 300;
    /** Kuromoji is fast up to a few hundred characters and slow and memory-hungry far beyond. */
    public static final int DEFAULT_MAX_CHARS = 400;

    private static final String OPENERS = "「『（(【“〔［";
    private static final String CLOSERS = "」』）)】”〕］";
    private static final String ENDERS = "。！？!?．";
    /** Besides hiragana particles, what may follow a quote inside a sentence. */
    private static final String CONTINUERS = "、，,」』）)";
    private static final int MAX_NESTING = 16;

    /** Returns the sentences of a paragraph, trimmed, without empty or punctuation-only ones. */
    public List<String> split(String paragraph) {
        Check.notNull(paragraph, "paragraph");
        int[] closeOf = matchBrackets(paragraph);
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < paragraph.length()) {
            if (closeOf[i] > i) {
                i = closeOf[i] + 1;
                if (!quoteEndsSentence(paragraph, i)) continue;
            } else if (paragraph.charAt(i) == '\n') {
                add(sentences, paragraph.substring(start, i));
                start = ++i;
                continue;
            } else if (!endsSentence(paragraph, i++)) {
                continue;
            }
            i = skipTrailing(paragraph, i);
            add(sentences, paragraph.substring(start, i));
            start = i;
        }
        add(sentences, paragraph.substring(start));
        return sentences;
    }

    /**
     * For each opening bracket, the index of its closing bracket if it closes on the same line within
     * MAX_QUOTE chars; -1 elsewhere. One pass with a stack: a closer pops back to the nearest opener it
     * matches, so a stray inner （ does not keep the outer 「 open.
     */
    static int[] matchBrackets(String s) {
        int[] closeOf = new int[s.length()];
        Arrays.fill(closeOf, -1);
        Deque<Integer> open = new ArrayDeque<>();
        for (int j = 0; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '\n') open.clear();
            else if (OPENERS.indexOf(c) >= 0) open.push(j);
            else if (CLOSERS.indexOf(c) >= 0) closeAt(s, j, open, closeOf);
        }
        return closeOf;
    }

    private static void closeAt(String s, int j, Deque<Integer> open, int[] closeOf) {
        int depth = 0;
        for (Iterator<Integer> it = open.iterator(); it.hasNext() && depth < MAX_NESTING; depth++) {
            int o = it.next();
            if (CLOSERS.charAt(OPENERS.indexOf(s.charAt(o))) != s.charAt(j)) continue;
            for (int k = 0; k <= depth; k++) open.pop();
            if (j - o <= MAX_QUOTE) closeOf[o] = j;
            return;
        }
    }

    /**
     * 「行くぞ。」次だ。 is two sentences; 「行くぞ。」と言った。 and 「よろしく!」は不義理だ。 are one: a particle
     * (hiragana) or comma after the quote continues the sentence. Merging two sentences is the safer
     * mistake, as splitting one leaves both halves without sense.
     */
    private static boolean quoteEndsSentence(String s, int afterClose) {
        if (afterClose >= s.length() || ENDERS.indexOf(s.charAt(afterClose - 2)) < 0) return false;
        char next = s.charAt(afterClose);
        return !Kana.isHiragana(next) && CONTINUERS.indexOf(next) < 0;
    }

    private static boolean endsSentence(String s, int i) {
        char c = s.charAt(i);
        if (c == '．') return !(isDigitAt(s, i - 1) && isDigitAt(s, i + 1));
        if (ENDERS.indexOf(c) >= 0) return true;
        // "…に." in machine-translated text; but not "p.11", "9.11" or "U.S."
        return c == '.' && i > 0 && s.charAt(i - 1) > 0x2E7F
                && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)));
    }

    private static boolean isDigitAt(String s, int i) {
        return i >= 0 && i < s.length() && Character.isDigit(s.charAt(i));
    }

    /** A sentence keeps the run of enders and closers after its end: 「本当？！」」 */
    private static int skipTrailing(String s, int i) {
        while (i < s.length() && (ENDERS.indexOf(s.charAt(i)) >= 0 || CLOSERS.indexOf(s.charAt(i)) >= 0)) i++;
        return i;
    }

    /**
     * A run longer than {@link #DEFAULT_MAX_CHARS} (a text without punctuation, a pasted table) is cut
     * where the tokenizer would cut it: a sentence of 350,000 characters made every screen, card and
     * example query that shows it grow without bound.
     */
    private static void add(List<String> sentences, String candidate) {
        String trimmed = candidate.strip();
        if (trimmed.length() > DEFAULT_MAX_CHARS) {
            for (String piece : safeChunks(trimmed)) addOne(sentences, piece.strip());
        } else {
            addOne(sentences, trimmed);
        }
    }

    private static void addOne(List<String> sentences, String trimmed) {
        if (trimmed.codePoints().anyMatch(Character::isLetterOrDigit)) sentences.add(trimmed);
    }

    /**
     * Cuts a text into pieces of at most maxChars chars for the tokenizer. A piece ends after the last
     * 、，, or whitespace in the window, else at the last change of script (kanji, hiragana, katakana,
     * other), else at maxChars; never between the two halves of a surrogate pair. The pieces joined
     * give back the text.
     */
    public static List<String> safeChunks(String text, int maxChars) {
        Check.notNull(text, "text");
        Check.isTrue(maxChars >= 2, "The parameter 'maxChars' must be at least 2 but was " + maxChars + ".");
        List<String> chunks = new ArrayList<>();
        int start = 0;
        while (text.length() - start > maxChars) {
            int end = cutPoint(text, start, start + maxChars);
            chunks.add(text.substring(start, end));
            start = end;
        }
        if (start < text.length()) chunks.add(text.substring(start));
        return chunks;
    }

    /** Same as {@link #safeChunks(String, int)} with {@link #DEFAULT_MAX_CHARS}. */
    public static List<String> safeChunks(String text) {
        return safeChunks(text, DEFAULT_MAX_CHARS);
    }

    /** Where to end a chunk that starts at start and may not go past limit (exclusive); always > start. */
    private static int cutPoint(String s, int start, int limit) {
        for (int j = limit - 1; j > start; j--) {
            char c = s.charAt(j);
            if (c == '、' || c == '，' || c == ',' || Character.isWhitespace(c) || c == '　') return j + 1;
        }
        for (int j = limit - 1; j > start; j--) {
            if (!Character.isLowSurrogate(s.charAt(j)) && script(s.codePointAt(j)) != script(s.codePointBefore(j)))
                return j;
        }
        return Character.isLowSurrogate(s.charAt(limit)) ? limit - 1 : limit;
    }

    private static int script(int c) {
        if (Kana.isKanji(c)) return 1;
        if (Kana.isHiragana(c)) return 2;
        if (Kana.isKatakana(c) || c == 'ー') return 3;
        return 0;
    }
}
