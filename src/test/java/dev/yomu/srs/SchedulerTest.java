package dev.yomu.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final Scheduler noFuzz = new Scheduler(SchedulerParams.defaults().withFuzz(false));
    private final Scheduler fuzzed = new Scheduler(SchedulerParams.defaults());

    private static CardState answer(Scheduler scheduler, CardState card, Rating rating, Instant now) {
        return scheduler.nextStates(card, now, 0).get(rating).state();
    }

    // py-fsrs tests/test_basic.py test_review_card (v6.3.1, enable_fuzzing=False) and ts-fsrs
    // packages/fsrs/__tests__ FSRS-6 'ivl_history': both expect this exact history for the FSRS-6 defaults.
    // Each answer is given exactly at the card's due time, as in both tests.
    @Test
    void reproducesPyFsrsTestReviewCardIntervalHistory() {
        Rating g = Rating.GOOD;
        Rating a = Rating.AGAIN;
        List<Rating> ratings = List.of(g, g, g, g, g, g, a, a, g, g, g, g, g);
        List<Long> history = new ArrayList<>();
        CardState card = CardState.newCard(START);
        Instant now = START;
        for (Rating rating : ratings) {
            card = answer(noFuzz, card, rating, now);
            history.add(Duration.between(card.lastReview(), card.due()).toDays());
            now = card.due();
        }
        assertThat(history).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    // Same history with Anki-style study days (Europe/Berlin, 4 am): every review happens at the same clock
    // time, so study days and 24-hour periods agree and the golden vector must not change.
    @Test
    void studyDayConventionGivesSameHistoryForRegularReviews() {
        Scheduler anki = new Scheduler(SchedulerParams.defaults().withFuzz(false),
                StudyDay.of(ZoneId.of("Europe/Berlin")));
        CardState card = CardState.newCard(START);
        Instant now = START;
        List<Long> history = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            card = answer(anki, card, Rating.GOOD, now);
            history.add(Duration.between(card.lastReview(), card.due()).toDays());
            now = card.due();
        }
        assertThat(history).containsExactly(0L, 2L, 11L, 46L, 163L, 498L);
    }

    // ts-fsrs packages/fsrs/__tests__ 'memory state[short-term]' (cites fsrs-rs inference.rs test_memory_state):
    // Again, then Good after 0, 0, 1, 3, 8, 21 days, through the whole scheduler.
    @Test
    void reproducesTsFsrsMemoryStateThroughScheduler() {
        Rating[] ratings = {Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD};
        long[] days = {0, 0, 1, 3, 8, 21};
        CardState card = CardState.newCard(START);
        Instant now = START;
        for (int i = 0; i < ratings.length; i++) {
            now = now.plus(Duration.ofDays(days[i]));
            card = answer(noFuzz, card, ratings[i], now);
        }
        assertThat(card.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(card.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    // ts-fsrs packages/fsrs/__tests__ FSRS-6 'first repeat': scheduled days [0, 0, 0, 8], states
    // [Learning, Learning, Learning, Review], reps 1, lapses 0.
    @Test
    void firstAnswerMatchesTsFsrsFirstRepeat() {
        NextStates next = noFuzz.nextStates(CardState.newCard(START), START, 0);
        for (Rating rating : List.of(Rating.AGAIN, Rating.HARD, Rating.GOOD)) {
            assertThat(next.get(rating).state().phase()).isEqualTo(Phase.LEARNING);
            assertThat(next.get(rating).interval()).isLessThan(Duration.ofDays(1));
        }
        assertThat(next.easy().state().phase()).isEqualTo(Phase.REVIEW);
        assertThat(next.easy().interval()).isEqualTo(Duration.ofDays(8));
        assertThat(next.easy().state().reps()).isEqualTo(1);
        assertThat(next.easy().state().lapses()).isZero();
    }

    // ts-fsrs packages/fsrs/__tests__ 'return retrievability percentage for review cards': the Easy card at its
    // due date has R = 0.9024733; the learning cards (due minutes later) have R = 1.
    @Test
    void retrievabilityMatchesTsFsrs() {
        Instant created = Instant.parse("2023-12-01T04:00:00Z");
        Instant reviewed = Instant.parse("2023-12-01T04:05:00Z");
        NextStates next = noFuzz.nextStates(CardState.newCard(created), reviewed, 0);
        CardState easy = next.easy().state();
        assertThat(noFuzz.retrievability(easy, easy.due())).isCloseTo(0.9024733, within(1e-7));
        CardState good = next.good().state();
        assertThat(noFuzz.retrievability(good, good.due())).isEqualTo(1.0);
    }

    // py-fsrs tests/test_basic.py test_retrievability: a new card has R = 0.
    @Test
    void newCardHasZeroRetrievability() {
        assertThat(noFuzz.retrievability(CardState.newCard(START), START)).isZero();
    }

    // py-fsrs test_again_learning_steps, test_good_learning_steps, test_hard_learning_steps,
    // test_easy_learning_steps: Again 1m, Good 10m then graduate, Hard 5.5m (330 s), Easy graduates.
    @Test
    void learningStepsProgressFromOneMinuteToTenMinutesToGraduation() {
        NextStates first = noFuzz.nextStates(CardState.newCard(START), START, 0);
        assertThat(first.again().interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(first.again().state().step()).isZero();
        assertThat(first.hard().interval()).isEqualTo(Duration.ofSeconds(330));
        assertThat(first.hard().state().step()).isZero();
        assertThat(first.good().interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(first.good().state().step()).isEqualTo(1);

        CardState onSecondStep = first.good().state();
        NextStates second = noFuzz.nextStates(onSecondStep, onSecondStep.due(), 0);
        assertThat(second.again().interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(second.again().state().step()).isZero();
        assertThat(second.hard().interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(second.good().state().phase()).isEqualTo(Phase.REVIEW);
        assertThat(second.good().interval()).isGreaterThanOrEqualTo(Duration.ofDays(1));
        assertThat(second.good().state().step()).isZero();
    }

    // py-fsrs test_review_state and test_relearning: Again on a review card goes to relearning for 10m and
    // counts a lapse; Again in relearning stays on step 0; Good graduates back to review.
    @Test
    void lapseGoesThroughRelearningAndBackToReview() {
        CardState card = reviewCard();
        NextStates lapse = noFuzz.nextStates(card, card.due(), 0);
        CardState relearning = lapse.again().state();
        assertThat(relearning.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(relearning.step()).isZero();
        assertThat(relearning.lapses()).isEqualTo(card.lapses() + 1);
        assertThat(lapse.again().interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(relearning.stability()).isLessThan(card.stability());

        NextStates inRelearning = noFuzz.nextStates(relearning, relearning.due(), 0);
        assertThat(inRelearning.again().state().phase()).isEqualTo(Phase.RELEARNING);
        assertThat(inRelearning.again().interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(inRelearning.again().state().lapses()).isEqualTo(relearning.lapses());
        assertThat(inRelearning.good().state().phase()).isEqualTo(Phase.REVIEW);
        assertThat(inRelearning.good().interval()).isGreaterThanOrEqualTo(Duration.ofDays(1));
    }

    // Anki (rslib/src/scheduler/states/steps.rs): with a single step, Hard waits 1.5x that step, at most one day more than it.
    @Test
    void hardOnASingleStepWaitsOneAndAHalfSteps() {
        CardState card = reviewCard();
        CardState relearning = noFuzz.nextStates(card, card.due(), 0).again().state();
        NextState hard = noFuzz.nextStates(relearning, relearning.due(), 0).hard();
        assertThat(hard.interval()).isEqualTo(Duration.ofMinutes(15));
        assertThat(hard.state().phase()).isEqualTo(Phase.RELEARNING);

        Scheduler longStep = new Scheduler(SchedulerParams.defaults().withFuzz(false)
                .withSteps(List.of(Duration.ofDays(3)), List.of()));
        assertThat(longStep.nextStates(CardState.newCard(START), START, 0).hard().interval())
                .isEqualTo(Duration.ofDays(4));
    }

    @Test
    void withoutRelearningStepsALapseStaysInReview() {
        Scheduler scheduler = new Scheduler(SchedulerParams.defaults().withFuzz(false)
                .withSteps(SchedulerParams.defaults().learningSteps(), List.of()));
        CardState card = reviewCard();
        NextState again = scheduler.nextStates(card, card.due(), 0).again();
        assertThat(again.state().phase()).isEqualTo(Phase.REVIEW);
        assertThat(again.interval()).isGreaterThanOrEqualTo(Duration.ofDays(1));
        assertThat(again.state().lapses()).isEqualTo(1);
    }

    @Test
    void withoutLearningStepsANewCardGraduatesOnAnyRating() {
        Scheduler scheduler = new Scheduler(SchedulerParams.defaults().withFuzz(false)
                .withSteps(List.of(), List.of(Duration.ofMinutes(10))));
        NextStates next = scheduler.nextStates(CardState.newCard(START), START, 0);
        for (Rating rating : Rating.values())
            assertThat(next.get(rating).state().phase()).isEqualTo(Phase.REVIEW);
    }

    // py-fsrs test_maximum_interval: no interval exceeds the maximum, even after many Easy answers.
    @Test
    void intervalsNeverExceedMaximumInterval() {
        Scheduler scheduler = new Scheduler(SchedulerParams.defaults().withMaximumInterval(100));
        CardState card = CardState.newCard(START);
        for (int i = 0; i < 12; i++) {
            NextStates next = scheduler.nextStates(card, card.due(), Fuzz.seedFor(7, i));
            for (Rating rating : Rating.values())
                assertThat(next.get(rating).interval()).isLessThanOrEqualTo(Duration.ofDays(100));
            card = next.easy().state();
        }
        // Fuzz of a 100-day interval spans [93, 107], capped at the maximum.
        assertThat(Duration.between(card.lastReview(), card.due()).toDays()).isBetween(93L, 100L);
    }

    @Test
    void reviewIntervalsAreOrderedHardGoodEasyOverManyStates() {
        int checked = 0;
        for (double s : new double[] {0.1, 0.5, 1, 2.3, 5, 10, 30, 100, 400, 2000}) {
            for (double d : new double[] {1, 3, 5, 7, 9, 10}) {
                for (long elapsed : new long[] {0, 1, 3, 10, 60, 400}) {
                    for (long seed = 0; seed < 5; seed++) {
                        for (Scheduler scheduler : List.of(noFuzz, fuzzed)) {
                            Instant last = START;
                            CardState card = new CardState(Phase.REVIEW, 0, s, d, last.plus(Duration.ofDays(
                                    Math.max(1, Math.round(s)))), last, 5, 0);
                            NextStates next = scheduler.nextStates(card, last.plus(Duration.ofDays(elapsed)), seed);
                            assertThat(next.hard().interval()).isLessThanOrEqualTo(next.good().interval());
                            assertThat(next.good().interval()).isLessThan(next.easy().interval());
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isEqualTo(3600);
    }

    @Test
    void goodMayEqualEasyOnlyAtTheMaximumInterval() {
        Scheduler scheduler = new Scheduler(SchedulerParams.defaults().withFuzz(false).withMaximumInterval(30));
        CardState card = new CardState(Phase.REVIEW, 0, 200, 5, START, START.minus(Duration.ofDays(200)), 9, 0);
        NextStates next = scheduler.nextStates(card, START, 0);
        assertThat(next.good().interval()).isEqualTo(Duration.ofDays(30));
        assertThat(next.easy().interval()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void fuzzIsDeterministicAndWithinRange() {
        CardState card = new CardState(Phase.REVIEW, 0, 30, 5, START, START.minus(Duration.ofDays(30)), 6, 0);
        long unfuzzed = noFuzz.nextStates(card, START, 0).good().interval().toDays();
        Fuzz.Range range = Fuzz.range(unfuzzed, 30, 36500);
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (int reps = 0; reps < 200; reps++) {
            long seed = Fuzz.seedFor(1234, reps);
            long days = fuzzed.nextStates(card, START, seed).good().interval().toDays();
            assertThat(fuzzed.nextStates(card, START, seed).good().interval().toDays()).isEqualTo(days);
            assertThat(range.contains(days)).as("%d in %s", days, range).isTrue();
            seen.add(days);
        }
        assertThat(seen).hasSizeGreaterThan(3);
    }

    @Test
    void fuzzLeavesLearningStepsAlone() {
        NextStates next = fuzzed.nextStates(CardState.newCard(START), START, 99);
        assertThat(next.again().interval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(next.good().interval()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void answersRecordTimeAndCountReps() {
        CardState card = reviewCard();
        Instant now = card.due().plus(Duration.ofHours(3));
        NextStates states = noFuzz.nextStates(card, now, 0);
        for (NextState next : List.of(states.again(), states.good())) {
            assertThat(next.state().lastReview()).isEqualTo(now);
            assertThat(next.state().due()).isEqualTo(now.plus(next.interval()));
            assertThat(next.state().reps()).isEqualTo(card.reps() + 1);
        }
    }

    @Test
    void elapsedDaysUseWholeDaysOrStudyDays() {
        // 22:00 and 08:00 next morning in Tokyo: 10 hours, 0 whole days, but 1 study day.
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Instant evening = Instant.parse("2026-03-10T13:00:00Z");
        Instant morning = Instant.parse("2026-03-10T23:00:00Z");
        CardState card = new CardState(Phase.REVIEW, 0, 5, 5, morning, evening, 3, 0);
        assertThat(noFuzz.elapsedDays(card, morning)).isZero();
        assertThat(new Scheduler(SchedulerParams.defaults(), StudyDay.of(tokyo)).elapsedDays(card, morning))
                .isEqualTo(1);
    }

    private CardState reviewCard() {
        CardState card = answer(noFuzz, CardState.newCard(START), Rating.GOOD, START);
        card = answer(noFuzz, card, Rating.GOOD, card.due());
        card = answer(noFuzz, card, Rating.GOOD, card.due());
        assertThat(card.phase()).isEqualTo(Phase.REVIEW);
        return card;
    }
}
