package dev.yomu.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.reader.FuriganaMode;
import dev.yomu.reader.Lemma;
import dev.yomu.reader.Paragraph;
import dev.yomu.reader.Piece;
import dev.yomu.reader.ReaderDocument;
import dev.yomu.reader.WordStatus;
import dev.yomu.tui.ReaderLayout.Layout;
import dev.yomu.tui.ReaderLayout.Line;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReaderLayoutTest {
    private static final Piece ALLY = new Piece("同盟国", "どうめいこく", 1);
    private static final Piece TO = new Piece("と", "と", -1);
    private static final Piece SHARE = new Piece("共有", "きょうゆう", 2);
    private static final Piece SURU = new Piece("する", "する", -1);
    private static final Piece DAY = new Piece("今日", "きょう", -1);

    private final Map<Long, WordStatus> statuses = new HashMap<>(Map.of(1L, WordStatus.UNKNOWN, 2L, WordStatus.UNKNOWN));

    private static ReaderDocument doc(Piece... pieces) {
        return new ReaderDocument(1, "title", List.of(new Paragraph(false, List.of(pieces))));
    }

    private Layout layout(ReaderDocument doc, FuriganaMode mode, int width, boolean ruby, int selected) {
        return new ReaderLayout(doc, statuses, ReaderStyles.colour(), mode).layout(width, ruby, selected);
    }

    private static List<String> texts(Layout l) {
        List<String> out = new ArrayList<>();
        for (Line line : l.lines()) out.add(line.text().toString());
        return out;
    }

    @Test
    void unknownWordsCarryInlineFuriganaAndKnownWordsReadClean() {
        statuses.put(2L, WordStatus.KNOWN);
        Layout l = layout(doc(DAY, ALLY, TO, SHARE, SURU), FuriganaMode.UNKNOWN, 80, false, -1);
        assertThat(texts(l)).containsExactly("今日同盟国(どうめいこく)と共有する");
    }

    @Test
    void aWordThatIsNoStudyWordIsACursorStopAndKeepsItsReadingUntilKnownWordsAlone() {
        Piece we = new Piece("我々", "われわれ", -1, new Lemma("我々", "われわれ", "pronoun", null));
        statuses.put(2L, WordStatus.IGNORED);
        Layout l = layout(doc(we, TO, ALLY, TO, SHARE), FuriganaMode.UNKNOWN, 80, false, 0);
        // ignoring a word says it is not worth studying, not that the learner can read it
        assertThat(texts(l)).containsExactly("我々(われわれ)と同盟国(どうめいこく)と共有(きょうゆう)");
        assertThat(l.occurrences()).isEqualTo(3);
        assertThat(l.wordOf()).containsExactly(-1, 1, 2);
        assertThat(l.lines().get(0).text().toAnsi()).startsWith("\u001b[7m我々"); // selected, in no status colour
    }

    @Test
    void allModeReadsEveryKanjiWordAndNoneModeReadsNothing() {
        ReaderDocument d = doc(DAY, ALLY, TO, SHARE, SURU);
        assertThat(texts(layout(d, FuriganaMode.ALL, 80, false, -1)))
                .containsExactly("今日(きょう)同盟国(どうめいこく)と共有(きょうゆう)する");
        assertThat(texts(layout(d, FuriganaMode.NONE, 80, false, -1))).containsExactly("今日同盟国と共有する");
        assertThat(FuriganaMode.UNKNOWN.next()).isEqualTo(FuriganaMode.ALL);
        assertThat(FuriganaMode.ALL.next()).isEqualTo(FuriganaMode.NONE);
        assertThat(FuriganaMode.NONE.next()).isEqualTo(FuriganaMode.UNKNOWN);
    }

    @Test
    void wrapsByDisplayWidthAndNeverSplitsAWordThatFitsALine() {
        Layout l = layout(doc(ALLY, TO, SHARE, SURU, ALLY), FuriganaMode.UNKNOWN, 24, false, -1);
        for (Line line : l.lines()) assertThat(line.text().columnLength()).isLessThanOrEqualTo(24);
        // 同盟国(どうめいこく) is 20 columns: と (2) fits after it, 共有(きょうゆう) (16) does not
        assertThat(texts(l)).containsExactly("同盟国(どうめいこく)と", "共有(きょうゆう)する", "同盟国(どうめいこく)");
        assertThat(l.lineOf()).containsExactly(0, 1, 2);
        assertThat(l.startCol()).containsExactly(0, 0, 0);
        assertThat(l.endCol()).containsExactly(20, 16, 20);
    }

    @Test
    void aWordLongerThanTheLineIsCutByCharacters() {
        Layout l = layout(doc(ALLY), FuriganaMode.NONE, 4, false, -1);
        assertThat(texts(l)).containsExactly("同盟", "国");
        assertThat(l.lines().get(0).spans()).hasSize(1);
        assertThat(l.lines().get(1).spans()).hasSize(1);
    }

    @Test
    void rubyLineSetsEachReadingOverItsKanjiAndMovesAWordRightRatherThanLetReadingsCollide() {
        Layout l = layout(doc(ALLY, TO, SHARE, SURU), FuriganaMode.UNKNOWN, 60, true, -1);
        // どうめいこく (12 columns) overhangs と; 共有 moves right to column 13 so its reading starts after it
        assertThat(texts(l)).containsExactly("どうめいこく きょうゆう", "同盟国と     共有する");
        assertThat(l.lines().get(0).ruby()).isTrue();
        assertThat(l.lineOf()).containsExactly(1, 1);
        assertThat(l.startCol()).containsExactly(0, 13);
        assertThat(l.endCol()).containsExactly(6, 17);
        Layout kanaBetween = layout(doc(ALLY, SURU, SURU, SURU, SHARE), FuriganaMode.UNKNOWN, 60, true, -1);
        assertThat(texts(kanaBetween)).containsExactly("どうめいこく      きょうゆう", "同盟国するするする共有");
    }

    @Test
    void rubyReadingsSplitAroundOkurigana() {
        statuses.put(3L, WordStatus.UNKNOWN);
        Layout l = layout(doc(new Piece("取り組み", "とりくみ", 3)), FuriganaMode.UNKNOWN, 60, true, -1);
        assertThat(texts(l)).containsExactly("と  く", "取り組み");
    }

    @Test
    void okuriganaStaysOutOfTheReading() {
        statuses.put(3L, WordStatus.LEARNING);
        Layout l = layout(doc(new Piece("認める", "みとめる", 3)), FuriganaMode.UNKNOWN, 40, false, -1);
        assertThat(texts(l)).containsExactly("認(みと)める");
    }

    @Test
    void theSelectedWordIsInverseAndOthersKeepTheirStatusStyle() {
        Layout l = layout(doc(ALLY, TO, SHARE), FuriganaMode.NONE, 40, false, 1);
        String ansi = l.lines().get(0).text().toAnsi();
        assertThat(ansi).contains("\u001b[7;33m共有").startsWith("\u001b[33m同盟国");
        assertThat(l.nearest(0, 100)).isEqualTo(1);
        assertThat(l.nearest(0, 0)).isEqualTo(0);
    }

    @Test
    void controlCharactersAndEscapeSequencesInTheTextNeverReachTheScreen() {
        Piece evil = new Piece("赤\u001b[31m字\u001b]0;pwned\u0007\u009b2J\u202e終", "", -1);
        Layout l = layout(doc(evil, ALLY), FuriganaMode.ALL, 80, false, 0);
        String ansi = l.lines().get(0).text().toAnsi();
        assertThat(texts(l).get(0)).isEqualTo("赤[31m字]0;pwned2J終同盟国(どうめいこく)");
        assertThat(ansi).doesNotContain("\u001b[31m字").doesNotContain("\u001b]").doesNotContain("\u0007")
                .doesNotContain("\u009b").doesNotContain("\u202e");
    }

    @Test
    void monochromeStylesUseUnderlineAndBoldInsteadOfColour() {
        ReaderStyles mono = ReaderStyles.monochrome();
        String unknown = new org.jline.utils.AttributedString("x", mono.word(WordStatus.UNKNOWN, false, false)).toAnsi();
        String learning = new org.jline.utils.AttributedString("x", mono.word(WordStatus.LEARNING, false, false)).toAnsi();
        assertThat(unknown).contains("\u001b[4m").doesNotContain("[3");
        assertThat(learning).contains("\u001b[1m").doesNotContain("[3");
        assertThat(mono.legend().toString()).isEqualTo("unknown learning known name");
    }

    /** Lines break by kinsoku: 、 and 。 stay with the word before, 「 with the word after, at every width. */
    @Test
    void noLineStartsWithClosingPunctuationOrEndsWithAnOpeningBracket() {
        Piece comma = new Piece("、", "", -1), stop = new Piece("。", "", -1), open = new Piece("「", "", -1),
                close = new Piece("」", "", -1), small = new Piece("ょ", "", -1);
        ReaderDocument d = doc(ALLY, comma, SHARE, SURU, open, DAY, close, stop, ALLY, TO, small, SHARE, comma, DAY, stop);
        for (FuriganaMode mode : FuriganaMode.values())
            for (int width = 24; width <= 50; width++) { // every word with its reading and punctuation fits
                List<String> lines = texts(layout(d, mode, width, false, -1));
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (i > 0) assertThat(dev.yomu.text.Kinsoku.noStart(line.codePointAt(0)))
                            .as("%s at %d starts a line: %s", mode, width, lines).isFalse();
                    if (i < lines.size() - 1) assertThat(dev.yomu.text.Kinsoku.noEnd(line.codePointBefore(line.length())))
                            .as("%s at %d ends a line: %s", mode, width, lines).isFalse();
                }
            }
    }

    /** The text's own parentheses beside inline readings would read as readings: readings take 《》 then. */
    @Test
    void readingsUseBracketsTheTextDoesNotUse() {
        Piece aside = new Piece("(", "", -1), end = new Piece(")", "", -1);
        Layout l = layout(doc(ALLY, aside, SHARE, end), FuriganaMode.ALL, 80, false, -1);
        assertThat(texts(l)).containsExactly("同盟国《どうめいこく》(共有《きょうゆう》)");
    }

    /** The screen's layout grows a paragraph at a time as far as it is asked, to the same lines as the whole. */
    @Test
    void aGrowingLayoutLaysOutOnlyTheParagraphsAskedForAndEndsAsTheWholeLayout() {
        int[] furthest = {-1};
        List<Paragraph> many = new java.util.AbstractList<>() {
            @Override
            public Paragraph get(int i) {
                furthest[0] = Math.max(furthest[0], i);
                return new Paragraph(i % 7 == 0, List.of(ALLY, TO, SHARE, SURU, DAY, i % 2 == 0 ? ALLY : SHARE));
            }

            @Override
            public int size() {
                return 50;
            }
        };
        ReaderDocument d = new ReaderDocument(1, "title", many, "同盟国と共有する今日");
        for (boolean ruby : new boolean[] {false, true}) {
            furthest[0] = -1;
            ReaderLayout.Growing g = new ReaderLayout(d, statuses, ReaderStyles.colour(), FuriganaMode.UNKNOWN).growing(24, ruby, 3);
            assertThat(furthest[0]).isEqualTo(-1);
            assertThat(g.hasLine(0)).isTrue();
            assertThat(furthest[0]).isZero();
            assertThat(g.linesUpTo(10)).isEqualTo(10);
            assertThat(furthest[0]).isBetween(1, 5);
            int line = g.lineOf(20), col = g.startCol(20); // three words a paragraph: the seventh paragraph
            assertThat(furthest[0]).isEqualTo(6);
            Layout whole = layout(d, FuriganaMode.UNKNOWN, 24, ruby, 3);
            assertThat(line).isEqualTo(whole.lineOf()[20]);
            assertThat(col).isEqualTo(whole.startCol()[20]);
            for (int i = 0; i < whole.lines().size(); i++) {
                assertThat(g.line(i)).isEqualTo(whole.lines().get(i));
                assertThat(g.nearest(i, 5)).isEqualTo(whole.nearest(i, 5));
            }
            assertThat(g.hasLine(whole.lines().size())).isFalse();
            assertThat(g.linesUpTo(whole.lines().size() + 30)).isEqualTo(whole.lines().size());
            assertThat(g.lineOf(whole.occurrences())).isEqualTo(-1);
            Layout completed = g.complete();
            assertThat(completed.lines()).isEqualTo(whole.lines());
            assertThat(completed.lineOf()).isEqualTo(whole.lineOf());
            assertThat(completed.wordOf()).isEqualTo(whole.wordOf());
        }
    }
}
