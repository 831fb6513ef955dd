package dev.yomu.review;

import dev.yomu.study.Card;
import dev.yomu.study.ExampleSentence;
import dev.yomu.text.Furigana;
import dev.yomu.text.Kana;
import dev.yomu.text.Reading;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a card says, as plain text pieces both front ends lay out their own way.
 *
 * @param before    the example sentence up to the word
 * @param inContext the word as it is written in the sentence (conjugated, maybe)
 * @param after     the rest of the sentence
 * @param sentenceWithFurigana the sentence with readings after each kanji word, for the back, in brackets
 *                             the sentence does not use itself
 * @param sentenceWords        the same sentence word by word (a word with its reading is one), so a screen
 *                             breaks lines only between words
 */
public record CardText(String word, String before, String inContext, String after, String sentenceWithFurigana,
                       String wordWithFurigana, String reading, String meaning, String pos, String source,
                       List<String> sentenceWords) {

    public static CardText of(Card card, Optional<ExampleSentence> example) {
        String furigana = Kana.containsKanji(card.lemma()) ? Furigana.inline(card.lemma(), card.reading()) : card.lemma();
        String meaning = card.glosses().isEmpty() ? "(no dictionary entry)" : card.glosses();
        String reading = Reading.asWritten(card.lemma(), card.reading());
        if (example.isEmpty())
            return new CardText(card.lemma(), "", "", "", "", furigana, reading, meaning, card.pos(), "", List.of());
        ExampleSentence ex = example.get();
        Token hit = ex.tokens().stream().filter(t -> t.lemma().equals(card.lemma())).findFirst().orElse(null);
        String text = ex.text();
        String before = hit == null ? text : text.substring(0, Math.min(hit.begin(), text.length()));
        String word = hit == null ? "" : text.substring(hit.begin(), Math.min(hit.end(), text.length()));
        String after = hit == null ? "" : text.substring(Math.min(hit.end(), text.length()));
        List<String> words = wordsWithFurigana(ex);
        return new CardText(card.lemma(), before, word, after, String.join("", words), furigana, reading, meaning,
                card.pos(), ex.articleTitle(), words);
    }

    /** The sentence with a reading after every word that has kanji: 米国(べいこく)、タリバンとの… */
    static String withFurigana(ExampleSentence ex) {
        return String.join("", wordsWithFurigana(ex));
    }

    /** The sentence word by word, a reading after every word that has kanji, in brackets the text lacks. */
    static List<String> wordsWithFurigana(ExampleSentence ex) {
        List<String> words = new ArrayList<>();
        int pos = 0;
        String text = ex.text();
        String brackets = Furigana.bracketsFor(text);
        for (Token t : ex.tokens()) {
            if (t.begin() < pos || t.end() > text.length()) continue;
            if (t.begin() > pos) words.add(text.substring(pos, t.begin()));
            String surface = text.substring(t.begin(), t.end());
            boolean needsReading = Kana.containsKanji(surface) && !t.surfaceReading().isEmpty();
            words.add(needsReading ? Furigana.inline(surface, t.surfaceReading(), brackets) : surface);
            pos = t.end();
        }
        if (pos < text.length()) words.add(text.substring(pos));
        return List.copyOf(words);
    }
}
