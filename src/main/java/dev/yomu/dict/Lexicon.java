package dev.yomu.dict;

import java.util.List;

/**
 * Dictionary lookups the importer needs. Implemented in memory ({@link MemoryLexicon}) and over the
 * database. Forms are matched exactly: a kanji headword (同盟国) or a kana reading (どうめいこく, タリバン).
 */
public interface Lexicon {

    /**
     * @param form a headword or reading, exactly as written
     * @return every entry written or read that way, in dictionary order; empty if none
     */
    List<DictEntry> lookup(String form);

    /**
     * Called once per candidate span while searching compounds, so it must be cheap.
     *
     * @param form a headword or reading
     * @return whether any entry is written or read that way
     */
    boolean containsForm(String form);
}
