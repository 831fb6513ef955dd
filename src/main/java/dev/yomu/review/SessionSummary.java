package dev.yomu.review;

import java.time.Duration;

/** The closing lines of a review session. */
public record SessionSummary(int reviewed, int again, Duration spent, int dueTomorrow, int leftToday) {

    public String againRate() {
        return reviewed == 0 ? "—" : Math.round(100.0 * again / reviewed) + "%";
    }

    public String spentText() {
        long s = spent.toSeconds();
        return s < 60 ? s + "s" : (s / 60) + "m " + (s % 60) + "s";
    }

    public String text() {
        return "Reviewed " + reviewed + " card" + (reviewed == 1 ? "" : "s") + " in " + spentText()
                + " · again " + againRate() + " · due tomorrow: " + dueTomorrow
                + (leftToday > 0 ? " · still due today: " + leftToday : "");
    }
}
