package dev.yomu.deck;

import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnkiCsvWriterTest {
    private static final String TITLE = "日本の同盟国";
    private final AnkiCsvWriter writer = new AnkiCsvWriter();

    @TempDir
    Path dir;

    @Test
    void headersComeFirstInAnkisOrder() {
        String text = writer.render(List.of(note("認める", "みとめる", "to admit", TITLE)));
        assertThat(text.lines().limit(10)).containsExactly(
                "#separator:tab", "#html:true", "#notetype:Yomu Japanese", "#deck:Yomu::日本の同盟国",
                "#if matches:update current", "#guid column:1", "#tags column:9", "#deck column:10",
                "#columns:GUID\tExpression\tReading\tFurigana\tMeaning\tSentence\tSentenceFurigana\tArticle\tTags\tDeck",
                AnkiGuid.of("認める", "みとめる") + "\t認める\tみとめる\t認[みと]める\tto admit\t<b>認め</b>たと言った。"
                        + "\t 認[みと]めたと 言[い]った。\t日本の同盟国\t" + AnkiCsvWriter.asciiSlug(TITLE) + " yomu 名詞\tYomu::日本の同盟国");
    }

    @Test
    void severalDecksLeaveTheDeckToTheColumn() {
        String text = writer.render(List.of(note("認める", "みとめる", "admit", "A"), note("国", "くに", "country", "B")));
        assertThat(text).doesNotContain("#deck:").contains("#deck column:10");
    }

    @Test
    void awkwardFieldsSurviveARoundTripThroughAnkisParser() {
        List<String> meanings = List.of("tab\there", "say \"yes\"", "a < b && c > d", "line one\nline two\r\nthree",
                "#not a comment", "\"quoted at start", "back\\slash");
        List<AnkiNote> notes = new ArrayList<>();
        for (int i = 0; i < meanings.size(); i++) {
            notes.add(noteWithExpression((i == 4 ? "#" : "") + "語" + i, meanings.get(i)));
        }
        AnkiTextParser parsed = AnkiTextParser.parse(writer.render(notes));

        assertThat(parsed.records).hasSize(meanings.size()).allSatisfy(r -> assertThat(r).hasSize(10));
        for (List<String> r : parsed.records) {
            int i = Integer.parseInt(r.get(1).replace("#", "").substring(1));
            String expected = meanings.get(i).replace('\t', ' ').replace("\r\n", "\n");
            assertThat(AnkiTextParser.unhtml(r.get(4))).isEqualTo(expected);
            assertThat(r.get(4)).doesNotContain("\n", "\t", "\"").doesNotContain("<b>").doesNotContain("& ");
        }
        assertThat(parsed.records).anySatisfy(r -> assertThat(r.get(1)).isEqualTo("#語4"));
        assertThat(parsed.headers).containsEntry("separator", "tab").containsEntry("html", "true")
                .containsEntry("guid column", "1").containsEntry("tags column", "9");
    }

    @Test
    void sentenceMakesTheWordBoldAndEscapesTheRest() {
        AnkiNote n = new AnkiNote("g1", "AB", "えーびー", "AB", "m", "x<y & AB \"z\"", "AB", "", "t", "Yomu::t", List.of());
        List<String> row = AnkiTextParser.parse(writer.render(List.of(n))).records.get(0);
        assertThat(row.get(5)).isEqualTo("x&lt;y &amp; <b>AB</b> &quot;z&quot;");
    }

    @Test
    void duplicateGuidsBecomeOneNoteWithTheTagsOfBoth() {
        AnkiNote first = note("認める", "みとめる", "to admit", "Article A");
        AnkiNote second = note("認める", "ミトメル", "to recognise", "Article B");
        List<List<String>> rows = AnkiTextParser.parse(writer.render(List.of(second, first))).records;
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get(4)).isEqualTo("to admit");
        assertThat(rows.get(0).get(8).split(" ")).contains("yomu", "名詞", AnkiCsvWriter.asciiSlug("Article A"),
                AnkiCsvWriter.asciiSlug("Article B"));
    }

    @Test
    void exportingTwiceGivesIdenticalBytes() throws IOException {
        List<AnkiNote> notes = sampleNotes();
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        writer.write(a, notes);
        List<AnkiNote> shuffled = new ArrayList<>(notes);
        Collections.reverse(shuffled);
        writer.write(b, shuffled);
        byte[] bytes = Files.readAllBytes(a);
        assertThat(bytes).isEqualTo(Files.readAllBytes(b));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).doesNotStartWith("\uFEFF").doesNotContain("\r").endsWith("\n");
    }

    @Test
    void rewritingReplacesTheFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = dir.resolve("deck.txt");
        writer.write(file, sampleNotes());
        int written = writer.write(file, sampleNotes().subList(0, 1));
        assertThat(written).isEqualTo(1);
        assertThat(AnkiTextParser.parse(Files.readString(file)).records).hasSize(1);
        assertThat(listing()).containsExactly("deck.txt");
    }

    @Test
    void missingFolderIsAClearErrorAndWritesNothing() {
        Path file = dir.resolve("no-such-folder").resolve("deck.txt");
        assertThatThrownBy(() -> writer.write(file, sampleNotes()))
                .isInstanceOfSatisfying(YomuException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("no-such-folder", "does not exist").doesNotContain("\n");
                });
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    void failedMoveIsAClearErrorAndLeavesNoTemporaryFile() throws IOException {
        // Tests run as root, so permission bits would not stop the write: a folder in the way does.
        Path file = Files.createDirectory(dir.resolve("deck.txt"));
        assertThatThrownBy(() -> writer.write(file, sampleNotes()))
                .isInstanceOfSatisfying(YomuException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("deck.txt", "folder").doesNotContain("\n");
                });
        assertThat(listing()).containsExactly("deck.txt");
        assertThat(file).isDirectory().isEmptyDirectory();
    }

    @Test
    void writtenFilePassesAnkisValidator() throws Exception {
        Path validator = Path.of("..", "shared", "anki", "validate_anki_csv.py").toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isRegularFile(validator), "validator not found at " + validator);
        Assumptions.assumeTrue(python3Available(), "python3 not available");
        List<AnkiNote> notes = new ArrayList<>(sampleNotes());
        notes.add(noteWithExpression("#語", "a\tb \"c\" <d> & e\nf"));
        Path file = dir.resolve("deck.txt");
        int written = writer.write(file, notes);

        String fields = String.join(",", AnkiCsvWriter.FIELDS);
        Process p = new ProcessBuilder("python3", validator.toString(), file.toString(), String.valueOf(written),
                "--strict", "--notetype-def", AnkiCsvWriter.DEFAULT_NOTETYPE + "=" + fields).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(written).isEqualTo(4);
    }

    @Test
    void slugKeepsJapaneseReadableButFileSystemSafe() {
        assertThat(AnkiCsvWriter.slug("日本の同盟国")).isEqualTo("日本の同盟国");
        assertThat(AnkiCsvWriter.slug("  A/B: c*d?  e \"f\" <g>|[h] ")).isEqualTo("A-B-c-d-e-f-g-h");
        assertThat(AnkiCsvWriter.slug("CON")).isEqualTo("CON-");
        assertThat(AnkiCsvWriter.slug("...")).isEqualTo("article");
        assertThat(AnkiCsvWriter.slug("語".repeat(100))).hasSize(60);
    }

    @Test
    void asciiSlugIsSafeForTagsAndKeepsJapaneseTitlesApart() {
        assertThat(AnkiCsvWriter.asciiSlug("Hello, World!")).isEqualTo("hello-world");
        assertThat(AnkiCsvWriter.asciiSlug("日本の同盟国")).matches("article-[0-9a-f]{8}");
        assertThat(AnkiCsvWriter.asciiSlug("日本の同盟国")).isNotEqualTo(AnkiCsvWriter.asciiSlug("日本の経済"));
        assertThat(AnkiCsvWriter.asciiSlug("NHK ニュース")).matches("nhk-[0-9a-f]{8}");
    }

    @Test
    void deckNamesCannotGainLevelsFromTheTitle() {
        assertThat(AnkiCsvWriter.deckFor("Part 1: 始まり")).isEqualTo("Yomu::Part 1： 始まり");
        assertThat(AnkiCsvWriter.deckFor(" ")).isEqualTo("Yomu::Untitled");
    }

    @Test
    void tagsHaveNoSpaces() {
        assertThat(AnkiCsvWriter.tag(" 固有 名詞\u3000人名 ")).isEqualTo("固有_名詞_人名");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static boolean python3Available() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<AnkiNote> sampleNotes() {
        return List.of(note("認める", "みとめる", "to admit", TITLE), note("同盟国", "どうめいこく", "ally", TITLE),
                note("お茶", "おちゃ", "tea", TITLE));
    }

    private static AnkiNote note(String word, String reading, String meaning, String title) {
        return new AnkiNote(AnkiGuid.of(word, reading), word, reading, dev.yomu.text.Furigana.anki(word, reading),
                meaning, "認めたと言った。", "認め", " 認[みと]めたと 言[い]った。", title, AnkiCsvWriter.deckFor(title),
                AnkiNote.tagsFor(title, "名詞"));
    }

    private static AnkiNote noteWithExpression(String expression, String meaning) {
        return new AnkiNote(AnkiGuid.of(expression, "ご"), expression, "ご", dev.yomu.text.Furigana.anki(expression, "ご"), meaning, "", "", "", TITLE,
                AnkiCsvWriter.deckFor(TITLE), List.of("yomu"));
    }
}
