package dev.yomu.store;

/**
 * States are stored as their enum constant's name (word.kind, word.status, card.phase, sentence.kind);
 * this turns a column back into the enum at the row boundary, so nothing above store compares strings.
 */
final class StoredEnums {
    private StoredEnums() {}

    /** The constant named {@code stored}, or null for SQL NULL (a word without a card has no phase). */
    static <E extends Enum<E>> E orNull(Class<E> type, String stored) {
        return stored == null ? null : Enum.valueOf(type, stored);
    }
}
