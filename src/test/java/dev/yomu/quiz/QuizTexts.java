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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A quiz source built by the real analyzer and the bundled dictionary from lines of text: a line
 * starting with "# " is a heading, any other line one sentence. Words are study words in order of
 * frequency, as the store lists them.
 *
 * <p>Sources and the questions made of them are pure results (the same text, seed and code give the
 * same records, see QuizPurityTest) of immutable records, so each is made once per test JVM and shared
 * by every test and class that asks again: several classes analyse the same fixture articles, and one
 * class asks the same thirty or forty seeds of one article in several tests.
 */
final class QuizTexts {
    private static Analyzer analyzer;
    /** Everyday sentences: enough nouns, verbs and particles for the generators to find distractors. */
    static final List<String> FILLER = List.of("市長は新しい計画を発表した。", "記者は事実を調べた。", "会社は資金を集めた。",
            "住民は駅の建設に反対した。", "子どもが公園で遊ぶ。", "電車が駅に着いた。", "政府は予算を決めた。", "教授は歴史を研究した。",
            "町の人口が減った。", "店の客が増えた。", "会議で意見を述べた。", "学生は図書館で本を読んだ。");

    /** The index of the token spelled {@code surface} in {@code s}; fails the test when there is none. */
    static int indexOf(QuizSource.QuizSentence s, String surface) {
        for (int i = 0; i < s.tokens().size(); i++) if (s.tokens().get(i).surface().equals(surface)) return i;
        throw new AssertionError(surface + " not a token of " + s.text());
    }

    private static final Map<List<String>, QuizSource> sources = new HashMap<>();
    private static final Map<QuizSource, Map<Integer, List<Question>>> candidates = new IdentityHashMap<>();
    private static final Map<QuizSource, List<Question>> asked = new IdentityHashMap<>();

    private QuizTexts() {}

    static synchronized QuizSource source(String title, List<String> lines) {
        List<String> key = new ArrayList<>(lines.size() + 1);
        key.add(title);
        key.addAll(lines);
        return sources.computeIfAbsent(key, k -> analysed(title, lines));
    }

    private static QuizSource analysed(String title, List<String> lines) {
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

    /** Every candidate vocabulary question that seeds 1 to {@code seeds} make of the source, in seed order. */
    static synchronized List<Question> vocabCandidates(QuizSource source, int seeds) {
        return candidates.computeIfAbsent(source, s -> new HashMap<>()).computeIfAbsent(seeds, n -> {
            List<Question> out = new ArrayList<>();
            for (long seed = 1; seed <= n; seed++) out.addAll(new VocabQuestions(source, new SplittableRandom(seed)).candidates(200));
            return List.copyOf(out);
        });
    }

    /** The vocabulary questions of {@code kind} that thirty seeds make of the source and the question rules let through. */
    static List<Question> asked(QuizSource source, QuestionKind kind) {
        List<Question> out = new ArrayList<>();
        for (Question q : asked(source)) if (q.kind() == kind) out.add(q);
        return out;
    }

    /** The vocabulary questions of any kind that thirty seeds make of the source and the question rules let through. */
    static synchronized List<Question> asked(QuizSource source) {
        List<Question> known = asked.get(source);
        if (known != null) return known;
        List<Question> out = new ArrayList<>();
        String text = source.text();
        for (Question q : vocabCandidates(source, 30)) if (QuestionRules.violation(q, text).isEmpty()) out.add(q);
        asked.put(source, List.copyOf(out));
        return asked.get(source);
    }

    /** The cloze questions among {@link #asked} whose answer starts with {@code answer}. */
    static List<Question> clozes(QuizSource source, String answer) {
        List<Question> out = new ArrayList<>();
        for (Question q : asked(source, QuestionKind.CONTEXT)) if (q.answerText().startsWith(answer)) out.add(q);
        return out;
    }
}
