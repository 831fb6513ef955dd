package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.deck.ExportWord;
import dev.yomu.testing.Library;
import dev.yomu.testing.Library.W;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code known import}: which of the learner's words a list of written forms or readings marks known. */
class MarkKnownTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");

    @TempDir Path home;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(home);
        new Library(db).article("t", "猫と箸と橋とはしと犬", NOW,
                new W("猫", "ねこ", "cat"), new W("箸", "はし", "chopsticks"), new W("橋", "はし", "bridge"),
                new W("はし", "はし", "edge"), new W("犬", "いぬ", "dog"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Map<String, String> statuses() {
        return db.read(c -> new ExportStore().words(c, null)).stream()
                .collect(Collectors.toMap(ExportWord::lemma, w -> w.status().name()));
    }

    @Test
    void aFormMatchesItsLemmaOrAReadingThatNoWordIsWrittenAs() {
        int changed = db.transaction(c -> new ExportStore().markKnown(c, List.of("猫", "いぬ", "はし", "ねこ")));

        // はし is itself a lemma, so it names that word, not every word read はし
        assertThat(changed).isEqualTo(3);
        assertThat(statuses()).containsEntry("猫", "KNOWN").containsEntry("犬", "KNOWN").containsEntry("はし", "KNOWN")
                .containsEntry("箸", "UNKNOWN").containsEntry("橋", "UNKNOWN");
        assertThat((int) db.<Integer>transaction(c -> new ExportStore().markKnown(c, List.of("猫")))).as("already known").isZero();
    }

    @Test
    void aListOfTenThousandLinesIsOneScanNotAStatementPerLine() {
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) forms.add("語" + i);
        forms.add("箸");

        assertThat((int) db.<Integer>transaction(c -> new ExportStore().markKnown(c, forms))).isEqualTo(1);
        assertThat(statuses()).containsEntry("箸", "KNOWN").containsEntry("橋", "UNKNOWN");
    }
}
