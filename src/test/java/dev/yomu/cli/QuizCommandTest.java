package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuizCommandTest {
    @TempDir
    Path home;

    @Test
    void printJsonHasTheDocumentedFields() throws Exception {
        Cli cli = Cli.seeded(home);
        Cli.Result r = cli.run("quiz", "2", "--print", "--json", "--seed", "3");
        assertThat(r.status()).isZero();
        JsonNode quiz = new ObjectMapper().readTree(r.out());
        assertThat(quiz.size()).isEqualTo(10);
        for (JsonNode q : quiz) {
            assertThat(q.has("kind") && q.has("prompt") && q.has("evidence") && q.has("explanation")).isTrue();
            assertThat(q.get("choices").size()).isEqualTo(4);
            assertThat(q.get("answer").asInt()).isBetween(0, 3);
        }
        assertThat(cli.run("quiz", "2", "--print", "--json", "--seed", "3").out()).isEqualTo(r.out());
    }

    @Test
    void scriptedQuizStoresAnAttemptShownInHistory() {
        Cli cli = Cli.seeded(home);
        Cli.Result r = cli.runWithInput("1\n2\nx\n3\n", "quiz", "2", "-n", "3", "--seed", "5");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("question 1/3", "evidence:", "Score: ");
        Cli.Result h = cli.run("quiz", "--history");
        assertThat(h.out()).contains("対ソ干渉戦争", "mixed", "/3");
        assertThat(cli.run("quiz", "--history", "1").out()).contains("No quizzes yet");
    }

    @Test
    void aWrongVocabularyAnswerMakesTheCardDueNow() throws Exception {
        Cli cli = Cli.seeded(home);
        JsonNode q = new ObjectMapper().readTree(cli.run("quiz", "2", "--kind", "vocab", "-n", "1", "--seed", "9",
                "--print", "--json").out()).get(0);
        int wrong = (q.get("answer").asInt() + 1) % 4 + 1;
        Cli.Result r = cli.runWithInput(wrong + "\n", "quiz", "2", "--kind", "vocab", "-n", "1", "--seed", "9");
        assertThat(r.out()).contains("✗", "is in today's review now (introduced as a new card)");
        try (Database db = Database.open(home); ResultSet rs = db.connection().createStatement()
                .executeQuery("SELECT COUNT(*) FROM card WHERE phase = 'LEARNING'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void flaggingAndBadInputAreClear() throws Exception {
        Cli cli = Cli.seeded(home);
        assertThat(cli.runWithInput("f\nq\n", "quiz", "2", "-n", "2", "--seed", "1").out()).contains("flagged");
        assertThat(cli.run("quiz", "2", "--kind", "hard").err()).contains("--kind must be vocab, comprehension or mixed");
        assertThat(cli.run("quiz", "nosucharticle").status()).isEqualTo(3);
        Path bad = home.resolve("bad.quiz");
        Files.writeString(bad, "question: どれか。\nchoice: a\nchoice: b\nchoice: c\nchoice: d\nanswer: 9\n");
        Cli.Result r = cli.run("quiz", "2", "--questions", bad.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("line 6");
    }

    @Test
    void aQuizFileThatIsNotUtf8OrMissingIsNamedInPlainWords() throws Exception {
        Cli cli = Cli.seeded(home);
        Path sjis = home.resolve("sjis.quiz");
        Files.write(sjis, "question: どれか。\n".getBytes(java.nio.charset.Charset.forName("Shift_JIS")));

        Cli.Result r = cli.run("quiz", "2", "--questions", sjis.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("yomu: The quiz file " + sjis
                + " is not UTF-8 text. Save it as UTF-8 and try again.");

        Cli.Result missing = cli.run("quiz", "2", "--questions", home.resolve("none.quiz").toString());
        assertThat(missing.status()).isEqualTo(3);
        assertThat(missing.err().strip()).isEqualTo("yomu: There is no quiz file " + home.resolve("none.quiz") + ".");
    }
}
