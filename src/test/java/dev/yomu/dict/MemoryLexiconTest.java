package dev.yomu.dict;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryLexiconTest {

    @Test
    void looksUpByHeadwordAndByReading() {
        MemoryLexicon lexicon = TestDictionaries.edict();

        assertThat(lexicon.lookup("交渉")).anySatisfy(e -> assertThat(e.firstGlosses(3)).contains("negotiations"));
        assertThat(lexicon.lookup("どうめいこく")).anySatisfy(e -> assertThat(e.headwords()).contains("同盟国"));
        assertThat(lexicon.containsForm("国防総省")).isTrue();
        assertThat(lexicon.containsForm("国防総省の")).isFalse();
        assertThat(lexicon.lookup("存在しない語")).isEmpty();
    }

    @Test
    void loadsTheWholeBundledDictionary() {
        TestDictionaries.edict();
        System.out.println("Bundled EDICT parse+index: " + TestDictionaries.edictLoadMillis() + " ms, "
                + TestDictionaries.edict().size() + " forms");

        // How long it takes is measured by `bench`, not here: a timed assertion fails on a busy machine.
        assertThat(TestDictionaries.edict().size()).isGreaterThan(300_000);
    }
}
