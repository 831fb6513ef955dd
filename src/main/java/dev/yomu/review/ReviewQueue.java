package dev.yomu.review;

import dev.yomu.srs.Phase;
import dev.yomu.study.Card;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The order of one review session, as Anki does it: learning cards when their step is due, then
 * reviews, then new cards; a card answered Again comes back after its step. Pure: no database,
 * no clock (every call takes {@code now}).
 */
public final class ReviewQueue {
    /** Anki's "learn ahead limit": when nothing else is left, a learning card due this soon is shown now. */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

    private final List<Card> learning = new ArrayList<>();
    private final Deque<Card> reviews = new ArrayDeque<>();
    private final Deque<Card> fresh = new ArrayDeque<>();
    private final Instant dayEnd;

    public ReviewQueue(List<Card> due, List<Card> fresh, Instant dayEnd) {
        this.dayEnd = dayEnd;
        for (Card c : due) (c.state().phase() == Phase.REVIEW ? reviews : learning).add(c);
        this.fresh.addAll(fresh);
    }

    /** The next card to show at {@code now}, if any is left for today. */
    public Optional<Card> next(Instant now) {
        Optional<Card> ready = earliestLearning(now);
        if (ready.isPresent()) return ready;
        if (!reviews.isEmpty()) return Optional.of(reviews.peekFirst());
        if (!fresh.isEmpty()) return Optional.of(fresh.peekFirst());
        return earliestLearning(now.plus(LEARN_AHEAD));
    }

    private Optional<Card> earliestLearning(Instant cutoff) {
        return learning.stream().filter(c -> !c.state().due().isAfter(cutoff))
                .min(Comparator.comparing((Card c) -> c.state().due()));
    }

    /** Takes the card out; it comes back as a learning card if its new state is due again today. */
    public void answered(Card shown, Card updated) {
        remove(shown.wordId());
        Phase p = updated.state().phase();
        if ((p == Phase.LEARNING || p == Phase.RELEARNING) && updated.state().due().isBefore(dayEnd))
            learning.add(updated);
    }

    /** Takes a card out for this session (known, ignored). */
    public void drop(long wordId) {
        remove(wordId);
    }

    /** Puts a card behind every other card of its kind, for a learner who wants to see it later. */
    public void skip(Card card) {
        if (reviews.removeIf(c -> c.wordId() == card.wordId())) reviews.addLast(card);
        else if (fresh.removeIf(c -> c.wordId() == card.wordId())) fresh.addLast(card);
        else if (learning.removeIf(c -> c.wordId() == card.wordId())) learning.add(card);
    }

    /** Puts a card back in front after an undo, with the state it had before the answer. */
    public void restore(Card card) {
        remove(card.wordId());
        switch (card.state().phase()) {
            case NEW -> fresh.addFirst(card);
            case REVIEW -> reviews.addFirst(card);
            default -> learning.add(card);
        }
    }

    private void remove(long wordId) {
        learning.removeIf(c -> c.wordId() == wordId);
        reviews.removeIf(c -> c.wordId() == wordId);
        fresh.removeIf(c -> c.wordId() == wordId);
    }

    /** Cards left in the session, for the header: new, learning (and relearning), review. */
    public record Remaining(int fresh, int learning, int review) {}

    public Remaining counts() {
        return new Remaining(fresh.size(), learning.size(), reviews.size());
    }

    public boolean isEmpty() {
        return learning.isEmpty() && reviews.isEmpty() && fresh.isEmpty();
    }
}
