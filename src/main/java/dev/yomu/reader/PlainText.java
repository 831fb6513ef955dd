package dev.yomu.reader;

import dev.yomu.text.Furigana;
import dev.yomu.text.Printable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The article as plain text for a pipe or a file: the title, then one line per paragraph with
 * readings inline ({@code 同盟国(どうめいこく)}) as the furigana mode says, paragraphs apart by a
 * blank line. Nothing is wrapped; nothing that could drive a terminal is printed.
 */
public final class PlainText {
    private PlainText() {}

    public static List<String> lines(ReaderDocument doc, Map<Long, WordStatus> statuses, FuriganaMode mode) {
        List<String> out = new ArrayList<>();
        write(doc, statuses, mode, out::add);
        return out;
    }

    /** The same lines, each handed on as soon as it is made: a pager shows the first page before the last paragraph is cut. */
    public static void write(ReaderDocument doc, Map<Long, WordStatus> statuses, FuriganaMode mode, Consumer<String> out) {
        String title = Printable.clean(doc.title());
        out.accept(title);
        String brackets = Furigana.bracketsFor(doc.text());
        boolean first = true;
        for (Paragraph p : doc.paragraphs()) {
            // the headline is usually the title itself: print it once
            boolean repeatsTitle = first && p.heading() && plain(p).strip().equals(title.strip());
            first = false;
            if (repeatsTitle) continue;
            out.accept("");
            StringBuilder sb = new StringBuilder();
            for (Piece piece : p.pieces()) {
                String text = Printable.clean(piece.text()).replace('\n', ' ').replace('\r', ' ');
                WordStatus status = piece.isStored() ? statuses.getOrDefault(piece.wordId(), WordStatus.UNKNOWN) : null;
                String reading = Printable.clean(piece.reading());
                sb.append(mode.wants(piece, status) && !reading.isEmpty() ? Furigana.inline(text, reading, brackets) : text);
            }
            out.accept(sb.toString());
        }
    }

    private static String plain(Paragraph p) {
        StringBuilder sb = new StringBuilder();
        for (Piece piece : p.pieces()) sb.append(Printable.clean(piece.text()));
        return sb.toString();
    }
}
