package dev.yomu.dict;

import dev.yomu.support.Check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** A {@link Lexicon} held in a hash map from every headword and reading to its entries. */
public final class MemoryLexicon implements Lexicon {
    private final Map<String, List<DictEntry>> byForm;
    private final int longestForm;

    private MemoryLexicon(Map<String, List<DictEntry>> byForm, int longestForm) {
        this.byForm = byForm;
        this.longestForm = longestForm;
    }

    /**
     * Indexes entries; the stream is consumed but not closed.
     *
     * @param entries for example {@code EdictParser.entries()}
     * @return the lexicon
     */
    public static MemoryLexicon of(Stream<DictEntry> entries) {
        Map<String, List<DictEntry>> byForm = new HashMap<>(1 << 19);
        int[] longest = {0};
        entries.forEach(entry -> {
            // A set, because some entries list the same kana both as headword and reading.
            Set<String> forms = new LinkedHashSet<>(entry.headwords());
            forms.addAll(entry.readings());
            for (String form : forms) {
                byForm.computeIfAbsent(form, k -> new ArrayList<>(1)).add(entry);
                longest[0] = Math.max(longest[0], form.length());
            }
        });
        return new MemoryLexicon(byForm, longest[0]);
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

    @Override
    public int longestForm() {
        return longestForm;
    }

    /** @return how many distinct forms are indexed */
    public int size() {
        return byForm.size();
    }
}
