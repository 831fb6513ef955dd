package dev.yomu.reader;

import dev.yomu.text.Kana;

/** Which words the reader shows readings for. */
public enum FuriganaMode {
    /**
     * Every word not known yet: all but the words marked known or well learned, which read clean. Words
     * that are no study word (我々, 三日) have nothing to say they are known, so they keep their readings.
     */
    UNKNOWN,
    /** Every word with kanji. */
    ALL,
    /** No readings. */
    NONE;

    /** The next mode, for the toggle key: unknown → all → none → unknown. */
    public FuriganaMode next() {
        return values()[(ordinal() + 1) % values().length];
    }

    /**
     * Whether a piece gets its reading, given its stored word's status (null for a piece that is no
     * study word or name). Only text with kanji has a reading to show: katakana words never do.
     */
    public boolean wants(Piece piece, WordStatus status) {
        if (piece.reading().isEmpty() || !Kana.containsKanji(piece.text())) return false;
        return switch (this) {
            case ALL -> true;
            case NONE -> false;
            case UNKNOWN -> piece.isWord() && status != WordStatus.KNOWN;
        };
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
