package dev.yomu.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void splitsOnJapaneseAndAsciiEnders() {
        assertThat(splitter.split("雨が降った。本当？はい！Yes!ok?終わり"))
                .containsExactly("雨が降った。", "本当？", "はい！", "Yes!", "ok?", "終わり");
    }

    @Test
    void aMebibyteLineWithoutPunctuationBecomesSentencesOfBoundedLength() {
        String unit = "ねこがにわであそんでいたのをわたしはまどからみていた";
        String line = unit.repeat((1 << 20) / 3 / unit.length()); // about 1 MiB of UTF-8, 3 bytes a character

        List<String> sentences = splitter.split(line);

        assertThat(sentences).hasSizeGreaterThan(800)
                .allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(SentenceSplitter.DEFAULT_MAX_CHARS));
        assertThat(String.join("", sentences)).isEqualTo(line);
    }

    @Test
    void splitsOnLineBreaksAndTrims() {
        assertThat(splitter.split("  一行目\n\n　二行目。  三行目 \n")).containsExactly("一行目", "二行目。", "三行目");
    }

    @Test
    void keepsQuotesWhole() {
        assertThat(splitter.split("彼は「行く。必ず行く！」と言った。次の文。"))
                .containsExactly("彼は「行く。必ず行く！」と言った。", "次の文。");
        assertThat(splitter.split("計画（詳細は未定。後日発表）を示した。以上。"))
                .containsExactly("計画（詳細は未定。後日発表）を示した。", "以上。");
        assertThat(splitter.split("「外側『内側。』外側。」で終わり。"))
                .containsExactly("「外側『内側。』外側。」で終わり。");
    }

    @Test
    void aQuoteEndingTheSentenceStaysWithIt() {
        assertThat(splitter.split("「行くぞ。」次だ。")).containsExactly("「行くぞ。」", "次だ。");
        assertThat(splitter.split("本当か？！」次。")).containsExactly("本当か？！」", "次。");
        assertThat(splitter.split("「行くぞ。」と言った。「よし。」って。")).containsExactly("「行くぞ。」と言った。", "「よし。」って。");
        assertThat(splitter.split("「よろしく!」は不義理だ。")).containsExactly("「よろしく!」は不義理だ。");
    }

    @Test
    void strayInnerBracketDoesNotKeepTheQuoteOpen() {
        assertThat(splitter.split("彼は「注意（危険。」と言った。")).containsExactly("彼は「注意（危険。」と言った。");
    }

    @Test
    void unclosedQuoteDoesNotSwallowTheText() {
        assertThat(splitter.split("彼は「行く。それから帰った。最後の文。"))
                .containsExactly("彼は「行く。", "それから帰った。", "最後の文。");
    }

    @Test
    void overlongQuoteIsSplitLikeNormalText() {
        String longQuote = "「" + "長い文だ。".repeat(100) + "」";
        assertThat(splitter.split(longQuote)).hasSize(100);
    }

    @Test
    void quoteDoesNotReachAcrossLines() {
        assertThat(splitter.split("「一行目。\n二行目」。")).containsExactly("「一行目。", "二行目」。");
    }

    @Test
    void asciiPeriodEndsOnlyAfterJapaneseText() {
        assertThat(splitter.split("状態に. 次はp.11とU.S.と9.11の話。"))
                .containsExactly("状態に.", "次はp.11とU.S.と9.11の話。");
    }

    @Test
    void dropsEmptyAndPunctuationOnlySentences() {
        assertThat(splitter.split("。。\n  \n！")).isEmpty();
        assertThat(splitter.split("")).isEmpty();
    }

    @Test
    void safeChunksKeepsShortTextWhole() {
        assertThat(SentenceSplitter.safeChunks("短い文。", 400)).containsExactly("短い文。");
        assertThat(SentenceSplitter.safeChunks("", 400)).isEmpty();
    }

    @Test
    void safeChunksCutsAfterTheLastCommaOrSpace() {
        assertThat(SentenceSplitter.safeChunks("あいう、えおか きくけこ", 8)).containsExactly("あいう、えおか ", "きくけこ");
        assertThat(SentenceSplitter.safeChunks("あいう、えおかきくけこ", 8)).containsExactly("あいう、", "えおかきくけこ");
    }

    @Test
    void safeChunksFallsBackToScriptBoundaries() {
        assertThat(SentenceSplitter.safeChunks("東京都にあるカタカナ語", 8)).containsExactly("東京都にある", "カタカナ語");
    }

    @Test
    void safeChunksHardCutsButNeverInsideASurrogatePair() {
        String emoji = "😀".repeat(10); // 20 chars, all one script
        List<String> chunks = SentenceSplitter.safeChunks(emoji, 5);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.length()).isLessThanOrEqualTo(5);
            assertThat(Character.isLowSurrogate(c.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(c.charAt(c.length() - 1))).isFalse();
        });
        assertThat(String.join("", chunks)).isEqualTo(emoji);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against runaway (quadratic) splitting, which takes hours on 1 MB; not a speed test
    void oneMegabyteLineWithoutPunctuationIsChunkedQuickly() {
        String line = "ロシア連邦大統領府核抑止政策基本原則".repeat(60_000).substring(0, 1_000_000);
        List<String> chunks = SentenceSplitter.safeChunks(line, 400);
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isBetween(1, 400));
        assertThat(String.join("", chunks)).isEqualTo(line);
        assertThat(chunks.size()).isLessThan(1_000_000 / 100);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against runaway (quadratic) splitting, which takes hours on 1 MB; not a speed test
    void oneMegabyteLineOfOneScriptIsHardCutQuickly() {
        String line = "あ".repeat(1_000_000);
        List<String> chunks = SentenceSplitter.safeChunks(line);
        assertThat(chunks).hasSize(2500).allSatisfy(c -> assertThat(c).hasSize(400));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against runaway (quadratic) splitting, which takes hours on 1 MB; not a speed test
    void splittingAMegabyteOfOpenQuotesStaysFast() {
        String text = "「あ".repeat(500_000);
        List<String> sentences = splitter.split(text);
        assertThat(sentences).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(SentenceSplitter.DEFAULT_MAX_CHARS));
        assertThat(String.join("", sentences)).isEqualTo(text);
    }

    @Test
    void safeChunksRejectsTinyLimits() {
        assertThatThrownBy(() -> SentenceSplitter.safeChunks("あいう", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
