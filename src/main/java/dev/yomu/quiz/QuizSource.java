package dev.yomu.quiz;

import dev.yomu.text.Token;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a quiz is made from: an article's study text (headings and paragraphs in reading order,
 * never comments or navigation) and its study words.
 *
 * @param title     the article's title
 * @param sentences headings and paragraph sentences in reading order
 * @param words     study words, most useful first
 * @param readings  every reading the dictionary gives a study word's lemma (緑化: りょっか and りょくか), so no
 *                  reading question offers a second right reading as a wrong one; empty when not looked up
 */
public record QuizSource(String title, List<QuizSentence> sentences, List<VocabWord> words, Map<String, Set<String>> readings) {

    public QuizSource {
        sentences = List.copyOf(sentences);
        words = List.copyOf(words);
        readings = Map.copyOf(readings);
    }

    public QuizSource(String title, List<QuizSentence> sentences, List<VocabWord> words) {
        this(title, sentences, words, Map.of());
    }

    /** Whether the dictionary reads {@code lemma} as {@code reading} too. */
    boolean dictionaryReads(String lemma, String reading) {
        return readings.getOrDefault(lemma, Set.of()).contains(reading);
    }

    /** One sentence of the article body. */
    public record QuizSentence(int ord, int block, boolean heading, String text, List<Token> tokens) {
        public QuizSentence {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * A study word.
     *
     * @param id      the word's id, so a wrong answer can reach its card
     * @param pos     the learner's part-of-speech label (noun, verb, suru-noun, na-adj, i-adj, adverb, compound)
     * @param glosses English meanings, the fitting sense first: glosses of a sense joined by "; ",
     *                senses by " / " (as dev.yomu.dict.Meaning writes them)
     */
    public record VocabWord(long id, String lemma, String reading, String pos, String glosses) {
        /** The first gloss, without a leading parenthesised note. */
        public String gloss() {
            // The first sense is the one that fits the article; its first gloss is the meaning asked.
            String sense = Texts.firstSense(glosses);
            // 提供 "providing", not "offer": the sense file names the gloss the text means
            String preferred = QuizSenses.preferred(lemma);
            if (preferred != null && sense.contains(preferred)) return preferred;
            // "(within a) city" is "within a city", "to rescue from" is passed over for "to save"
            return GlossTypes.asked(sense, pos.equals("adverb"));
        }
    }

    /** The whole study text, for checking that a made-up statement is not in it after all. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (QuizSentence s : sentences) sb.append(s.text()).append('\n');
        return sb.toString();
    }
}
