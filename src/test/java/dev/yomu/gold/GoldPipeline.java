package dev.yomu.gold;

import dev.yomu.article.AnalyzedSentence;
import dev.yomu.article.Analyzer;
import dev.yomu.dict.Meaning;
import dev.yomu.dict.TestDictionaries;
import dev.yomu.text.BlockKind;
import dev.yomu.text.Furigana;
import dev.yomu.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The gold sets' only view of Yomu's import pipeline. Everything the gold test scores goes through
 * {@link #analyse}, so when the pipeline changes (a reading resolver, a new word model) only that
 * method needs re-pointing; the gold data and the scoring stay as they are.
 */
final class GoldPipeline {
    private GoldPipeline() {}

    /**
     * A run of the sentence as the learner sees it.
     *
     * @param reading the furigana over {@code text}, or null when it is read as written (kana, digits
     *                without furigana, punctuation)
     */
    record Ruby(int begin, int end, String text, String reading) {}

    /**
     * A word the import keeps from the sentence.
     *
     * @param kind    STUDY or NAME
     * @param glosses the English glosses in the order a learner sees them, the one taken as the
     *                word's meaning first; empty when the word has no meaning
     */
    record Word(String lemma, String reading, String kind, List<String> glosses, int begin, int end) {}

    record Analysis(List<Ruby> ruby, List<Word> words) {}

    /** Real tokenizer, real bundled EDICT, built once per JVM like the importer's. */
    private static final class Holder {
        static final Analyzer ANALYZER = new Analyzer(TestDictionaries.bundled());
    }

    /** One sentence through the importer's entry point, reduced to furigana runs and kept words. */
    static Analysis analyse(String sentence) {
        AnalyzedSentence analysed = Holder.ANALYZER.analyze(0, BlockKind.PARAGRAPH, sentence);
        List<Ruby> ruby = new ArrayList<>();
        for (Token t : analysed.tokens()) {
            int at = t.begin();
            for (Furigana.Segment s : Furigana.segments(t.surface(), t.surfaceReading())) {
                ruby.add(new Ruby(at, at + s.text().length(), s.text(), s.reading()));
                at += s.text().length();
            }
        }
        List<Word> words = analysed.words().stream()
                .map(w -> new Word(w.lemma(), w.reading(), w.kind().name(), glosses(w.glosses()), w.begin(), w.end()))
                .toList();
        return new Analysis(List.copyOf(ruby), words);
    }

    /**
     * AnalyzedWord keeps its glosses as one string, the fitting sense first: glosses of a sense joined
     * by "; ", senses by " / " (Meaning.text). Flattened in that order, so the first is the meaning.
     */
    private static List<String> glosses(String joined) {
        if (joined.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String sense : joined.split(Pattern.quote(Meaning.SENSE_SEPARATOR)))
            out.addAll(List.of(sense.split(Pattern.quote(Meaning.GLOSS_SEPARATOR))));
        return List.copyOf(out);
    }
}
