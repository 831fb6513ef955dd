package dev.yomu.store;

import java.util.Locale;

/**
 * States are stored as their enum constant's name (word.kind, word.status, card.phase, sentence.kind,
 * quiz_answer.question_kind), a quiz's kind as that name in lower case (quiz_attempt.quiz_kind: vocab,
 * comprehension, mixed); this turns a column back into the enum and an enum into its column at the row
 * boundary, so nothing above store compares strings.
 */
final class StoredEnums {
    private StoredEnums() {}

    /** The constant named {@code stored}, or null for SQL NULL (a word without a card has no phase). */
    static <E extends Enum<E>> E orNull(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored);
    }

    /** The constant whose name is {@code stored} in upper case: the columns written by {@link #lowerCase}. */
    static <E extends Enum<E>> E fromLowerCase(Class<E> type, String stored) {
        return Enum.valueOf(type, stored.toUpperCase(Locale.ROOT));
    }

    static String lowerCase(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
