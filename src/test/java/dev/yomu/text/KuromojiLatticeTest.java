package dev.yomu.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.atilika.kuromoji.ipadic.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The faster lattice build must give exactly Kuromoji's tokens: same word ids (so the same
 * features), surfaces, offsets, known/unknown, dictionary, on whole texts and on awkward input.
 */
class KuromojiLatticeTest {
    private static final Tokenizer KUROMOJI = new Tokenizer();
    private static final KuromojiLattice LATTICE = KuromojiLattice.of(KUROMOJI);

    private static List<String> describe(List<com.atilika.kuromoji.ipadic.Token> tokens) {
        List<String> out = new ArrayList<>();
        for (com.atilika.kuromoji.ipadic.Token t : tokens)
            out.add(WordIds.of(t) + "|" + t.getSurface() + "|" + t.getPosition() + "|" + t.isKnown() + "|" + t.isUser()
                    + "|" + System.identityHashCode(WordIds.dictionaryOf(t)) + "|" + t.getAllFeatures());
        return out;
    }

    private static void assertSameAsKuromoji(String text) {
        assertThat(describe(LATTICE.tokenize(text))).as(text).isEqualTo(describe(KUROMOJI.tokenize(text)));
    }

    @Test
    void thisKuromojiIsTheOneTheFastPathWasWrittenFor() {
        assertThat(LATTICE).isNotNull();
    }

    @Test
    void everySeedAndTestTextGivesKuromojisTokensLineByLineAndWhole() throws IOException {
        List<Path> texts = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/import", "src/test/resources/gold"))
            if (Files.isDirectory(Path.of(dir)))
                try (Stream<Path> files = Files.walk(Path.of(dir))) {
                    files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")
                            || p.toString().endsWith(".tsv")).forEach(texts::add);
                }
        assertThat(texts).isNotEmpty();
        int lines = 0;
        for (Path p : texts) {
            String text = Files.readString(p);
            assertSameAsKuromoji(text);
            for (String line : text.split("\n")) {
                assertSameAsKuromoji(line);
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(1000);
    }

    @Test
    void yomusTokensFromThePathAreTheOnesFromKuromojisTokens() throws IOException {
        JapaneseTokenizer tokenizer = new JapaneseTokenizer();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList())
                lines.addAll(List.of(Files.readString(p).split("\n")));
        }
        lines.addAll(List.of("XQZW社は12345人。", "ＡＢＣ１２３と abc 123", "トランプ・ジュニア＝ウォーカー氏", "😀絵文字🎌"));
        for (int pass = 0; pass < 2; pass++) // the first pass fills the word caches, the second reads them
            for (String line : lines)
                assertThat(tokenizer.tokenize(line)).as(line).isEqualTo(tokenizer.tokenizeThroughKuromoji(line));
    }

    @Test
    void awkwardInputGivesKuromojisTokens() {
        for (String text : List.of("", "。", "、、。", "。今日は", "今日は。", "今日は、晴れ。明日は雨", "ＡＢＣ１２３と abc 123",
                "トランプ・ジュニア＝ウォーカー氏", "😀絵文字🎌と\u0001制御", "ーー々〆ヶ", "東京都特許許可局長今日急遽休暇許可拒否",
                "ｶﾀｶﾅとﾊﾝｶｸ", "a", " ", "\t\n", "４月１日から20日まで3.5％、約1,000人。", "ｗｗｗ草"))
            assertSameAsKuromoji(text);
    }

    @Test
    void aLongPartWithoutMarksAndTheShortOneAfterItGiveKuromojisTokens() throws IOException {
        // Thousands of nodes in one lattice: its arrays grow, and the next sentence reuses or drops them.
        String seed = Files.readString(Path.of("seeds", "us-taliban-allies.txt"));
        String unmarked = seed.replace("。", "").replace("、", "").replace("\n", "");
        assertSameAsKuromoji(unmarked.substring(0, Math.min(6000, unmarked.length())));
        assertSameAsKuromoji("短い文。");
    }
}
