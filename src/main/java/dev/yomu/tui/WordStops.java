package dev.yomu.tui;

import dev.yomu.reader.Paragraph;
import dev.yomu.reader.Piece;
import dev.yomu.reader.ReaderDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The word pieces the reader's cursor stops on, numbered in reading order, found only as far as they
 * are asked for: the first page needs the first few paragraphs, not a long article cut into pieces to
 * its end. Asking for the count, the last word or a search past what is known reads on.
 */
final class WordStops {
    private final List<Paragraph> paragraphs;
    private final List<Piece> pieces = new ArrayList<>();
    /** Where each word starts in {@link #text}. */
    private final List<Integer> offsets = new ArrayList<>();
    /** The pieces' text paragraph by paragraph, each ended by a newline (so no search spans two). */
    private final StringBuilder text = new StringBuilder();
    private int paragraphsRead;

    WordStops(ReaderDocument doc) {
        this.paragraphs = doc.paragraphs();
    }

    /** Reads one more paragraph; false when there is none. */
    private boolean readOn() {
        if (paragraphsRead == paragraphs.size()) return false;
        for (Piece piece : paragraphs.get(paragraphsRead++).pieces()) {
            if (piece.isWord()) {
                pieces.add(piece);
                offsets.add(text.length());
            }
            text.append(piece.text());
        }
        text.append('\n');
        return true;
    }

    /** Whether word {@code occ} exists, reading on to it. */
    boolean has(int occ) {
        while (pieces.size() <= occ) if (!readOn()) return false;
        return occ >= 0;
    }

    boolean isEmpty() {
        return !has(0);
    }

    /** The nearest word number to {@code occ} that exists (0 when the article has no words). */
    int clamp(int occ) {
        if (occ <= 0) return 0;
        return has(occ) ? occ : Math.max(0, pieces.size() - 1);
    }

    Piece get(int occ) {
        if (!has(occ)) throw new IndexOutOfBoundsException(occ);
        return pieces.get(occ);
    }

    /** How many words the article has: reads it to the end. */
    int count() {
        while (readOn()) ; // read to the end
        return pieces.size();
    }

    /**
     * Where {@code query} next occurs at or after word {@code occ}'s second character, reading on as far as
     * it takes; -1 when not before the end. A query never holds a newline, so it never spans two paragraphs.
     */
    int indexAfter(String query, int occ) {
        int from = offsets.get(occ) + 1;
        for (int at = text.indexOf(query, from); ; at = text.indexOf(query, from)) {
            if (at >= 0) return at;
            from = Math.max(from, text.length());
            if (!readOn()) return -1;
        }
    }

    /** The first occurrence of {@code query} in the article (reading on until it is found), or -1. */
    int indexOf(String query) {
        int from = 0;
        for (int at = text.indexOf(query); ; at = text.indexOf(query, from)) {
            if (at >= 0) return at;
            from = text.length();
            if (!readOn()) return -1;
        }
    }

    /** The first word that ends after text position {@code at}, or the last word when none does. */
    int wordEndingAfter(int at) {
        for (int i = 0; has(i); i++)
            if (offsets.get(i) + pieces.get(i).text().length() > at) return i;
        return pieces.size() - 1;
    }
}
