package dev.yomu.quiz;

import dev.yomu.study.ArticleRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.quizsession.QuizService;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Generated quizzes on the four seeds and two texts of our own, through the real import pipeline.
 * The slowest class of the suite (thousands of quizzes, all CPU): its methods run side by side, so
 * it can use both cores when the other test JVM has finished. They only read the articles imported
 * once, and QuizMaker is pure.
 */
@Execution(ExecutionMode.CONCURRENT)
class QuizGenerationTest {
    @TempDir
    static Path home;
    @TempDir
    static Path texts;
    /** Article title → its source and hand-written questions. */
    static final Map<String, QuizSource> sources = new LinkedHashMap<>();
    static final Map<String, List<Question>> written = new LinkedHashMap<>();
    /**
     * Quizzes already made in this run, by article, written questions, mix, count and seed. Making
     * one is pure (a seeded random; theSameSeedGivesTheSameQuiz proves it and calls QuizMaker itself),
     * and several tests ask for the same quizzes (the mixed ten-question quizzes of seeds 1 to 25
     * come up in three of them), so each is made once: about a sixth of this class's time.
     */
    private static final Map<Made, Quiz> made = new java.util.concurrent.ConcurrentHashMap<>();

    /** The source and written questions by identity (they are this class's own objects), so a lookup hashes no text. */
    private record Made(QuizSource source, List<Question> written, Mix mix, int count, long seed) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Made m && m.source == source && m.written == written && m.mix == mix && m.count == count
                    && m.seed == seed;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(System.identityHashCode(source), System.identityHashCode(written), mix, count, seed);
        }
    }

    private static Quiz quiz(QuizSource source, List<Question> writtenQuestions, Mix mix, int count, long seed) {
        return made.computeIfAbsent(new Made(source, writtenQuestions, mix, count, seed),
                k -> QuizMaker.make(source, writtenQuestions, mix, count, seed, Set.of()));
    }

    @BeforeAll
    static void importAll() throws IOException {
        Cli cli = Cli.seeded(home);
        for (String name : List.of("harbor-festival.txt", "library-robot.txt", "articles/history-dates.txt", "articles/explainer-causes.txt")) {
            try (InputStream in = QuizGenerationTest.class.getResourceAsStream("/quiz/" + name)) {
                Files.write(texts.resolve(name.replace('/', '-')), in.readAllBytes());
            }
            assertThat(cli.run("import", texts.resolve(name.replace('/', '-')).toString()).status()).isZero();
        }
        try (Database db = Database.open(home)) {
            QuizService service = new QuizService(db, null);
            for (ArticleRef a : db.read(c -> new ArticleStore(db).all(c))) {
                sources.put(a.title(), service.source(a));
                written.put(a.title(), service.written(a, null));
            }
        }
        assertThat(sources).hasSize(8);
    }

    @Test
    void everyQuestionKeepsTheRulesOverManySeeds() {
        Set<QuestionKind> seen = EnumSet.noneOf(QuestionKind.class);
        for (var e : sources.entrySet()) {
            QuizSource source = e.getValue();
            String text = source.text();
            // 12 seeds × 3 mixes × every source: each kind is met many times over (the judged samples hold
            // the validity figures); more seeds only repeat the same candidates in the suite's longest class
            for (long seed = 1; seed <= 12; seed++) {
                for (Mix mix : Mix.values()) {
                    Quiz quiz = quiz(source, written.get(e.getKey()), mix, 10, seed);
                    // the short texts of our own have fewer comprehension candidates than ten; the two
                    // shortest state too few dated events or reasons for 内容一致 built from facts (issue 13)
                    assertThat(quiz.questions()).as(e.getKey() + " seed " + seed).hasSizeLessThanOrEqualTo(10);
                    if (!e.getKey().equals("港町の夏祭り") && !e.getKey().equals("図書館にロボット"))
                        assertThat(quiz.questions()).as(e.getKey() + " seed " + seed).isNotEmpty();
                    if (mix != Mix.COMPREHENSION) assertThat(quiz.questions()).hasSize(10);
                    for (Question q : quiz.questions()) {
                        seen.add(q.kind());
                        assertThat(QuestionRules.violation(q, text)).as(q.toString()).isEmpty();
                        assertThat(q.choices()).hasSize(4).doesNotHaveDuplicates();
                        assertThat(q.answer()).isBetween(0, 3);
                        if (q.kind() != QuestionKind.AGREEMENT && q.kind() != QuestionKind.WRITTEN)
                            assertThat(q.prompt()).as(q.toString()).doesNotContain(q.answerText());
                        if (q.kind() != QuestionKind.WRITTEN) assertThat(text).contains(q.evidence());
                        if (q.kind() == QuestionKind.FACT || q.kind() == QuestionKind.CONTEXT)
                            for (int i = 0; i < 4; i++)
                                if (i != q.answer()) assertThat(q.evidence()).as(q.toString()).doesNotContain(q.choices().get(i));
                        if (mix == Mix.VOCAB) assertThat(q.kind().isVocabulary()).isTrue();
                        if (mix == Mix.COMPREHENSION) assertThat(q.kind().isVocabulary()).isFalse();
                    }
                }
            }
        }
        assertThat(seen).containsAll(EnumSet.allOf(QuestionKind.class));
    }

    @Test
    void ownTextsGetVocabularyAndComprehensionQuestions() {
        for (String title : List.of("港町の夏祭り", "図書館にロボット", "北浜鉄道の歩み", "都市が暑くなる理由")) {
            QuizSource s = sources.get(title);
            Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
            for (long seed = 1; seed <= 10; seed++)
                for (Question q : quiz(s, List.of(), Mix.MIXED, 10, seed).questions()) kinds.add(q.kind());
            assertThat(kinds).as(title).contains(QuestionKind.READING, QuestionKind.MEANING, QuestionKind.REVERSE);
            // the two short invented texts (five paragraphs each) offer a cloze only on plain nouns, on verbs after a
            // quoting と, or on verbal nouns with too few others the text uses as verbs: none is asked since the
            // seventh judged sample (SeventhSampleTest). The two fixture articles still get clozes.
            if (title.equals("北浜鉄道の歩み") || title.equals("都市が暑くなる理由"))
                assertThat(kinds).as(title).contains(QuestionKind.CONTEXT);
            // 内容一致 is built from stated facts (dates, order, reasons): the two fixture articles have them.
            if (title.equals("北浜鉄道の歩み") || title.equals("都市が暑くなる理由")) assertThat(kinds).as(title).contains(QuestionKind.AGREEMENT);
        }
    }

    @Test
    void noQuestionGivesAwayTheAnswerOfAnother() {
        for (var e : sources.entrySet()) {
            for (long seed = 0; seed < 20; seed++) {
                List<Question> asked = quiz(e.getValue(), written.get(e.getKey()), Mix.MIXED, 10, seed)
                        .questions();
                for (Question a : asked)
                    for (Question b : asked)
                        if (a != b && !(a.kind() == QuestionKind.WRITTEN && b.kind() == QuestionKind.WRITTEN)
                                && a.answerText().length() >= 2)
                            assertThat(b.prompt()).as("%s seed %d: [%s] %s gives away [%s] %s", e.getKey(), seed,
                                    b.kind(), b.prompt(), a.kind(), a.answerText()).doesNotContainPattern(asShown(a.answerText()));
            }
        }
    }

    // Japanese anywhere in a prompt; English only as a whole word ("war" is not in "toward").
    private static java.util.regex.Pattern asShown(String answer) {
        String q = java.util.regex.Pattern.quote(answer);
        return java.util.regex.Pattern.compile(answer.matches("(?s).*[A-Za-z0-9].*") ? "(?<![A-Za-z0-9])" + q + "(?![A-Za-z0-9])" : q);
    }

    @Test
    void aQuizWithWrittenQuestionsHasAsManyQuestionsAsAskedFor() {
        for (var e : sources.entrySet()) {
            if (written.get(e.getKey()).isEmpty()) continue;
            for (int count = 1; count <= 6; count++)
                for (long seed = 0; seed < 6; seed++) {
                    Quiz quiz = quiz(e.getValue(), written.get(e.getKey()), Mix.MIXED, count, seed);
                    assertThat(quiz.questions()).as("%s, %d questions, seed %d", e.getKey(), count, seed).hasSize(count);
                }
        }
    }

    @Test
    void anEnglishAnswerGivesAwayOnlyAsAWholeWord() {
        assertThat(QuizMaker.shows("the war ended in 1922", "war")).isTrue();
        assertThat(QuizMaker.shows("He walked toward the pass", "war")).isFalse();
        assertThat(QuizMaker.shows("an intervention", "in")).isFalse();
        assertThat(QuizMaker.shows("休戦協定が結ばれた", "協定")).isTrue();
        assertThat(QuizMaker.shows("協定", "定")).isFalse(); // one character is too common to count
    }

    @Test
    void theSameSeedGivesTheSameQuiz() {
        for (var e : sources.entrySet()) {
            Quiz a = QuizMaker.make(e.getValue(), written.get(e.getKey()), Mix.MIXED, 10, 42, Set.of());
            Quiz b = QuizMaker.make(e.getValue(), written.get(e.getKey()), Mix.MIXED, 10, 42, Set.of());
            assertThat(b.questions()).isEqualTo(a.questions());
            Quiz c = QuizMaker.make(e.getValue(), written.get(e.getKey()), Mix.MIXED, 10, 43, Set.of());
            assertThat(c.questions()).isNotEqualTo(a.questions());
        }
    }

    @Test
    void flaggedQuestionsAreNeverAsked() {
        QuizSource s = sources.get("対ソ干渉戦争");
        Quiz first = quiz(s, List.of(), Mix.MIXED, 10, 7);
        String bad = first.questions().get(0).key();
        for (long seed = 1; seed <= 30; seed++)
            assertThat(QuizMaker.make(s, List.of(), Mix.MIXED, 10, seed, Set.of(bad)).questions())
                    .noneMatch(q -> q.key().equals(bad));
    }

    @Test
    void everySeedHasEightHandWrittenQuestionsThatAreAsked() {
        for (var e : written.entrySet()) {
            if (e.getKey().equals("港町の夏祭り") || e.getKey().equals("図書館にロボット") || e.getKey().equals("北浜鉄道の歩み")
                    || e.getKey().equals("都市が暑くなる理由")) continue;
            assertThat(e.getValue()).as(e.getKey()).hasSizeGreaterThanOrEqualTo(8);
            Quiz q = quiz(sources.get(e.getKey()), e.getValue(), Mix.COMPREHENSION, 10, 1);
            assertThat(q.questions()).anyMatch(x -> x.kind() == QuestionKind.WRITTEN);
        }
    }

    @Test
    void malformedQuizFilesNameTheLine() {
        assertThatThrownBy(() -> QuizFile.parse("# c\nquestion: a\nchoice: 1\nchoice: 2\nchoice: 3\nchoice: 4\nanswer: 5\n"))
                .hasMessageContaining("line 7").hasMessageContaining("1 to 4");
        assertThatThrownBy(() -> QuizFile.parse("question: a\nchoice: 1\nanswer: 1\n"))
                .hasMessageContaining("line 1").hasMessageContaining("four");
        assertThatThrownBy(() -> QuizFile.parse("question: a\nchoise: 1\n")).hasMessageContaining("line 2");
        assertThat(QuizFile.parse("question: a\nchoice: 1\nchoice: 2\nchoice: 3\nchoice: 4\nanswer: 3\nexplanation: x\n"))
                .singleElement().satisfies(q -> assertThat(q.answerText()).isEqualTo("3"));
    }

    @Test
    void readingNearMissesArePronounceable() {
        assertThat(ReadingVariants.of("こうしょう")).contains("こしょう", "こうしょ").doesNotContain("こうしょう");
        assertThat(ReadingVariants.of("けっか")).contains("けくか");
        assertThat(ReadingVariants.of("かいし")).contains("がいし");
    }

    /** Issue 13 item 9: -n N gives N when there are enough candidates, and ten seeds give variety. */
    @Test
    void aLongArticleGivesTheCountAskedAndVarietyOverSeeds() {
        for (var e : sources.entrySet()) {
            if (e.getValue().text().length() < 1500) continue;
            Quiz quiz = quiz(e.getValue(), written.get(e.getKey()), Mix.MIXED, 30, 2);
            assertThat(quiz.questions()).as(e.getKey()).hasSize(30);
            assertThat(quiz(e.getValue(), written.get(e.getKey()), Mix.VOCAB, 30, 2).questions())
                    .as(e.getKey()).hasSize(30);
            Set<String> distinct = new java.util.HashSet<>();
            for (long seed = 1; seed <= 10; seed++)
                for (Question q : quiz(e.getValue(), written.get(e.getKey()), Mix.MIXED, 10, seed).questions())
                    distinct.add(q.key());
            assertThat(distinct).as(e.getKey()).hasSizeGreaterThanOrEqualTo(25);
        }
    }
}
