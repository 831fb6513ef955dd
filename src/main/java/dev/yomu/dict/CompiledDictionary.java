package dev.yomu.dict;

import dev.yomu.support.Check;
import dev.yomu.support.YomuException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * A read-only dictionary file, made once by {@link DictionaryCompiler} and read in one go: the
 * bundled EDICT is compiled at build time (no first-run load into the learner's database), and
 * {@code yomu dict import} compiles JMdict into the data folder.
 *
 * <p>Layout (big-endian): the magic {@code YOMUDICT}, the format version, the body's length and its
 * CRC-32, then the body: the source label; the entry count; the part-of-speech code table; the form
 * count, form offsets and every headword and reading once, as UTF-16 chars; for each form the start
 * of its entry ids, then the ids, in dictionary order; the offset of every entry in the packed entry
 * bytes, then those bytes (per entry: a common flag, headwords and readings as form numbers, senses
 * with pos-table numbers and glosses; counts and lengths as varints, glosses as UTF-8). On reading,
 * a hash table over the forms (String.hashCode, open addressing) is built in a few milliseconds, so
 * {@link #containsForm} costs about what a HashMap lookup does, with no string made.
 */
public final class CompiledDictionary implements Lexicon {
    static final byte[] MAGIC = "YOMUDICT".getBytes(StandardCharsets.US_ASCII);
    /** Raised whenever the layout changes: a file of another version is refused, not misread. */
    static final int FORMAT_VERSION = 2;
    private static final int HEADER = MAGIC.length + 12;
    /** JMdict compiles to a few tens of MB; a header claiming more than this is damaged. */
    private static final int MAX_BODY = 1 << 30;

    private final String source;
    // The whole file, read-only; only absolute gets are used on it, so threads can share it.
    private final ByteBuffer file;
    private final String[] pos;
    private final int[] entryOffsets;
    private final int entryBase;
    private final int[] formOffsets;
    private final char[] formChars;
    private final int[] formTable;
    private final int[] postingStarts;
    private final int[] postings;
    // The importer and the reader ask for the same few thousand words again and again.
    private final Map<String, List<DictEntry>> decoded = new ConcurrentHashMap<>();

    private CompiledDictionary(String source, ByteBuffer file, String[] pos, int[] entryOffsets, int entryBase,
                               int[] formOffsets, char[] formChars, int[] postingStarts, int[] postings) {
        this.source = source;
        this.file = file;
        this.pos = pos;
        this.entryOffsets = entryOffsets;
        this.entryBase = entryBase;
        this.formOffsets = formOffsets;
        this.formChars = formChars;
        this.postingStarts = postingStarts;
        this.postings = postings;
        this.formTable = hashTable(formOffsets, formChars);
    }

    // Slot i holds form number + 1 (0 = empty); the table is at least twice the forms, so probes are short.
    private static int[] hashTable(int[] offsets, char[] chars) {
        int forms = offsets.length - 1;
        int[] table = new int[Integer.highestOneBit(Math.max(forms, 1) * 2) * 2];
        int mask = table.length - 1;
        for (int f = 0; f < forms; f++) {
            int h = 0;
            for (int i = offsets[f]; i < offsets[f + 1]; i++) h = 31 * h + chars[i];
            int slot = spread(h) & mask;
            while (table[slot] != 0) slot = (slot + 1) & mask;
            table[slot] = f + 1;
        }
        return table;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * Reads a dictionary file from the data folder.
     *
     * @throws YomuException (unavailable, exit 4) in one line if the file is missing, unreadable, damaged,
     *                       of another format version or no dictionary file at all
     */
    public static CompiledDictionary open(Path path) {
        return open(path, 0, -1, path.toString());
    }

    /**
     * Memory-maps {@code length} bytes of a file from {@code offset} (-1: to its end): the pages come
     * from the OS cache as they are used, where reading 24 MB into the heap cost 150 ms of CPU.
     */
    static CompiledDictionary open(Path path, long offset, long length, String name) {
        ByteBuffer mapped;
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            long n = length < 0 ? ch.size() - offset : length;
            if (n > Integer.MAX_VALUE) throw damaged(name, "is too large to be a dictionary file");
            mapped = ch.map(FileChannel.MapMode.READ_ONLY, offset, n);
        } catch (NoSuchFileException e) {
            throw YomuException.unavailable("The dictionary file " + name + " is missing. " + REMEDY, e);
        } catch (IOException e) {
            throw YomuException.unavailable("Cannot read the dictionary file " + name + " (" + e.getMessage() + "). " + REMEDY, e);
        }
        return read(mapped, name);
    }

    private static final String REMEDY = "Run 'yomu dict reset' to use the bundled EDICT, or 'yomu dict import FILE' again.";

    /**
     * Reads a dictionary file from a stream (a resource in the jar); {@code name} is used in errors.
     * The header gives the length, so the body is read in one call into an array of its size (reading
     * in chunks and joining them cost a third more).
     */
    public static CompiledDictionary read(InputStream in, String name) throws IOException {
        byte[] header = in.readNBytes(HEADER);
        int length = header.length == HEADER ? ByteBuffer.wrap(header, MAGIC.length + 4, 4).getInt() : -1;
        // A damaged header could ask for gigabytes: the checks in read(byte[]) refuse it in one line instead.
        if (length < 0 || length > MAX_BODY || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length))
            return read(header, name);
        byte[] all = new byte[HEADER + length];
        System.arraycopy(header, 0, all, 0, HEADER);
        int got = in.readNBytes(all, HEADER, length);
        if (got < length) return read(Arrays.copyOf(all, HEADER + got), name); // cut short: refused as damaged
        if (in.read() >= 0) throw damaged(name, "is damaged: it is longer than its header says");
        return read(all, name);
    }

    /**
     * @param name the file's name, for error messages
     * @throws YomuException (unavailable, exit 4) if the bytes are not an intact dictionary file of this version
     */
    public static CompiledDictionary read(byte[] bytes, String name) {
        return read(ByteBuffer.wrap(Check.notNull(bytes, "bytes")), name);
    }

    private static CompiledDictionary read(ByteBuffer whole, String name) {
        ByteBuffer file = whole.slice().asReadOnlyBuffer();
        int size = file.limit();
        byte[] magic = new byte[MAGIC.length];
        if (size >= HEADER) file.get(0, magic);
        if (size < HEADER || !Arrays.equals(magic, MAGIC)) throw damaged(name, "is not a Yomu dictionary file");
        int version = file.getInt(MAGIC.length);
        if (version != FORMAT_VERSION)
            throw damaged(name, "was made by another version of Yomu (format " + version + ", this Yomu reads " + FORMAT_VERSION + ")");
        int length = file.getInt(MAGIC.length + 4);
        int crc = file.getInt(MAGIC.length + 8);
        if (length != size - HEADER)
            throw damaged(name, "is damaged: " + (size - HEADER) + " bytes where its header says " + length);
        CRC32 check = new CRC32();
        check.update(file.duplicate().position(HEADER));
        if ((int) check.getValue() != crc) throw damaged(name, "is damaged: its checksum does not match");
        try {
            ByteBuffer b = file.duplicate();
            b.position(HEADER);
            return parse(b, file);
        } catch (BufferUnderflowException | IndexOutOfBoundsException | IllegalArgumentException | NegativeArraySizeException e) {
            // The checksum matched, so this is a writer bug rather than a damaged disk; still one line.
            throw damaged(name, "is damaged: its index does not fit its data");
        }
    }

    private static CompiledDictionary parse(ByteBuffer b, ByteBuffer file) {
        String source = readUtf(b);
        int entries = b.getInt();
        String[] pos = new String[b.getInt()];
        for (int i = 0; i < pos.length; i++) pos[i] = readUtf(b);
        int forms = b.getInt();
        int[] formOffsets = ints(b, forms + 1);
        int chars = formOffsets[forms];
        if (chars < 0 || (long) chars * 2 > b.remaining()) throw new IllegalArgumentException("chars " + chars);
        char[] formChars = new char[chars];
        b.asCharBuffer().get(formChars);
        b.position(b.position() + chars * 2);
        int[] postingStarts = ints(b, forms + 1);
        int[] postings = ints(b, postingStarts[forms]);
        int[] entryOffsets = ints(b, entries);
        int entryLength = b.getInt();
        int entryBase = b.position();
        if (entryLength != b.remaining()) throw new IllegalArgumentException("entry bytes " + entryLength);
        for (int p : postings) if (p < 0 || p >= entries) throw new IllegalArgumentException("entry " + p);
        return new CompiledDictionary(source, file, pos, entryOffsets, entryBase, formOffsets, formChars, postingStarts, postings);
    }

    private static int[] ints(ByteBuffer b, int n) {
        if (n < 0 || (long) n * 4 > b.remaining()) throw new IllegalArgumentException("count " + n);
        int[] out = new int[n];
        b.asIntBuffer().get(out);
        b.position(b.position() + n * 4);
        return out;
    }

    private static String readUtf(ByteBuffer b) {
        int n = b.getInt();
        if (n < 0 || n > b.remaining()) throw new IllegalArgumentException("length " + n);
        return new String(bytes(b, n), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(ByteBuffer b, int n) {
        byte[] out = new byte[n];
        b.get(out);
        return out;
    }

    private static YomuException damaged(String name, String what) {
        return YomuException.unavailable("The dictionary file " + name + " " + what + ". " + REMEDY, null);
    }

    /** @return what the dictionary is, e.g. "EDICT 2021-02-03 (bundled)" */
    public String source() {
        return source;
    }

    /** @return how many entries it holds */
    public int entries() {
        return entryOffsets.length;
    }

    /** @return how many distinct forms (headwords and readings) are indexed */
    public int forms() {
        return formOffsets.length - 1;
    }

    @Override
    public List<DictEntry> lookup(String form) {
        Check.notNull(form, "form");
        List<DictEntry> hit = decoded.get(form);
        if (hit != null) return hit;
        int at = find(form);
        if (at < 0) return List.of();
        List<DictEntry> out = new ArrayList<>(postingStarts[at + 1] - postingStarts[at]);
        for (int p = postingStarts[at]; p < postingStarts[at + 1]; p++) out.add(entry(postings[p]));
        List<DictEntry> result = List.copyOf(out);
        decoded.put(form, result);
        return result;
    }

    @Override
    public boolean containsForm(String form) {
        // The form table alone answers: the decoded cache only ever holds forms it has, and a
        // compound probe, which usually misses, would ask both.
        return find(form) >= 0;
    }

    /** @return every entry in dictionary order, decoded one by one (for tests and exports) */
    public java.util.stream.Stream<DictEntry> stream() {
        return java.util.stream.IntStream.range(0, entries()).mapToObj(this::entry);
    }

    /** @return the form's number, or -1 if no entry is written or read that way */
    private int find(String form) {
        int mask = formTable.length - 1;
        for (int slot = spread(form.hashCode()) & mask; ; slot = (slot + 1) & mask) {
            int f = formTable[slot] - 1;
            if (f < 0) return -1;
            if (sameForm(f, form)) return f;
        }
    }

    private boolean sameForm(int f, String form) {
        int from = formOffsets[f], n = formOffsets[f + 1] - from;
        if (n != form.length()) return false;
        for (int i = 0; i < n; i++) if (formChars[from + i] != form.charAt(i)) return false;
        return true;
    }

    private String form(int f) {
        return new String(formChars, formOffsets[f], formOffsets[f + 1] - formOffsets[f]);
    }

    private DictEntry entry(int id) {
        Reader r = new Reader(entryBase + entryOffsets[id]);
        boolean common = file.get(r.at++) != 0;
        List<String> headwords = r.forms();
        List<String> readings = r.forms();
        int n = r.varint();
        List<Sense> senses = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int np = r.varint();
            List<String> codes = new ArrayList<>(np);
            for (int k = 0; k < np; k++) codes.add(pos[r.varint()]);
            senses.add(new Sense(codes, r.strings()));
        }
        return new DictEntry(headwords, readings, senses, common);
    }

    private final class Reader {
        int at;

        Reader(int at) {
            this.at = at;
        }

        int varint() {
            int v = 0, shift = 0;
            while (true) {
                int b = file.get(at++);
                v |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
                shift += 7;
            }
        }

        List<String> forms() {
            int n = varint();
            if (n == 0) return List.of();
            String[] out = new String[n];
            for (int i = 0; i < n; i++) out[i] = form(varint());
            return List.of(out);
        }

        List<String> strings() {
            int n = varint();
            if (n == 0) return List.of();
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                int len = varint();
                byte[] utf8 = new byte[len];
                file.get(at, utf8);
                out[i] = new String(utf8, StandardCharsets.UTF_8);
                at += len;
            }
            return List.of(out);
        }
    }
}
