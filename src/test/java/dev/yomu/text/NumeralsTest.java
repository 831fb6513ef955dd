package dev.yomu.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '\t', value = {
            "1918\t1918", "１９１８\t1918", "千九百十八\t1918", "一九一八\t1918", "二〇二四\t2024", "十\t10",
            "二十\t20", "百\t100", "三百五\t305", "7万\t70000", "二千万\t20000000", "180億\t18000000000",
            "一億二千万\t120000000", "万\t10000"})
    void readsWrittenNumbers(String written, long value) {
        assertThat(Numerals.valueOf(written)).isEqualTo(value);
    }

    @Test
    void rejectsWhatIsNotANumber() {
        assertThat(Numerals.valueOf("")).isEqualTo(-1);
        assertThat(Numerals.valueOf("1a")).isEqualTo(-1);
        assertThat(Numerals.valueOf("99999999999999999999")).isEqualTo(-1);
        // each of these wrapped around a long before and read as some other number
        assertThat(Numerals.valueOf("18446745兆")).isEqualTo(-1);
        assertThat(Numerals.valueOf("9999999999999999千")).isEqualTo(-1);
    }

    @Test
    void aWrittenZeroBeforeAUnitIsZero() {
        assertThat(Numerals.valueOf("0万")).isZero();
        assertThat(Numerals.valueOf("1億0万")).isEqualTo(100_000_000L);
        assertThat(Numerals.valueOf("万")).isEqualTo(10_000L);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '\t', value = {
            "1\tいち", "4\tよん", "7\tなな", "9\tきゅう", "10\tじゅう", "11\tじゅういち", "20\tにじゅう",
            "100\tひゃく", "300\tさんびゃく", "600\tろっぴゃく", "800\tはっぴゃく", "1000\tせん", "3000\tさんぜん",
            "8000\tはっせん", "1918\tせんきゅうひゃくじゅうはち", "2024\tにせんにじゅうよん", "1872\tせんはっぴゃくななじゅうに",
            "10000\tいちまん", "70000\tななまん", "10000000\tいっせんまん", "100000000\tいちおく",
            "18000000000\tひゃくはちじゅうおく", "1000000000000\tいっちょう",
            "11000000000000\tじゅういっちょう", "21000000000000\tにじゅういっちょう", "80000000000000\tはちじゅっちょう"})
    void readsNumbersAloud(long n, String reading) {
        assertThat(Numerals.read(n)).isEqualTo(reading);
    }
}
