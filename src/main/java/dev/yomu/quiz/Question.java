package dev.yomu.quiz;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One four-choice question.
 *
 * @param kind        what it tests
 * @param prompt      the question, with any sentence it shows
 * @param choices     four choices
 * @param answer      index of the right choice
 * @param evidence    the sentence or paragraph of the article the answer comes from
 * @param explanation why the answer is right, shown after answering
 * @param wordId      the study word a vocabulary question is about, or 0
 */
public record Question(QuestionKind kind, String prompt, List<String> choices, int answer, String evidence,
                       String explanation, long wordId) {

    public Question {
        choices = List.copyOf(choices);
    }

    /** A question whose right answer and distractors are placed in an order drawn from {@code rng}. */
    static Question shuffled(QuestionKind kind, String prompt, String right, List<String> wrong, String evidence,
                             String explanation, long wordId, SplittableRandom rng) {
        List<String> all = new ArrayList<>();
        all.add(right);
        all.addAll(wrong);
        Shuffle.inPlace(all, rng);
        return new Question(kind, prompt, all, all.indexOf(right), evidence, explanation, wordId);
    }

    public String answerText() {
        return choices.get(answer);
    }

    public boolean hasWord() {
        return wordId != 0;
    }

    /**
     * A stable identity for flagging: the same question asked again (in any choice order, from any
     * seed) has the same key.
     */
    public String key() {
        String basis = kind.name() + "\n" + prompt + "\n" + answerText();
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
