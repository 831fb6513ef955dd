package dev.yomu.review;

import dev.yomu.srs.NextStates;
import dev.yomu.srs.Rating;
import dev.yomu.study.Card;
import dev.yomu.study.ExampleSentence;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * One sitting of reviews: which card is up, whether its answer is showing, and what undo brings
 * back. Both the full-screen and the scripted front ends drive this class, so they behave alike.
 */
public final class ReviewSession {
    private final ReviewService service;
    private final ReviewQueue queue;
    private final Clock clock;
    private final Instant started;
    /** The article the session studies, whose sentences the cards show; null for all articles. */
    private final Long articleId;
    private final Deque<Undo> undo = new ArrayDeque<>();
    private Card current;
    private NextStates outcomes;
    private ExampleSentence example;
    private Instant shownAt;
    private boolean revealed;
    private int reviewed;
    private int again;

    /** What undo restores: an answer (with its log row) or a word marked known. */
    private record Undo(Card before, Long logId, boolean wasAgain) {}

    public ReviewSession(ReviewService service, ReviewQueue queue, Clock clock) {
        this(service, queue, clock, null);
    }

    /** @param articleId the article the queue was made for ({@code review --article}), or null */
    public ReviewSession(ReviewService service, ReviewQueue queue, Clock clock, Long articleId) {
        this.service = service;
        this.queue = queue;
        this.clock = clock;
        this.articleId = articleId;
        this.started = clock.instant();
        advance();
    }

    private void advance() {
        show(queue.next(clock.instant()).orElse(null));
    }

    private void show(Card card) {
        Instant now = clock.instant();
        current = card;
        revealed = false;
        shownAt = now;
        outcomes = current == null ? null : service.preview(current, now);
        example = current == null ? null : service.example(current.wordId(), articleId).orElse(null);
    }

    public Optional<Card> current() {
        return Optional.ofNullable(current);
    }

    public Optional<ExampleSentence> example() {
        return Optional.ofNullable(example);
    }

    public NextStates outcomes() {
        return outcomes;
    }

    public boolean revealed() {
        return revealed;
    }

    public void reveal() {
        revealed = current != null;
    }

    /** Stores the answer (committed before this returns) and moves to the next card. */
    public void grade(Rating rating) {
        if (current == null) return;
        Instant now = clock.instant();
        int ms = (int) Math.min(Integer.MAX_VALUE, Duration.between(shownAt, now).toMillis());
        ReviewService.Answer a = service.answer(current, rating, now, Math.max(0, ms));
        undo.push(new Undo(current, a.logId(), rating == Rating.AGAIN));
        reviewed++;
        if (rating == Rating.AGAIN) again++;
        queue.answered(current, a.updated());
        advance();
    }

    /** The learner knows this word already: it leaves study for good. */
    public void markKnown() {
        if (current == null) return;
        service.markKnown(current.wordId());
        undo.push(new Undo(current, null, false));
        queue.drop(current.wordId());
        advance();
    }

    public void skip() {
        if (current == null) return;
        queue.skip(current);
        advance();
    }

    /** Takes back the last answer or "known"; returns false when there is nothing to undo. */
    public boolean undo() {
        if (undo.isEmpty()) return false;
        Undo u = undo.pop();
        Card restored;
        if (u.logId() != null) {
            restored = service.undo(u.logId());
            reviewed--;
            if (u.wasAgain()) again--;
        } else {
            service.unmark(u.before().wordId());
            restored = u.before();
        }
        queue.restore(restored);
        show(restored);
        return true;
    }

    public SessionSummary summary() {
        ReviewService.DueSoon due = service.dueAfterSession(clock.instant());
        return new SessionSummary(reviewed, again, elapsed(), due.tomorrow(), due.leftToday());
    }

    public ReviewQueue.Remaining counts() {
        return queue.counts();
    }

    public int reviewed() {
        return reviewed;
    }

    public int again() {
        return again;
    }

    public Duration elapsed() {
        return Duration.between(started, clock.instant());
    }
}
