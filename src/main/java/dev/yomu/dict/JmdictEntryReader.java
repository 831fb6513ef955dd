package dev.yomu.dict;

import dev.yomu.text.Printable;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one {@code <entry>} element of JMdict; the reader is positioned on its start tag. */
final class JmdictEntryReader {
    // The priorities EDRDG folds into EDICT's (P).
    private static final Set<String> COMMON = Set.of("news1", "ichi1", "spec1", "spec2", "gai1");
    private static final Pattern ENTITY_DECL = Pattern.compile("<!ENTITY\\s+([\\w.-]+)\\s+\"([^\"]*)\"\\s*>");

    private final XMLStreamReader xml;
    // Expanded text -> entity name, for parsers that expand entities despite being told not to.
    private final Map<String, String> entityNames = new HashMap<>();

    private List<String> headwords;
    private List<String> readings;
    private List<Sense> senses;
    private List<String> pos;
    private boolean common;

    JmdictEntryReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    void learnEntities(String dtd) {
        Matcher m = ENTITY_DECL.matcher(dtd == null ? "" : dtd);
        while (m.find()) {
            entityNames.putIfAbsent(m.group(2), m.group(1));
        }
    }

    Optional<DictEntry> read() throws XMLStreamException {
        headwords = new ArrayList<>();
        readings = new ArrayList<>();
        senses = new ArrayList<>();
        pos = List.of();
        common = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) startElement(xml.getLocalName());
            else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("entry")) break;
        }
        if (readings.isEmpty() && headwords.isEmpty() || senses.isEmpty()) return Optional.empty();
        return Optional.of(new DictEntry(headwords, readings, senses, common));
    }

    private void startElement(String name) throws XMLStreamException {
        switch (name) {
            case "keb" -> headwords.add(text());
            case "reb" -> readings.add(text());
            case "ke_pri", "re_pri" -> common |= COMMON.contains(text());
            case "sense" -> readSense();
            default -> { }
        }
    }

    private void readSense() throws XMLStreamException {
        List<String> sensePos = new ArrayList<>();
        List<String> glosses = new ArrayList<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("sense")) break;
            if (event != XMLStreamConstants.START_ELEMENT) continue;
            if (xml.getLocalName().equals("pos")) sensePos.add(posCode());
            else if (xml.getLocalName().equals("gloss")) {
                String lang = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
                String gloss = Printable.clean(text()); // a dictionary file is text from anywhere
                if ((lang == null || lang.equals("eng")) && !gloss.isEmpty()) glosses.add(gloss);
            }
        }
        // A sense without <pos> keeps the previous sense's parts of speech (JMdict DTD).
        if (!sensePos.isEmpty()) pos = sensePos;
        if (!glosses.isEmpty()) senses.add(new Sense(pos, glosses));
    }

    // <pos>&n;</pos>: the entity name is the code; if the parser expanded it anyway, map the text back.
    private String posCode() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        String entity = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.ENTITY_REFERENCE) entity = xml.getLocalName();
            else if (event == XMLStreamConstants.CHARACTERS) text.append(xml.getText());
            else if (event == XMLStreamConstants.END_ELEMENT) break;
        }
        if (entity != null) return entity;
        String expanded = text.toString().strip();
        return entityNames.getOrDefault(expanded, expanded);
    }

    /**
     * JMdict's longest field is a few hundred characters; a longer one means a damaged or hostile
     * file, refused before it costs memory.
     */
    static final int MAX_FIELD = 2_000;

    /**
     * Element text. Entity references are never expanded, by the parser (told not to) or by us:
     * JMdict uses entities only for codes (part of speech, misc, field, dialect), read by
     * {@link #posCode()}, never inside headwords, readings or glosses. So a reference in a text field
     * is dropped, and no file can make a field grow by expansion (a billion-laughs file stays inert
     * whatever the JDK's entity limits are).
     */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) text.append(xml.getText());
            else if (event == XMLStreamConstants.END_ELEMENT) break;
            if (text.length() > MAX_FIELD)
                throw new XMLStreamException("a field is longer than " + MAX_FIELD + " characters", xml.getLocation());
        }
        return text.toString().strip();
    }
}
