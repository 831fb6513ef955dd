package dev.yomu.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.text.DisplayWidth;
import dev.yomu.text.Kinsoku;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

/** Wrapping by terminal columns and by the Japanese line-breaking rules, at every width. */
class WrapTest {
    /** A review answer as the issue saw it split: readings inline, the text's own brackets beside them. */
    private static final String ANSWER = "ロシア軍(ぐん)の艦隊(かんたい)は「軍艦(ぐんかん)で暴動(ぼうどう)が起(お)きた」と"
            + "発表(はっぴょう)した。米国(べいこく)、英国(えいこく)、トルコ（数年前(すうねんまえ)から）の軍事会議(ぐんじかいぎ)。";
    private static final Pattern WORD_WITH_READING = Pattern.compile("[\\p{IsHan}]+\\([ぁ-ゖ]+\\)");

    @Test
    void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracketAtAnyWidth() {
        for (int width = 8; width <= 60; width++) { // narrower than any word too: kinsoku still holds
            List<AttributedString> lines = Wrap.wrap(ANSWER, width);
            assertThat(String.join("", lines.stream().map(AttributedString::toString).toList())).isEqualTo(ANSWER);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).toString();
                assertThat(DisplayWidth.of(l)).as("width %d: %s", width, l).isLessThanOrEqualTo(width);
                if (i > 0) assertThat(Kinsoku.noStart(l.codePointAt(0))).as("width %d starts: %s", width, l).isFalse();
                if (i < lines.size() - 1)
                    assertThat(Kinsoku.noEnd(l.codePointBefore(l.length()))).as("width %d ends: %s", width, l).isFalse();
            }
        }
    }

    @Test
    void aWordIsNeverSplitFromItsInlineReading() {
        for (int width = 24; width <= 60; width++) { // from the width of the widest word with its reading
            List<AttributedString> lines = Wrap.wrap(ANSWER, width);
            int at = 0;
            for (AttributedString line : lines.subList(0, lines.size() - 1)) {
                at += line.length();
                Matcher m = WORD_WITH_READING.matcher(ANSWER);
                while (m.find())
                    assertThat(at > m.start() && at < m.end()).as("width %d breaks %s", width, m.group()).isFalse();
            }
        }
    }

    @Test
    void wordsBreakOnlyBetweenWords() {
        List<String> words = List.of("米国《べいこく》", "は", "交渉《こうしょう》", "から", "撤退《てったい》", "する", "と",
                "認《みと》め", "た", "。");
        for (int width = 18; width <= 40; width++) { // from the width of the widest word
            List<AttributedString> lines = Wrap.wrapWords(words, org.jline.utils.AttributedStyle.DEFAULT, width);
            int at = 0;
            java.util.Set<Integer> bounds = new java.util.HashSet<>();
            for (String w : words) bounds.add(at += w.length());
            int end = 0;
            for (AttributedString l : lines) assertThat(bounds).as("width %d", width).contains(end += l.length());
        }
    }

    @Test
    void englishBreaksAtSpaces() {
        assertThat(Wrap.wrap("withdrawal; retreat; evacuation", 14).stream().map(AttributedString::toString))
                .containsExactly("withdrawal;", "retreat;", "evacuation");
    }

    @Test
    void fitAndEllipsizeCountEmojiAsTwoColumns() {
        AttributedString title = new AttributedString("ルーカス⚡モスクワ");
        assertThat(DisplayWidth.of(Wrap.fit(title, 11))).isEqualTo(11);
        assertThat(Wrap.fit(title, 11).toString()).isEqualTo("ルーカス⚡ ");
        assertThat(Wrap.ellipsize(title, 12).toString()).isEqualTo("ルーカス⚡…");
        assertThat(Wrap.ellipsize(title, 18).toString()).isEqualTo("ルーカス⚡モスクワ");
    }

    @Test
    void keyHintsWrapToASecondLineInsteadOfDroppingKeys() {
        List<AttributedString> items = List.of("←→ word", "↑↓ line", "space b page", "a add", "k known", "i ignore",
                "u undo", "f furigana", "/ search", "q quit").stream().map(AttributedString::new).toList();
        List<AttributedString> lines = Wrap.hints(items, 80);
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(80));
        String all = String.join("  ", lines.stream().map(AttributedString::toString).toList());
        for (AttributedString item : items) assertThat(all).contains(item.toString());
    }
}
