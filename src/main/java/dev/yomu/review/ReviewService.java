package dev.yomu.review;

import dev.yomu.deck.WordMark;
import dev.yomu.srs.CardState;
import dev.yomu.srs.Fuzz;
import dev.yomu.srs.NextStates;
import dev.yomu.srs.Rating;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.CardStore.LogRow;
import dev.yomu.store.CardStore;
import dev.yomu.store.Database;
import dev.yomu.study.Card;
import dev.yomu.study.ExampleSentence;
import dev.yomu.support.YomuException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Loads a day's cards and stores answers. Each answer (card state and log row) is one transaction,
 * committed before the caller shows the next card: a killed process loses nothing answered.
 */
public final class ReviewService {
    private final Database db;
    private final Scheduler scheduler;
    private final StudyDay studyDay;
    private final CardStore cards = new CardStore();

    public ReviewService(Database db, Scheduler scheduler, StudyDay studyDay) {
        this.db = db;
        this.scheduler = scheduler;
        this.studyDay = studyDay;
    }

    /**
     * Today's queue: up to {@code newCards} new cards, and the due cards the daily review limit still
     * allows (learning cards always).
     */
    public ReviewQueue queue(Instant now, Long articleId, int newCards, int reviewsPerDay) {
        LocalDate today = studyDay.dayOf(now);
        Instant dayEnd = studyDay.nextDayStart(now);
        return db.read(c -> {
            int reviewsLeft = Math.max(0, reviewsPerDay - cards.doneOn(c, today).reviewed());
            List<Card> due = cards.due(c, dayEnd, reviewsLeft + 1000, articleId);
            List<Card> limited = limitReviews(due, reviewsLeft);
            return new ReviewQueue(limited, cards.fresh(c, newCards, articleId), dayEnd);
        });
    }

    /** New cards the daily limit still allows today: the limit less the cards introduced today. */
    public int newCardsLeftToday(Instant now, int newPerDay) {
        return db.read(c -> leftToday(newPerDay, cards.doneOn(c, studyDay.dayOf(now)).introduced()));
    }

    /**
     * New cards a review of all articles shows today: what the daily limit still allows, and no more
     * than are waiting. The status screen's "N new words" is this number, so it always matches the review.
     */
    public int newCardsToday(Instant now, int newPerDay) {
        return db.read(c -> Math.min(cards.countFresh(c, null),
                leftToday(newPerDay, cards.doneOn(c, studyDay.dayOf(now)).introduced())));
    }

    private static int leftToday(int newPerDay, int introducedToday) {
        return Math.max(0, newPerDay - introducedToday);
    }

    /** The review limit applies to review cards; learning cards are always shown (Anki does the same). */
    private static List<Card> limitReviews(List<Card> due, int reviewsLeft) {
        List<Card> out = new java.util.ArrayList<>();
        int reviews = 0;
        for (Card c : due) {
            boolean review = c.state().phase() == dev.yomu.srs.Phase.REVIEW;
            if (review && reviews >= reviewsLeft) continue;
            if (review) reviews++;
            out.add(c);
        }
        return out;
    }

    /** The four outcomes of a card at {@code now}, to show each button's interval. */
    public NextStates preview(Card card, Instant now) {
        return scheduler.nextStates(card.state(), now, Fuzz.seedFor(card.wordId(), card.state().reps()));
    }

    /** An answer that was stored. */
    public record Answer(long logId, Card updated) {}

    /**
     * Stores a rating. The card is reloaded in the transaction and must still be the version that was
     * shown, so two screens can never both answer one card. The card comes back as stored, so the
     * next answer compares like with like.
     */
    public Answer answer(Card shown, Rating rating, Instant now, int durationMs) {
        return db.transaction(c -> {
            Card current = cards.find(c, shown.wordId())
                    .orElseThrow(() -> YomuException.notFound("The card for " + shown.lemma() + " no longer exists."));
            if (current.version() != shown.version())
                throw YomuException.unavailable("The card for " + shown.lemma()
                        + " was changed by another yomu process; start the review again.", null);
            CardState next = preview(current, now).get(rating).state();
            long logId = cards.answer(c, shown.wordId(), current.state(), next, rating, now, studyDay.dayOf(now), durationMs);
            return new Answer(logId, cards.find(c, shown.wordId()).orElseThrow());
        });
    }

    /** Undoes a stored answer: the card and the log are exactly as they were before it. */
    public Card undo(long logId) {
        return db.transaction(c -> {
            LogRow log = cards.log(c, logId).orElseThrow(() -> YomuException.notFound("Nothing to undo."));
            cards.undo(c, log);
            return cards.find(c, log.wordId()).orElseThrow();
        });
    }

    /** Marks the word known: no more card, and it counts as known everywhere. Undo with {@link #unmark}. */
    public void markKnown(long wordId) {
        setStatus(wordId, WordMark.KNOWN);
    }

    public void unmark(long wordId) {
        setStatus(wordId, WordMark.UNKNOWN);
    }

    private void setStatus(long wordId, WordMark status) {
        db.transaction(c -> {
            cards.setStatus(c, wordId, status);
            return null;
        });
    }

    /** The sentence to show the word's card with: from {@code articleId} when the session studies one article. */
    public Optional<ExampleSentence> example(long wordId, Long articleId) {
        return db.read(c -> cards.example(c, wordId, articleId));
    }

    /** Counts for the closing summary: cards due during tomorrow's study day, and cards still due today. */
    public record DueSoon(int tomorrow, int leftToday) {}

    public DueSoon dueAfterSession(Instant now) {
        Instant todayEnd = studyDay.nextDayStart(now);
        Instant tomorrowEnd = studyDay.nextDayStart(todayEnd);
        return db.read(c -> new DueSoon(cards.countDue(c, tomorrowEnd) - cards.countDue(c, todayEnd),
                cards.countDue(c, todayEnd)));
    }

    public StudyDay studyDay() {
        return studyDay;
    }
}
