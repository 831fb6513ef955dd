package dev.yomu.dict;

import dev.yomu.support.Check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A {@link Lexicon} held in a hash map from every headword and reading to its entries. */
public final class MemoryLexicon implements Lexicon {
    private final Map<String, List<DictEntry>> byForm;

    private MemoryLexicon(Map<String, List<DictEntry>> byForm) {
        this.byForm = byForm;
    }

    /**
     * Indexes entries; the stream is consumed but not closed.
     *
     * @param entries for example {@code EdictParser.entries()}
     * @return the lexicon
     */
    public static MemoryLexicon of(Stream<DictEntry> entries) {
        Map<String, List<DictEntry>> byForm = new HashMap<>(1 << 19);
        entries.forEach(entry -> {
            // Some entries list the same kana as headword and reading; index the entry once per form.
            for (String form : DictionaryCompiler.forms(entry)) add(byForm, form, entry);
        });
        return new MemoryLexicon(byForm);
    }

    private static void add(Map<String, List<DictEntry>> byForm, String form, DictEntry entry) {
        List<DictEntry> entries = byForm.get(form);
        if (entries == null) byForm.put(form, List.of(entry));
        else if (entries.size() == 1) byForm.put(form, new ArrayList<>(List.of(entries.get(0), entry)));
        else entries.add(entry);
    }

    /** @return entries indexed from a list, handy in tests */
    public static MemoryLexicon of(List<DictEntry> entries) {
        return of(entries.stream());
    }

    @Override
    public List<DictEntry> lookup(String form) {
        Check.notNull(form, "form");
        return List.copyOf(byForm.getOrDefault(form, List.of()));
    }

    @Override
    public boolean containsForm(String form) {
        return byForm.containsKey(form);
    }

    /** @return how many distinct forms are indexed */
    public int size() {
        return byForm.size();
    }
}
