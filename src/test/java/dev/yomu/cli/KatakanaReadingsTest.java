package dev.yomu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.yomu.testing.Cli;
import dev.yomu.testing.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A katakana word reads as itself wherever Yomu shows a reading (タリバン, not たりばん), and a mixed
 * word keeps its katakana (ロシア連邦 ロシアれんぽう), as a dictionary prints them.
 */
class KatakanaReadingsTest {
    @TempDir
    Path home;
    private Cli cli;

    @BeforeEach
    void setUp() {
        cli = Cli.seeded(home);
    }

    private static String readingOf(String json, String lemma) throws Exception {
        for (JsonNode row : new ObjectMapper().readTree(json))
            if (row.get("lemma").asText().equals(lemma)) return row.get("reading").asText();
        throw new AssertionError(lemma + " is not listed");
    }

    @Test
    void wordsAndCardsShowKatakanaReadingsInKatakana() throws Exception {
        assertThat(readingOf(cli.run("words", "1", "--json").out(), "タリバン")).isEqualTo("タリバン");
        assertThat(readingOf(cli.run("words", "4", "--json").out(), "ロシア連邦")).isEqualTo("ロシアれんぽう");
        assertThat(readingOf(cli.run("words", "2", "--json").out(), "ボリシェヴィキ")).isEqualTo("ボリシェヴィキ");
        assertThat(readingOf(cli.run("words", "2", "--names", "--json").out(), "ソヴィエト")).isEqualTo("ソヴィエト");
        assertThat(cli.run("words", "1").out()).contains("タリバン").doesNotContain("たりばん");
        assertThat(readingOf(cli.run("cards", "--json").out(), "ミサイル")).isEqualTo("ミサイル");
        assertThat(cli.run("cards").out()).doesNotContain("みさいる").doesNotContain("たりばん");
        assertThat(cli.run("export", "words", "--out", "-").out())
                .contains("タリバン,タリバン,").contains("ロシア連邦,ロシアれんぽう,");
    }

    @Test
    void ankiReadingFieldKeepsKatakanaAndKatakanaGetsNoFurigana() throws Exception {
        Path file = home.resolve("deck.txt");
        Result r = cli.run("export", "anki", "--article", "4", "--out", file.toString());
        assertThat(r.status()).as(r.err()).isZero();
        List<String[]> rows = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).map(l -> l.split("\t", -1))
                .toList();
        String[] escalation = rows.stream().filter(c -> c[1].equals("エスカレーション")).findFirst().orElseThrow();
        assertThat(escalation[2]).isEqualTo("エスカレーション");
        assertThat(escalation[3]).isEqualTo("エスカレーション");
        String[] federation = rows.stream().filter(c -> c[1].equals("ロシア連邦")).findFirst().orElseThrow();
        assertThat(federation[2]).isEqualTo("ロシアれんぽう");
        assertThat(federation[3]).isEqualTo("ロシア 連邦[れんぽう]");
    }

    @Test
    void theReaderPutsNoReadingOnKatakana() {
        String all = cli.run("read", "4", "--plain", "--furigana", "all").out();
        assertThat(all).contains("ロシア連邦(れんぽう)").contains("ウクライナの").doesNotContain("ウクライナ(")
                .doesNotContain("ロシア(").doesNotContain("エスカレーション(");
    }
}
