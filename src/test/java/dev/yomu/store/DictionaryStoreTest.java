package dev.yomu.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.support.Progress;
import dev.yomu.dict.DictEntry;
import dev.yomu.dict.Sense;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryStoreTest {
    @TempDir
    Path home;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(home);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static DictEntry entry(String headword, String reading, String gloss) {
        return new DictEntry(List.of(headword), List.of(reading), List.of(new Sense(List.of("n"), List.of(gloss))), true);
    }

    private DictionaryStore storeWith(List<DictEntry> entries) {
        DictionaryStore dict = new DictionaryStore(db);
        db.transaction(c -> dict.replaceAll(c, entries.iterator(), Progress.NONE));
        return dict;
    }

    @Test
    void formsAnsweredByQueriesAgreeWithFormsHeldInMemory() {
        List<DictEntry> entries = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) entries.add(entry("語" + i, "ご" + i, "word " + i));
        entries.add(entry("同盟国", "どうめいこく", "ally"));
        DictionaryStore queried = storeWith(entries);
        // The first questions are answered by queries: a headword, a reading, a prefix of a headword.
        Map<String, Boolean> asked = new java.util.LinkedHashMap<>();
        for (String form : List.of("同盟国", "どうめいこく", "同盟", "語7", "語"))
            asked.put(form, queried.containsForm(form));
        assertThat(asked).containsExactly(Map.entry("同盟国", true), Map.entry("どうめいこく", true),
                Map.entry("同盟", false), Map.entry("語7", true), Map.entry("語", false));
        // Then enough of them to pass the point where the store stops querying and loads every form.
        for (int i = 0; i < 5_000; i += 2) {
            asked.put("語" + i, queried.containsForm("語" + i));
            asked.put("ない" + i, queried.containsForm("ない" + i));
        }
        asked.put("同盟国 again", queried.containsForm("同盟国"));

        DictionaryStore loaded = new DictionaryStore(db);
        loaded.loadForms();
        asked.forEach((form, answer) ->
                assertThat(loaded.containsForm(form.replace(" again", ""))).as(form).isEqualTo(answer));
        assertThat(asked).containsEntry("語0", true).containsEntry("語2998", true).containsEntry("語3000", false)
                .containsEntry("ない0", false).containsEntry("同盟国 again", true);
    }

    @Test
    void aNewDictionaryForgetsTheAnswersOfTheOldOne() {
        DictionaryStore dict = storeWith(List.of(entry("交渉", "こうしょう", "negotiation")));
        assertThat(dict.containsForm("交渉")).isTrue();
        assertThat(dict.containsForm("撤退")).isFalse();
        db.transaction(c -> dict.replaceAll(c, List.of(entry("撤退", "てったい", "withdrawal")).iterator(), Progress.NONE));
        assertThat(dict.containsForm("交渉")).isFalse();
        assertThat(dict.containsForm("撤退")).isTrue();
    }
}
