package dev.yomu.quiz;

import dev.yomu.article.AnalyzedSentence;
import dev.yomu.article.AnalyzedWord;
import dev.yomu.article.Analyzer;
import dev.yomu.deck.WordKind;
import dev.yomu.dict.TestDictionaries;
import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.quiz.QuizSource.VocabWord;
import dev.yomu.text.BlockKind;
import dev.yomu.text.Reading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A quiz source built by the real analyzer and the bundled dictionary from lines of text: a line
 * starting with "# " is a heading, any other line one sentence. Words are study words in order of
 * frequency, as the store lists them.
 */
final class QuizTexts {
    private static Analyzer analyzer;

    private QuizTexts() {}

    static synchronized QuizSource source(String title, List<String> lines) {
        if (analyzer == null) analyzer = new Analyzer(TestDictionaries.bundled());
        List<QuizSentence> sentences = new ArrayList<>();
        Map<String, AnalyzedWord> words = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int block = 0;
        for (String line : lines) {
            boolean heading = line.startsWith("# ");
            String text = heading ? line.substring(2) : line;
            AnalyzedSentence a = analyzer.analyze(block++, heading ? BlockKind.HEADING : BlockKind.PARAGRAPH, text);
            sentences.add(new QuizSentence(sentences.size(), a.blockOrd(), heading, text, a.tokens()));
            for (AnalyzedWord w : a.words()) {
                if (w.kind() != WordKind.STUDY) continue;
                words.putIfAbsent(w.lemma() + "\t" + w.reading(), w);
                counts.merge(w.lemma() + "\t" + w.reading(), 1, Integer::sum);
            }
        }
        List<String> keys = new ArrayList<>(words.keySet());
        keys.sort((x, y) -> counts.get(y) - counts.get(x));
        List<VocabWord> vocab = new ArrayList<>();
        for (String k : keys) {
            AnalyzedWord w = words.get(k);
            vocab.add(new VocabWord(vocab.size() + 1, w.lemma(), Reading.asWritten(w.lemma(), w.reading()), w.pos(), w.glosses()));
        }
        return new QuizSource(title, sentences, vocab);
    }

    /** The sentences given, then {@code filler}: enough other words for the generators to find distractors. */
    static QuizSource withFiller(List<String> filler, String... sentences) {
        List<String> lines = new ArrayList<>(List.of(sentences));
        lines.addAll(filler);
        return source("t", lines);
    }

    /** A fixture article of src/test/resources/quiz/articles by file name, one sentence or heading per non-blank line. */
    static QuizSource fixture(String fileName) {
        return source(fileName, ArticleSources.resource("/quiz/articles/" + fileName).lines().filter(l -> !l.isBlank()).toList());
    }

    /** The vocabulary questions of {@code kind} that thirty seeds make of the source and the question rules let through. */
    static List<Question> asked(QuizSource source, QuestionKind kind) {
        List<Question> out = new ArrayList<>();
        for (long seed = 1; seed <= 30; seed++)
            for (Question q : new VocabQuestions(source, new SplittableRandom(seed)).candidates(200))
                if (q.kind() == kind && QuestionRules.violation(q, source.text()).isEmpty()) out.add(q);
        return out;
    }

    /** The cloze questions among {@link #asked} whose answer starts with {@code answer}. */
    static List<Question> clozes(QuizSource source, String answer) {
        List<Question> out = new ArrayList<>();
        for (Question q : asked(source, QuestionKind.CONTEXT)) if (q.answerText().startsWith(answer)) out.add(q);
        return out;
    }
}
