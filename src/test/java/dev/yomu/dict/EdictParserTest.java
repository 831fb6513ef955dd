package dev.yomu.dict;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EdictParserTest {

    @Test
    void parsesKanjiHeadwordReadingPosAndCommonMarker() {
        DictEntry e = EdictParser.parseLine("撤退 [てったい] /(n,vs) evacuation/withdrawal/retreat/(P)/").orElseThrow();

        assertThat(e.headwords()).containsExactly("撤退");
        assertThat(e.readings()).containsExactly("てったい");
        assertThat(e.common()).isTrue();
        assertThat(e.senses()).containsExactly(new Sense(List.of("n", "vs"), List.of("evacuation", "withdrawal", "retreat")));
        assertThat(e.firstGlosses(2)).isEqualTo("evacuation; withdrawal");
        assertThat(e.primaryReading()).isEqualTo("てったい");
    }

    @Test
    void splitsNumberedSensesAndStripsUsageTags() {
        DictEntry e = EdictParser.parseLine(
                "交渉 [こうしょう] /(n,vs,adj-no) (1) negotiations/discussions/(n,vs,adj-no) (2) connection/(P)/").orElseThrow();

        assertThat(e.senses()).containsExactly(
                new Sense(List.of("n", "vs", "adj-no"), List.of("negotiations", "discussions")),
                new Sense(List.of("n", "vs", "adj-no"), List.of("connection")));
    }

    @Test
    void partOfSpeechCarriesOverToTheNextNumberedSense() {
        DictEntry e = EdictParser.parseLine("核 [かく] /(n) (1) stone (of a fruit)/pit/(2) (uk) core/(adj-no) (3) nuclear weapons/").orElseThrow();

        assertThat(e.senses()).extracting(Sense::pos).containsExactly(List.of("n"), List.of("n"), List.of("adj-no"));
        assertThat(e.senses().get(1).glosses()).containsExactly("core");
    }

    @Test
    void keepsGlossesThatStartWithAParenthesis() {
        DictEntry e = EdictParser.parseLine("講和 [こうわ] /(n,vs) reconciliation/(making of) peace/").orElseThrow();

        assertThat(e.senses().get(0).glosses()).containsExactly("reconciliation", "(making of) peace");
        assertThat(e.common()).isFalse();
    }

    @Test
    void parsesKanaOnlyLines() {
        DictEntry e = EdictParser.parseLine("タリバン /(n) Taliban (Afghani fundamentalist Muslim group)/Taleban/").orElseThrow();

        assertThat(e.headwords()).isEmpty();
        assertThat(e.readings()).containsExactly("タリバン");
        assertThat(e.primaryForm()).isEqualTo("タリバン");
    }

    @Test
    void parsesEdict2VariantsMarkersAndEntryIds() {
        DictEntry e = EdictParser.parseLine(
                "会う;逢う(iK);遭う [あう(P);おう(ok)] /(v5u,vi) (1) to meet/to encounter/(2) to have an accident/EntL1198180X/").orElseThrow();

        assertThat(e.headwords()).containsExactly("会う", "逢う", "遭う");
        assertThat(e.readings()).containsExactly("あう", "おう");
        assertThat(e.common()).isTrue();
        assertThat(e.senses()).hasSize(2);
        assertThat(e.senses().get(1).glosses()).containsExactly("to have an accident");
    }

    @Test
    void rejectsMalformedLines() {
        assertThat(EdictParser.parseLine("４° [しど] /")).isEmpty();
        assertThat(EdictParser.parseLine("同盟国 [どうめいこく /(n) ally/")).isEmpty();
        assertThat(EdictParser.parseLine("同盟国 [どうめいこく] /(n) ally")).isEmpty();
        assertThat(EdictParser.parseLine("just some text")).isEmpty();
        assertThat(EdictParser.parseLine(" [どうめいこく] /(n) ally/")).isEmpty();
    }

    @Test
    void streamsEucJpAndCountsSkippedLines() {
        String text = "　？？？ /EDICT, EDICT_SUB(P)/Created: 2021-02-03/\n"
                + "同盟国 [どうめいこく] /(n) ally (of another nation)/\n"
                + "broken line\n"
                + "\n"
                + "避難 [ひなん] /(n,vs) taking refuge/evacuation/(P)/\n";
        try (EdictParser parser = new EdictParser(new ByteArrayInputStream(text.getBytes(EdictParser.EUC_JP)))) {
            List<DictEntry> entries = parser.entries().toList();

            assertThat(entries).extracting(DictEntry::primaryForm).containsExactly("同盟国", "避難");
            assertThat(parser.skippedLines()).isEqualTo(1);
            assertThat(parser.skippedLineNumbers()).containsExactly(3);
        }
    }

    @Test
    void parsesTheBundledDictionaryWithFewSkips() {
        try (EdictParser parser = new EdictParser(TestDictionaries.openEdict())) {
            long count = parser.entries().count();

            assertThat(count).isGreaterThan(180_000);
            assertThat(parser.skippedLines()).isLessThan(20);
        }
    }
}
