package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Comprehension questions from the article body: who said it, a blanked fact and 内容一致 (which
 * statement agrees with the text). Wrong choices are the article's own names and numbers, so only
 * reading the text tells them apart.
 */
final class ContentQuestions {
    private static final Pattern TITLE = Pattern.compile("(?:海軍|陸軍|空軍)?(?:報道官|大統領|首相|長官|事務総長|外相|少将|中将|大将|氏|教授|大使|総裁|代表|紙)");
    /** Names that mean the same side: one may not be a distractor for another. */
    private static final List<Set<String>> SAME = List.of(Set.of("ロシア", "モスクワ", "ソヴィエト", "ソ連", "クレムリン", "ロシア連邦"),
            Set.of("米国", "アメリカ", "米", "ワシントン", "米軍"), Set.of("英国", "イギリス", "英", "ロンドン"),
            Set.of("ウクライナ", "キエフ", "キーウ"), Set.of("フランス", "仏", "パリ"), Set.of("ドイツ", "独", "ベルリン"),
            Set.of("日本", "東京"), Set.of("NATO", "北大西洋条約機構", "大西洋同盟"));
    private final QuizSource source;
    private final SplittableRandom rng;
    private final List<QuizSentence> body = new ArrayList<>();
    /** Every name and number of the article, by type, in order of first appearance. */
    private final Map<String, Set<String>> pools = new LinkedHashMap<>();

    ContentQuestions(QuizSource source, SplittableRandom rng) {
        this.source = source;
        this.rng = rng;
        for (QuizSentence s : source.sentences()) {
            if (s.heading()) continue;
            body.add(s);
            for (Span sp : spans(s)) pools.computeIfAbsent(sp.type(), k -> new LinkedHashSet<>()).add(sp.text());
            for (Span sp : Span.numbers(s.text())) widen(sp);
        }
    }

    // 1918年3月 also offers 1918年 to the year questions and 3月 to the month ones.
    private void widen(Span sp) {
        Matcher m = Pattern.compile("(\\d+年)?(\\d+月)?").matcher(sp.text());
        if (!m.lookingAt()) return;
        if (m.group(1) != null) pools.computeIfAbsent("date:y", k -> new LinkedHashSet<>()).add(m.group(1));
        if (m.group(2) != null) pools.computeIfAbsent("date:m", k -> new LinkedHashSet<>()).add(m.group(2));
    }

    /** Dates, counts and whole names: not 樺太 out of 北樺太, not ピーター out of ピーター・ベイズリー. */
    static List<Span> spans(QuizSentence s) {
        List<Span> out = new ArrayList<>(Span.numbers(s.text()));
        for (Span e : Span.entities(s)) if (whole(s.text(), e)) out.add(e);
        return out;
    }

    private static boolean whole(String text, Span e) {
        char before = e.begin() == 0 ? ' ' : text.charAt(e.begin() - 1);
        char after = e.end() >= text.length() ? ' ' : text.charAt(e.end());
        return !wordChar(before) && (!wordChar(after) || TITLE.matcher(text.substring(e.end())).lookingAt());
    }

    private static boolean wordChar(char c) {
        return c == '・' || c == '=' || c == '＝' || Character.isLetterOrDigit(c) && !(c >= 0x3041 && c <= 0x309F);
    }

    List<Question> candidates() {
        List<Question> out = new ArrayList<>();
        ArticleEntities names = new ArticleEntities(body);
        out.addAll(new SpeakerQuestions(body, names, rng).candidates());
        out.addAll(new FactQuestions(body, names, rng).candidates());
        return out;
    }

    /** Three values of the span's type from elsewhere in the article that are not in this sentence. */
    private List<String> distractors(Span sp, String sentence, String alsoAvoid) {
        List<String> pool = new ArrayList<>(pools.getOrDefault(sp.type(), Set.of()));
        if (sp.type().equals("place") || sp.type().equals("organisation") || sp.type().equals("person")) {
            for (String t : List.of("person", "organisation")) {
                if (!t.equals(sp.type()) && pool.size() < 4 && !sp.type().equals("place"))
                    pool.addAll(pools.getOrDefault(t, Set.of()));
            }
        }
        shuffle(pool);
        List<String> out = new ArrayList<>();
        for (String v : pool) {
            if (out.size() == 3) break;
            if (v.equals(sp.text()) || sentence.contains(v) || synonyms(v, sp.text()) || alsoAvoid.contains(v) || v.contains(sp.text())
                    || sp.text().contains(v)) continue;
            out.add(v);
        }
        return out;
    }

    private static boolean synonyms(String a, String b) {
        for (Set<String> g : SAME) if (g.contains(a) && g.contains(b)) return true;
        return false;
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
