package dev.yomu.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yomu.support.YomuException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The reader's dictionary opens when first asked (or ahead, on its own thread), once, and fails as the opener did. */
class LazyLexiconTest {
    private static final DictEntry ALLY = new DictEntry(List.of("同盟国"), List.of("どうめいこく"),
            List.of(new Sense(List.of("n"), List.of("ally"))), true);

    @Test
    void opensOnFirstLookupOnlyAndOnce() {
        AtomicInteger opened = new AtomicInteger();
        LazyLexicon lexicon = new LazyLexicon(() -> {
            opened.incrementAndGet();
            return MemoryLexicon.of(Stream.of(ALLY));
        });
        assertThat(opened).hasValue(0);
        assertThat(lexicon.lookup("同盟国")).containsExactly(ALLY);
        assertThat(lexicon.containsForm("どうめいこく")).isTrue();
        assertThat(lexicon.containsForm("同盟")).isFalse();
        assertThat(opened).hasValue(1);
    }

    @Test
    void aLookupDuringTheBackgroundOpeningWaitsForItInsteadOfOpeningAgain() throws Exception {
        AtomicInteger opened = new AtomicInteger();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        LazyLexicon lexicon = new LazyLexicon(() -> {
            opened.incrementAndGet();
            started.countDown();
            try {
                Thread.sleep(50); // still opening when the lookup comes
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return MemoryLexicon.of(Stream.of(ALLY));
        }).openInBackground();
        started.await();
        assertThat(lexicon.lookup("同盟国")).containsExactly(ALLY);
        assertThat(opened).hasValue(1);
    }

    @Test
    void aDamagedDictionaryFailsTheLookupWithTheOpenersOwnMessage() {
        LazyLexicon lexicon = new LazyLexicon(() -> {
            throw YomuException.unavailable("The dictionary file x is damaged.", null);
        }).openInBackground();
        assertThatThrownBy(() -> lexicon.lookup("同盟国")).isInstanceOf(YomuException.class)
                .hasMessage("The dictionary file x is damaged.");
    }
}
