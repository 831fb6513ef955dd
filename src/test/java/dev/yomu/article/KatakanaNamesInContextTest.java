package dev.yomu.article;

import dev.yomu.dict.TestDictionaries;
import dev.yomu.text.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Katakana names kept whole and told from ordinary words by their context (issue 12, item 6). */
class KatakanaNamesInContextTest {
    private static final Analyzer ANALYZER = new Analyzer(TestDictionaries.bundled());

    /** @return "KIND lemma" for every word kept from the sentence */
    private static List<String> words(String sentence) {
        return ANALYZER.analyze(0, BlockKind.PARAGRAPH, sentence).words().stream()
                .map(w -> w.kind() + " " + w.lemma()).toList();
    }

    @Test
    void katakanaLinkedByNakaguroOrEqualsIsOneName() {
        assertThat(words("ジョン・スミス氏がロンドンから来日した。")).contains("NAME ジョン・スミス");
        assertThat(words("ルーカス・レイロス著")).contains("NAME ルーカス・レイロス");
        assertThat(words("続いてブレスト=リトフスクで講和交渉が始まった。")).contains("NAME ブレスト=リトフスク")
                .noneMatch(w -> w.endsWith(" ブレスト"));
    }

    @Test
    void aListOfPlacesOrOrdinaryWordsIsNotJoined() {
        assertThat(words("イギリス・アメリカは反対した。")).contains("NAME イギリス", "NAME アメリカ");
        assertThat(words("ボタン・スイッチを押す。")).noneMatch(w -> w.contains("・"));
    }

    @Test
    void aKatakanaWordNobodyKnowsIsAName() {
        assertThat(words("外務人民委員トロツキーは反対した。")).contains("NAME トロツキー");
        assertThat(words("米軍はカーブルに留まる。")).contains("NAME カーブル"); // the dictionary has it only as "Kabul (Afghanistan)"
        assertThat(words("国際関係の教授、ブラッドフォード大学")).contains("NAME ブラッドフォード");
    }

    @Test
    void aKnownWordIsAPersonInAPersonsContextOnly() {
        assertThat(words("ライト兄弟は動力飛行に成功した。")).contains("NAME ライト");
        assertThat(words("部屋のライトを消した。")).contains("STUDY ライト");
        assertThat(words("ニュートンはリンゴが落ちるのを見た。")).contains("NAME ニュートン");
        assertThat(words("この力は10ニュートンだ。")).doesNotContain("NAME ニュートン");
        assertThat(words("ワットは蒸気機関を改良した。")).contains("NAME ワット");
        assertThat(words("E.H.カーは古典を著した。")).contains("NAME カー");
        assertThat(words("オリンピックは4年に一度開かれる。")).contains("STUDY オリンピック"); // "Olympics" is its first sense
        assertThat(words("新しいカーを買った。")).contains("STUDY カー");
    }

    @Test
    void aPlaceThenKatakanaWordsTheDictionaryDoesNotKnowTogetherIsOneName() {
        assertThat(words("汐見ライトレールが開業した。")).contains("NAME 汐見ライトレール")
                .doesNotContain("STUDY ライト", "STUDY レール");
        assertThat(words("東京スカイツリーに行った。")).contains("NAME 東京スカイツリー");
        assertThat(words("日本チームが勝った。")).contains("STUDY チーム");
    }

    @Test
    void aKatakanaRunThatIsAllOfAQuotationIsOneWord() {
        assertThat(words("「ライトレール」が開業した。")).contains("NAME ライトレール").doesNotContain("STUDY ライト", "STUDY レール");
    }

    @Test
    void aNameIsExplainedOnlyByTheDictionarysNameSenses() {
        AnalyzedWord newton = ANALYZER.analyze(0, BlockKind.PARAGRAPH, "ニュートンはリンゴが落ちるのを見た。").words().stream()
                .filter(w -> w.lemma().equals("ニュートン")).findFirst().orElseThrow();
        assertThat(newton.glosses()).isEqualTo("Newton (Sir Isaac)");
        AnalyzedWord car = ANALYZER.analyze(0, BlockKind.PARAGRAPH, "E.H.カーは古典を著した。").words().stream()
                .filter(w -> w.lemma().equals("カー")).findFirst().orElseThrow();
        assertThat(car.glosses()).isEmpty(); // not "car"
    }
}
