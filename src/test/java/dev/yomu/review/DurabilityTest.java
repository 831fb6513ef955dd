package dev.yomu.review;

import dev.yomu.study.ArticleSummary;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import dev.yomu.testing.YomuProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Data is sacred: an answer acknowledged on screen survives kill -9 of the process. */
class DurabilityTest {
    @TempDir
    Path home;

    @Test
    void killNineMidSessionLosesNoAnswer() throws Exception {
        Cli.seeded(home);
        int answered = 5;
        try (YomuProcess p = new YomuProcess(home, "2026-03-01T01:00:00Z", "review")) {
            p.await("keys:", 60);
            for (int i = 0; i < answered; i++) {
                p.send(i % 2 == 0 ? "3" : "1");
                p.await("→", 30); // printed only after the answer's transaction committed
            }
            p.await("keys:", 30); // the next card is on screen, mid-session
            p.kill();
        }
        try (Database db = Database.open(home);
             Statement st = db.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*), COUNT(DISTINCT word_id) FROM review_log")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(answered);
        }
    }

    @Test
    void anImportReportedDoneSurvivesKillNineDuringTheNextOne() throws Exception {
        Cli.seeded(home);
        Path small = home.resolve("small.txt"), big = home.resolve("big.txt");
        Files.writeString(small, "猫の記録\n\n今日は猫が庭で遊んでいた。私は窓から静かに観察した。\n");
        StringBuilder text = new StringBuilder("長い記録\n\n");
        for (int i = 0; i < 2_000; i++) text.append("猫が庭で").append(i + 1).append("回も遊んでいた。\n\n");
        Files.writeString(big, text);
        // Each import stops where everything is written and its transaction has not yet committed.
        try (YomuProcess p = YomuProcess.pausedAt("import-before-commit", home, "2026-03-01T01:00:00Z",
                "import", small.toString(), big.toString())) {
            p.awaitPause(60); // the small one
            p.resume();
            p.await("猫の記録", 60); // its summary line is printed after its transaction committed
            p.awaitPause(60); // the long one: all its rows written, not committed
            p.kill();
        }
        try (Database db = Database.open(home)) {
            java.util.List<ArticleSummary> kept = db.read(c -> new ArticleStore(db).summaries(c));
            assertThat(kept).extracting(ArticleSummary::title).contains("猫の記録").doesNotContain("長い記録");
        }
    }

    @Test
    void aSecondProcessIsToldTheDatabaseIsInUse() throws Exception {
        Cli cli = Cli.seeded(home);
        try (YomuProcess p = new YomuProcess(home, "2026-03-01T01:00:00Z", "review")) {
            p.await("keys:", 60);
            Cli.Result r = cli.run("articles");
            assertThat(r.status()).isEqualTo(4);
            assertThat(r.err()).contains("in use by another yomu process").doesNotContain("Exception");
            p.send("q");
            assertThat(p.closeInputAndWait()).isZero();
        }
        assertThat(cli.run("articles").status()).isZero();
        // The refusal is for the learner, not a debugging aid: H2 must not leave its trace file behind.
        assertThat(home.resolve("yomu.trace.db")).doesNotExist();
    }
}
