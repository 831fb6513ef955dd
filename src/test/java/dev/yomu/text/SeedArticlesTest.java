package dev.yomu.text;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.yomu.text.ArticleParserTest.joined;
import static dev.yomu.text.ArticleParserTest.parseSeed;
import static dev.yomu.text.ArticleParserTest.texts;
import static org.assertj.core.api.Assertions.assertThat;

/** The four seed articles, with the noise each one was chosen for. */
class SeedArticlesTest {

    @Test
    void talibanArticleHasItsHeadlineAsTitle() throws Exception {
        ParsedArticle a = parseSeed("us-taliban-allies.txt");
        assertThat(a.title()).isEqualTo("米国、タリバンとの交渉内容を同盟国と共有したり調整することは行っていないと認める");
        assertThat(texts(a, BlockKind.BOILERPLATE)).contains("米国関連");
    }

    @Test
    void talibanCommentThreadStaysOutOfTheArticle() throws Exception {
        ParsedArticle a = parseSeed("us-taliban-allies.txt");
        String paragraphs = joined(a, BlockKind.PARAGRAPH) + joined(a, BlockKind.HEADING);
        assertThat(paragraphs).doesNotContain("匿名", "2021年 8月", "トライデント核ミサイル", "釣られてやる", "梯子なんて",
                "やっぱ交渉してんすねぇ", "C-2の出番");
        String comments = joined(a, BlockKind.COMMENT);
        assertThat(comments).contains("トライデント核ミサイル", "釣られてやる", "やっぱ交渉してんすねぇ", "C-2の出番もあるのかしらん")
                .doesNotContain("匿名", "2021年 8月");
        assertThat(a.blocksOf(BlockKind.COMMENT)).hasSize(25);
        assertThat(a.blocksOf(BlockKind.COMMENT)).allSatisfy(b -> assertThat(b.sentences()).isNotEmpty());
    }

    @Test
    void talibanLinkListsNavigationAndCreditsAreBoilerplate() throws Exception {
        ParsedArticle a = parseSeed("us-taliban-allies.txt");
        String boilerplate = joined(a, BlockKind.BOILERPLATE);
        assertThat(boilerplate).contains("PAGE TOP", "関連記事", "この記事へのトラックバックはありません。",
                "米軍、運用コスト削減に失敗するとF-35維持に年間1.7兆円もの負担が必要", "軍事的雑学",
                "4/28更新|西側諸国がウクライナに提供を約束した重装備のリスト",
                "参考:Limited Coordination", "参考:NATO Press conference", "出典:Public Domain",
                "出典:Department of Defense", "※アイキャッチ画像の出典:", "前のページ", "次のページ", "関連記事:英国が米国の");
        String study = joined(a, BlockKind.PARAGRAPH) + joined(a, BlockKind.HEADING);
        assertThat(study).doesNotContain("PAGE TOP", "米国関連", "F-35維持", "ラファール", "前のページ", "出典", "参考:");
    }

    @Test
    void talibanBodyIsParagraphs() throws Exception {
        ParsedArticle a = parseSeed("us-taliban-allies.txt");
        List<String> sentences = a.blocksOf(BlockKind.PARAGRAPH).stream().flatMap(b -> b.sentences().stream()).toList();
        for (String word : List.of("交渉", "撤退", "避難", "国防総省", "報道官"))
            assertThat(sentences).as(word).anyMatch(s -> s.contains(word));
        assertThat(joined(a, BlockKind.PARAGRAPH)).contains(
                "国防総省のジョン・カービー報道官は20日「米軍が空港外に派遣され169人の米国市民を救助した」と発表した",
                "アゼルバイジャンの役割に感謝する", "無知だっただけと言えばそれまでだが、、、");
        assertThat(a.blocksOf(BlockKind.PARAGRAPH)).hasSize(10);
    }

    @Test
    void moscowRepeatsAreKeptOnce() throws Exception {
        ParsedArticle a = parseSeed("moscow-nuclear-warning.txt");
        List<String> paragraphs = texts(a, BlockKind.PARAGRAPH);
        assertThat(paragraphs).hasSize(8).doesNotHaveDuplicates();
        String repeated = "結局のところ、西側諸国は手遅れになる前に自分たちの行動を考え直す必要がある。";
        assertThat(paragraphs).filteredOn(p -> p.startsWith(repeated)).hasSize(1);
        assertThat(texts(a, BlockKind.BOILERPLATE)).filteredOn(p -> p.startsWith(repeated)).hasSize(1);
    }

    @Test
    void moscowHeadlineIsFoundBelowTheBlogNameAndTagline() throws Exception {
        ParsedArticle a = parseSeed("moscow-nuclear-warning.txt");
        assertThat(a.title()).isEqualTo("ルーカス・レイロス⚡モスクワは核エスカレーションの危険性について西側に警告を続けている。");
        assertThat(texts(a, BlockKind.BOILERPLATE)).contains("locom2 diary",
                "少数意見こそが真実を伝えている。個性派揃いの海外ブロガーたちの記事を紹介。", "strategic-culture.su",
                "Image from Gyazo", "ルーカス・レイロス著:16/11/2024");
    }

    @Test
    void siberianHeadingsAreRecognised() throws Exception {
        ParsedArticle a = parseSeed("siberian-intervention.txt");
        assertThat(a.title()).isEqualTo("対ソ干渉戦争");
        assertThat(texts(a, BlockKind.HEADING)).containsExactly("対ソ干渉戦争", "ロシア革命勃発に対する連合国の対応",
                "英仏秘密協定の成立", "干渉戦争の開始", "シベリア出兵", "戦時共産主義", "干渉戦争の転換", "干渉軍の撤退",
                "日本軍の撤退");
        assertThat(texts(a, BlockKind.BOILERPLATE)).containsExactly("印刷 | 通常画面に戻る |");
        assertThat(a.blocksOf(BlockKind.PARAGRAPH)).hasSize(12);
        assertThat(a.blocks().get(0).kind()).isEqualTo(BlockKind.BOILERPLATE);
    }

    @Test
    void siberianQuotesStayInsideTheirSentences() throws Exception {
        ParsedArticle a = parseSeed("siberian-intervention.txt");
        List<String> sentences = a.blocksOf(BlockKind.PARAGRAPH).stream().flatMap(b -> b.sentences().stream()).toList();
        assertThat(sentences).anyMatch(s -> s.contains("「土地とパンと平和」を目指した") && s.endsWith("を決議した。"));
    }

    @Test
    void russiaPhotoCreditCaptionAuthorBioAndRepublicationNoticeAreBoilerplate() throws Exception {
        ParsedArticle a = parseSeed("russia-nuclear-threat.txt");
        String boilerplate = joined(a, BlockKind.BOILERPLATE);
        assertThat(boilerplate).contains("Shutterstock経由のSerhiiMilekhin", "核ミサイル3", "著者について",
                "クリストフ・ブルース、国際関係と安全保障の教授", "クリエイティブコモンズライセンスの下で",
                "インナーセルフ購読グラフィック");
        String study = joined(a, BlockKind.PARAGRAPH) + joined(a, BlockKind.HEADING);
        assertThat(study).doesNotContain("Shutterstock", "核ミサイル3", "著者について", "ブラッドフォード大学", "再公開");
        assertThat(texts(a, BlockKind.HEADING)).containsExactly("新しいポリシー", "混合信号");
    }

    @Test
    void russiaWithoutHeadlineTakesItsFirstSentenceAsTitle() throws Exception {
        ParsedArticle a = parseSeed("russia-nuclear-threat.txt");
        assertThat(a.title()).startsWith("ロシア軍の機械が24月XNUMX日に").endsWith("…");
    }

    @Test
    void seedReadsTheSameFromShiftJisWithCrlfAndEucJp() throws Exception {
        // • and the no-break space have no Shift_JIS code; the page would have used ・ and a space
        String text = Files.readString(Path.of("seeds", "us-taliban-allies.txt")).replace('•', '・').replace('\u00A0', ' ');
        ParsedArticle utf8 = new ArticleParser().parse(new TextCleaner().clean(text), null);
        assertThat(utf8.blocksOf(BlockKind.COMMENT)).hasSize(25);
        for (String charset : List.of("windows-31j", "EUC-JP")) {
            byte[] bytes = text.replace("\n", "\r\n").getBytes(Charset.forName(charset));
            DecodedText decoded = new TextDecoder().decode(bytes, "x.txt");
            assertThat(decoded.charset()).isEqualTo(charset);
            ParsedArticle parsed = new ArticleParser().parse(new TextCleaner().clean(decoded.text()), null);
            assertThat(parsed).as(charset).isEqualTo(utf8);
        }
    }

    @Test
    void everySeedHasStudyTextWithSentences() throws Exception {
        for (String seed : List.of("us-taliban-allies.txt", "moscow-nuclear-warning.txt", "siberian-intervention.txt",
                "russia-nuclear-threat.txt")) {
            ParsedArticle a = parseSeed(seed);
            assertThat(a.hasStudyText()).as(seed).isTrue();
            assertThat(a.studyBlocks()).allSatisfy(b -> assertThat(b.sentences()).isNotEmpty());
            assertThat(a.blocksOf(BlockKind.BOILERPLATE)).allSatisfy(b -> assertThat(b.sentences()).isEmpty());
        }
    }
}
