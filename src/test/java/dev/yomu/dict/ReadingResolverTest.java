package dev.yomu.dict;

import dev.yomu.article.AnalyzedSentence;
import dev.yomu.article.Analyzer;
import dev.yomu.text.BlockKind;
import dev.yomu.text.Furigana;
import dev.yomu.text.JapaneseTokenizer;
import dev.yomu.text.Kana;
import dev.yomu.text.Reading;
import dev.yomu.text.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading resolver on real sentences, with the real tokenizer and the bundled dictionary. */
class ReadingResolverTest {
    private static final JapaneseTokenizer TOKENIZER = new JapaneseTokenizer();
    private static final ReadingResolver RESOLVER = new ReadingResolver(TestDictionaries.bundled());

    /** What a learner reads over target: the readings of the tokens it spans, kana as written. */
    static String readingOf(String sentence, String target) {
        int begin = sentence.indexOf(target);
        assertThat(begin).as(target + " in " + sentence).isGreaterThanOrEqualTo(0);
        int end = begin + target.length();
        StringBuilder sb = new StringBuilder();
        for (Token t : RESOLVER.resolve(TOKENIZER.tokenize(sentence))) {
            if (t.end() <= begin || t.begin() >= end) continue;
            if (t.begin() < begin || t.end() > end) return "⟨" + t.surface() + " reaches outside " + target + "⟩";
            boolean read = !t.surfaceReading().isEmpty() && !Kana.isAllKana(t.surface());
            sb.append(read ? Reading.asWritten(t.surface(), t.surfaceReading()) : t.surface());
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(delimiter = '\t', value = {
            // months and days, digits and kanji
            "政府は4月1日から新しい制度を導入する。\t4月\tしがつ",
            "政府は4月1日から新しい制度を導入する。\t1日\tついたち",
            "九月の連休に出かけた。\t九月\tくがつ",
            "締め切りは今月の二十日だ。\t二十日\tはつか",
            "一郎は毎月一日に家賃を払っている。\t一日\tついたち",
            "この薬は1日3回、食後に飲んでください。\t1日\tいちにち",
            "首相は1日、記者会見を開いた。\t1日\tついたち",
            "1日午前、地震があった。\t1日\tついたち",
            "1日で仕上げた。\t1日\tいちにち",
            "ボーイングは14日、新しい機体を発表した。\t14日\tじゅうよっか",
            "会議は24日に開かれる。\t24日\tにじゅうよっか",
            "何月に日本へ来ましたか。\t何月\tなんがつ",
            // counters with their sound changes
            "駅まで歩いて6分かかる。\t6分\tろっぷん",
            "列車は午前9時53分に終点に到着した。\t9時53分\tくじごじゅうさんぷん",
            "一匹の犬がこちらへ走ってきた。\t一匹\tいっぴき",
            "部屋には1人しかいなかった。\t1人\tひとり",
            "4人家族で郊外に暮らしている。\t4人\tよにん",
            "この仕事は三日で仕上げなければならない。\t三日\tみっか",
            "入院は七日間に及んだ。\t七日間\tなのかかん",
            "2ヶ月後にはイギリスも続いた。\t2ヶ月後\tにかげつご",
            "80ヶ国以上から参加した。\t80ヶ国\tはちじゅっかこく",
            "今年は10回目の記念大会になる。\t10回目\tじゅっかいめ",
            "兄は20歳の誕生日を祝った。\t20歳\tはたち",
            "先生に質問が3つある。\t3つ\tみっつ",
            "傘が何本あるか数えた。\t何本\tなんぼん",
            "ソ連は1991年に崩壊した。\t1991年\tせんきゅうひゃくきゅうじゅういちねん",
            "特に日本は7万以上の兵力を投入した。\t7万\tななまん",
            "何万という人が集まった。\t何万\tなんまん",
            "この町の祭りは毎年8月の第1土曜日に行われる。\t第1\tだいいち",
            "第2回の会合が開かれた。\t第2回\tだいにかい",
            "撤退期限の8月末より早く出発した。\t8月末\tはちがつまつ",
            "侵略前の数日間、動きがあった。\t数日間\tすうじつかん",
            // 十分 and 何分: minutes only next to time words
            "会議まであと十分しかない。\t十分\tじゅっぷん",
            "彼の説明で十分理解できた。\t十分\tじゅうぶん",
            "撤退も十分ありえる。\t十分\tじゅうぶん",
            "何分待てばいいですか。\t何分\tなんぷん",
            "何分にも急なことで準備が足りない。\t何分\tなにぶん", // the adverb, not minutes (review finding)
            "今は何時何分ですか。\t何分\tなんぷん",
            "予算は11兆円に上る。\t11兆円\tじゅういっちょうえん",
            // numbers that are not counts stay as written
            "F-15QAが初飛行に成功した。\t15\t15",
            "列車は2番線から出る。\t2番線\tにばんせん",
            "本を3ページ読んだ。\t3ページ\tさんページ",
            "30代の男性が7時半に来た。\t30代\tさんじゅうだい",
            "30代の男性が7時半に来た。\t7時半\tしちじはん",
            "数十人が集まった。\t数十人\tすうじゅうにん",
            // a number written from a unit on has no one before it (review finding)
            "数万人が避難した。\t数万人\tすうまんにん",
            "何万円もかかった。\t何万円\tなんまんえん",
            "数億円の損失が出た。\t数億円\tすうおくえん",
            "数千万円を投じた。\t数千万円\tすうせんまんえん",
            "年間1.7兆円もの負担が必要だ。\t1.7兆円\t1.7ちょうえん", // a decimal: 兆 is not read いっちょう
    })
    void numbersWithCounters(String sentence, String target, String reading) {
        assertThat(readingOf(sentence, target)).isEqualTo(reading);
    }

    @ParameterizedTest(name = "{1} in {0} is {2}")
    @CsvSource(delimiter = '\t', value = {
            // one positive and, where a rule could over-reach, one negative case per rule
            "日本の夏は蒸し暑い。\t日本\tにほん",
            "東京と大阪の間を新幹線で移動した。\t間\tあいだ",
            "夏休みの間、祖父の家で過ごした。\t間\tあいだ",
            "食事の後に薬を飲んでください。\t後に\tあとに",
            "食べた後で歯を磨く。\t後\tあと",
            "彼は後にノーベル賞を受賞した。\t後に\tのちに",
            "その後に雨が降った。\tその後に\tそのごに|そのあとに",
            "紛争後に国を統合する。\t紛争後\tふんそうご",
            "今日に至るまで、その謎は解明されていない。\t今日\tこんにち",
            "今日の科学技術は急速に進歩している。\t今日\tこんにち",
            "今日では誰もが携帯電話を持つ。\t今日\tこんにち",
            "今日は朝から雨が降っている。\t今日\tきょう",
            "朝早く近所の市場で魚を買った。\t市場\tいちば",
            "株価は市場の予想を上回った。\t市場\tしじょう",
            "投資家は市場で株を買った。\t市場\tしじょう",
            "熱があって寒気がする。\t寒気\tさむけ",
            "背中に寒気を感じた。\t寒気\tさむけ",
            "北から強い寒気が流れ込んだ。\t寒気\tかんき",
            "その写真が編集者の目に留まった。\t留まった\tとまった",
            "彼はしばらく東京に留まることにした。\t留まる\tとどまる",
            "法の下では誰もが平等だ。\t下\tもと",
            "机の下に猫が隠れている。\t下\tした",
            "困ったことがあれば何でも相談してください。\t何でも\tなんでも",
            "夕飯に何を食べたいですか。\t何\tなに",
            "赤ちゃんを抱きかかえる兵士。\t抱き\tだき",
            "撤退に拘ったので調整している。\t拘った\tこだわった",
            "撤退する(=放棄する)事が利益になる。\t事\tこと",
            "金がないので旅行をあきらめた。\t金\tかね",
            "水泳の決勝で金メダルを獲得した。\t金メダル\tきんメダル",
            "次の角を右に曲がってください。\t角\tかど",
            "鹿の角は毎年生え替わる。\t角\tつの",
            "このカレーは辛くて食べられない。\t辛くて\tからくて",
            "友人との別れは辛い。\t辛い\tつらい",
            "食べ物がなくて辛い日々だった。\t辛い\tつらい",
            "空の箱を片付けておいた。\t空\tから",
            "青い空に白い雲が浮かんでいる。\t空\tそら",
            "人気のない夜道を歩いた。\t人気\tひとけ",
            "この店は若者に人気がある。\t人気\tにんき",
            "この店は人気がない。\t人気\tにんき",
            "生物ですので、お早めにお召し上がりください。\t生物\tなまもの",
            "海には多様な生物が暮らしている。\t生物\tせいぶつ",
            "アパートの大家さんに家賃を払った。\t大家\tおおや",
            "彼は日本画の大家として知られている。\t大家\tたいか",
            "書道の大家に学んだ。\t大家\tたいか",
            "アパートの大家が来た。\t大家\tおおや",
            "1925年の日ソ基本条約で国交が開かれた。\t日ソ\tにっソ",
            "ロシア北方の白海に面した港。\t白海\tはっかい",
            "物資が渡る怖れがある。\t怖れ\tおそれ",
            "ほぼ同一仕様の機体だ。\t同一\tどういつ",
            // a kanji word IPADIC does not know reads as the dictionary has it, with the kana after it
            "米国が頑なに拒否してきた。\t頑なに\tかたくなに",
            // the dictionary's ordinary reading over IPADIC's rare one, for words of two or more kanji
            "日本人の平均寿命は高い。\t日本人\tにほんじん",
            "ドイツの降伏とそれに続く革命。\t降伏\tこうふく",
            // ... but not for a single kanji, a suffix or a proper noun
            "12月になると、街は明るくなる。\t街\tまち",
            "露暦10月25日に革命が起きた。\t露暦\tろれき",
            "米アフガニスタン派遣軍の司令官。\t米\tべい",
            "このような状況下で使われる。\t状況下\tじょうきょうか",
    })
    void homographsInContext(String sentence, String target, String reading) {
        assertThat(reading.split("\\|")).contains(readingOf(sentence, target));
    }

    @Test
    void tokensWithoutNumbersOrRulesAreReturnedAsTheyCame() {
        List<Token> tokens = TOKENIZER.tokenize("猫が好きだ。");
        assertThat(RESOLVER.resolve(tokens)).isSameAs(tokens);
    }

    @Test
    void aJoinedNumberIsNeitherAStudyWordNorPartOfACompound() {
        AnalyzedSentence s = new Analyzer(TOKENIZER, TestDictionaries.bundled())
                .analyze(0, BlockKind.PARAGRAPH, "撤退期限の8月末より早く出発した。");
        assertThat(s.tokens()).extracting(Token::surface).contains("8月", "末");
        assertThat(s.words()).noneMatch(w -> w.lemma().contains("月"));
    }

    @Test
    void theImportedSentenceCarriesTheReadingsToAnki() {
        AnalyzedSentence s = new Analyzer(TOKENIZER, TestDictionaries.bundled())
                .analyze(0, BlockKind.PARAGRAPH, "4月1日に日本の間で6分話した。");
        assertThat(Furigana.ankiSentence(s.tokens(), s.text()))
                .contains("4月[しがつ]", "1日[ついたち]", "日本[にほん]", "間[あいだ]", "6分[ろっぷん]");
    }
}
