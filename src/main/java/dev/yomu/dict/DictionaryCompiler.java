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
    // form -> ids of the entries written or read that way, in dictionary order
    private final Map<String, int[]> postings = new HashMap<>(1 << 19);
    private final Map<String, Integer> postingSizes = new HashMap<>(1 << 19);

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
        writeStrings(e.headwords());
        writeStrings(e.readings());
        writeVarint(e.senses().size());
        for (Sense s : e.senses()) {
            writeVarint(s.pos().size());
            for (String code : s.pos()) writeVarint(posCodes.computeIfAbsent(code, c -> {
                posTable.add(c);
                return posTable.size() - 1;
            }));
            writeStrings(s.glosses());
        }
        for (String form : forms(e)) addPosting(form, id);
        return this;
    }

    /** Headwords, then the readings that are not also headwords: each form indexes its entry once. */
    static Set<String> forms(DictEntry e) {
        Set<String> out = new LinkedHashSet<>(e.headwords());
        out.addAll(e.readings());
        return out;
    }

    private void addPosting(String form, int id) {
        int[] ids = postings.get(form);
        int n = ids == null ? 0 : postingSizes.get(form);
        if (ids == null) ids = new int[1];
        else if (n == ids.length) ids = Arrays.copyOf(ids, n * 2);
        ids[n] = id;
        postings.put(form, ids);
        postingSizes.put(form, n + 1);
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
        // Forms sorted by their UTF-8 bytes (that is, by code point), the order the reader's binary search expects.
        byte[][] forms = new byte[postings.size()][];
        int i = 0;
        for (String f : postings.keySet()) forms[i++] = f.getBytes(StandardCharsets.UTF_8);
        Arrays.sort(forms, Arrays::compareUnsigned);

        ByteArrayOutputStream buf = new ByteArrayOutputStream(entryBytes.size() + forms.length * 24);
        DataOutputStream d = new DataOutputStream(buf);
        writeText(d, source);
        d.writeInt(entryOffsets.size());
        d.writeInt(posTable.size());
        for (String code : posTable) writeText(d, code);
        for (int off : entryOffsets) d.writeInt(off);
        d.writeInt(entryBytes.size());
        entryBytes.writeTo(d);

        d.writeInt(forms.length);
        int formOffset = 0, postingOffset = 0;
        for (byte[] f : forms) {
            d.writeInt(formOffset);
            formOffset += f.length;
        }
        d.writeInt(formOffset);
        for (byte[] f : forms) d.write(f);
        int[][] ids = new int[forms.length][];
        int[] counts = new int[forms.length];
        for (int k = 0; k < forms.length; k++) {
            String form = new String(forms[k], StandardCharsets.UTF_8);
            ids[k] = postings.get(form);
            counts[k] = postingSizes.get(form);
            d.writeInt(postingOffset);
            postingOffset += counts[k];
        }
        d.writeInt(postingOffset);
        for (int k = 0; k < forms.length; k++)
            for (int j = 0; j < counts[k]; j++) d.writeInt(ids[k][j]);
        d.flush();
        return buf.toByteArray();
    }
}
