package dev.yomu.bench;

import dev.yomu.article.Progress;
import java.util.LinkedHashMap;
import java.util.Map;

/** Records how long each stage of an import took, so a benchmark can say where the time goes. */
final class StageTimes implements Progress {
    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private String current;
    private long since;

    @Override
    public void start(String task, long total) {}

    @Override
    public void advance(long units) {}

    @Override
    public void end() {}

    @Override
    public void stage(String name) {
        long now = System.nanoTime();
        if (current != null) nanos.merge(current, now - since, Long::sum);
        current = name;
        since = now;
    }

    /** "stage 1.23 s · stage 0.45 s ...", in the order the stages ran. */
    String summary() {
        StringBuilder sb = new StringBuilder();
        nanos.forEach((name, ns) -> sb.append(sb.length() == 0 ? "" : " · ").append(name)
                .append(String.format(" %.2f s", ns / 1e9)));
        return sb.toString();
    }
}
