package dev.yomu.dict;

import dev.yomu.support.Check;
import dev.yomu.support.YomuException;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Streams entries from JMdict XML ({@code JMdict_e}, plain or gzipped) with StAX, keeping English
 * glosses only. Part-of-speech codes are the DTD entity names (&amp;n; becomes "n"), the same codes
 * EDICT uses. External entities and DTDs are never loaded; the internal DTD subset is allowed because
 * JMdict declares its codes there.
 */
public final class JmdictParser implements AutoCloseable {
    private final String sourceName;
    private final InputStream input;
    private final XMLStreamReader xml;
    private final JmdictEntryReader entryReader;
    private boolean rootChecked;

    /**
     * @param in         JMdict XML, optionally gzip-compressed (detected by its magic bytes); closed by {@link #close()}
     * @param sourceName the file name, used in error messages
     * @throws YomuException (invalid input) if the start of the file is not XML
     */
    public JmdictParser(InputStream in, String sourceName) {
        this.sourceName = Check.notNull(sourceName, "sourceName");
        this.input = decompressIfGzip(Check.notNull(in, "in"));
        try {
            this.xml = factory().createXMLStreamReader(input);
        } catch (XMLStreamException e) {
            throw notJmdict(e);
        }
        this.entryReader = new JmdictEntryReader(xml);
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // Belt and braces against XXE: whatever external resource is asked for, it is empty.
        factory.setXMLResolver((publicId, systemId, base, namespace) -> new ByteArrayInputStream(new byte[0]));
        return factory;
    }

    private static InputStream decompressIfGzip(InputStream in) {
        try {
            BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
            buffered.mark(2);
            int b1 = buffered.read();
            int b2 = buffered.read();
            buffered.reset();
            return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads lazily; the stream can be consumed once.
     *
     * @return the entries in file order
     * @throws YomuException (invalid input), while streaming, if the XML is malformed or not JMdict
     */
    public Stream<DictEntry> entries() {
        return EntryStreams.of(this::advance);
    }

    private boolean advance(Consumer<? super DictEntry> action) {
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) entryReader.learnEntities(xml.getText());
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                checkRoot();
                if (xml.getLocalName().equals("entry")) {
                    var entry = entryReader.read();
                    if (entry.isPresent()) {
                        action.accept(entry.get());
                        return true;
                    }
                }
            }
            if (!rootChecked) throw YomuException.invalidInput(sourceName + ": not a JMdict XML file (no elements)");
            return false;
        } catch (XMLStreamException e) {
            throw notJmdict(e);
        }
    }

    private void checkRoot() {
        if (rootChecked) return;
        rootChecked = true;
        if (!xml.getLocalName().equals("JMdict"))
            throw YomuException.invalidInput(sourceName + ": not a JMdict XML file (line "
                    + xml.getLocation().getLineNumber() + ": root element is <" + xml.getLocalName() + ">)");
    }

    private YomuException notJmdict(XMLStreamException e) {
        Location at = e.getLocation();
        String line = at == null ? "?" : String.valueOf(at.getLineNumber());
        return YomuException.invalidInput(sourceName + ": not a JMdict XML file (line " + line + ": " + reason(e) + ")", e);
    }

    // The JDK's message is "ParseError at [row,col]:[3,5]\nMessage: ..."; keep the last part.
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.lastIndexOf("Message: ");
        return (at >= 0 ? message.substring(at + 9) : message).strip();
    }

    @Override
    public void close() {
        try {
            xml.close();
            input.close();
        } catch (XMLStreamException | IOException e) {
            // Nothing was written, so a failed close loses nothing.
        }
    }
}
