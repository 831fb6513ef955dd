package dev.yomu.quiz;

/** Small checks and cuts on Japanese sentences, shared by the generators. */
final class Texts {
    static final String BLANK = "（　　）";

    private Texts() {}

    // Compiled once: String.matches/split/replaceAll compile their pattern on every call, and the
    // generators call these thousands of times per quiz (over half of QuizGenerationTest's time).
    private static final java.util.regex.Pattern MANGLED_SPACE =
            java.util.regex.Pattern.compile("(?s).*[^\\x00-\\x7F] .*|.* [^\\x00-\\x7F].*");

    private static final java.util.Map<String, java.util.regex.Pattern> COMPILED = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * {@code regex} compiled once and kept: for patterns built from the code's own tables (a title
     * list, a kind's endings), never from article text, so the cache stays as small as the tables.
     */
    static java.util.regex.Pattern pattern(String regex) {
        return COMPILED.computeIfAbsent(regex, java.util.regex.Pattern::compile);
    }

    /** The first sense of a " / "-joined gloss list (the whole list when it has one sense). */
    static String firstSense(String glosses) {
        int cut = glosses.indexOf(" / ");
        return cut < 0 ? glosses : glosses.substring(0, cut);
    }

    /**
     * Whether a sentence is fit to quote: a whole sentence, no machine-translation artefacts
     * ("XNUMX"), brackets that close, and not too long to read in a question.
     */
    static boolean quotable(String s, int maxChars) {
        if (s.length() < 10 || s.length() > maxChars) return false;
        if (s.contains("XNUMX") || s.contains("http") || s.contains("<") || s.contains("＜")) return false;
        if (!s.endsWith("。") || MANGLED_SPACE.matcher(s).matches()) return false; // mangled: 引き起こした ロシアが
        return balanced(s, '「', '」') && balanced(s, '（', '）') && balanced(s, '(', ')') && balanced(s, '『', '』');
    }

    static boolean balanced(String s, char open, char close) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == open) depth++;
            if (c == close && --depth < 0) return false;
        }
        return depth == 0;
    }

    /**
     * The part of {@code s} around [begin, end) that a reader needs: whole clauses (cut at 、 and 。)
     * until about {@code max} characters, with … where text was left out.
     */
    static String around(String s, int begin, int end, int max) {
        if (s.length() <= max) return s;
        int from = clauseStart(s, begin), to = clauseEnd(s, end);
        while (true) {
            if (to < s.length() && clauseEnd(s, to) - from <= max) to = clauseEnd(s, to);
            else if (from > 0 && to - clauseStart(s, from - 1) <= max) from = clauseStart(s, from - 1);
            else break;
        }
        String cut = s.substring(from, to);
        if (to < s.length() && cut.endsWith("、")) cut = cut.substring(0, cut.length() - 1);
        return (from > 0 ? "…" : "") + cut + (to < s.length() ? "…" : "");
    }

    private static int clauseStart(String s, int i) {
        return i <= 0 ? 0 : s.lastIndexOf('、', i - 1) + 1;
    }

    private static int clauseEnd(String s, int i) {
        for (int j = i; j < s.length(); j++) if (s.charAt(j) == '、' || s.charAt(j) == '。') return j + 1;
        return s.length();
    }

    /** Counts the occurrences of {@code part} in {@code s}. */
    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
        return n;
    }
}
