package dev.yomu.reader;

import dev.yomu.text.Furigana;
import dev.yomu.text.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The article as plain text for a pipe or a file: the title, then one line per paragraph with
 * readings inline ({@code 同盟国(どうめいこく)}) as the furigana mode says, paragraphs apart by a
 * blank line. Nothing is wrapped; nothing that could drive a terminal is printed.
 */
public final class PlainText {
    private PlainText() {}

    public static List<String> lines(ReaderDocument doc, Map<Long, WordStatus> statuses, FuriganaMode mode) {
        List<String> out = new ArrayList<>();
        String title = Printable.clean(doc.title());
        out.add(title);
        String brackets = Furigana.bracketsFor(allText(doc));
        for (Paragraph p : doc.paragraphs()) {
            // the headline is usually the title itself: print it once
            if (out.size() == 1 && p.heading() && plain(p).strip().equals(title.strip())) continue;
            out.add("");
            StringBuilder sb = new StringBuilder();
            for (Piece piece : p.pieces()) {
                String text = Printable.clean(piece.text()).replace('\n', ' ').replace('\r', ' ');
                WordStatus status = piece.isStored() ? statuses.getOrDefault(piece.wordId(), WordStatus.UNKNOWN) : null;
                String reading = Printable.clean(piece.reading());
                sb.append(mode.wants(piece, status) && !reading.isEmpty() ? Furigana.inline(text, reading, brackets) : text);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** Every word of the article, to choose reading brackets it does not use. */
    public static String allText(ReaderDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : doc.paragraphs()) sb.append(plain(p));
        return sb.toString();
    }

    private static String plain(Paragraph p) {
        StringBuilder sb = new StringBuilder();
        for (Piece piece : p.pieces()) sb.append(Printable.clean(piece.text()));
        return sb.toString();
    }
}
