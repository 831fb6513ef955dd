package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.VocabWord;
import dev.yomu.quiz.VocabQuestions.Use;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * 文脈規定: the word's occurrence blanked in its sentence, with four words of the same part of speech
 * that fit the grammar. Verbs and i-adjectives are re-conjugated the way the text conjugates the
 * word (行っ-て → 使っ-て); a distractor whose conjugation cannot be derived safely is left out.
 */
final class ConjugatedBlank {
    private static final int CONTEXT_CHARS = 80;
    /** Godan verbs in -る that look ichidan, and 行く, whose te-form is irregular. */
    private static final Set<String> IRREGULAR = Set.of("帰る", "入る", "走る", "知る", "切る", "要る", "限る", "減る",
            "参る", "散る", "握る", "滑る", "蹴る", "喋る", "照る", "練る", "焦る", "覆る", "遮る", "湿る", "行く", "いく",
            "する", "来る", "くる", "ある", "いい", "良い");

    private ConjugatedBlank() {}

    static Optional<Question> question(VocabWord w, Use u, List<VocabWord> sameKind, SplittableRandom rng) {
        String text = u.sentence().text();
        Token t = u.token();
        boolean inflects = w.pos().equals("verb") || w.pos().equals("i-adj");
        if (inflects && IRREGULAR.contains(w.lemma())) return Optional.empty();
        int common = commonPrefix(t.surface(), t.lemma());
        String lemmaTail = t.lemma().substring(common), surfaceTail = t.surface().substring(common);
        if (inflects && lemmaTail.isEmpty()) return Optional.empty();
        if (!inflects && !t.surface().equals(w.lemma())) return Optional.empty();
        int end = inflects ? endWithAuxiliaries(u) : u.end();
        String blanked = text.substring(u.begin(), end);
        String after = text.substring(u.end(), end);
        if (Texts.count(text, blanked) != 1) return Optional.empty();
        List<String> wrong = new ArrayList<>();
        for (VocabWord o : shuffle(new ArrayList<>(sameKind), rng)) {
            if (wrong.size() == 3) break;
            Optional<String> form = inflects ? conjugate(w, o, lemmaTail, surfaceTail) : Optional.of(o.lemma());
            if (form.isEmpty() || text.contains(o.lemma()) || text.contains(form.get())) continue;
            if (!VocabQuestions.distinctMeaning(w, o)) continue;
            String choice = form.get() + after;
            if (!wrong.contains(choice) && !choice.equals(blanked)) wrong.add(choice);
        }
        if (wrong.size() < 3) return Optional.empty();
        String withBlank = text.substring(0, u.begin()) + Texts.BLANK + text.substring(end);
        String prompt = "本文の内容に合うように、" + Texts.BLANK + "に入る最も適切な語を選びなさい。\n"
                + Texts.around(withBlank, u.begin(), u.begin() + Texts.BLANK.length(), CONTEXT_CHARS);
        return Optional.of(Question.shuffled(QuestionKind.CONTEXT, prompt, blanked, wrong, text,
                "本文では「" + blanked + "」（" + w.lemma() + "、" + w.reading() + ": " + w.gloss() + "）。", w.id(), rng));
    }

    // The verb's auxiliaries and the て that follows it belong in the blank: 述べ|て → 述べて.
    private static int endWithAuxiliaries(Use u) {
        List<Token> tokens = u.sentence().tokens();
        int i = tokens.indexOf(u.token()), end = u.end();
        for (int k = i + 1; k < tokens.size() && k <= i + 2; k++) {
            Token n = tokens.get(k);
            boolean te = n.pos().equals("助詞") && n.posDetail().startsWith("接続助詞") && (n.surface().equals("て") || n.surface().equals("で"));
            if (!(n.pos().equals("助動詞") || te) || n.begin() != end) break;
            end = n.end();
        }
        return end;
    }

    /** {@code o} conjugated as the text conjugated the blanked word, when that is certain. */
    static Optional<String> conjugate(VocabWord w, VocabWord o, String lemmaTail, String surfaceTail) {
        String l = o.lemma();
        if (IRREGULAR.contains(l) || !l.endsWith(lemmaTail.substring(lemmaTail.length() - 1))) return Optional.empty();
        if (lemmaTail.length() != 1) return Optional.empty();
        if (lemmaTail.equals("る") && !surfaceTail.equals("る")) {
            // ichidan drops る; godan changes it: only pair verbs whose class the kana before る shows.
            if (!surfaceTail.isEmpty() || !ichidanLike(w.reading()) || !ichidanLike(o.reading())) return Optional.empty();
        }
        return Optional.of(l.substring(0, l.length() - 1) + surfaceTail);
    }

    private static boolean ichidanLike(String reading) {
        if (reading.length() < 2) return false;
        char before = reading.charAt(reading.length() - 2);
        return "いきぎしじちにひびみりえけげせぜてでねへべめれ".indexOf(before) >= 0;
    }

    private static int commonPrefix(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    private static <T> List<T> shuffle(List<T> list, SplittableRandom rng) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
        return list;
    }
}
