package dev.yomu.srs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.ToLongBiFunction;

/**
 * FSRS-6 scheduler: a pure function from (card state, now, fuzz seed) to the four possible next states.
 * It never reads a clock or a global random source. The memory model follows fsrs-rs; the learning-step
 * rules follow py-fsrs {@code review_card} (which matches Anki); the interval ordering Hard &lt; Good &lt; Easy
 * follows ts-fsrs {@code BasicScheduler} and Anki. Thread-safe and immutable.
 */
public final class Scheduler {
    private static final Duration ONE_DAY = Duration.ofDays(1);

    private final SchedulerParams params;
    private final Fsrs fsrs;
    private final ToLongBiFunction<Instant, Instant> dayCounter;

    /**
     * A scheduler that counts elapsed days as whole 24-hour periods since the last review (py-fsrs). This is
     * the convention of the published py-fsrs and ts-fsrs test vectors.
     */
    public Scheduler(SchedulerParams params) {
        this(params, StudyDay::wholeDaysBetween);
    }

    /**
     * A scheduler that counts elapsed days as study days (Anki): a review at 23:00 and one at 08:00 the next
     * morning are one day apart, two reviews before and after 04:00 the same night are one day apart too.
     * Use this one together with {@link StudyDay#isDueToday} so "due today" and "days elapsed" agree.
     */
    public Scheduler(SchedulerParams params, StudyDay studyDay) {
        this(params, Objects.requireNonNull(studyDay, "studyDay")::daysBetween);
    }

    private Scheduler(SchedulerParams params, ToLongBiFunction<Instant, Instant> dayCounter) {
        this.params = Objects.requireNonNull(params, "params");
        this.fsrs = new Fsrs(params.weights());
        this.dayCounter = dayCounter;
    }

    /** The parameters this scheduler was built with. */
    public SchedulerParams params() {
        return params;
    }

    /**
     * All four outcomes of answering {@code card} at {@code now}.
     *
     * @param fuzzSeed seed for the review-interval fuzz, usually {@link Fuzz#seedFor(long, int)}; ignored when
     *                 fuzz is off
     */
    public NextStates nextStates(CardState card, Instant now, long fuzzSeed) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(now, "now");
        long elapsed = elapsedDays(card, now);
        Plan[] plans = new Plan[4];
        for (Rating rating : Rating.values())
            plans[rating.ordinal()] = fuzz(plan(card, rating, elapsed), elapsed, fuzzSeed);
        orderPassingIntervals(plans);
        return new NextStates(toNextState(card, plans[0], now), toNextState(card, plans[1], now),
                toNextState(card, plans[2], now), toNextState(card, plans[3], now));
    }

    /** The probability of recalling {@code card} at {@code now}; 0 for a NEW card. */
    public double retrievability(CardState card, Instant now) {
        if (!card.hasMemory()) return 0;
        return fsrs.forgettingCurve(elapsedDays(card, now), Math.max(card.stability(), Fsrs.S_MIN));
    }

    /** Days since the card's last review under this scheduler's day convention; 0 for a NEW card. */
    public long elapsedDays(CardState card, Instant now) {
        return card.lastReview() == null ? 0 : dayCounter.applyAsLong(card.lastReview(), now);
    }

    /**
     * What answering with one rating does before fuzz and ordering: the new memory and either a step delay
     * (minutes, {@code delay != null}) or an interval in whole days.
     */
    private record Plan(Rating rating, MemoryState memory, Phase phase, int step, Duration delay, long days) {
        boolean inDays() {
            return delay == null;
        }

        Plan withDays(long newDays) {
            return new Plan(rating, memory, phase, step, null, newDays);
        }
    }

    private Plan plan(CardState card, Rating rating, long elapsed) {
        MemoryState memory = card.hasMemory()
                ? fsrs.next(new MemoryState(card.stability(), card.difficulty()), rating, elapsed)
                : fsrs.initial(rating);
        return switch (card.phase()) {
            case NEW, LEARNING -> stepPlan(card.step(), rating, memory, params.learningSteps(), Phase.LEARNING);
            case RELEARNING -> stepPlan(card.step(), rating, memory, params.relearningSteps(), Phase.RELEARNING);
            case REVIEW -> reviewPlan(rating, memory);
        };
    }

    /** (Re)learning: Again restarts, Hard repeats, Good advances or graduates, Easy graduates. */
    private Plan stepPlan(int step, Rating rating, MemoryState memory, List<Duration> steps, Phase phase) {
        if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) return graduate(rating, memory);
        return switch (rating) {
            case AGAIN -> new Plan(rating, memory, phase, 0, steps.get(0), 0);
            case HARD -> new Plan(rating, memory, phase, step, hardDelay(steps, step), 0);
            case GOOD -> step + 1 >= steps.size()
                    ? graduate(rating, memory)
                    : new Plan(rating, memory, phase, step + 1, steps.get(step + 1), 0);
            case EASY -> graduate(rating, memory);
        };
    }

    /**
     * Hard repeats the current step. On the first step it waits the average of the first two steps, or 1.5×
     * the only step but at most one day more than it (Anki; py-fsrs has no cap).
     */
    private static Duration hardDelay(List<Duration> steps, int step) {
        if (step > 0) return steps.get(step);
        Duration first = steps.get(0);
        if (steps.size() == 1) return min(first.multipliedBy(3).dividedBy(2), first.plus(ONE_DAY));
        return first.plus(steps.get(1)).dividedBy(2);
    }

    /** Review: Again lapses into relearning (or stays in review without relearning steps); others pass. */
    private Plan reviewPlan(Rating rating, MemoryState memory) {
        List<Duration> relearning = params.relearningSteps();
        if (rating == Rating.AGAIN && !relearning.isEmpty())
            return new Plan(rating, memory, Phase.RELEARNING, 0, relearning.get(0), 0);
        return graduate(rating, memory);
    }

    private Plan graduate(Rating rating, MemoryState memory) {
        return new Plan(rating, memory, Phase.REVIEW, 0, null, intervalDays(memory.stability()));
    }

    /** Fsrs §2, then round half-up (Anki, fsrs-rs, ts-fsrs) and clamp to [1, maximumInterval]. */
    long intervalDays(double stability) {
        long days = Math.round(fsrs.nextInterval(stability, params.desiredRetention()));
        return Math.min(Math.max(days, 1), params.maximumInterval());
    }

    private Plan fuzz(Plan plan, long elapsed, long seed) {
        if (!params.enableFuzz() || !plan.inDays()) return plan;
        return plan.withDays(Fuzz.apply(plan.days(), elapsed, params.maximumInterval(), Fuzz.factor(seed)));
    }

    /**
     * ts-fsrs / Anki ordering of passing day intervals, after fuzz: Hard ≤ Good, Good ≥ Hard + 1,
     * Easy ≥ Good + 1, all capped at the maximum interval (so only there may Good equal Easy).
     */
    private void orderPassingIntervals(Plan[] plans) {
        Plan hard = plans[Rating.HARD.ordinal()];
        Plan good = plans[Rating.GOOD.ordinal()];
        Plan easy = plans[Rating.EASY.ordinal()];
        if (hard.inDays() && good.inDays()) {
            hard = hard.withDays(Math.min(hard.days(), good.days()));
            good = good.withDays(capped(Math.max(good.days(), hard.days() + 1)));
        }
        if (good.inDays() && easy.inDays()) easy = easy.withDays(capped(Math.max(easy.days(), good.days() + 1)));
        plans[Rating.HARD.ordinal()] = hard;
        plans[Rating.GOOD.ordinal()] = good;
        plans[Rating.EASY.ordinal()] = easy;
    }

    private long capped(long days) {
        return Math.min(days, params.maximumInterval());
    }

    private static NextState toNextState(CardState card, Plan plan, Instant now) {
        Duration interval = plan.inDays() ? Duration.ofDays(plan.days()) : plan.delay();
        int lapses = card.lapses() + (card.phase() == Phase.REVIEW && plan.rating() == Rating.AGAIN ? 1 : 0);
        CardState next = new CardState(plan.phase(), plan.step(), plan.memory().stability(),
                plan.memory().difficulty(), now.plus(interval), now, card.reps() + 1, lapses);
        return new NextState(plan.rating(), next, interval);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
