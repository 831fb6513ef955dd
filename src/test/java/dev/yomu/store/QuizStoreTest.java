package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.QuestionKind;
import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.study.QuizAttempt;
import dev.yomu.testing.Library;
import dev.yomu.testing.Library.W;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quiz attempt's kind: the enum above store, the lower-case word in the column as databases have always held it.
 * A question's kind: its enum name, as word and card states are stored.
 */
class QuizStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @TempDir Path home;

    @Test
    void theKindIsStoredAsTheWordOlderDatabasesHoldAndReadBackAsTheEnum() throws Exception {
        try (Database db = Database.open(home)) {
            new Library(db).article("t", "猫と犬", NOW, new W("猫", "ねこ", "cat"));
            QuizStore quizzes = new QuizStore();
            db.transaction(c -> quizzes.startAttempt(c, 1, Mix.COMPREHENSION, 7, 10, NOW));
            try (Statement st = db.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT quiz_kind FROM quiz_attempt")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("comprehension");
            }
            try (Statement st = db.connection().createStatement()) { // as an older Yomu wrote it
                st.executeUpdate("INSERT INTO quiz_attempt(article_id, quiz_kind, seed, questions, started_at)"
                        + " VALUES (1, 'mixed', 8, 10, TIMESTAMP '2026-11-22 10:00:00')");
            }
            db.connection().commit();
            List<QuizAttempt> history = db.read(c -> quizzes.history(c, null));
            assertThat(history).extracting(QuizAttempt::kind).containsExactly(Mix.MIXED, Mix.COMPREHENSION);
        }
    }

    @Test
    void aQuestionsKindIsStoredAsItsEnumName() throws Exception {
        try (Database db = Database.open(home)) {
            new Library(db).article("t", "猫と犬", NOW, new W("猫", "ねこ", "cat"));
            QuizStore quizzes = new QuizStore();
            long attempt = db.transaction(c -> quizzes.startAttempt(c, 1, Mix.MIXED, 7, 2, NOW));
            db.transaction(c -> {
                quizzes.answer(c, attempt, 0, "k0", QuestionKind.READING, 1, true, NOW);
                quizzes.answer(c, attempt, 1, "k1", QuestionKind.AGREEMENT, 0, false, NOW);
                return null;
            });
            try (Statement st = db.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT question_kind FROM quiz_answer ORDER BY ord")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("READING");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("AGREEMENT");
            }
        }
    }
}
