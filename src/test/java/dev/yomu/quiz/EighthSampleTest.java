package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cloze failures left after four judged cloze rounds (quiz/judged/context-sample-8..11.tsv): a
 * distractor that makes a second coherent sentence. Keys whose frame admits many acts (an act on a plan
 * or route, an agent acting with nothing else said) are not asked, and no distractor shares the key's
 * semantic field (cloze-fields.tsv). Real tokenizer and bundled dictionary.
 */
class EighthSampleTest {
    private static final List<String> FILLER = QuizTexts.FILLER;

    @Test
    void anActOnARouteOrAPlanIsNotBlanked() {
        // 「路面電車と重なる路線を（見直し）」 with 残し, struck out for seeds 2222, 2323, 2424 and 2525
        assertThat(QuizTexts.clozes(QuizTexts.fixture("news-quotes.txt"), "見直し")).isEmpty();
        QuizSource s = QuizTexts.withFiller(FILLER, "町は古い制度を改め、窓口を一つにまとめた。", "市は壊れた橋を直し、通行を再開した。",
                "会社は古い車両を残した。", "県は新しい目標を掲げた。", "店は営業時間を延ばした。", "市は道路の幅を広げた。",
                "会社は職員を減らした。", "作業員は重い機械を動かした。");
        assertThat(QuizTexts.clozes(s, "改め")).isEmpty();
        assertThat(QuizTexts.clozes(s, "直し")).as("a bridge is mended, not any act on it").isNotEmpty();
        QuizSentence rule = s.sentences().get(0), bridge = s.sentences().get(1);
        assertThat(OpenFrames.genericObject(rule.tokens(), QuizTexts.indexOf(rule, "改め"))).isTrue();
        assertThat(OpenFrames.genericObject(bridge.tokens(), QuizTexts.indexOf(bridge, "直し"))).isFalse();
    }

    @Test
    void anAgentActingWithNothingElseSaidIsNotBlanked() {
        // 「クレマンソーらが強硬に（反対）した」 with 批判 (seed 2222), 「ロシア軍が実質的に（撤退）する前」 with 敗北
        // (seed 2323), 「彼らが（干渉）した場合」 with 攻撃 and 関与 (seeds 2121, 2222)
        String opposed = "ソヴィエト政府のドイツの単独和平交渉に対しては、フランスのクレマンソーらが強硬に反対した。";
        QuizSource s = QuizTexts.withFiller(FILLER, opposed, "ロシア軍が実質的に撤退する前の核攻撃は、多くの市民を殺害する。",
                "もし彼らが干渉した場合、大きな結果に直面するだろう。", "新聞は政府の方針を厳しく批判した。", "両軍は国境で交戦した。",
                "日本は軍隊を投入した。", "その国は戦争に敗北した。", "政府は新しい法律を制定した。", "無併合による講和が提唱された。");
        assertThat(QuizTexts.clozes(s, "反対")).isEmpty();
        assertThat(QuizTexts.clozes(s, "撤退")).isEmpty();
        assertThat(QuizTexts.clozes(s, "干渉")).isEmpty();
        QuizSentence clemenceau = s.sentences().get(0), peace = s.sentences().get(8), law = s.sentences().get(7);
        assertThat(OpenFrames.bareAgent(clemenceau.tokens(), QuizTexts.indexOf(clemenceau, "反対"), false)).isTrue();
        assertThat(OpenFrames.bareAgent(law.tokens(), QuizTexts.indexOf(law, "制定"), false)).as("を narrows the act").isFalse();
        assertThat(OpenFrames.bareAgent(peace.tokens(), QuizTexts.indexOf(peace, "提唱"), true)).as("a passive's subject is acted on").isFalse();
    }

    @Test
    void anAgentWithAComplementIsStillAskedAndABareOneOfOurOwnIsNot() {
        QuizSource s = QuizTexts.withFiller(FILLER, "野党の議員たちが激しく抗議した。", "住民たちは新しい駅の計画に賛成した。",
                "市は港の倉庫を改修した。", "県は古い橋を修理した。", "国は新しい道路を建設した。", "会社は工場を建設した。",
                "市民は寄付に協力した。", "教授は会議に出席した。");
        assertThat(QuizTexts.clozes(s, "抗議")).isEmpty();
        assertThat(QuizTexts.clozes(s, "賛成")).isNotEmpty();
        QuizSentence protest = s.sentences().get(0), agreed = s.sentences().get(1);
        assertThat(OpenFrames.bareAgent(protest.tokens(), QuizTexts.indexOf(protest, "抗議"), false)).isTrue();
        assertThat(OpenFrames.bareAgent(agreed.tokens(), QuizTexts.indexOf(agreed, "賛成"), false)).isFalse();
    }

    @Test
    void noDistractorSharesTheKeysSemanticField() {
        // 「ロシア革命で（登場）したボリシェヴィキ政権」 with 樹立 (seed 2424) or 成立 (seed 3036 before this rule)
        QuizSource s = QuizTexts.withFiller(FILLER, "ロシア革命で登場したボリシェヴィキ政権は、反革命軍と戦った。",
                "ソヴィエト政権が樹立された。", "講和条約が成立した。", "日本は軍隊を派遣した。", "両国は交渉で合意した。",
                "会議は突然終了した。", "連合国はシベリアに出兵した。", "市は港の倉庫を改修した。", "国は新しい道路を建設した。");
        List<Question> appeared = QuizTexts.clozes(s, "登場");
        assertThat(appeared).isNotEmpty();
        for (Question q : appeared) assertThat(q.choices()).as(q.toString()).doesNotContain("樹立", "成立");
        assertThat(GlossSynonyms.sameField("entry (on stage); appearance (on screen)", "establishment; founding")).isTrue();
    }

    @Test
    void fieldsOfOurOwnKeepProtestFromCriticismButNotFromBuilding() {
        QuizSource s = QuizTexts.withFiller(FILLER, "住民は市の決定に強く抗議した。", "新聞は市の決定を批判した。",
                "市は港の倉庫を改修した。", "県は古い橋を修理した。", "国は新しい道路を建設した。", "会社は新しい工場を建設した。",
                "市民は寄付に協力した。", "教授は会議に出席した。", "市は駅前を整備した。");
        List<Question> protested = QuizTexts.clozes(s, "抗議");
        assertThat(protested).isNotEmpty();
        for (Question q : protested) assertThat(q.choices()).as(q.toString()).doesNotContain("批判");
        assertThat(GlossSynonyms.sameField("protest; objection", "criticism; judgement")).isTrue();
        assertThat(GlossSynonyms.sameField("protest; objection", "construction; establishment")).isFalse();
    }

    @Test
    void aPhaseNounIsNeitherKeyNorDistractorAfterAnObject() {
        // 「米国が確実な避難を（保証）している」 with 完了, 「出兵を（継続）した」 (this lane's seeds 3034, 3031)
        QuizSource s = QuizTexts.withFiller(FILLER, "米国が確実な避難を保証しているのは米国人に限定されている。",
                "日本のみが1922年まで出兵を継続した。", "工事は予定より早く完了した。", "市は港の倉庫を改修した。", "兵士は市民を救出した。",
                "国は支援を要請した。", "県は古い橋を修理した。", "会社は工場を建設した。", "政府は首相の出席を希望した。");
        List<Question> guaranteed = QuizTexts.clozes(s, "保証");
        assertThat(guaranteed).isNotEmpty();
        for (Question q : guaranteed) assertThat(q.choices()).as(q.toString()).doesNotContain("完了");
        assertThat(QuizTexts.clozes(s, "継続")).isEmpty();
        QuizSource own = QuizTexts.withFiller(FILLER, "市は止まっていた工事を再開した。", "県は古い橋を修理した。", "国は新しい道路を建設した。",
                "市は港の倉庫を改修した。", "会社は工場を建設した。", "市は駅前を整備した。");
        assertThat(QuizTexts.clozes(own, "再開")).isEmpty();
    }

    @Test
    void aReciprocalActWithAPartnerIsNotOfferedBesideAnother() {
        // 「同盟国と共有したり（調整）することは行っていない」 with 討議 (this lane's seeds 3033, 3036)
        QuizSource s = QuizTexts.withFiller(FILLER, "米国は「交渉内容を同盟国と共有したり調整することは行っていない」と明かした。",
                "議会は新しい法案を討議した。", "兵士は市民を救出した。", "国は支援を要請した。", "市は港の倉庫を改修した。",
                "県は古い橋を修理した。", "会社は工場を建設した。", "政府は首相の出席を希望した。");
        List<Question> coordinated = QuizTexts.clozes(s, "調整");
        assertThat(coordinated).isNotEmpty();
        for (Question q : coordinated) assertThat(q.choices()).as(q.toString()).doesNotContain("討議");
        assertThat(GlossSynonyms.sameField("adjustment; regulation; coordination", "debate; discussion; deliberation")).isTrue();
        assertThat(GlossSynonyms.sameField("advocacy; proposal", "request; demand")).isTrue();
        assertThat(GlossSynonyms.sameField("advocacy; proposal", "rescue; relief")).isFalse();
    }
}
