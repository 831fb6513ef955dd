package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * なぜ questions: the article says why something happened (燃料が不足したため、本数が減らされた;
 * 緑地が減ったので、…弱くなった; 大雨が増えたことを受けて、…見直している; このため、… after the
 * reason's sentence). The learner picks the reason among the article's other reasons, which are
 * true but explain something else.
 *
 * <p>ため after a plain non-past verb is usually a purpose (守るため), so only ため after a past, a
 * ている form, an adjective, ない or a noun + の counts as a reason; によって is left out because it
 * as often names a means or an agent as a cause.
 */
final class CauseQuestions {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern KOTO_END = java.util.regex.Pattern.compile("こと$");
    private static final java.util.regex.Pattern SO_LEAD = java.util.regex.Pattern.compile("^(このため|そのため)、.*");
    private static final java.util.regex.Pattern EFFECT_END = java.util.regex.Pattern.compile("(?s).*(た|る|い|う|く|す|つ|む|ぶ|ぐ|んだ|いだ)$");
    private static final java.util.regex.Pattern NEGATIVE_END = java.util.regex.Pattern.compile("(?s).*(ない|なかった)$");
    private static final java.util.regex.Pattern PARTICLE_START = java.util.regex.Pattern.compile("^[はがのをにへとで、].*");
    private static final java.util.regex.Pattern DEMONSTRATIVE = java.util.regex.Pattern.compile("(?s).*(これ|それ|この|その|こう|そう).*");
    private static final java.util.regex.Pattern TE = java.util.regex.Pattern.compile("て|で");
    private static final java.util.regex.Pattern NOT_A_SUBJECT_END = java.util.regex.Pattern.compile("(?s).*(特に|今|夏|冬|春|秋|昔|当時|戦後|では|には|とは|で|に|と|も|を|が)$");
    private static final java.util.regex.Pattern CASE_PARTICLE = java.util.regex.Pattern.compile("(?s).*[をがにでへ].*");
    private static final java.util.regex.Pattern OWN_GA_SUBJECT = java.util.regex.Pattern.compile("(?s).*[\\p{IsHan}\\p{IsKatakana}ー」]が.*");
    private static final java.util.regex.Pattern TOPIC_PARTICLES = java.util.regex.Pattern.compile("では|には|とは|からは|までは");
    private static final java.util.regex.Pattern KANJI_RUN = java.util.regex.Pattern.compile("[\\p{IsHan}]+");
    private static final java.util.regex.Pattern TAME_END = java.util.regex.Pattern.compile("ため$");

    private final QuizSource source;
    private final SplittableRandom rng;

    CauseQuestions(QuizSource source, SplittableRandom rng) {
        this.source = source;
        this.rng = rng;
    }

    /**
     * A reason and what it explains, both as they read on their own, and the sentence(s) saying so.
     * {@code ownSubject}: the reason names its own subject, so it reads whole as another question's
     * distractor; 「熱をためやすいため。」 (the asphalt's, moved into the effect) does not.
     */
    record Cause(String effect, String reason, String evidence, String quote, int sentence, boolean ownSubject) {}

    List<Cause> causes() {
        Map<String, Cause> out = new LinkedHashMap<>();
        List<QuizSentence> all = source.sentences();
        for (int i = 0; i < all.size(); i++) {
            QuizSentence s = all.get(i);
            if (s.heading() || !Texts.quotable(s.text(), 160)) continue;
            Optional<Cause> c = inSentence(s, i);
            if (c.isEmpty() && i > 0) c = fromPrevious(all.get(i - 1), s, i);
            c.ifPresent(x -> out.putIfAbsent(x.effect(), x));
        }
        return new ArrayList<>(out.values());
    }

    /** 燃料が不足したため、列車の本数は半分に減らされた。 */
    static Optional<Cause> inSentence(QuizSentence s, int index) {
        List<Token> t = s.tokens();
        String text = s.text();
        for (int i = 1; i + 1 < t.size(); i++) {
            int link = linkLength(t, i);
            if (link == 0) continue;
            int comma = i + link;
            if (comma >= t.size() || !t.get(comma).surface().equals("、")) continue;
            // The reason runs from the last clause boundary before it; the effect to the sentence end.
            // The reason is everything before the link: 雨水を吸い込み、晴れた日に蒸発させるので is one reason.
            int start = 0;
            String reason = Clauses.withoutLead(text.substring(t.get(start).begin(), t.get(i).begin()));
            if (t.get(i).surface().equals("を")) reason = KOTO_END.matcher(reason).replaceFirst("");
            String effect = text.substring(t.get(comma).end(), text.length() - 1);
            List<Token> effectTokens = t.subList(comma + 1, t.size());
            List<Token> reasonTokens = t.subList(start, i);
            Optional<String> topic = Clauses.topic(reasonTokens, text);
            boolean ownSubject = Clauses.hasSubject(reasonTokens);
            if (!Clauses.hasSubject(effectTokens) && topic.isPresent() && reason.startsWith(topic.get())) {
                // アスファルトは熱をためやすいので、…放出し続ける: the topic is the effect's subject too.
                effect = topic.get() + effect;
                reason = reason.substring(topic.get().length());
                ownSubject = false;
            }
            Optional<String> asked = asNounClause(Clauses.withoutLead(effect));
            if (asked.isEmpty()) return Optional.empty();
            return make(asked.get(), reason, text, text, index, ownSubject);
        }
        return Optional.empty();
    }

    /** このため、鉄道会社は廃線の検討を始めた。 after the sentence that gives the reason. */
    static Optional<Cause> fromPrevious(QuizSentence previous, QuizSentence s, int index) {
        String text = s.text();
        if (previous.heading() || previous.block() != s.block() || !SO_LEAD.matcher(text).matches()) return Optional.empty();
        if (!Texts.quotable(previous.text(), 90) || previous.text().contains("ため") || previous.text().contains("ので")) return Optional.empty();
        String reason = Clauses.withoutLead(previous.text().substring(0, previous.text().length() - 1));
        Optional<String> effect = asNounClause(text.substring(text.indexOf('、') + 1, text.length() - 1));
        if (effect.isEmpty()) return Optional.empty();
        return make(effect.get(), reason, previous.text(), previous.text() + text, index, Clauses.hasSubject(previous.tokens()));
    }

    private static Optional<Cause> make(String effect, String reason, String evidence, String quote, int index, boolean ownSubject) {
        if (effect.length() < 6 || effect.length() > 50 || reason.length() < 4 || reason.length() > 50) return Optional.empty();
        if (!EFFECT_END.matcher(effect).matches() || NEGATIVE_END.matcher(effect).matches()) return Optional.empty();
        if (PARTICLE_START.matcher(reason).matches() || PARTICLE_START.matcher(effect).matches()) return Optional.empty();
        // その後 too points back: 「利用者がその後も減り続け…ため」 is after what? (fourth independent judged sample)
        if (DEMONSTRATIVE.matcher(effect).matches() || DEMONSTRATIVE.matcher(reason).matches())
            return Optional.empty();
        Optional<String> put = ReasonClause.because(reason);
        if (put.isEmpty()) return Optional.empty();
        String because = put.get();
        if (!Texts.balanced(because, '「', '」') || !Texts.balanced(effect, '「', '」')) return Optional.empty();
        return Optional.of(new Cause(effect, because, evidence, quote, index, ownSubject));
    }

    // ため / ので / から / ことを受けて at position i; its length in tokens, or 0.
    private static int linkLength(List<Token> t, int i) {
        Token x = t.get(i), before = t.get(i - 1);
        String s = x.surface();
        if (s.equals("ので") || s.equals("から") && x.posDetail().startsWith("接続助詞")) return 1;
        if (s.equals("ため") && x.posDetail().startsWith("非自立")) {
            boolean reason = before.surface().equals("た") && before.pos().equals("助動詞")
                    || before.surface().equals("だ") && before.pos().equals("助動詞")
                    || before.surface().equals("ない") || before.pos().equals("形容詞")
                    || before.lemma().equals("いる") && i >= 2 && TE.matcher(t.get(i - 2).surface()).matches()
                    || before.surface().equals("の") && i >= 2 && t.get(i - 2).pos().equals("名詞");
            if (!reason) return 0;
            return i + 1 < t.size() && t.get(i + 1).surface().equals("に") ? 2 : 1;
        }
        // ことを受けて、 / ことを受け、
        if (s.equals("を") && before.surface().equals("こと") && i + 1 < t.size() && t.get(i + 1).lemma().equals("受ける"))
            return i + 2 < t.size() && t.get(i + 2).surface().equals("て") ? 3 : 2;
        return 0;
    }

    /**
     * A clause made fit to stand before …のは or …こと, where a topic は must read as が: 会は署名を
     * 集めた → 会が署名を集めた. Only a plain noun topic at the start is changed; a clause with another
     * は (特に夏は, 今は, a contrast) cannot be put so and gives empty.
     */
    static Optional<String> asNounClause(String clause) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("^([\\p{IsHan}\\p{IsKatakana}ー・=＝ぁ-ゖ「」]{1,24}?)は(?![ずじ])").matcher(clause);
        String out = clause;
        if (m.find() && !NOT_A_SUBJECT_END.matcher(m.group(1)).matches()
                && !CASE_PARTICLE.matcher(m.group(1)).matches()) {
            // しおかぜ号は海沿いの景色が楽しめる: a clause with a が of its own would read 「しおかぜ号が景色が
            // 楽しめる」, as if the train enjoyed the view (fifth independent judged sample); it is not put so
            if (OWN_GA_SUBJECT.matcher(clause.substring(m.end())).matches()) return Optional.empty();
            out = m.group(1) + "が" + clause.substring(m.end());
        }
        String rest = TOPIC_PARTICLES.matcher(out).replaceAll("");
        return rest.contains("は") ? Optional.empty() : Optional.of(out);
    }

    List<Question> candidates() {
        List<Cause> causes = causes();
        List<Question> out = new ArrayList<>();
        for (Cause c : causes) {
            List<String> wrong = new ArrayList<>();
            List<Cause> others = new ArrayList<>(causes);
            Shuffle.inPlace(others, rng);
            for (Cause o : others) {
                if (wrong.size() == 3) break;
                if (o == c || !o.ownSubject() || Math.abs(o.sentence() - c.sentence()) <= 1 || o.reason().equals(c.reason())
                        || c.effect().contains(stem(o.reason())) || o.effect().contains(stem(c.reason()))
                        || sameMatter(c, o)) continue;
                wrong.add(ReasonClause.answer(o.reason()));
            }
            if (wrong.size() < 3) continue;
            String prompt = "本文によると、" + c.effect() + "のはなぜか。";
            out.add(Question.shuffled(QuestionKind.CAUSE, prompt, ReasonClause.answer(c.reason()), wrong, evidenceSentence(c),
                    "本文に「" + c.quote() + "」とある。", 0, rng));
        }
        return out;
    }

    /**
     * 川辺駅の利用者が大きく減ったのはなぜか with 「利用者はその後も減り続けた」 (circular) or with the
     * reason visitors came (遠くからも客が訪れる, the opposite change): a distractor about the very thing
     * the effect is about restates it or argues against it (third independent judged sample). The same
     * thing is a shared word of two kanji or more, or people on both sides (利用者 / 客).
     */
    static boolean sameMatter(Cause c, Cause o) {
        Set<String> asked = kanjiWords(c.effect());
        for (String w : kanjiWords(o.reason() + "、" + o.effect()))
            if (asked.contains(w)) return true;
        return asked.stream().anyMatch(ConjugatedBlank::person) && kanjiWords(o.effect()).stream().anyMatch(ConjugatedBlank::person);
    }

    private static Set<String> kanjiWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher m = KANJI_RUN.matcher(text);
        while (m.find()) if (m.group().length() >= 2 || m.group().equals("客")) out.add(m.group());
        return out;
    }

    private static String stem(String reason) {
        return TAME_END.matcher(reason).replaceFirst("");
    }

    // Evidence must be one piece of the article; the reason's sentence and the effect's are quoted in the explanation.
    private String evidenceSentence(Cause c) {
        return source.sentences().get(c.sentence()).text();
    }
}
