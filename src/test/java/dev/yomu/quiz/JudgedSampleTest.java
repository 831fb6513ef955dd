package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The judged samples under {@code src/test/resources/quiz/judged/}: generated questions a reader of
 * Japanese marked valid or not (issue 13's rule: exactly one defensible answer, marked by the key,
 * distractors of the same type, natural prompt, no give-away, supported by the evidence). The file
 * is the record of a judgement, so this test checks that it is one (every row judged, every invalid
 * row with its reason, every kind of question present) and prints the share valid per kind.
 *
 * <p>Format: TAB-separated; comment lines, a header line, then kind, article, seed, prompt (one line, {@code \n}
 * for line breaks), answer, valid (yes|no), reason (required when valid is no). {@code #} starts a
 * comment line.
 */
class JudgedSampleTest {
    private static final Path DIR = Path.of("src/test/resources/quiz/judged");

    record Row(String kind, String article, String prompt, boolean valid, String reason) {}

    static List<Row> read(Path file) throws IOException {
        List<Row> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) continue;
            if (header) { // the first line that is not a comment names the columns
                header = false;
                continue;
            }
            String[] f = line.split("\t", -1);
            assertThat(f.length).as("%s:%d has 7 columns", file.getFileName(), i + 1).isGreaterThanOrEqualTo(6);
            String valid = f[5].strip();
            assertThat(valid).as("%s:%d valid is yes or no", file.getFileName(), i + 1).isIn("yes", "no");
            String reason = f.length > 6 ? f[6].strip() : "";
            if (valid.equals("no"))
                assertThat(reason).as("%s:%d an invalid question says why", file.getFileName(), i + 1).isNotEmpty();
            rows.add(new Row(f[0].strip().toLowerCase(java.util.Locale.ROOT), f[1].strip(), f[3], valid.equals("yes"), reason));
        }
        return rows;
    }

    @Test
    void everySampleIsAJudgementAndTheShareValidIsPrinted() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        StringBuilder report = new StringBuilder("\nJudged quiz samples (share valid per kind)\n");
        for (Path file : files) {
            List<Row> rows = read(file);
            assertThat(rows).as(file.getFileName().toString()).isNotEmpty();
            Map<String, int[]> byKind = new TreeMap<>();
            for (Row r : rows) {
                int[] n = byKind.computeIfAbsent(r.kind(), k -> new int[2]);
                n[1]++;
                if (r.valid()) n[0]++;
            }
            report.append(file.getFileName()).append(" (").append(rows.size()).append(" questions)\n");
            int valid = 0;
            for (var e : byKind.entrySet()) {
                report.append(String.format("  %-12s %3d/%-3d %5.1f%%%n", e.getKey(), e.getValue()[0], e.getValue()[1],
                        100.0 * e.getValue()[0] / e.getValue()[1]));
                valid += e.getValue()[0];
            }
            report.append(String.format("  %-12s %3d/%-3d %5.1f%%%n", "all", valid, rows.size(), 100.0 * valid / rows.size()));
        }
        System.out.println(report);
    }
}
