package dev.yomu.reader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.article.Analyzer;
import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;
import dev.yomu.dict.MemoryLexicon;
import dev.yomu.dict.TestDictionaries;
import dev.yomu.store.ArticleStore.StoredSentence;
import dev.yomu.study.ReaderWord;
import dev.yomu.text.BlockKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Which parts of a real sentence the reader's cursor stops on, through the real tokenizer and dictionary. */
class ReaderDocumentTest {
    private static dev.yomu.dict.Lexicon lexicon;
    private static Analyzer analyzer;

    @BeforeAll
    static void load() {
        lexicon = TestDictionaries.bundled();
        analyzer = new Analyzer(lexicon);
    }

    private static ReaderDocument doc(String text, ReaderWord... words) {
        var tokens = analyzer.analyze(0, BlockKind.PARAGRAPH, text).tokens();
        return ReaderDocument.of(1, "t", List.of(new StoredSentence(0, 0, BlockKind.PARAGRAPH, text, tokens)), List.of(words),
                lexicon);
    }

    private static List<Piece> words(ReaderDocument d) {
        return d.paragraphs().get(0).pieces().stream().filter(Piece::isWord).toList();
    }

    private static ReaderWord studyWord(long id, String lemma, String reading) {
        return new ReaderWord(id, lemma, reading, "noun", WordKind.STUDY, WordMark.UNKNOWN, "", 1, 1, null, null, 0);
    }

    @Test
    void everyWordIsAStopNotOnlyTheStudyWords() {
        ReaderDocument d = doc("我々は三日前から大きな問題について何らかの対応を考えてきたが、20日に169人が来ることになった。",
                studyWord(7, "問題", "もんだい"));
        assertThat(words(d)).extracting(Piece::text)
                .containsExactly("我々", "三日", "前", "大きな", "問題", "何らかの", "対応", "考え", "20日", "169人", "来る");
        Map<String, Piece> byText = new java.util.HashMap<>();
        words(d).forEach(p -> byText.put(p.text(), p));
        assertThat(byText.get("問題").wordId()).isEqualTo(7);
        assertThat(byText.get("問題").isStored()).isTrue();
        assertThat(byText.get("我々").isStored()).isFalse();
        assertThat(byText.get("我々").lemma()).isEqualTo(new Lemma("我々", "われわれ", "pronoun", null));
        assertThat(byText.get("大きな").lemma().label()).isEqualTo("pre-noun adjective");
        assertThat(byText.get("考え").lemma().form()).isEqualTo("考える");
    }

    @Test
    void aNumberAndItsCounterAreOneWordReadAsAUnit() {
        ReaderDocument d = doc("三日と数年と20日と24日と二人と169人と8月末と1918年3月とXNUMX日。");
        Map<String, String> readings = new java.util.LinkedHashMap<>();
        words(d).forEach(p -> readings.put(p.text(), p.reading()));
        // counters change their sound: the parts' readings joined (さんにち, ににん) would be wrong
        assertThat(readings).containsEntry("三日", "みっか").containsEntry("数年", "すうねん")
                .containsEntry("20日", "はつか").containsEntry("24日", "にじゅうよっか").containsEntry("二人", "ふたり")
                .containsEntry("169人", "ひゃくろくじゅうきゅうにん").containsEntry("8月", "はちがつ").containsEntry("末", "まつ")
                .doesNotContainKey("月末") // 8月 + 末, not 8 + 月末
                .containsEntry("1918年", "せんきゅうひゃくじゅうはちねん").containsEntry("3月", "さんがつ") // not 月 read つき
                .containsEntry("XNUMX日", ""); // a number machine translation mangled: not 日 read び
        Lemma people = words(d).stream().filter(p -> p.text().equals("169人")).findFirst().orElseThrow().lemma();
        assertThat(people.counter()).isEqualTo(new Lemma("人", "にん", "counter", null));
    }

    @Test
    void grammarInKanaIsNoStopButKanjiAlwaysIs() {
        ReaderDocument d = doc("状況に対してこれを見ていることがある。");
        assertThat(words(d)).extracting(Piece::text).containsExactly("状況", "に対して", "これ", "見");
    }

    @Test
    void aParagraphIsCutIntoPiecesOnlyWhenTheReaderGetsToIt() {
        String first = "今日は晴れた。", second = "XNUMX日に来た。"; // the mangled number is read through the dictionary
        java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
        dev.yomu.dict.Lexicon counting = new dev.yomu.dict.Lexicon() {
            @Override
            public List<dev.yomu.dict.DictEntry> lookup(String form) {
                lookups.incrementAndGet();
                return lexicon.lookup(form);
            }

            @Override
            public boolean containsForm(String form) {
                lookups.incrementAndGet();
                return lexicon.containsForm(form);
            }
        };
        ReaderDocument d = ReaderDocument.of(1, "t", List.of(
                new StoredSentence(0, 0, BlockKind.HEADING, first, analyzer.analyze(0, BlockKind.HEADING, first).tokens()),
                new StoredSentence(1, 1, BlockKind.COMMENT, "（注）", List.of()),
                new StoredSentence(2, 2, BlockKind.PARAGRAPH, second, analyzer.analyze(1, BlockKind.PARAGRAPH, second).tokens())),
                List.of(), counting);

        assertThat(d.paragraphs()).hasSize(2);
        assertThat(d.text()).isEqualTo(first + second); // the comment is no reader text
        assertThat(d.paragraphs().get(0).heading()).isTrue();
        assertThat(lookups).hasValue(0);
        assertThat(d.paragraphs().get(1).pieces()).extracting(Piece::text).contains("XNUMX日");
        assertThat(d.paragraphs().get(1).heading()).isFalse();
        int afterSecond = lookups.get();
        assertThat(afterSecond).isPositive();
        assertThat(d.paragraphs().get(1)).isSameAs(d.paragraphs().get(1)); // cut once
        assertThat(lookups).hasValue(afterSecond);
    }
}
