package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 指示語 questions: what これ or この + noun at the start of a sentence points back to, in the
 * sentence just before.
 * <ul>
 * <li>これを受けて、/これにより、/これに対し、… point to the whole event of the sentence before:
 * the answer is that sentence as a noun clause (会が署名を集め、市に提出したこと); the other choices
 * are earlier events of the article, put the same way (a later one could not be meant).</li>
 * <li>この制度/この舗装 point to a noun the sentence before describes with a relative clause
 * (道路に水を保つ舗装): the other choices are other phrases of the article that describe the same
 * noun, so the noun itself gives nothing away; without three of them nothing is asked.</li>
 * </ul>
 */
final class ReferenceQuestions {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern FINITE_SENTENCE = java.util.regex.Pattern.compile("(?s).*(た|だ|る|いる)。$");
    private static final java.util.regex.Pattern DEMONSTRATIVE_START = java.util.regex.Pattern.compile("^(これ|それ|この|その|こう|そう).*");
    private static final java.util.regex.Pattern TOPIC_CLAUSE = java.util.regex.Pattern.compile("(?s).*(には|では|とは|からは|までは|は、|ると、).*");
    private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile("(?s).*\\d.*");
    private static final java.util.regex.Pattern PARTICLE_START = java.util.regex.Pattern.compile("^[はがのをにへとでもや].*");

    private static final Pattern EVENT_REF = Pattern.compile("^(これ)(を受けて|を受け|により|によって|に対して|に対し|をきっかけに|を機に)、");
    /** この + these nouns is a conjunction-like phrase, not a pointer to a thing (このため, この後). */
    private static final Set<String> NOT_THINGS = Set.of("ため", "後", "よう", "ほか", "時", "ころ", "際", "中", "結果", "うち",
            "一方", "まま", "場合", "点", "年", "日", "月", "頃", "間", "とき", "ように", "ほど", "他");

    private final QuizSource source;
    private final SplittableRandom rng;

    ReferenceQuestions(QuizSource source, SplittableRandom rng) {
        this.source = source;
        this.rng = rng;
    }

    List<Question> candidates() {
        List<Question> out = new ArrayList<>();
        List<QuizSentence> all = source.sentences();
        for (int i = 1; i < all.size(); i++) {
            QuizSentence s = all.get(i), prev = all.get(i - 1);
            if (s.heading() || prev.heading() || prev.block() != s.block() || !Texts.quotable(s.text(), 120)) continue;
            eventReference(all, i).ifPresent(out::add);
            thingReference(all, i).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Question> eventReference(List<QuizSentence> all, int i) {
        QuizSentence s = all.get(i);
        Matcher m = EVENT_REF.matcher(s.text());
        if (!m.find()) return Optional.empty();
        Optional<String> right = asEvent(all.get(i - 1));
        if (right.isEmpty()) return Optional.empty();
        List<String> wrong = new ArrayList<>();
        for (int d : order(i, all.size())) {
            if (wrong.size() == 3) break;
            // an event told after the sentence cannot be what its これ points back to: a give-away
            if (d >= i - 1 || all.get(d).heading()) continue;
            asEvent(all.get(d)).filter(e -> !e.equals(right.get()) && !wrong.contains(e) && !s.text().contains(e.replace("こと", "")))
                    .ifPresent(wrong::add);
        }
        if (wrong.size() < 3) return Optional.empty();
        String prompt = "次の文の「これ」は何を指しているか。\n" + s.text();
        return Optional.of(Question.shuffled(QuestionKind.REFERENCE, prompt, right.get(), wrong, all.get(i - 1).text(),
                "「これ」は直前の文「" + all.get(i - 1).text() + "」の内容を指す。", 0, rng));
    }

    // Nearby sentences first (two before, then after), then the rest of the article.
    private List<Integer> order(int i, int n) {
        List<Integer> near = new ArrayList<>(), far = new ArrayList<>();
        for (int d = 0; d < n; d++) (Math.abs(d - i) <= 4 ? near : far).add(d);
        Shuffle.inPlace(near, rng);
        Shuffle.inPlace(far, rng);
        near.addAll(far);
        return near;
    }

    /** A plain sentence as a noun clause: 会は署名を集め、市に提出した。 → 会が署名を集め、市に提出したこと. */
    static Optional<String> asEvent(QuizSentence s) {
        String t = s.text();
        if (!Texts.quotable(t, 70) || !FINITE_SENTENCE.matcher(t).matches() || t.endsWith("のだ。") || t.endsWith("からだ。")
                || t.endsWith("である。") || t.contains("「") || DEMONSTRATIVE_START.matcher(t).matches()) return Optional.empty();
        if (!Clauses.hasSubject(s.tokens())) return Optional.empty();
        Optional<String> asNoun = CauseQuestions.asNounClause(Clauses.withoutLead(t.substring(0, t.length() - 1)));
        if (asNoun.isEmpty() || asNoun.get().endsWith("だ")) return Optional.empty();
        String clause = asNoun.get();
        // 「1974年には、工場が閉鎖されたこと」: a topic marker has no place inside a こと clause
        if (TOPIC_CLAUSE.matcher(clause).matches()) return Optional.empty(); // 入ると、 too
        return clause.length() > 55 || clause.length() < 8 ? Optional.empty() : Optional.of(clause + "こと");
    }

    private Optional<Question> thingReference(List<QuizSentence> all, int i) {
        QuizSentence s = all.get(i);
        List<Token> t = s.tokens();
        if (t.size() < 3 || !(t.get(0).surface().equals("この") || t.get(0).surface().equals("その"))) return Optional.empty();
        Token noun = t.get(1);
        if (!noun.pos().equals("名詞") || NOT_THINGS.contains(noun.surface()) || t.get(2).pos().equals("名詞")) return Optional.empty();
        List<String> phrases = described(all.get(i - 1), noun.surface());
        if (phrases.size() != 1) return Optional.empty();
        String right = phrases.get(0);
        // The other choices are noun phrases the article itself uses for the same kind of thing (other
        // 舗装 it describes): 「補助金を出す舗装」, made by gluing another sentence's clause to the noun, was
        // nonsense the judged sample found at once. Most articles have none, and then nothing is asked.
        Set<String> others = new LinkedHashSet<>();
        for (int d : order(i, all.size()))
            if (d != i - 1 && !all.get(d).heading())
                for (String p : described(all.get(d), noun.surface())) if (!p.equals(right)) others.add(p);
        List<String> wrong = new ArrayList<>();
        for (String o : others) {
            if (wrong.size() == 3) break;
            wrong.add(o);
        }
        if (wrong.size() < 3 || givenAway(s.text(), right, wrong)) return Optional.empty();
        String ref = t.get(0).surface() + noun.surface();
        String prompt = "次の文の「" + ref + "」は何を指しているか。\n" + s.text();
        return Optional.of(Question.shuffled(QuestionKind.REFERENCE, prompt, right, wrong, all.get(i - 1).text(),
                "「" + ref + "」は直前の文の「" + right + "」を指す。", 0, rng));
    }

    /** Noun phrases in {@code s} that end in {@code noun} and are described by a relative clause. */
    static List<String> described(QuizSentence s, String noun) {
        List<String> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (!t.get(i).surface().equals(noun) || !t.get(i - 1).pos().equals("動詞")) continue;
            modifierBefore(s, i).ifPresent(m -> out.add(m + noun));
        }
        return out;
    }

    /** Every relative clause of a sentence (the words before a noun that end in a verb). */
    static List<String> modifiers(QuizSentence s) {
        List<String> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++)
            if (t.get(i).pos().equals("名詞") && !t.get(i).posDetail().startsWith("非自立") && t.get(i - 1).pos().equals("動詞")
                    && t.get(i - 1).surface().equals(t.get(i - 1).lemma()))
                modifierBefore(s, i).ifPresent(out::add);
        return out;
    }

    // Back from the noun to the clause start: a 、, a topic は/も, or the sentence start.
    private static Optional<String> modifierBefore(QuizSentence s, int nounIndex) {
        List<Token> t = s.tokens();
        int k = nounIndex - 1;
        while (k > 0) {
            Token p = t.get(k - 1);
            if (p.surface().equals("、") || p.posDetail().startsWith("係助詞") || p.pos().equals("連体詞") || p.pos().equals("接続詞"))
                break;
            k--;
        }
        String m = s.text().substring(t.get(k).begin(), t.get(nounIndex).begin());
        if (m.length() < 4 || m.length() > 35 || !Texts.balanced(m, '「', '」') || HAS_DIGIT.matcher(m).matches()
                || PARTICLE_START.matcher(m).matches()) return Optional.empty();
        return Optional.of(m);
    }

    /**
     * Whether the answer alone shares a kanji word with the sentence asked about (この制度を使った建物
     * では、夏の屋上の… beside 屋上に植物を植える…制度): a reader would match it without reading back.
     */
    static boolean givenAway(String sentence, String right, List<String> wrong) {
        for (int i = 0; i + 2 <= sentence.length(); i++) {
            String w = sentence.substring(i, i + 2);
            if (!w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) continue;
            if (right.contains(w) && wrong.stream().noneMatch(x -> x.contains(w))) return true;
        }
        return false;
    }
}
