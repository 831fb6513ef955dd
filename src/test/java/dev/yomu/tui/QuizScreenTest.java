package dev.yomu.tui;

import dev.yomu.study.ArticleRef;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.Question;
import dev.yomu.quiz.QuizMaker;
import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.quizsession.QuizService;
import dev.yomu.quizsession.QuizSession;
import dev.yomu.review.ReviewService;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jline.terminal.impl.DumbTerminal;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-screen quiz, driven key by key on a headless terminal. */
class QuizScreenTest {
    @TempDir
    Path home;

    @Test
    void answerShowsEvidenceThenSpaceMovesOnAndFlagIsStored() throws Exception {
        Cli.seeded(home);
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        try (Database db = Database.open(home);
             DumbTerminal terminal = new DumbTerminal(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())) {
            Quiz quiz = Quiz.onArticle2(db, clock);
            QuizService service = quiz.service();
            List<Question> qs = quiz.questions();
            QuizSession session = quiz.session();
            QuizScreen screen = new QuizScreen(terminal, session);

            assertThat(text(screen.render(100, 40))).contains("1/3", "1) " + qs.get(0).choices().get(0).substring(0, Math.min(6, qs.get(0).choices().get(0).length()))).doesNotContain("evidence:");
            screen.handle('1' + qs.get(0).answer());
            assertThat(text(screen.render(100, 40))).contains("✓ correct", "evidence:");
            screen.handle(' ');
            assertThat(text(screen.render(100, 40))).contains("2/3");
            screen.handle('f');
            assertThat(service.flagged()).contains(qs.get(1).key());
            assertThat(session.summary()).startsWith("Score: 1/1");
        }
    }

    /** Ctrl-C ends the quiz as q does; the answer given is already stored. */
    @Test // before the fix Ctrl-C only printed a hint: the screen read on to the end of the script
    void ctrlCEndsTheQuizLikeQ() throws Exception {
        Cli.seeded(home);
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        try (Database db = Database.open(home); ScriptedTerminal terminal = ScriptedTerminal.of(80, 24)) {
            Quiz quiz = Quiz.onArticle2(db, clock);
            List<Question> qs = quiz.questions();
            QuizSession session = quiz.session();
            terminal.type((byte) ('1' + qs.get(0).answer())).type((byte) 3); // the answer, then Ctrl-C
            new QuizScreen(terminal, session).run();
            assertThat(terminal.ranOut()).as("only the key ended the screen").isFalse();
            assertThat(session.summary()).startsWith("Score: 1/1");
        }
    }

    /** An answer typed right after Esc counts: the old reader threw away whatever came within 20 ms of an Esc. */
    @Test
    void anAnswerTypedRightAfterEscCounts() throws Exception {
        Cli.seeded(home);
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Tokyo"));
        try (Database db = Database.open(home); ScriptedTerminal terminal = ScriptedTerminal.of(80, 24)) {
            Quiz quiz = Quiz.onArticle2(db, clock);
            List<Question> qs = quiz.questions();
            QuizSession session = quiz.session();
            terminal.type(new byte[] {27, (byte) ('1' + qs.get(0).answer()), 27, '[', 'B', 3}); // Esc+answer, Down, Ctrl-C at once
            new QuizScreen(terminal, session).run();
            assertThat(terminal.ranOut()).as("only the key ended the screen").isFalse();
            assertThat(session.summary()).startsWith("Score: 1/1");
        }
    }

    /** A three-question mixed quiz on article 2 (seed 1), as `yomu quiz 2 -n 3` would start it. */
    private record Quiz(QuizService service, List<Question> questions, QuizSession session) {
        static Quiz onArticle2(Database db, Clock clock) {
            StudyDay day = new StudyDay(clock.getZone(), 4);
            QuizService service = new QuizService(db, new ReviewService(db, new Scheduler(SchedulerParams.defaults(), day), day));
            ArticleRef article = db.read(c -> new ArticleStore(db).resolve(c, "2"));
            List<Question> qs = QuizMaker.make(service.source(article), List.of(), Mix.MIXED, 3, 1, Set.of()).questions();
            return new Quiz(service, qs, new QuizSession(service, article.id(), Mix.MIXED, 1, qs, clock));
        }
    }

    private static String text(List<AttributedString> lines) {
        return lines.stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
    }
}
