package dev.yomu.deck;

import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnownWordsReaderTest {
    @TempDir
    Path dir;

    @Test
    void plainListGivesDistinctWordsInOrder() {
        assertThat(KnownWordsReader.parse("認める\n\n同盟国\r\n認める\n  お茶  \n"))
                .containsExactly("認める", "同盟国", "お茶");
    }

    @Test
    void csvWithQuotesAndAHeaderRowTakesTheFirstColumn() {
        String csv = "word,meaning\r\n\"認める\",\"to admit, \"\"accept\"\"\"\r\n同盟国,ally\r\n\"複数\n行\",x\r\n";
        assertThat(KnownWordsReader.parse(csv)).containsExactly("認める", "同盟国", "複数\n行");
    }

    @Test
    void ankiExportWithHeadersAndAGuidColumnTakesTheFirstField() {
        String tsv = "\uFEFF#separator:tab\n#html:true\n#guid column:1\n#tags column:4\n"
                + "abc123\t<b>認める</b>\t認[みと]める\tyomu\n"
                + "def456\t\"#タグ\"\tx\tyomu\n"
                + "ghi789\tお&amp;茶\t\tyomu\n";
        assertThat(KnownWordsReader.parse(tsv)).containsExactly("認める", "#タグ", "お&茶");
    }

    @Test
    void tsvWithoutMetaColumnsUsesColumnOne() {
        String tsv = "#separator:Tab\n#html:false\n#notetype:Basic\n取[と]り 扱[あつか]い\thandling\n# comment\n同盟国\tally\n";
        assertThat(KnownWordsReader.parse(tsv)).containsExactly("取り扱い", "同盟国");
    }

    @Test
    void furiganaBracketsAndSoundTagsAreRemoved() {
        assertThat(KnownWordsReader.parse("認[みと]める\nお 茶[ちゃ]\n日本語[にほんご][sound:nihongo.mp3]\n"))
                .containsExactly("認める", "お茶", "日本語");
    }

    @Test
    void ownWordListRoundTrips() {
        String csv = new WordListWriter(WordListWriter.Format.CSV).render(List.of(
                new WordListWriter.Entry("認める", "みとめる", "to admit, accept", "known", 3),
                new WordListWriter.Entry("#語", "ご", "word", "learning", 1)));
        assertThat(KnownWordsReader.parse(csv)).containsExactly("認める", "#語");
    }

    @Test
    void ownAnkiExportRoundTrips() {
        String title = "記事";
        List<AnkiNote> notes = List.of(
                new AnkiNote(AnkiGuid.of("#語", "ご"), "#語", "ご", "# 語[ご]", "m", "", "", "", title,
                        AnkiCsvWriter.deckFor(title), List.of("yomu")),
                new AnkiNote(AnkiGuid.of("A&B", "えーびー"), "A&B", "えーびー", "A&B", "m", "", "", "", title,
                        AnkiCsvWriter.deckFor(title), List.of("yomu")));
        assertThat(KnownWordsReader.parse(new AnkiCsvWriter().render(notes))).containsExactlyInAnyOrder("#語", "A&B");
    }

    @Test
    void fileWithBomIsRead() throws IOException {
        Path file = dir.resolve("known.txt");
        Files.write(file, "\uFEFF認める\n同盟国\n".getBytes(StandardCharsets.UTF_8));
        assertThat(KnownWordsReader.read(file)).containsExactly("認める", "同盟国");
    }

    @Test
    void nonUtf8FileIsAClearError() throws IOException {
        Path file = dir.resolve("sjis.txt");
        Files.write(file, "認める".getBytes("Shift_JIS"));
        assertThatThrownBy(() -> KnownWordsReader.read(file))
                .isInstanceOfSatisfying(YomuException.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
                    assertThat(e.getMessage()).contains("UTF-8");
                });
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> KnownWordsReader.read(dir.resolve("nope.txt")))
                .isInstanceOf(YomuException.class).hasMessageContaining("does not exist");
    }
}
