package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.testing.Cli;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCommandTest {
    @TempDir
    Path home;

    @Test
    void reviewingOneArticleShowsEveryCardInASentenceOfThatArticle() {
        Cli cli = Cli.seeded(home);
        // article 4 shares many words with article 3, whose sentences used to be shown instead
        Cli.Result r = cli.runWithInput("4\n".repeat(20), "review", "--article", "4", "--new", "20");
        assertThat(r.status()).as(r.err()).isZero();
        List<String> sources = r.out().lines().filter(l -> l.startsWith("  from: ")).toList();
        assertThat(sources).hasSize(20)
                .allSatisfy(s -> assertThat(s).startsWith("  from: ロシア軍の機械が24月XNUMX日にウクライナの領土に入る前でさえ"));
    }

    @Test
    void newGivesThatManyNewCardsThisSessionEvenAfterEarlierSessionsToday() {
        Cli cli = Cli.seeded(home);
        cli.run("config", "new-per-day", "2");
        assertThat(cli.runWithInput("4\n4\nq\n", "review").out()).contains("── new 2 ·", "Reviewed 2 cards");

        Cli.Result daily = cli.runWithInput("q\n", "review");
        assertThat(daily.out()).contains("Nothing to review right now");

        Cli.Result asked = cli.runWithInput("q\n", "review", "--new", "3");
        assertThat(asked.out()).contains("── new 3 ·");
    }

    @Test
    void markedKnownIsSaidOnlyOnceItIsStored() throws Exception {
        Cli cli = Cli.seeded(home);
        try (dev.yomu.store.Database db = dev.yomu.store.Database.open(home);
             java.sql.Statement st = db.connection().createStatement()) {
            st.execute("ALTER TABLE word ADD CONSTRAINT test_refuse CHECK (status <> 'KNOWN')");
            db.connection().commit();
        }

        Cli.Result r = cli.runWithInput("k\n", "review", "--new", "1", "--now", "2026-03-01T08:00:00Z");

        assertThat(r.status()).isNotZero();
        assertThat(r.out()).doesNotContain("marked known");
    }
}
