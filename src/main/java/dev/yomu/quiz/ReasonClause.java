package dev.yomu.quiz;

import java.util.Optional;

/**
 * The one way a reason the article gives is put into a choice, for なぜ questions (…ため。) and for
 * 内容一致 statements (…のは、…ためだ。) alike: its topic は read as が, since a は inside a ため clause
 * is not Japanese (「沿線の人口は減っているため」 → 「沿線の人口が減っているため」), and no reason
 * at all when a second は cannot be put so.
 */
final class ReasonClause {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile("(?s).*(た|る|い|う|く|す|つ|む|ぶ|ぐ|んだ|いだ|の)$");

    private ReasonClause() {}

    /** {@code reason} (a plain clause without ため) as a ため clause, or empty when it cannot be put so. */
    static Optional<String> because(String reason) {
        if (!CLAUSE_END.matcher(reason).matches()) return Optional.empty();
        return CauseQuestions.asNounClause(reason).map(r -> r + "ため");
    }

    /** The choice of a なぜ question. */
    static String answer(String because) {
        return because + "。";
    }

    /** A 内容一致 statement that {@code effect} happened because of {@code because}. */
    static String statement(String effect, String because) {
        return effect + "のは、" + because + "だ。";
    }
}
