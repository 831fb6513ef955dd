package dev.yomu.article.select;

import dev.yomu.dict.CompoundFinder;
import dev.yomu.dict.Lexicon;
import dev.yomu.dict.ReadingResolver;
import dev.yomu.support.Check;
import dev.yomu.text.JapaneseTokenizer;
import dev.yomu.text.Token;

import java.util.List;

/** The whole path from a sentence to its words: tokenize, resolve readings, join compounds, give dictionary forms, select. */
public final class StudyWords {
    private final JapaneseTokenizer tokenizer;
    private final ReadingResolver readings;
    private final CompoundFinder compounds;
    private final WordSelector selector;
    private final DictionaryForms forms;

    public StudyWords(JapaneseTokenizer tokenizer, Lexicon lexicon) {
        this.tokenizer = Check.notNull(tokenizer, "tokenizer");
        this.readings = new ReadingResolver(lexicon);
        this.compounds = new CompoundFinder(lexicon);
        this.selector = new WordSelector(lexicon);
        this.forms = new DictionaryForms(lexicon);
    }

    /**
     * @param sentence one sentence
     * @return its tokens with compounds joined and dictionary forms given, offsets relative to the sentence
     */
    public List<Token> tokens(String sentence) {
        return forms.apply(compounds.merge(readings.resolve(tokenizer.tokenize(sentence))));
    }

    /**
     * @param sentence one sentence
     * @return its study words and names in order
     */
    public List<WordOccurrence> find(String sentence) {
        return selector.select(tokens(sentence));
    }
}
