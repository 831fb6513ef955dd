package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Where each dictionary form occurs in an article (sentence and token index). The cloze rules ask,
 * for every distractor of every blank, whether the article uses a word in some frame; scanning every
 * token of the article for each question made those checks most of the generator's time. The index of
 * the article last asked about is kept: a quiz asks about one article at a time.
 */
final class LemmaIndex {
    /** One occurrence: the sentence's position in the article list and the token's in the sentence. */
    record At(QuizSentence sentence, int token) {}

    private record Cached(List<QuizSentence> article, LemmaIndex index) {}

    private static final AtomicReference<Cached> LAST = new AtomicReference<>();

    private final Map<String, List<At>> byLemma = new HashMap<>();

    private LemmaIndex(List<QuizSentence> article) {
        for (QuizSentence s : article)
            for (int i = 0; i < s.tokens().size(); i++)
                byLemma.computeIfAbsent(s.tokens().get(i).lemma(), k -> new ArrayList<>()).add(new At(s, i));
    }

    static LemmaIndex of(List<QuizSentence> article) {
        Cached last = LAST.get();
        if (last != null && last.article() == article) return last.index();
        LemmaIndex index = new LemmaIndex(article);
        LAST.set(new Cached(article, index));
        return index;
    }

    /** Every occurrence of {@code lemma}, in article order. */
    List<At> occurrences(String lemma) {
        return byLemma.getOrDefault(lemma, List.of());
    }
}
