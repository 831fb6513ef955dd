package dev.yomu.reader;

import dev.yomu.text.Kana;

/** Which words the reader shows readings for. */
public enum FuriganaMode {
    /** Words not yet known: unknown and learning study words, and names. Known and well-learned words read clean. */
    UNKNOWN,
    /** Every word with kanji. */
    ALL,
    /** No readings. */
    NONE;

    /** The next mode, for the toggle key: unknown → all → none → unknown. */
    public FuriganaMode next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /** Whether a piece gets its reading, given its word's status (null for text that is no study word). */
    public boolean wants(Piece piece, WordStatus status) {
        if (piece.reading().isEmpty() || !Kana.containsKanji(piece.text())) return false;
        return switch (this) {
            case ALL -> true;
            case NONE -> false;
            case UNKNOWN -> piece.isWord() && status != null
                    && (status == WordStatus.UNKNOWN || status == WordStatus.LEARNING || status == WordStatus.NAME);
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
