package dev.yomu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yomu.deck.WordMark;
import dev.yomu.quiz.Question;
import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.quiz.QuestionKind;
import dev.yomu.quizsession.QuizService;
import dev.yomu.reader.ReaderService;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.CardStore;
import dev.yomu.store.Database;
import dev.yomu.testing.Library;
import dev.yomu.testing.Library.W;
import dev.yomu.testing.MutableClock;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner action made of several steps is one transaction: when its last step fails, nothing of
 * the earlier steps is left behind. The failure is real: a constraint makes H2 refuse the review-log row.
 */
class LearnerActionAtomicityTest {
    @TempDir
    Path home;
    private Database db;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00.123456789Z"), ZoneId.of("Asia/Tokyo"));
    private List<Long> ids;
    private ReviewService reviews;
    private long articleId;

    @BeforeEach
    void setUp() throws Exception {
        db = Database.open(home);
        ids = new Library(db).article("交渉の記事", "米国は交渉から撤退した。", clock.instant(),
                new W("交渉", "こうしょう", "negotiations"), new W("撤退", "てったい", "withdrawal"));
        articleId = query("SELECT MAX(id) FROM article");
        StudyDay day = new StudyDay(clock.getZone(), 4);
        reviews = new ReviewService(db, new Scheduler(SchedulerParams.defaults(), day), day);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private long query(String sql) throws Exception {
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String status(long wordId) throws Exception {
        try (Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT status FROM word WHERE id = " + wordId)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private void refuseReviewLogRows() throws Exception {
        try (Statement st = db.connection().createStatement()) {
            st.execute("ALTER TABLE review_log ADD CONSTRAINT test_refuse CHECK (rating < 0)");
        }
        db.connection().commit();
    }

    @Test
    void addingAWordInTheReaderIsAllOrNothing() throws Exception {
        long word = ids.get(0);
        db.transaction(c -> {
            new CardStore().setStatus(c, word, WordMark.KNOWN);
            return null;
        });
        refuseReviewLogRows();
        ReaderService reader = new ReaderService(db, reviews, clock);

        assertThatThrownBy(() -> reader.addToStudy(word, articleId)).isNotNull();

        assertThat(status(word)).isEqualTo("KNOWN");
        assertThat(query("SELECT COUNT(*) FROM card WHERE phase <> 'NEW'")).isZero();
    }

    @Test
    void aWrongVocabularyAnswerAndItsCardResetAreAllOrNothing() throws Exception {
        QuizService quiz = new QuizService(db, reviews);
        long attempt = quiz.start(articleId, Mix.VOCAB, 1, 1, clock.instant());
        Question q = new Question(QuestionKind.MEANING, "交渉", List.of("negotiations", "withdrawal", "USA", "rain"), 0,
                "米国は交渉から撤退した。", "", ids.get(0));
        refuseReviewLogRows();

        assertThatThrownBy(() -> quiz.answer(attempt, 0, q, 1, clock.instant())).isNotNull();

        assertThat(query("SELECT COUNT(*) FROM quiz_answer")).isZero();
        assertThat(query("SELECT COUNT(*) FROM card WHERE phase <> 'NEW'")).isZero();
    }

    @Test
    void bothActionsStoreEverythingWhenNothingFails() throws Exception {
        ReaderService reader = new ReaderService(db, reviews, clock);
        ReaderService.Added added = reader.addToStudy(ids.get(0), articleId);
        QuizService quiz = new QuizService(db, reviews);
        long attempt = quiz.start(articleId, Mix.VOCAB, 1, 1, clock.instant());
        Question q = new Question(QuestionKind.MEANING, "撤退", List.of("withdrawal", "negotiations", "USA", "rain"), 0,
                "米国は交渉から撤退した。", "", ids.get(1));

        QuizService.Outcome outcome = quiz.answer(attempt, 0, q, 2, clock.instant());

        assertThat(outcome.correct()).isFalse();
        assertThat(outcome.cardNote()).hasValueSatisfying(n -> assertThat(n).contains("撤退"));
        assertThat(query("SELECT COUNT(*) FROM quiz_answer")).isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM review_log")).isEqualTo(2);
        reader.undoAdd(added, articleId);
        assertThat(query("SELECT COUNT(*) FROM review_log")).isEqualTo(1);
    }
}
