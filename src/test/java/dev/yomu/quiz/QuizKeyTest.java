package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chronology, なぜ, これ and 内容一致 questions on the two fixture articles, checked for seeds 1..20
 * against the answer keys written with the articles (quiz/articles/NAME.key.tsv), not against what
 * the generators happen to produce.
 */
class QuizKeyTest {
    @TempDir
    static Path home;
    @TempDir
    static Path texts;
    static Map<String, QuizSource> sources;

    record Entry(String what, String match, String expected) {}

    @BeforeAll
    static void load() {
        sources = QbArticles.load(home, texts);
    }

    static List<Entry> key(String name) throws IOException {
        List<Entry> out = new ArrayList<>();
        for (String line : QbArticles.resource("/quiz/articles/" + name + ".key.tsv").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            out.add(new Entry(f[0], f[1], f[2]));
        }
        return out;
    }

    /** Every question of lane qb's kinds that the gate lets through, seeds 1..20. */
    static List<Question> asked(QuizSource source) {
        List<Question> out = new ArrayList<>();
        for (long seed = 1; seed <= 20; seed++)
            for (Question q : QbKinds.generate(source, seed))
                if (QuestionRules.violation(q, source.text()).isEmpty()) out.add(q);
        return out;
    }

    @Test
    void everyQuestionAgreesWithTheKey() throws IOException {
        for (String name : QbArticles.FIXTURES) {
            List<Entry> key = key(name);
            Set<QuestionKind> seen = EnumSet.noneOf(QuestionKind.class);
            for (Question q : asked(sources.get(name))) {
                seen.add(q.kind());
                switch (q.kind()) {
                    case CHRONOLOGY -> chronology(q, key);
                    case CAUSE -> cause(q, key);
                    case REFERENCE -> reference(q, key);
                    case AGREEMENT -> agreement(q, key);
                    default -> fail("not lane qb's kind: " + q);
                }
            }
            assertThat(seen).as(name).contains(QuestionKind.CAUSE, QuestionKind.AGREEMENT);
            // この舗装/この制度 questions need three other phrases of the article about the same thing (the
            // judged sample rejected made-up ones), which explainer-causes does not have; history-dates'
            // これを受けて/これにより are asked
            if (name.equals("history-dates")) assertThat(seen).contains(QuestionKind.CHRONOLOGY, QuestionKind.REFERENCE);
        }
    }

    private static Entry one(List<Entry> key, String what, String text) {
        List<Entry> hits = key.stream().filter(e -> e.what().equals(what) && text.contains(e.match())).toList();
        if (hits.size() != 1) fail("%s: %d key entries match「%s」", what, hits.size(), text);
        return hits.get(0);
    }

    static int[] date(Entry e) {
        String[] p = e.expected().split("-");
        return new int[] {Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0};
    }

    static boolean before(int[] a, int[] b) {
        return a[0] < b[0] || a[0] == b[0] && a[1] != 0 && b[1] != 0 && a[1] < b[1];
    }

    private static void chronology(Question q, List<Entry> key) {
        if (q.prompt().contains("並べた")) {
            Map<String, int[]> byMark = new java.util.HashMap<>();
            for (String line : q.prompt().split("\n"))
                if (line.matches("^[アイウ]　.*")) byMark.put(line.substring(0, 1), date(one(key, "event", line.substring(2))));
            String[] order = q.answerText().split("→");
            assertThat(order).as(q.toString()).hasSize(3);
            assertThat(before(byMark.get(order[0]), byMark.get(order[1])) && before(byMark.get(order[1]), byMark.get(order[2])))
                    .as("order per key: " + q).isTrue();
            return;
        }
        boolean first = q.prompt().contains("最も早く");
        int[] right = date(one(key, "event", q.answerText()));
        for (int i = 0; i < 4; i++) {
            if (i == q.answer()) continue;
            int[] other = date(one(key, "event", q.choices().get(i)));
            assertThat(first ? before(right, other) : before(other, right)).as("key ranks the answer of " + q).isTrue();
        }
    }

    private static void cause(Question q, List<Entry> key) {
        Entry e = one(key, "cause", q.prompt());
        for (int i = 0; i < 4; i++)
            assertThat(q.choices().get(i).contains(e.expected())).as("reason per key: " + q).isEqualTo(i == q.answer());
    }

    private static void reference(Question q, List<Entry> key) {
        Entry e = one(key, "reference", q.prompt().split("\n")[1].substring(0, 6));
        for (int i = 0; i < 4; i++)
            assertThat(q.choices().get(i).contains(e.expected())).as("referent per key: " + q).isEqualTo(i == q.answer());
    }

    private static final Pattern WHEN = Pattern.compile("(.+)のは(\\d+)年(?:(\\d+)月)?(?:\\d+日)?のことだ。");
    private static final Pattern AFTER = Pattern.compile("(.+)のは、(.+)後のことだ。");
    private static final Pattern WHY = Pattern.compile("(.+)のは、(.+)ためだ。");

    /** Whether a statement holds per the key; fails if it is about nothing the key knows. */
    static boolean holds(String s, List<Entry> key) {
        Matcher m = WHEN.matcher(s);
        if (m.matches()) {
            int[] d = date(one(key, "event", m.group(1)));
            return d[0] == Integer.parseInt(m.group(2)) && d[1] == (m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
        }
        m = WHY.matcher(s);
        if (m.matches()) return m.group(2).contains(one(key, "cause", m.group(1)).expected());
        m = AFTER.matcher(s);
        if (m.matches()) return before(date(one(key, "event", m.group(2))), date(one(key, "event", m.group(1))));
        fail("statement of no known frame: " + s);
        return false;
    }

    private static void agreement(Question q, List<Entry> key) {
        boolean agrees = q.prompt().contains("合っているもの");
        for (int i = 0; i < 4; i++)
            assertThat(holds(q.choices().get(i), key)).as("per key, choice %d of %s", i + 1, q).isEqualTo(agrees == (i == q.answer()));
    }

    @Test
    void theKeyCheckerCatchesAWrongStatement() throws IOException {
        List<Entry> key = key("history-dates");
        assertThat(holds("最初の区間が完成したのは1910年5月のことだ。", key)).isTrue();
        assertThat(holds("最初の区間が完成したのは1912年のことだ。", key)).isFalse();
        assertThat(holds("新しい駅舎が完成したのは、最初の区間が完成した後のことだ。", key)).isTrue();
        assertThat(holds("最初の区間が完成したのは、新しい駅舎が完成した後のことだ。", key)).isFalse();
        assertThat(holds("列車の本数が半分に減らされたのは、燃料が不足したためだ。", key)).isTrue();
        assertThat(holds("列車の本数が半分に減らされたのは、沿線の人口は減っているためだ。", key)).isFalse();
    }
}
