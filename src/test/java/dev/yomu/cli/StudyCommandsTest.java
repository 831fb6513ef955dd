package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yomu.testing.Cli;
import dev.yomu.testing.Cli.Result;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a learner reads about their own study: {@code cards}, {@code stats} and {@code config}, after real reviews. */
class StudyCommandsTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");
    @TempDir Path home;
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = Cli.seeded(home).clock(Clock.fixed(T0, TOKYO));
    }

    private List<JsonNode> cards(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("cards", "--json"));
        all.addAll(List.of(args));
        Result r = cli.run(all.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isZero();
        List<JsonNode> out = new ArrayList<>();
        new ObjectMapper().readTree(r.out()).forEach(out::add);
        return out;
    }

    @Test
    void cardsShowWhatEachAnswerDid() throws Exception {
        // Good, Again, Good on the first three new cards of the day
        Result review = cli.runWithInput("3\n1\n3\nq\n", "review", "--new", "3");
        assertThat(review.status()).as(review.err()).isZero();

        List<JsonNode> studied = cards().stream().filter(c -> !c.get("state").asText().equals("new")).toList();
        assertThat(studied).hasSize(3).allSatisfy(c -> {
            assertThat(c.get("state").asText()).isEqualTo("learning");
            assertThat(c.get("reps").asInt()).isEqualTo(1);
            assertThat(c.get("lapses").asInt()).isZero(); // Again on a new card is no lapse: nothing was learned yet
        });
        assertThat(studied).extracting(c -> c.get("due").asText())
                .containsExactlyInAnyOrder("2026-03-01T01:01:00Z", "2026-03-01T01:10:00Z", "2026-03-01T01:10:00Z");

        // all three come back within the study day, so all three are due today
        assertThat(cards("--due")).hasSize(3);
        Result table = cli.run("cards", "--due");
        assertThat(table.out().lines().findFirst().orElseThrow())
                .contains("WORD").contains("READING").contains("STATE").contains("DUE").contains("LAPSES");
        assertThat(table.out().lines().skip(1)).hasSize(3).allSatisfy(l -> assertThat(l).contains("learning"));
    }

    @Test
    void aWordMarkedKnownIsListedAsKnownWhateverItsCardsPhase() throws Exception {
        Result review = cli.runWithInput("k\nq\n", "review", "--new", "1"); // k: mark the first new card known
        assertThat(review.status()).as(review.err()).isZero();

        List<JsonNode> known = cards().stream().filter(c -> c.get("state").asText().equals("known")).toList();
        assertThat(known).hasSize(1);
        assertThat(cards()).extracting(c -> c.get("state").asText()).containsOnly("known", "new");
        assertThat(cli.run("cards").out().lines().filter(l -> l.contains(" known ")).count()).isEqualTo(1);
    }

    @Test
    void cardsOfOneArticleAreThatArticlesWords() throws Exception {
        List<JsonNode> one = cards("1");
        List<JsonNode> all = cards();
        assertThat(one).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(all).extracting(c -> c.get("lemma").asText())
                .containsAll(one.stream().map(c -> c.get("lemma").asText()).toList());
        assertThat(cli.run("cards", "99").status()).isEqualTo(3);
    }

    @Test
    void statsCountTodaysReviewsAndTheCardsByState() {
        cli.runWithInput("3\n3\n3\n3\nq\n", "review", "--new", "4");
        Result today = cli.run("stats");
        assertThat(today.status()).as(today.err()).isZero();
        assertThat(today.out()).contains("Today: 4 reviews").contains("streak: 1 day").contains("learning 4");

        // the next day the streak goes on only if the learner reviews again
        cli.clock(Clock.fixed(T0.plusSeconds(86_400), TOKYO));
        assertThat(cli.run("stats").out()).contains("Today: 0 reviews");
        cli.runWithInput("3\n".repeat(10) + "q\n", "review", "--new", "1");
        assertThat(cli.run("stats").out()).contains("streak: 2 days");
    }

    @Test
    void configChangesWhatTheNextReviewDoesAndRefusesNonsense() {
        Result set = cli.run("config", "new-per-day", "2");
        assertThat(set.status()).as(set.err()).isZero();
        assertThat(cli.run("config").out()).containsPattern("new-per-day\\s+2\\s");

        Result review = cli.runWithInput("3\n".repeat(10) + "q\n", "review");
        assertThat(review.out()).contains("Reviewed 4 cards"); // two new cards, each seen twice

        Result bad = cli.run("config", "desired-retention", "1.5");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err().strip().lines()).hasSize(1);
        assertThat(bad.err()).contains("0.7 to 0.99");
        Result unknown = cli.run("config", "nope", "3");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("Known: new-per-day");
        assertThat(cli.run("config").out()).containsPattern("desired-retention\\s+0.9\\s");
    }
}
