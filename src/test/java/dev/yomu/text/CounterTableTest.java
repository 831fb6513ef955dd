package dev.yomu.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * counters.tsv against readings written out here independently, by hand, as a teacher says them:
 * every counter of the table with 1, 3, 6, 8, 10 and 何 (where the sound changes happen), a
 * number read by its last part, and every day of the month.
 */
class CounterTableTest {
    /** Counters checked below; the table may not have one that is not. */
    private static final Set<String> CHECKED = new HashSet<>();

    @ParameterizedTest(name = "{1}{0} is {2}")
    @CsvSource(delimiter = '\t', value = {
            // counter, number (or 何), reading
            "月\t1\tいちがつ", "月\t4\tしがつ", "月\t7\tしちがつ", "月\t9\tくがつ", "月\t10\tじゅうがつ", "月\t11\tじゅういちがつ",
            "月\t12\tじゅうにがつ", "月\t何\tなんがつ", "月\t6\tろくがつ", "月\t8\tはちがつ", "月\t2\tにがつ", "月\t3\tさんがつ", "月\t5\tごがつ",
            "日\t1\tいちにち", "日\t11\tじゅういちにち", "日\t何\tなんにち", "日\t100\tひゃくにち",
            "年\t4\tよねん", "年\t9\tきゅうねん", "年\t1918\tせんきゅうひゃくじゅうはちねん", "年\t2024\tにせんにじゅうよねん", "年\t何\tなんねん",
            "年\t10\tじゅうねん", "年\t1\tいちねん",
            "時\t4\tよじ", "時\t7\tしちじ", "時\t9\tくじ", "時\t12\tじゅうにじ", "時\t何\tなんじ", "時\t1\tいちじ",
            "時間\t4\tよじかん", "時間\t9\tくじかん", "時間\t6\tろくじかん", "時間\t何\tなんじかん", "時間\t24\tにじゅうよじかん",
            "分\t1\tいっぷん", "分\t2\tにふん", "分\t3\tさんぷん", "分\t4\tよんぷん", "分\t5\tごふん", "分\t6\tろっぷん", "分\t7\tななふん",
            "分\t8\tはっぷん", "分\t9\tきゅうふん", "分\t10\tじゅっぷん", "分\t20\tにじゅっぷん", "分\t53\tごじゅうさんぷん", "分\t30\tさんじゅっぷん",
            "分\t100\tひゃっぷん", "分\t300\tさんびゃっぷん", "分\t何\tなんぷん",
            "秒\t1\tいちびょう", "秒\t10\tじゅうびょう", "秒\t何\tなんびょう",
            "週\t1\tいっしゅう", "週\t8\tはっしゅう", "週\t10\tじゅっしゅう",
            "週間\t1\tいっしゅうかん", "週間\t2\tにしゅうかん", "週間\t8\tはっしゅうかん", "週間\t10\tじゅっしゅうかん", "週間\t何\tなんしゅうかん",
            "ヶ月\t1\tいっかげつ", "ヶ月\t2\tにかげつ", "ヶ月\t6\tろっかげつ", "ヶ月\t10\tじゅっかげつ", "ヶ月\t何\tなんかげつ",
            "か月\t3\tさんかげつ", "カ月\t6\tろっかげつ", "ヵ月\t1\tいっかげつ", "ケ月\t8\tはっかげつ", "箇月\t10\tじゅっかげつ",
            "ヶ国\t1\tいっかこく", "ヶ国\t80\tはちじゅっかこく", "か国\t6\tろっかこく", "カ国\t3\tさんかこく", "ヵ国\t8\tはっかこく",
            "ケ国\t2\tにかこく", "箇国\t10\tじゅっかこく",
            "ヶ所\t1\tいっかしょ", "か所\t6\tろっかしょ", "カ所\t3\tさんかしょ", "ヵ所\t8\tはっかしょ", "ケ所\t10\tじゅっかしょ", "箇所\t2\tにかしょ",
            "本\t1\tいっぽん", "本\t2\tにほん", "本\t3\tさんぼん", "本\t6\tろっぽん", "本\t8\tはっぽん", "本\t10\tじゅっぽん", "本\t何\tなんぼん",
            "本\t1000\tせんぼん",
            "匹\t1\tいっぴき", "匹\t3\tさんびき", "匹\t6\tろっぴき", "匹\t8\tはっぴき", "匹\t10\tじゅっぴき", "匹\t何\tなんびき",
            "杯\t1\tいっぱい", "杯\t2\tにはい", "杯\t3\tさんばい", "杯\t6\tろっぱい", "杯\t8\tはっぱい", "杯\t10\tじゅっぱい", "杯\t何\tなんばい",
            "回\t1\tいっかい", "回\t3\tさんかい", "回\t6\tろっかい", "回\t8\tはっかい", "回\t10\tじゅっかい", "回\t何\tなんかい",
            "階\t1\tいっかい", "階\t3\tさんがい", "階\t6\tろっかい", "階\t8\tはっかい", "階\t10\tじゅっかい", "階\t何\tなんがい",
            "歳\t1\tいっさい", "歳\t8\tはっさい", "歳\t10\tじゅっさい", "歳\t20\tはたち", "歳\t90\tきゅうじゅっさい", "歳\t何\tなんさい",
            "歳\t21\tにじゅういっさい", "才\t3\tさんさい",
            "人\t1\tひとり", "人\t2\tふたり", "人\t3\tさんにん", "人\t4\tよにん", "人\t7\tななにん", "人\t11\tじゅういちにん",
            "人\t100\tひゃくにん", "人\t何\tなんにん", "人\t70000\tななまんにん",
            "個\t1\tいっこ", "個\t6\tろっこ", "個\t8\tはっこ", "個\t10\tじゅっこ", "個\t何\tなんこ",
            "冊\t1\tいっさつ", "冊\t8\tはっさつ", "冊\t10\tじゅっさつ", "冊\t何\tなんさつ",
            "枚\t1\tいちまい", "枚\t8\tはちまい", "枚\t何\tなんまい",
            "台\t1\tいちだい", "台\t何\tなんだい",
            "度\t1\tいちど", "度\t35\tさんじゅうごど", "度\t何\tなんど",
            "件\t1\tいっけん", "件\t3\tさんけん", "件\t6\tろっけん", "件\t10\tじゅっけん", "件\t何\tなんけん",
            "軒\t1\tいっけん", "軒\t3\tさんげん", "軒\t何\tなんげん",
            "機\t1\tいっき", "機\t8\tはっき",
            "歩\t1\tいっぽ", "歩\t3\tさんぽ", "歩\t100\tひゃっぽ", "歩\t何\tなんぽ",
            "泊\t1\tいっぱく", "泊\t2\tにはく", "泊\t3\tさんぱく",
            "点\t1\tいってん", "点\t10\tじゅってん",
            "頭\t1\tいっとう", "頭\t8\tはっとう",
            "社\t1\tいっしゃ", "社\t10\tじゅっしゃ",
            "足\t1\tいっそく", "足\t3\tさんぞく",
            "曲\t1\tいっきょく", "曲\t6\tろっきょく",
            "通\t1\tいっつう", "通\t2\tにつう",
            "次\t2\tにじ", "次\t4\tよじ",
            "円\t4\tよえん", "円\t100\tひゃくえん", "円\t18000000000\tひゃくはちじゅうおくえん",
            "倍\t2\tにばい", "倍\t何\tなんばい",
            "番\t1\tいちばん", "番\t4\tよんばん",
            "号\t1\tいちごう", "号\t4\tよんごう",
            "割\t3\tさんわり",
            "位\t1\tいちい", "位\t7\tなない",
            "名\t3\tさんめい", "名\t何\tなんめい",
            "年生\t4\tよねんせい", "年生\t1\tいちねんせい",
            "年代\t1990\tせんきゅうひゃくきゅうじゅうねんだい",
            "代\t30\tさんじゅうだい", "問\t3\tさんもん", "品\t1\tいっぴん", "品\t3\tさんぴん", "着\t1\tいっちゃく",
            "着\t8\tはっちゃく", "ページ\t3\tさんぺーじ", "ページ\t何\tなんぺーじ", "パーセント\t1\tいっぱーせんと",
            "パーセント\t50\tごじゅっぱーせんと", "キロ\t10\tじゅっきろ", "メートル\t100\tひゃくめーとる", "ドル\t4\tよんどる",
            "つ\t1\tひとつ", "つ\t2\tふたつ", "つ\t3\tみっつ", "つ\t4\tよっつ", "つ\t5\tいつつ", "つ\t6\tむっつ", "つ\t7\tななつ",
            "つ\t8\tやっつ", "つ\t9\tここのつ", "つ\t10\tとお", "つ\t何\tいくつ"})
    void readsEveryCounter(String counter, String number, String reading) {
        CHECKED.add(counter);
        String got = number.equals("何") ? CounterTable.readWhat(counter) : CounterTable.read(Long.parseLong(number), counter, false);
        assertThat(got).isEqualTo(reading);
    }

    @ParameterizedTest(name = "day {0} of a month is {1}")
    @CsvSource(delimiter = '\t', value = {
            "1\tついたち", "2\tふつか", "3\tみっか", "4\tよっか", "5\tいつか", "6\tむいか", "7\tなのか", "8\tようか",
            "9\tここのか", "10\tとおか", "11\tじゅういちにち", "12\tじゅうににち", "13\tじゅうさんにち", "14\tじゅうよっか",
            "15\tじゅうごにち", "16\tじゅうろくにち", "17\tじゅうしちにち", "18\tじゅうはちにち", "19\tじゅうくにち",
            "20\tはつか", "21\tにじゅういちにち", "22\tにじゅうににち", "23\tにじゅうさんにち", "24\tにじゅうよっか",
            "25\tにじゅうごにち", "26\tにじゅうろくにち", "27\tにじゅうしちにち", "28\tにじゅうはちにち", "29\tにじゅうくにち",
            "30\tさんじゅうにち", "31\tさんじゅういちにち"})
    void readsEveryDayOfTheMonth(long day, String reading) {
        assertThat(CounterTable.read(day, "日", true)).isEqualTo(reading);
    }

    @Test
    void aSpanOfDaysReadsLikeTheDateExceptTheFirst() {
        assertThat(CounterTable.read(1, "日", false)).isEqualTo("いちにち");
        assertThat(CounterTable.read(3, "日", false)).isEqualTo("みっか");
        assertThat(CounterTable.read(10, "日", false)).isEqualTo("とおか");
        assertThat(CounterTable.read(20, "日", false)).isEqualTo("はつか");
    }

    @Test
    void severalReadsすうPlusTheCounter() {
        assertThat(CounterTable.readSeveral("日")).isEqualTo("すうじつ");
        assertThat(CounterTable.readSeveral("本")).isEqualTo("すうほん");
        assertThat(CounterTable.readSeveral("人")).isEqualTo("すうにん");
    }

    @Test
    void aCounterWithoutThatNumberHasNoReading() {
        assertThat(CounterTable.read(100, "月", false)).isEmpty();
        assertThat(CounterTable.read(11, "つ", false)).isEmpty();
        assertThat(CounterTable.read(3, "猫", false)).isEmpty();
    }

    @org.junit.jupiter.api.AfterAll
    static void everyCounterOfTheTableIsChecked() {
        assertThat(CHECKED).as("counters with an expectation above").containsAll(CounterTable.counters());
    }
}
