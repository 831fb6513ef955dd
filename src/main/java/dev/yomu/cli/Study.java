package dev.yomu.cli;

import dev.yomu.review.ReviewService;
import dev.yomu.review.SettingsService;
import dev.yomu.review.StudySettings;
import dev.yomu.srs.Scheduler;
import dev.yomu.srs.SchedulerParams;
import dev.yomu.srs.StudyDay;
import dev.yomu.support.YomuException;

/**
 * The learner's stored study settings, read once per command, and what the studying commands
 * (review, quiz, read, stats, cards, status) build from them: the study day and the scheduler.
 */
record Study(StudySettings settings, StudyDay day) {

    static Study of(AppContext ctx) {
        StudySettings settings;
        try {
            settings = new SettingsService(ctx.db()).study();
        } catch (IllegalArgumentException e) {
            throw YomuException.invalidInput("Bad setting: " + e.getMessage() + ". Fix it with 'yomu config KEY VALUE'.");
        }
        return new Study(settings, new StudyDay(ctx.clock().getZone(), settings.rolloverHour()));
    }

    /** Answers cards with the learner's desired retention and maximum interval. */
    ReviewService reviewService(AppContext ctx) {
        Scheduler scheduler = new Scheduler(SchedulerParams.defaults().withDesiredRetention(settings.desiredRetention())
                .withMaximumInterval(settings.maximumInterval()), day);
        return new ReviewService(ctx.db(), scheduler, day);
    }
}
