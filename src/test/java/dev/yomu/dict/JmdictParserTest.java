package dev.yomu.dict;

import dev.yomu.support.YomuException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JmdictParserTest {

    private static List<DictEntry> parse(InputStream in, String name) {
        try (JmdictParser parser = new JmdictParser(in, name)) {
            return parser.entries().toList();
        }
    }

    private static List<DictEntry> parse(String xml) {
        return parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
    }

    private static InputStream fixture(String name) {
        return JmdictParserTest.class.getResourceAsStream("/dict/" + name);
    }

    @Test
    void readsEntriesWithEntityNamesAsPosCodes() {
        List<DictEntry> entries = parse(fixture("jmdict-mini.xml"), "jmdict-mini.xml");

        assertThat(entries).hasSize(4);
        DictEntry koushou = entries.get(0);
        assertThat(koushou.headwords()).containsExactly("交渉");
        assertThat(koushou.readings()).containsExactly("こうしょう");
        assertThat(koushou.common()).isTrue();
        assertThat(koushou.senses()).containsExactly(
                new Sense(List.of("n", "vs", "adj-no"), List.of("negotiations", "discussions")),
                new Sense(List.of("n", "vs", "adj-no"), List.of("connection")));
        assertThat(entries.get(1).headwords()).containsExactly("行う", "行なう");
        assertThat(entries.get(1).senses().get(0).pos()).containsExactly("v5u", "vt");
        assertThat(entries.get(2).common()).isFalse();
        assertThat(entries.get(3).headwords()).isEmpty();
        assertThat(entries.get(3).firstGlosses(1)).isEqualTo("Taliban & co.");
    }

    @Test
    void readsGzippedFilesDetectedByMagicBytes() {
        assertThat(parse(fixture("jmdict-mini.xml.gz"), "jmdict-mini.xml.gz"))
                .extracting(DictEntry::primaryForm).containsExactly("交渉", "行う", "同盟国", "タリバン");
    }

    @Test
    void rejectsMalformedXmlWithFileAndLine() {
        String xml = "<?xml version=\"1.0\"?>\n<JMdict>\n<entry><keb>交渉</keb>\n</JMdict>\n";

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOf(YomuException.class)
                .hasMessageStartingWith("test.xml: not a JMdict XML file (line 4: ");
    }

    @Test
    void rejectsXmlWithAnotherRootElement() {
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?>\n<html><body/></html>"))
                .isInstanceOf(YomuException.class)
                .hasMessage("test.xml: not a JMdict XML file (line 2: root element is <html>)");
    }

    @Test
    void rejectsTextThatIsNotXml() {
        assertThatThrownBy(() -> parse("同盟国 [どうめいこく] /(n) ally/"))
                .isInstanceOf(YomuException.class)
                .hasMessageStartingWith("test.xml: not a JMdict XML file (line 1: ");
    }

    @Test
    void neverLoadsExternalEntities() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE JMdict [\n<!ENTITY n \"noun\">\n"
                + "<!ENTITY xxe SYSTEM \"file:///etc/hostname\">\n]>\n"
                + "<JMdict><entry><r_ele><reb>てすと</reb></r_ele>"
                + "<sense><pos>&n;</pos><gloss>test &xxe;</gloss></sense></entry></JMdict>";

        List<DictEntry> entries;
        try {
            entries = parse(xml);
        } catch (YomuException refused) {
            return; // refusing the file is as safe as ignoring the entity
        }
        assertThat(entries.get(0).firstGlosses(1)).isEqualTo("test");
    }

    @Test
    void handlesManyEntityReferencesLikeTheFullJmdict() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE JMdict [\n<!ENTITY n \"noun\">\n]>\n<JMdict>\n");
        for (int i = 0; i < 70_000; i++)
            xml.append("<entry><r_ele><reb>か</reb></r_ele><sense><pos>&n;</pos><gloss>g</gloss></sense></entry>\n");
        xml.append("</JMdict>\n");

        assertThat(parse(xml.toString())).hasSize(70_000).allSatisfy(e -> assertThat(e.senses().get(0).pos()).containsExactly("n"));
    }

    @Test
    void entityReferencesInTextAreNeverExpanded() {
        String big = "x".repeat(1_000);
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE JMdict [\n<!ENTITY b \"" + big + "\">\n]>\n<JMdict>\n"
                + "<entry><r_ele><reb>か</reb></r_ele><sense><gloss>g" + "&b;".repeat(100_000) + "</gloss></sense></entry>\n"
                + "</JMdict>\n";

        // 100,000 references to a 1,000-character entity would be a 100-million-character gloss.
        assertThat(parse(xml)).singleElement()
                .satisfies(e -> assertThat(e.senses().get(0).glosses()).containsExactly("g"));
    }

    @Test
    void aFieldLongerThanAnyInJmdictIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<JMdict>\n<entry><r_ele><reb>か</reb></r_ele><sense><gloss>"
                + "x".repeat(3_000) + "</gloss></sense></entry>\n</JMdict>\n";

        assertThatThrownBy(() -> parse(xml))
                .isInstanceOf(dev.yomu.support.YomuException.class)
                .hasMessageContaining("test.xml: not a JMdict XML file (line")
                .hasMessageContaining("longer than 2000 characters");
    }
}
