package dev.yomu.review;

import dev.yomu.store.CardStore.CardRow;
import dev.yomu.store.CardStore.Example;
import dev.yomu.text.Furigana;
import dev.yomu.text.Kana;
import dev.yomu.text.Reading;
import dev.yomu.text.Token;
import java.util.Optional;

/**
 * What a card says, as plain text pieces both front ends lay out their own way.
 *
 * @param before    the example sentence up to the word
 * @param inContext the word as it is written in the sentence (conjugated, maybe)
 * @param after     the rest of the sentence
 * @param sentenceWithFurigana the sentence with readings after each kanji word, for the back
 */
public record CardText(String word, String before, String inContext, String after, String sentenceWithFurigana,
                       String wordWithFurigana, String reading, String meaning, String pos, String source) {

    public static CardText of(CardRow card, Optional<Example> example) {
        String furigana = Kana.containsKanji(card.lemma()) ? Furigana.inline(card.lemma(), card.reading()) : card.lemma();
        String meaning = card.glosses().isEmpty() ? "(no dictionary entry)" : card.glosses();
        String reading = Reading.asWritten(card.lemma(), card.reading());
        if (example.isEmpty())
            return new CardText(card.lemma(), "", "", "", "", furigana, reading, meaning, card.pos(), "");
        Example ex = example.get();
        Token hit = ex.tokens().stream().filter(t -> t.lemma().equals(card.lemma())).findFirst().orElse(null);
        String text = ex.text();
        String before = hit == null ? text : text.substring(0, Math.min(hit.begin(), text.length()));
        String word = hit == null ? "" : text.substring(hit.begin(), Math.min(hit.end(), text.length()));
        String after = hit == null ? "" : text.substring(Math.min(hit.end(), text.length()));
        return new CardText(card.lemma(), before, word, after, withFurigana(ex), furigana, reading, meaning,
                card.pos(), ex.articleTitle());
    }

    /** The sentence with a reading after every word that has kanji: 米国(べいこく)、タリバンとの… */
    static String withFurigana(Example ex) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        String text = ex.text();
        for (Token t : ex.tokens()) {
            if (t.begin() < pos || t.end() > text.length()) continue;
            sb.append(text, pos, t.begin());
            String surface = text.substring(t.begin(), t.end());
            boolean needsReading = Kana.containsKanji(surface) && !t.surfaceReading().isEmpty();
            sb.append(needsReading ? Furigana.inline(surface, t.surfaceReading()) : surface);
            pos = t.end();
        }
        sb.append(text.substring(Math.min(pos, text.length())));
        return sb.toString();
    }
}
