package dev.yomu.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gate for questions whose choices are statements or events (内容一致, chronology, なぜ, これ):
 * no 内容一致 choice copied from the article, no two choices that differ only by a negation, every
 * sentence choice ends in a finite form, no broken negatives (出しなかった, 知っていない), no choice
 * with a hole where a date was cut out (採用したのはであり), and no two events ranked whose order
 * the text does not fix (two events of 1912, or of 1955 and September 1955).
 */
final class StatementRules {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern FINAL_PERIOD = java.util.regex.Pattern.compile("。$");
    private static final java.util.regex.Pattern AFTER_PERIOD = java.util.regex.Pattern.compile("(?<=。)");

    private static final Set<QuestionKind> KINDS = Set.of(QuestionKind.AGREEMENT, QuestionKind.CHRONOLOGY, QuestionKind.CAUSE,
            QuestionKind.REFERENCE);
    /** A finite plain or polite form, or a reason's ため, then 。. */
    private static final Pattern FINITE = Pattern.compile("(?s).*(た|だ|る|う|く|す|つ|ぬ|ぶ|む|ぐ|い|ため|です|ます|でした|ました)。$");
    /**
     * Negatives no Japanese writer makes: a godan す-verb negated like する (出しなかった, one kanji
     * before し), ない on what is already negative, 知っていない for 知らない.
     */
    private static final Pattern BROKEN = Pattern.compile(
            "(?<!\\p{IsHan})\\p{IsHan}しなかった|(?<!\\p{IsHan})\\p{IsHan}しない。|ないない|なかったなかった|ないなかった|ずない|知っていな|のはであ|のはで、|のはだ|はである。|^[はがをにでのへともや、]");
    private static final Pattern NEGATIVE = Pattern.compile("な|ず|ぬ|ませ|不|未|無|非");
    private static final Pattern EVENT_DATE = Pattern.compile("(\\d{3,4})年(?:(\\d{1,2})月)?(?:(\\d{1,2})日)?「");

    private StatementRules() {}

    static Optional<String> violation(Question q, String articleText) {
        if (!KINDS.contains(q.kind())) return Optional.empty();
        List<String> c = q.choices();
        for (String s : c) {
            if (BROKEN.matcher(s).find()) return Optional.of("ungrammatical choice: " + s);
            if (s.endsWith("。") && !FINITE.matcher(s).matches()) return Optional.of("choice does not end in a finite form: " + s);
            if (q.kind() == QuestionKind.AGREEMENT && verbatim(s, articleText))
                return Optional.of("statement copied from the article: " + s);
        }
        for (int i = 0; i < c.size(); i++)
            for (int j = i + 1; j < c.size(); j++)
                if (negationTwins(c.get(i), c.get(j))) return Optional.of("two choices differ only by a negation: " + c.get(i));
        if (q.kind() == QuestionKind.CHRONOLOGY && tie(q.explanation())) return Optional.of("events of the same date are ranked");
        return Optional.empty();
    }

    // A statement the article holds word for word (its 。 aside) is reading, not understanding.
    static boolean verbatim(String choice, String articleText) {
        String core = FINAL_PERIOD.matcher(choice.strip()).replaceFirst("");
        if (core.length() < 8) return false;
        for (String line : articleText.split("\n"))
            for (String sentence : AFTER_PERIOD.split(line))
                if (FINAL_PERIOD.matcher(sentence.strip()).replaceFirst("").equals(core)) return true;
        return false;
    }

    /**
     * Whether two sentences are the same but for a negation: what is left once their common start
     * and end are cut is short, and only one side has a negative in it (反対した / 反対しなかった,
     * ある / ない, できる / できない).
     */
    static boolean negationTwins(String a, String b) {
        if (a.equals(b)) return false;
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) p++;
        int s = 0;
        while (s < a.length() - p && s < b.length() - p && a.charAt(a.length() - 1 - s) == b.charAt(b.length() - 1 - s)) s++;
        String ma = a.substring(p, a.length() - s), mb = b.substring(p, b.length() - s);
        if (ma.length() > 6 || mb.length() > 6) return false;
        boolean na = NEGATIVE.matcher(ma).find(), nb = NEGATIVE.matcher(mb).find();
        return na != nb;
    }

    // ChronologyQuestions writes the events' dates into the explanation in the order it claims.
    static boolean tie(String explanation) {
        if (!explanation.startsWith("本文の日付")) return false;
        List<int[]> dates = new ArrayList<>();
        Matcher m = EVENT_DATE.matcher(explanation);
        while (m.find()) dates.add(new int[] {Integer.parseInt(m.group(1)), num(m.group(2)), num(m.group(3))});
        for (int i = 0; i < dates.size(); i++)
            for (int j = i + 1; j < dates.size(); j++) {
                int[] a = dates.get(i), b = dates.get(j);
                boolean ordered = a[0] != b[0] || a[1] != 0 && b[1] != 0 && (a[1] != b[1] || a[2] != 0 && b[2] != 0 && a[2] != b[2]);
                if (!ordered || java.util.Arrays.compare(a, b) > 0) return true;
            }
        return false;
    }

    private static int num(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }
}
