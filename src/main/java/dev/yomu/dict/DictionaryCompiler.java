package dev.yomu.dict;

import dev.yomu.support.Check;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Writes entries as a {@link CompiledDictionary} file. Entries are serialised as they stream in and
 * not kept, so compiling JMdict needs the packed bytes and the form list, not 200,000 entry objects.
 * The layout is described in {@link CompiledDictionary}.
 */
public final class DictionaryCompiler {
    private final ByteArrayOutputStream entryBytes = new ByteArrayOutputStream(1 << 24);
    private final List<Integer> entryOffsets = new ArrayList<>();
    private final Map<String, Integer> posCodes = new HashMap<>();
    private final List<String> posTable = new ArrayList<>();
    // Forms numbered as first seen; an entry names its headwords and readings by these numbers.
    private final Map<String, Integer> formIds = new HashMap<>(1 << 19);
    private final List<String> forms = new ArrayList<>(1 << 19);
    // per form id: the ids of the entries written or read that way, in dictionary order
    private final List<int[]> postings = new ArrayList<>(1 << 19);
    private int[] postingSizes = new int[1 << 19];

    /** @return how many entries were added so far */
    public int size() {
        return entryOffsets.size();
    }

    /** Adds every entry the iterator gives, in order. */
    public DictionaryCompiler addAll(Iterator<DictEntry> entries) {
        while (entries.hasNext()) add(entries.next());
        return this;
    }

    public DictionaryCompiler add(DictEntry e) {
        Check.notNull(e, "entry");
        int id = entryOffsets.size();
        entryOffsets.add(entryBytes.size());
        entryBytes.write(e.common() ? 1 : 0);
        writeForms(e.headwords());
        writeForms(e.readings());
        writeVarint(e.senses().size());
        for (Sense s : e.senses()) {
            writeVarint(s.pos().size());
            for (String code : s.pos()) writeVarint(posCodes.computeIfAbsent(code, c -> {
                posTable.add(c);
                return posTable.size() - 1;
            }));
            writeStrings(s.glosses());
        }
        for (String form : forms(e)) addPosting(formId(form), id);
        return this;
    }

    /** Headwords, then the readings that are not also headwords: each form indexes its entry once. */
    static Set<String> forms(DictEntry e) {
        Set<String> out = new LinkedHashSet<>(e.headwords());
        out.addAll(e.readings());
        return out;
    }

    private int formId(String form) {
        Integer known = formIds.get(form);
        if (known != null) return known;
        int id = forms.size();
        formIds.put(form, id);
        forms.add(form);
        postings.add(new int[1]);
        if (id == postingSizes.length) postingSizes = Arrays.copyOf(postingSizes, id * 2);
        return id;
    }

    private void addPosting(int form, int entry) {
        int[] ids = postings.get(form);
        int n = postingSizes[form];
        if (n == ids.length) postings.set(form, ids = Arrays.copyOf(ids, n * 2));
        ids[n] = entry;
        postingSizes[form] = n + 1;
    }

    private void writeForms(List<String> written) {
        writeVarint(written.size());
        for (String s : written) writeVarint(formId(s));
    }

    private void writeStrings(List<String> strings) {
        writeVarint(strings.size());
        for (String s : strings) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeVarint(b.length);
            entryBytes.write(b, 0, b.length);
        }
    }

    private void writeVarint(int v) {
        while ((v & ~0x7F) != 0) {
            entryBytes.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        entryBytes.write(v);
    }

    /**
     * Writes the file: the header (magic, format version, body length, CRC-32 of the body), then the body.
     *
     * @param source what the dictionary is, shown by {@code yomu dict} (e.g. "JMdict JMdict_e.gz")
     */
    public void writeTo(OutputStream out, String source) throws IOException {
        byte[] body = body(Check.notNull(source, "source"));
        CRC32 crc = new CRC32();
        crc.update(body);
        DataOutputStream data = new DataOutputStream(out);
        data.write(CompiledDictionary.MAGIC);
        data.writeInt(CompiledDictionary.FORMAT_VERSION);
        data.writeInt(body.length);
        data.writeInt((int) crc.getValue());
        data.write(body);
        data.flush();
    }

    private static void writeText(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private byte[] body(String source) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(entryBytes.size() + forms.size() * 24);
        DataOutputStream d = new DataOutputStream(buf);
        writeText(d, source);
        d.writeInt(entryOffsets.size());
        d.writeInt(posTable.size());
        for (String code : posTable) writeText(d, code);

        // Forms as UTF-16, the way Java holds strings: a lookup compares them with no decoding.
        d.writeInt(forms.size());
        int chars = 0;
        for (String f : forms) {
            d.writeInt(chars);
            chars += f.length();
        }
        d.writeInt(chars);
        for (String f : forms) d.writeChars(f);
        int postingOffset = 0;
        for (int k = 0; k < forms.size(); k++) {
            d.writeInt(postingOffset);
            postingOffset += postingSizes[k];
        }
        d.writeInt(postingOffset);
        for (int k = 0; k < forms.size(); k++) {
            int[] ids = postings.get(k);
            for (int j = 0; j < postingSizes[k]; j++) d.writeInt(ids[j]);
        }

        for (int off : entryOffsets) d.writeInt(off);
        d.writeInt(entryBytes.size());
        entryBytes.writeTo(d);
        d.flush();
        return buf.toByteArray();
    }
}
