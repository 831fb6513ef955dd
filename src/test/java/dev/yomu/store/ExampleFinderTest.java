package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.store.CardStore.Example;
import dev.yomu.testing.Library;
import dev.yomu.testing.Library.W;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleFinderTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final W CAT = new W("猫", "ねこ", "cat"), BIRD = new W("鳥", "とり", "bird"),
            DOG = new W("犬", "いぬ", "dog"), FISH = new W("魚", "さかな", "fish");

    @TempDir
    Path home;
    private Database db;
    private Library library;

    @BeforeEach
    void open() {
        db = Database.open(home);
        library = new Library(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<Example> exampleOf(long wordId) {
        return db.read(c -> new CardStore().example(c, wordId));
    }

    @Test
    void prefersTheSentenceWithFewestWordsTheLearnerDoesNotKnow() {
        long cat = library.article("一", "猫と鳥が庭で遊んでいる。", NOW, CAT, BIRD).get(0);
        List<Long> second = library.article("二", "猫と犬と魚が庭で遊んでいる。", NOW, CAT, DOG, FISH);
        assertThat(exampleOf(cat)).map(Example::text).contains("猫と鳥が庭で遊んでいる。");

        db.transaction(c -> {
            new CardStore().setStatus(c, second.get(1), "KNOWN");
            new CardStore().setStatus(c, second.get(2), "KNOWN");
            return null;
        });
        assertThat(exampleOf(cat)).map(Example::text).contains("猫と犬と魚が庭で遊んでいる。");
        assertThat(exampleOf(cat)).map(Example::articleTitle).contains("二");
    }

    @Test
    void amongEquallyKnownSentencesTakesTheShorterOne() {
        long cat = library.article("長", "猫が庭の隅でずっと静かに眠っている。", NOW, CAT).get(0);
        library.article("短", "猫が眠っている。", NOW, CAT);
        assertThat(exampleOf(cat)).map(Example::text).contains("猫が眠っている。");
    }

    @Test
    void aWordWithoutSentencesHasNoExample() {
        assertThat(exampleOf(12345)).isEmpty();
    }
}
