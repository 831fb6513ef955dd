package dev.yomu.cli;

import dev.yomu.support.Progress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress bars on stderr for long work, only when a person is watching a terminal. */
final class ProgressBars {
    private ProgressBars() {}

    /** A progress bar when stderr is a terminal and the work is at least {@code minTotal} units. */
    static Progress forTerminal(String unit, long minTotal) {
        if (System.console() == null) return Progress.NONE;
        return new Progress() {
            private ProgressBar bar;

            @Override
            public void start(String task, long total) {
                if (total < minTotal) return;
                bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" " + unit, 1)
                        .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                        .setUpdateIntervalMillis(200).continuousUpdate().build();
            }

            @Override
            public void advance(long units) {
                if (bar != null) bar.stepBy(units);
            }

            @Override
            public void end() {
                if (bar != null) {
                    bar.stepTo(bar.getMax());
                    bar.close();
                    bar = null;
                }
            }
        };
    }
}
