package dev.yomu.bench;

import dev.yomu.review.ReviewQueue;
import dev.yomu.review.ReviewService;
import dev.yomu.srs.Rating;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.store.BenchData;
import dev.yomu.study.Card;
import dev.yomu.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The review side at scale: building the day's queue and answering a card in a collection of many
 * cards and a long review log, and the time from {@code yomu review} to the first card against
 * {@code java -version} in the same run.
 */
public final class ReviewBenchmark {
    private static final Instant NOW = Instant.parse("2026-03-01T01:00:00Z");

    private ReviewBenchmark() {}

    public static void run(Path home, int cards, int logs, PrintWriter out) throws Exception {
        long g0 = System.nanoTime();
        BenchData.generate(Database.open(home), cards, logs, NOW);
        out.printf("generated %,d cards and %,d review-log rows in %.1f s (then compacted, as Yomu does a little at every close)%n",
                cards, logs, (System.nanoTime() - g0) / 1e9);
        try (Database db = Database.open(home)) {
            StudyDay day = new StudyDay(ZoneOffset.UTC, 4);
            ReviewService service = new ReviewService(db, new Scheduler(SchedulerParams.defaults(), day), day);
            for (int i = 0; i < 5; i++) service.queue(NOW, null, 20, 200); // warm-up
            double[] queueMs = new double[20];
            ReviewQueue queue = null;
            for (int i = 0; i < queueMs.length; i++) {
                long t = System.nanoTime();
                queue = service.queue(NOW, null, 20, 200);
                queueMs[i] = (System.nanoTime() - t) / 1e6;
            }
            ReviewQueue.Remaining n = queue.counts();
            out.printf("build the day's queue (%d new, %d learning, %d review): median %.1f ms, max %.1f ms (goal < 50 ms)%n",
                    n.fresh(), n.learning(), n.review(), Median.of(queueMs), Arrays.stream(queueMs).max().orElse(0));
            out.printf("answer a card (state + log, committed): median %.2f ms (goal < 10 ms)%n", answerMedian(service, queue));
        }
        startup(home, out);
    }

    /** Answers and undoes cards so the collection stays the same size; times only the answers. */
    private static double answerMedian(ReviewService service, ReviewQueue queue) {
        List<Double> times = new ArrayList<>();
        Instant now = NOW;
        for (int i = 0; i < 60; i++) {
            Card card = queue.next(now).orElseThrow();
            long t = System.nanoTime();
            ReviewService.Answer a = service.answer(card, Rating.GOOD, now, 4000);
            if (i >= 10) times.add((System.nanoTime() - t) / 1e6);
            queue.restore(service.undo(a.logId()));
            queue.skip(card);
        }
        return Median.of(times.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static void startup(Path home, PrintWriter out) throws Exception {
        String java = ChildRuns.java();
        double[] jvm = new double[7];
        double[] review = new double[7];
        double[] c1 = new double[7];
        List<String> args = List.of("-jar", ChildRuns.jar(), "--home", home.toString(), "--now", NOW.toString(), "review");
        for (int i = 0; i < jvm.length; i++) {
            jvm[i] = ChildRuns.timeUntil(List.of(java, "-version"), null);
            review[i] = ChildRuns.timeUntil(ChildRuns.concat(List.of(java), args), l -> l.contains("keys:"));
            c1[i] = ChildRuns.timeUntil(ChildRuns.concat(List.of(java, "-XX:TieredStopAtLevel=1"), args), l -> l.contains("keys:"));
        }
        out.printf("java -version:                              median %4.0f ms%n", Median.of(jvm));
        out.printf("yomu review to first card, java -jar:       median %4.0f ms (%d cards in the database)%n",
                Median.of(review), countCards(home));
        out.printf("yomu review to first card, as ./yomu runs it (C1 only): median %4.0f ms%n", Median.of(c1));
        out.printf("review start-up beyond the JVM's own (./yomu): %.0f ms%n", Median.of(c1) - Median.of(jvm));
    }

    private static int countCards(Path home) {
        try (Database db = Database.open(home)) {
            return BenchData.countCards(db);
        }
    }

}
