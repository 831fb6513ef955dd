package dev.yomu.deck;

import dev.yomu.text.Furigana;
import dev.yomu.text.Reading;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.List;

/** Turns study words into Anki notes: furigana, the example sentence with the word in bold, tags, deck. */
public final class DeckBuilder {
    private DeckBuilder() {}

    /**
     * @param deckTitle the article title that names the deck, or null to use each word's own article
     */
    public static List<AnkiNote> notes(List<ExportWord> words, String deckTitle, boolean includeKnown) {
        List<AnkiNote> out = new ArrayList<>();
        for (ExportWord w : words) {
            if (!includeKnown && w.status() == WordMark.KNOWN) continue;
            if (w.glosses().isEmpty()) continue; // a card without a meaning teaches nothing
            String title = deckTitle != null ? deckTitle : w.articleTitle();
            out.add(new AnkiNote(AnkiGuid.of(w.lemma(), w.reading()), w.lemma(), Reading.asWritten(w.lemma(), w.reading()),
                    Furigana.anki(w.lemma(), w.reading()), w.glosses(), w.sentence(), surfaceIn(w),
                    w.sentence().isEmpty() ? "" : Furigana.ankiSentence(w.tokens(), w.sentence()), w.articleTitle(),
                    AnkiCsvWriter.deckFor(title), AnkiNote.tagsFor(title, w.pos())));
        }
        return out;
    }

    /** The word as it is written in its sentence (認め for 認める), to make it bold there. */
    static String surfaceIn(ExportWord w) {
        for (Token t : w.tokens())
            if (t.lemma().equals(w.lemma()) && t.end() <= w.sentence().length())
                return w.sentence().substring(t.begin(), t.end());
        return w.sentence().contains(w.lemma()) ? w.lemma() : "";
    }
}
