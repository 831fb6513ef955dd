package dev.yomu.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ArticleParserTest {
    private final ArticleParser parser = new ArticleParser();

    static ParsedArticle parseSeed(String name) throws Exception {
        String text = new TextDecoder().decode(Files.readAllBytes(Path.of("seeds", name)), name).text();
        return new ArticleParser().parse(new TextCleaner().clean(text), null);
    }

    static List<String> texts(ParsedArticle article, BlockKind kind) {
        return article.blocksOf(kind).stream().map(Block::text).toList();
    }

    static String joined(ParsedArticle article, BlockKind kind) {
        return String.join("\n", texts(article, kind));
    }

    @Test
    void simpleTextIsTitleAndParagraphs() {
        ParsedArticle a = parser.parse("猫の話\n\n猫は可愛い。犬も可愛い。\n\n鳥は飛ぶ。", null);
        assertThat(a.title()).isEqualTo("猫の話");
        assertThat(a.blocks()).extracting(Block::kind)
                .containsExactly(BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.PARAGRAPH);
        assertThat(a.blocks().get(1).sentences()).containsExactly("猫は可愛い。", "犬も可愛い。");
        assertThat(a.hasStudyText()).isTrue();
    }

    /** Notes and blog drafts mark headings with #; the markers are not part of the title or heading. */
    @Test
    void markdownHeadingsAreHeadingsWithoutTheirMarkers() {
        ParsedArticle a = parser.parse("# 港町に路面電車が戻ってくる\n## 路面電車の計画 ##\n港町市は計画を進めている。開業は春だ。\n"
                + "#\u3000なぜ今なのか\n人口が減っているためだ。\n#タグ付きの行は本文。", null);
        assertThat(a.title()).isEqualTo("港町に路面電車が戻ってくる");
        assertThat(texts(a, BlockKind.HEADING)).containsExactly("港町に路面電車が戻ってくる", "路面電車の計画", "なぜ今なのか");
        assertThat(texts(a, BlockKind.PARAGRAPH)).containsExactly("港町市は計画を進めている。開業は春だ。",
                "人口が減っているためだ。\n#タグ付きの行は本文。");
    }

    @Test
    void aOneLineTextIsItsOwnTitleAndBody() {
        for (String text : new String[] {"撤退の知らせが届いた。", "撤退の知らせが届いた。\n", "\n  撤退の知らせが届いた。\n\n"}) {
            ParsedArticle a = parser.parse(text, null);
            assertThat(a.title()).isEqualTo("撤退の知らせが届いた。");
            assertThat(a.hasStudyText()).as(text).isTrue();
            assertThat(a.studyBlocks()).extracting(Block::kind).containsExactly(BlockKind.PARAGRAPH);
            assertThat(a.studyBlocks().get(0).sentences()).containsExactly("撤退の知らせが届いた。");
        }
        assertThat(parser.parse("撤退の知らせが届いた。", "知らせ").title()).isEqualTo("知らせ");
    }

    @Test
    void aHeadlineOverNothingButPageNoiseIsStillStudied() {
        ParsedArticle a = parser.parse("ホーム | ニュース | 国際\n\n米軍の撤退が完了\n\n出典: example.com\n", null);
        assertThat(a.title()).isEqualTo("米軍の撤退が完了");
        assertThat(texts(a, BlockKind.PARAGRAPH)).containsExactly("米軍の撤退が完了");
    }

    /** A session recorded with script(1): its header, prompts and commands are not the text. */
    @Test
    void aTerminalLogIsTheJapaneseItPrinted() throws Exception {
        byte[] log;
        try (var in = getClass().getResourceAsStream("/import/terminal-session.log")) {
            log = in.readAllBytes();
        }
        String text = new TextCleaner().clean(new TextDecoder().decode(log, "session.log").text());
        ParsedArticle a = parser.parse(text, null);
        assertThat(a.title()).isEqualTo("撤退のお知らせが届いた。");
        assertThat(texts(a, BlockKind.PARAGRAPH)).containsExactly("撤退のお知らせが届いた。");
    }

    @Test
    void shellPromptsAndScriptLinesAreNoiseButSentencesAboutThemAreNot() {
        for (String line : new String[] {"Script started on 2026-12-02 17:40:30+00:00 [COMMAND=\"echo 日本\"]",
                "user@host:~/日本語$ cat 記事.txt", "[user@host 記事]$ echo 日本", "bash-5.2# echo 撤退", "(venv) me@pc:~% echo 日本"})
            assertThat(LineRules.isNoise(line)).as(line).isTrue();
        for (String line : new String[] {"# 見出し", "## 第二章", "$ で始まる行は日本語ではない。", "user@example.com に連絡してください。"})
            assertThat(LineRules.isNoise(line)).as(line).isFalse();
    }

    @Test
    void titleOverrideWins() {
        assertThat(parser.parse("猫の話\n\n猫は可愛い。", "  私の記事 ").title()).isEqualTo("私の記事");
    }

    @Test
    void textWithoutHeadlineGetsItsFirstSentenceAsTitle() {
        String body = "ロシア軍の機械がウクライナの領土に入る前でさえ、核戦争へのエスカレーションの脅威は育てられていた。".repeat(3);
        ParsedArticle a = parser.parse(body, null);
        assertThat(a.title()).hasSize(41).endsWith("…").startsWith("ロシア軍の機械が");
        assertThat(a.blocksOf(BlockKind.PARAGRAPH)).hasSize(1);
    }

    @Test
    void onlyNoiseHasNoStudyText() {
        ParsedArticle a = parser.parse("PAGE TOP\n\nhttps://example.com\n\n出典:Wikipedia", null);
        assertThat(a.hasStudyText()).isFalse();
        assertThat(a.title()).isEqualTo("無題");
    }

    @Test
    void indentedLinesStartNewParagraphs() {
        ParsedArticle a = parser.parse("題名\n\n　一つ目の段落です。\n　二つ目の段落です。", null);
        assertThat(texts(a, BlockKind.PARAGRAPH)).containsExactly("一つ目の段落です。", "二つ目の段落です。");
    }

    @Test
    void commentThreadWithoutHeaderStartsAtAnonymousNameAndDate() {
        String text = "見出しです\n\n本文の文章です。\n\n名無しさん\n2024/01/02 12:34\n\nこれはコメントです。\n\n名無しさん\n2024/01/03\n\n二つ目のコメント。";
        ParsedArticle a = parser.parse(text, null);
        assertThat(texts(a, BlockKind.PARAGRAPH)).containsExactly("本文の文章です。");
        assertThat(texts(a, BlockKind.COMMENT)).containsExactly("これはコメントです。", "二つ目のコメント。");
    }

    @Test
    void dateUnderHeadlineIsNoiseAndDoesNotStartComments() {
        ParsedArticle a = parser.parse("見出しです\n2024年1月2日\n\n本文の文章です。", null);
        assertThat(texts(a, BlockKind.PARAGRAPH)).containsExactly("本文の文章です。");
        assertThat(a.blocksOf(BlockKind.COMMENT)).isEmpty();
    }

    @Test
    void genericNoiseLinesAreBoilerplate() {
        String text = String.join("\n\n", "見出しです", "本文の一つ目です。",
                "ホーム > ニュース > 国際", "写真：記者会見する首相", "（写真：AFP）", "Photo by John on Unsplash",
                "前の記事", "シェアする", "カテゴリー：国際", "Copyright © 2024 Example", "本文の二つ目です。");
        ParsedArticle a = parser.parse(text, null);
        assertThat(texts(a, BlockKind.PARAGRAPH)).containsExactly("本文の一つ目です。", "本文の二つ目です。");
    }

    @Test
    void bodySentencesMentioningCommentsOrPhotosStayParagraphs() {
        String text = "見出しです\n\n首相はコメントをすることを拒否した。\n\n写真家の作品が展示された。\n\n出典を確認する必要がある。";
        assertThat(texts(parser.parse(text, null), BlockKind.PARAGRAPH)).hasSize(3);
    }

    @Test
    void shortLinesEndingInCommaOrLongLinesAreNotHeadings() {
        String text = "題名\n\n本文です。\n\nそれまでだが、、、\n\n本文です、続き。";
        ParsedArticle a = parser.parse(text, null);
        assertThat(texts(a, BlockKind.HEADING)).containsExactly("題名");
    }

    @Test
    void relatedArticlesListEndsAtFirstNonListLine() {
        String text = "見出しです\n\n本文です。\n\n関連記事\n  1. 記事Aのタイトル\n  2. 記事Bのタイトル…\n\n"
                + "ここからまた本文が始まる長い段落です。これは二文目です。";
        ParsedArticle a = parser.parse(text, null);
        assertThat(texts(a, BlockKind.PARAGRAPH)).containsExactly("本文です。", "ここからまた本文が始まる長い段落です。これは二文目です。");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against runaway (quadratic) parsing, not a speed test
    void megabyteLineWithoutPunctuationParsesQuickly() {
        String line = "ロシア連邦大統領府核抑止政策基本原則「".repeat(55_000);
        ParsedArticle a = parser.parse("見出し\n\n" + line, null);
        assertThat(a.blocksOf(BlockKind.PARAGRAPH)).hasSize(1);
    }
}
