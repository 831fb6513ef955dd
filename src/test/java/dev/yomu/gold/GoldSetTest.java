package dev.yomu.gold;

import dev.yomu.gold.GoldFile.Row;
import dev.yomu.gold.GoldPipeline.Analysis;
import dev.yomu.gold.GoldPipeline.Ruby;
import dev.yomu.gold.GoldPipeline.Word;
import dev.yomu.text.Kana;
import dev.yomu.text.TextCleaner;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gold sets: readings in context and study words, each row judged by a reader of Japanese
 * (src/test/resources/gold/*.tsv). Every sentence goes through the import pipeline via
 * {@link GoldPipeline#analyse}; accuracy per category is printed (and written to
 * target/gold-*.txt) with the first failures, and may not fall below the floors in
 * gold/floors.properties, so the score can only ratchet upward.
 */
class GoldSetTest {
    static final List<String> READING_CATEGORIES =
            List.of("month", "day-of-month", "counter", "homograph", "ordinary", "katakana", "compound");
    static final List<String> STUDY_CATEGORIES = List.of("lemma-form", "grammar-expression", "entry-sense", "name",
            "compound", "place-as-word", "word-class", "ordinary");
    /** How many failures to print per category; -Dgold.failures=1000 shows them all. */
    private static final int FAILURES_SHOWN = Integer.getInteger("gold.failures", 6);

    private static final List<Row> READINGS = GoldFile.read("readings.tsv", 4);
    private static final List<Row> STUDY = GoldFile.read("study-words.tsv", 7);
    private static final Map<String, Analysis> ANALYSED = new HashMap<>();

    @Test
    void goldSetsAreWellFormedAndLargeEnough() {
        List<String> problems = new ArrayList<>();
        checkCommon(READINGS, READING_CATEGORIES, problems);
        checkCommon(STUDY, STUDY_CATEGORIES, problems);
        for (Row r : READINGS)
            for (String reading : alternatives(r.fields().get(0)))
                if (!isKana(reading)) problems.add(r.where() + ": expected reading is not kana: " + reading);
        for (Row r : STUDY) checkStudyRow(r, problems);
        assertThat(problems).as("problems in the gold files").isEmpty();

        assertThat(READINGS).as("reading rows").hasSizeGreaterThanOrEqualTo(300);
        assertThat(STUDY).as("study-word rows").hasSizeGreaterThanOrEqualTo(200);
        assertThat(READINGS.stream().filter(Row::fromSeed).count() * 3).as("readings from the seeds: at least a third")
                .isGreaterThanOrEqualTo(READINGS.size());
        assertThat(STUDY.stream().filter(Row::fromSeed).count() * 3).as("study words from the seeds: at least a third")
                .isGreaterThanOrEqualTo(STUDY.size());
    }

    @Test
    void readingsInContext() {
        Score score = new Score("readings", READING_CATEGORIES);
        for (Row r : READINGS) {
            if (r.begin() < 0) {
                score.add(r, false, "");
                continue;
            }
            String got = readingOf(analysed(r.sentence()).ruby(), r.sentence(), r.begin(), r.end());
            List<String> expected = alternatives(r.fields().get(0));
            boolean right = expected.stream().map(Kana::toHiragana).anyMatch(Kana.toHiragana(got)::equals);
            score.add(r, right, "expected " + r.fields().get(0) + ", got " + got);
        }
        score.reportAndCheckFloors();
    }

    @Test
    void studyWords() {
        Score score = new Score("study", STUDY_CATEGORIES);
        for (Row r : STUDY) {
            if (r.begin() < 0) {
                score.add(r, false, "");
                continue;
            }
            List<Word> overlapping = analysed(r.sentence()).words().stream()
                    .filter(w -> w.begin() < r.end() && w.end() > r.begin()).toList();
            String verdict = studyVerdict(r, overlapping);
            score.add(r, verdict == null, verdict + "; got " + describe(overlapping, r.sentence()));
        }
        score.reportAndCheckFloors();
    }

    /** The scoring itself, on made-up pipeline output, so a wrong gold score cannot hide behind it. */
    @Test
    void scoringJudgesAsTheFileHeadersSay() {
        String s = "4月1日に会った。";
        assertThat(readingOf(List.of(new Ruby(0, 1, "4", null), new Ruby(1, 2, "月", "つき")), s, 0, 2)).isEqualTo("4つき");
        assertThat(readingOf(List.of(new Ruby(0, 2, "4月", "しがつ")), s, 0, 2)).isEqualTo("しがつ");
        assertThat(readingOf(List.of(new Ruby(0, 4, "4月1日", "しがつついたち")), s, 0, 2)).contains("reaches outside");
        assertThat(readingOf(List.of(new Ruby(4, 5, "に", null), new Ruby(5, 6, "会", "あ"), new Ruby(6, 8, "った", null)),
                s, 5, 7)).isEqualTo("あっ");

        assertThat(senseMatches("(not) ever", "ever|never")).isTrue();
        assertThat(senseMatches("several", "ever")).isFalse();
        assertThat(senseMatches("to serve (as)", "to serve (as)")).isTrue();
        assertThat(senseMatches("to work (for)", "serve")).isFalse();

        List<Row> rows = GoldFile.parse("t.tsv", """
                @ written
                > 明日は雨が降るかもしれない。
                grammar-expression\tかもしれない\tNONE\tかもしれない\t-\t-\tgrammar
                lemma-form\t降る\tSTUDY\t降る\tふる\tto fall\tverb
                name\t明日\tNAME\t-\t-\t-\tnot really a name, for the test
                """, 7);
        Row none = rows.get(0), study = rows.get(1), name = rows.get(2);
        Word shireru = new Word("しれる", "しれる", "STUDY", List.of("to become known"), 10, 12);
        Word expression = new Word("かもしれない", "かもしれない", "STUDY", List.of("may"), 8, 14);
        Word furu = new Word("降る", "ふる", "STUDY", List.of("to fall (of rain)"), 5, 7);
        assertThat(studyVerdict(none, List.of(shireru))).isNotNull();
        assertThat(studyVerdict(none, List.of(expression))).isNull();
        assertThat(studyVerdict(none, List.of())).isNull();
        assertThat(studyVerdict(study, List.of(furu))).isNull();
        assertThat(studyVerdict(study, List.of(new Word("降る", "ふる", "STUDY", List.of(), 5, 7)))).contains("meaning");
        assertThat(studyVerdict(study, List.of(new Word("降る", "ふる", "STUDY", List.of("to descend"), 5, 7))))
                .contains("first gloss");
        assertThat(studyVerdict(study, List.of(new Word("降る", "おりる", "STUDY", List.of("to fall"), 5, 7))))
                .contains("reading");
        assertThat(studyVerdict(name, List.of(new Word("明日", "あした", "NAME", List.of(), 0, 2)))).isNull();
        assertThat(studyVerdict(name, List.of(new Word("明", "あ", "NAME", List.of(), 0, 1)))).isNotNull();
        assertThat(studyVerdict(name, List.of(new Word("明日", "あした", "STUDY", List.of("tomorrow"), 0, 2)))).isNotNull();
    }

    private static Analysis analysed(String sentence) {
        return ANALYSED.computeIfAbsent(sentence, GoldPipeline::analyse);
    }

    // ----- readings -----

    /**
     * The reading a learner sees over sentence[begin, end): furigana where there is some, the text
     * itself where there is none (kana, and digits left without furigana). A run with furigana that
     * sticks out of the target cannot be split, so it shows up as such and never matches.
     */
    static String readingOf(List<Ruby> ruby, String sentence, int begin, int end) {
        StringBuilder sb = new StringBuilder();
        int pos = begin;
        for (Ruby r : ruby) {
            if (r.end() <= begin || r.begin() >= end) continue;
            if (r.begin() > pos) sb.append(sentence, pos, r.begin());
            if (r.reading() == null) {
                sb.append(sentence, Math.max(r.begin(), begin), Math.min(r.end(), end));
            } else if (r.begin() >= begin && r.end() <= end) {
                sb.append(r.reading());
            } else {
                return sb + "⟨" + r.text() + "[" + r.reading() + "] reaches outside " + sentence.substring(begin, end) + "⟩";
            }
            pos = Math.max(pos, Math.min(r.end(), end));
        }
        if (pos < end) sb.append(sentence, pos, end);
        return sb.toString();
    }

    // ----- study words -----

    /** @return null when the row is right, else what is wrong */
    static String studyVerdict(Row r, List<Word> overlapping) {
        String outcome = r.fields().get(0);
        List<String> lemmas = alternatives(r.fields().get(1));
        return switch (outcome) {
            case "STUDY" -> {
                List<String> readings = alternatives(r.fields().get(2)).stream().map(Kana::toHiragana).toList();
                String sense = r.fields().get(3);
                Word w = overlapping.stream().filter(x -> x.kind().equals("STUDY") && lemmas.contains(x.lemma()))
                        .findFirst().orElse(null);
                if (w == null) yield "expected a study word " + r.fields().get(1);
                if (!readings.contains(Kana.toHiragana(w.reading())))
                    yield "expected the reading " + r.fields().get(2);
                if (w.glosses().isEmpty()) yield "expected a meaning";
                if (!sense.equals("-") && !senseMatches(w.glosses().get(0), sense))
                    yield "expected the first gloss to mean " + sense;
                yield null;
            }
            case "NAME" -> {
                boolean covered = overlapping.stream().anyMatch(
                        x -> x.kind().equals("NAME") && x.begin() <= r.begin() && x.end() >= r.end());
                boolean studied = overlapping.stream().anyMatch(x -> x.kind().equals("STUDY"));
                yield covered && !studied ? null : "expected one name for the whole of " + r.target();
            }
            case "NONE" -> overlapping.stream().allMatch(x -> lemmas.contains(x.lemma())) ? null
                    : "expected no card" + (lemmas.equals(List.of("-")) ? "" : " (or an expression card " + r.fields().get(1) + ")");
            default -> "unknown outcome " + outcome;
        };
    }

    /** A keyword matches the gloss as whole words; case and parentheses are ignored: "(not) ever". */
    static boolean senseMatches(String gloss, String keywords) {
        String g = plain(gloss);
        for (String k : alternatives(keywords))
            if (Pattern.compile("(?<![a-z0-9])" + Pattern.quote(plain(k)) + "(?![a-z0-9])").matcher(g).find()) return true;
        return false;
    }

    private static String plain(String s) {
        return s.toLowerCase(Locale.ROOT).replace("(", "").replace(")", "").strip();
    }

    private static String describe(List<Word> words, String sentence) {
        if (words.isEmpty()) return "nothing";
        return words.stream().map(w -> w.kind() + " " + w.lemma() + "(" + w.reading() + ")"
                        + (w.glosses().isEmpty() ? " no meaning" : " \"" + w.glosses().get(0) + "\"")
                        + (sentence.substring(w.begin(), w.end()).equals(w.lemma()) ? "" : " from " + sentence.substring(w.begin(), w.end())))
                .collect(Collectors.joining(", "));
    }

    // ----- checks of the files themselves -----

    private static void checkCommon(List<Row> rows, List<String> categories, List<String> problems) {
        TextCleaner cleaner = new TextCleaner();
        Map<String, String> seeds = new HashMap<>();
        for (Row r : rows) {
            if (!categories.contains(r.category())) problems.add(r.where() + ": unknown category " + r.category());
            if (r.begin() < 0)
                problems.add(r.where() + ": target " + r.target() + " is not in the sentence"
                        + (r.occurrence() == 0 ? " exactly once (add #N)" : " " + r.occurrence() + " times"));
            String why = r.fields().get(r.fields().size() - 1);
            if (why.equals("-")) problems.add(r.where() + ": the why column is empty");
            if (!cleaner.clean(r.sentence()).equals(r.sentence()))
                problems.add(r.where() + ": the sentence is not as the importer would see it (TextCleaner changes it)");
            if (r.fromSeed()) {
                String seed = seeds.computeIfAbsent(r.seedFile(), GoldSetTest::readSeed);
                if (!seed.contains(r.sentence())) problems.add(r.where() + ": sentence not found in seeds/" + r.seedFile());
            } else if (!r.source().equals("written")) {
                problems.add(r.where() + ": source must be 'written' or 'seed <file>': " + r.source());
            }
        }
    }

    private static void checkStudyRow(Row r, List<String> problems) {
        String outcome = r.fields().get(0);
        switch (outcome) {
            case "STUDY" -> {
                if (r.fields().get(1).equals("-")) problems.add(r.where() + ": a STUDY row needs a lemma");
                for (String reading : alternatives(r.fields().get(2)))
                    if (!isKana(reading)) problems.add(r.where() + ": reading is not kana: " + reading);
            }
            case "NAME" -> {
                if (!r.fields().subList(1, 4).equals(List.of("-", "-", "-")))
                    problems.add(r.where() + ": a NAME row has - for lemma, reading and sense");
            }
            case "NONE" -> {
                if (!r.fields().get(2).equals("-") || !r.fields().get(3).equals("-"))
                    problems.add(r.where() + ": a NONE row has - for reading and sense");
            }
            default -> problems.add(r.where() + ": outcome must be STUDY, NAME or NONE: " + outcome);
        }
    }

    private static String readSeed(String file) {
        try {
            return Files.readString(Path.of("seeds", file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seeds/" + file, e);
        }
    }

    private static boolean isKana(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(c -> Kana.isKana(c) || c == 'ー');
    }

    static List<String> alternatives(String column) {
        return Arrays.stream(column.split("\\|")).map(String::strip).toList();
    }

    // ----- scores and floors -----

    /** Right and total per category, the failures to show, and the floors they must meet. */
    static final class Score {
        private final String set;
        private final Map<String, int[]> tally = new LinkedHashMap<>(); // category -> {right, total}
        private final Map<String, List<String>> failures = new LinkedHashMap<>();

        Score(String set, List<String> categories) {
            this.set = set;
            for (String c : categories) {
                tally.put(c, new int[2]);
                failures.put(c, new ArrayList<>());
            }
        }

        void add(Row r, boolean right, String detail) {
            if (r.begin() < 0) {
                right = false;
                detail = "the target is not in the sentence exactly as given";
            }
            int[] t = tally.computeIfAbsent(r.category(), c -> new int[2]);
            t[1]++;
            if (right) {
                t[0]++;
                return;
            }
            failures.computeIfAbsent(r.category(), c -> new ArrayList<>()).add(
                    r.target() + " in 「" + excerpt(r) + "」: " + detail + "  (" + r.where() + ")");
        }

        private static String excerpt(Row r) {
            if (r.begin() < 0) return r.sentence();
            int from = Math.max(0, r.begin() - 12);
            int to = Math.min(r.sentence().length(), r.end() + 12);
            return (from > 0 ? "…" : "") + r.sentence().substring(from, to) + (to < r.sentence().length() ? "…" : "");
        }

        void reportAndCheckFloors() {
            Properties floors = floors();
            StringBuilder out = new StringBuilder();
            List<String> below = new ArrayList<>();
            int right = 0, total = 0;
            out.append(String.format("%nGold set: %s%n", set.equals("readings")
                    ? "readings in context (gold/readings.tsv)" : "study words (gold/study-words.tsv)"));
            out.append(String.format("  %-20s %9s %9s %8s%n", "category", "right", "accuracy", "floor"));
            for (var e : tally.entrySet()) {
                right += e.getValue()[0];
                total += e.getValue()[1];
                line(out, floors, below, e.getKey(), e.getValue()[0], e.getValue()[1]);
            }
            line(out, floors, below, "overall", right, total);
            for (var e : failures.entrySet()) {
                if (e.getValue().isEmpty()) continue;
                out.append(String.format("  %s: %d wrong, first ones:%n", e.getKey(), e.getValue().size()));
                e.getValue().stream().limit(FAILURES_SHOWN).forEach(f -> out.append("    ").append(f).append('\n'));
            }
            System.out.print(out);
            writeReport(out.toString());
            assertThat(below).as("categories below their floor in gold/floors.properties (see the report above)")
                    .isEmpty();
        }

        private void line(StringBuilder out, Properties floors, List<String> below, String category, int right, int total) {
            double accuracy = total == 0 ? 100.0 : 100.0 * right / total;
            String key = set + "." + category;
            String floorText = floors.getProperty(key);
            out.append(String.format(Locale.ROOT, "  %-20s %4d/%-4d %8.1f%% %8s%s%n", category, right, total, accuracy,
                    floorText == null ? "none" : floorText + "%", raiseHint(floorText, accuracy)));
            if (floorText == null) below.add(key + " has no floor (add " + key + "=" + roundDown(accuracy) + ")");
            else if (accuracy + 1e-9 < Double.parseDouble(floorText))
                below.add(String.format(Locale.ROOT, "%s: %.1f%% < floor %s%%", key, accuracy, floorText));
        }

        private static String raiseHint(String floorText, double accuracy) {
            if (floorText == null) return "";
            return accuracy >= Double.parseDouble(floorText) + 0.1 ? "   (floor can be raised to " + roundDown(accuracy) + ")" : "";
        }

        static String roundDown(double percent) {
            return String.format(Locale.ROOT, "%.1f", Math.floor(percent * 10) / 10);
        }

        private void writeReport(String text) {
            try {
                Path dir = Path.of("target");
                if (Files.isDirectory(dir))
                    Files.writeString(dir.resolve("gold-" + set + ".txt"), text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Properties floors() {
            Properties p = new Properties();
            try (InputStream in = GoldSetTest.class.getResourceAsStream("/gold/floors.properties")) {
                if (in != null) p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }
}
