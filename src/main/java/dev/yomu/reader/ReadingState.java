package dev.yomu.reader;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;
import dev.yomu.study.ReaderWord;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The article's words as the reader knows them now; updated as the learner changes them. */
public final class ReadingState {
    private final Map<Long, ReaderWord> words = new HashMap<>();
    private final Map<Long, WordStatus> statuses = new HashMap<>();
    private int version;

    public ReadingState(List<ReaderWord> words) {
        for (ReaderWord w : words) put(w);
    }

    public void put(ReaderWord w) {
        words.put(w.id(), w);
        statuses.put(w.id(), WordStatus.of(w));
        version++;
    }

    /** Changes with every {@link #put}, so a screen knows when its layout is stale. */
    public int version() {
        return version;
    }

    public ReaderWord word(long id) {
        return words.get(id);
    }

    public Map<Long, WordStatus> statuses() {
        return statuses;
    }

    /**
     * The share of the article's running study words (headings and paragraphs, ignored words left out)
     * that are known: marked known or in review. The same definition as {@code yomu articles}.
     */
    public double knownShare() {
        long running = 0, known = 0;
        for (ReaderWord w : words.values()) {
            if (w.kind() != WordKind.STUDY || w.status() == WordMark.IGNORED) continue;
            running += w.articleCount();
            if (WordStatus.countsAsKnown(w)) known += w.articleCount();
        }
        return running == 0 ? 0 : (double) known / running;
    }
}
