package dev.yomu.dict;

import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The lazy entry stream both dictionary parsers hand out: read as it is consumed, never held whole. */
final class EntryStreams {
    private EntryStreams() {}

    /**
     * An ordered, sequential stream that can be consumed once.
     *
     * @param advance hands the next entry to its consumer and returns true, or returns false at the end
     */
    static Stream<DictEntry> of(Predicate<Consumer<? super DictEntry>> advance) {
        Spliterator<DictEntry> split = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
            @Override
            public boolean tryAdvance(Consumer<? super DictEntry> action) {
                return advance.test(action);
            }
        };
        return StreamSupport.stream(split, false);
    }
}
