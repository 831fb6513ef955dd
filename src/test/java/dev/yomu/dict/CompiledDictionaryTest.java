package dev.yomu.dict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dictionary file the jar ships and {@code dict import} writes: exact, searchable, and refused when damaged. */
class CompiledDictionaryTest {
    @TempDir
    Path dir;

    private static List<DictEntry> parsedBundled() {
        return TestDictionaries.edictEntries();
    }

    @Test
    void theBundledFileHoldsEveryEdictEntryExactlyAsParsed() {
        List<DictEntry> parsed = parsedBundled();
        CompiledDictionary compiled = BundledDictionary.compiled();

        assertThat(compiled.source()).isEqualTo(BundledDictionary.SOURCE);
        assertThat(compiled.entries()).isEqualTo(parsed.size());
        List<DictEntry> read = compiled.stream().toList();
        for (int i = 0; i < parsed.size(); i++) assertThat(read.get(i)).as("entry %d", i).isEqualTo(parsed.get(i));
    }

    @Test
    void lookupsAnswerAsTheInMemoryDictionaryDoes() {
        MemoryLexicon memory = TestDictionaries.edict();
        CompiledDictionary compiled = BundledDictionary.compiled();
        assertThat(compiled.forms()).isEqualTo(memory.size());

        // A spread of real forms (every 53rd entry's headwords and readings) and some chosen ones.
        Set<String> sample = new LinkedHashSet<>(List.of("交渉", "こうしょう", "タリバン", "生", "なま", "する", "ある",
                "国防総省", "同盟国", "𠮟る", "ｱ", "存在しない語", "", "国防総省の"));
        List<DictEntry> parsed = parsedBundled();
        for (int i = 0; i < parsed.size(); i += 53) sample.addAll(DictionaryCompiler.forms(parsed.get(i)));
        assertThat(sample).hasSizeGreaterThan(8_000);
        assertThat(sample.stream().filter(f -> !memory.lookup(f).isEmpty()).count()).isGreaterThan(8_000);

        for (String form : sample) {
            assertThat(compiled.lookup(form)).as(form).isEqualTo(memory.lookup(form));
            assertThat(compiled.lookup(form)).as(form + " again, from the cache").isEqualTo(memory.lookup(form));
            assertThat(compiled.containsForm(form)).as(form).isEqualTo(memory.containsForm(form));
        }
    }

    private static final List<DictEntry> SMALL = List.of(
            new DictEntry(List.of("𠮟る", "叱る"), List.of("しかる"), List.of(new Sense(List.of("v5r", "vt"), List.of("to scold"))), true),
            new DictEntry(List.of(), List.of("タリバン"), List.of(new Sense(List.of("n"), List.of("Taliban"))), false),
            new DictEntry(List.of("生"), List.of("なま"), List.of(new Sense(List.of("adj-no", "n"), List.of("raw", "uncooked")),
                    new Sense(List.of(), List.of("draft (beer)")), new Sense(List.of("pref"), List.of())), true),
            new DictEntry(List.of("生"), List.of("せい", "しょう"), List.of(), false),
            new DictEntry(List.of("ああ"), List.of("ああ"), List.of(new Sense(List.of("int"), List.of("ah!"))), false));

    private byte[] small(String source) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DictionaryCompiler().addAll(SMALL.iterator()).writeTo(out, source);
        return out.toByteArray();
    }

    @Test
    void aSmallDictionaryRoundTripsThroughAFile() throws IOException {
        Path file = dir.resolve("small.yomudict");
        Files.write(file, small("JMdict test 📖.xml"));
        CompiledDictionary d = CompiledDictionary.open(file);

        assertThat(d.source()).isEqualTo("JMdict test 📖.xml");
        assertThat(d.stream().toList()).isEqualTo(SMALL);
        assertThat(d.lookup("生")).containsExactly(SMALL.get(2), SMALL.get(3));
        assertThat(d.lookup("しかる")).containsExactly(SMALL.get(0));
        assertThat(d.lookup("𠮟る")).containsExactly(SMALL.get(0));
        assertThat(d.lookup("ああ")).containsExactly(SMALL.get(4)); // one entry, though headword and reading
        assertThat(d.lookup("たりばん")).isEmpty();
        assertThat(d.containsForm("せい")).isTrue();
        assertThat(d.containsForm("せ")).isFalse();
        assertThat(d.forms()).isEqualTo(9); // 𠮟る 叱る しかる タリバン 生 なま せい しょう ああ
    }

    @Test
    void aDamagedOrForeignFileIsRefusedInOneLine() throws IOException {
        byte[] good = small("test");
        List<byte[]> bad = new ArrayList<>();
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x40;
        bad.add(flipped);
        bad.add(java.util.Arrays.copyOf(good, good.length - 3));
        bad.add(java.util.Arrays.copyOf(good, 10));
        bad.add(new byte[0]);
        bad.add("猫 [ねこ] /(n) cat/\n".getBytes(EdictParser.EUC_JP));
        byte[] newer = good.clone();
        ByteBuffer.wrap(newer).putInt(CompiledDictionary.MAGIC.length, CompiledDictionary.FORMAT_VERSION + 1);
        bad.add(newer);

        List<String> messages = new ArrayList<>();
        for (byte[] b : bad) {
            Path file = dir.resolve("bad.yomudict");
            Files.write(file, b);
            assertThatThrownBy(() -> CompiledDictionary.open(file))
                    .isInstanceOfSatisfying(YomuException.class, e -> {
                        assertThat(e.exitCode()).isEqualTo(ExitCodes.UNAVAILABLE);
                        assertThat(e.getMessage()).startsWith("The dictionary file " + file + " ")
                                .contains("yomu dict reset").doesNotContain("\n");
                        messages.add(e.getMessage());
                    });
        }
        assertThat(messages.get(0)).contains("checksum");
        assertThat(messages.get(1)).contains("damaged");
        assertThat(messages.get(4)).contains("is not a Yomu dictionary file");
        assertThat(messages.get(5)).contains("another version of Yomu");
        assertThatThrownBy(() -> CompiledDictionary.open(dir.resolve("none.yomudict"))).hasMessageContaining("is missing");
        // read from a stream (the jar's resource), as the bundled one is
        assertThat(CompiledDictionary.read(new java.io.ByteArrayInputStream(good), "good").stream().toList()).isEqualTo(SMALL);
        byte[] huge = good.clone();
        ByteBuffer.wrap(huge).putInt(CompiledDictionary.MAGIC.length + 4, Integer.MAX_VALUE - 3);
        for (byte[] b : List.of(bad.get(0), bad.get(1), bad.get(4), java.util.Arrays.copyOf(good, good.length + 1), huge))
            assertThatThrownBy(() -> CompiledDictionary.read(new java.io.ByteArrayInputStream(b), "streamed"))
                    .isInstanceOf(YomuException.class).hasMessageStartingWith("The dictionary file streamed ");
    }
}
