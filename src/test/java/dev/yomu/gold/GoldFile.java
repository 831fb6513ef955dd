package dev.yomu.gold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A gold set file under {@code src/test/resources/gold}: sentences ({@code > ...}) grouped by source
 * ({@code @ ...}), each followed by TAB-separated rows about words of that sentence. The format is
 * described at the top of each file.
 */
final class GoldFile {
    private GoldFile() {}

    /**
     * One checked word.
     *
     * @param line       1-based line of the row in the file, for messages
     * @param source     "written" or "seed &lt;file&gt;"
     * @param target     the word as written, without its #N suffix
     * @param occurrence which occurrence of target in the sentence (1-based); 0 = the only one
     * @param fields     the columns after category and target
     */
    record Row(String file, int line, String source, String sentence, String category, String target,
               int occurrence, List<String> fields) {

        String where() {
            return file + ":" + line;
        }

        boolean fromSeed() {
            return source.startsWith("seed ");
        }

        String seedFile() {
            return source.substring("seed ".length()).strip();
        }

        /** The target's offset in the sentence, or -1 when it is missing or ambiguous. */
        int begin() {
            int at = -1;
            int n = 0;
            int from = 0;
            while ((from = sentence.indexOf(target, from)) >= 0) {
                n++;
                if (occurrence == 0 ? n == 1 : n == occurrence) at = from;
                from += 1;
            }
            if (occurrence == 0 && n != 1) return -1;
            return at;
        }

        int end() {
            return begin() + target.length();
        }
    }

    static List<Row> read(String name, int columns) {
        String resource = "/gold/" + name;
        try (InputStream in = GoldFile.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing test resource " + resource);
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), columns);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    /** @param columns how many TAB-separated columns a row has, category and target included */
    static List<Row> parse(String name, String text, int columns) {
        List<Row> rows = new ArrayList<>();
        String source = null;
        String sentence = null;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            int lineNo = i + 1;
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("@ ")) {
                source = line.substring(2).strip();
                sentence = null;
            } else if (line.startsWith("> ")) {
                sentence = line.substring(2);
            } else {
                String where = name + ":" + lineNo;
                if (source == null || sentence == null)
                    throw new IllegalArgumentException(where + ": a row needs an '@ source' and a '> sentence' above it");
                String[] cols = line.split("\t", -1);
                if (cols.length != columns)
                    throw new IllegalArgumentException(where + ": expected " + columns + " TAB-separated columns, found "
                            + cols.length);
                for (int c = 0; c < cols.length; c++)
                    if (cols[c].isBlank())
                        throw new IllegalArgumentException(where + ": column " + (c + 1) + " is empty (use - for none)");
                String target = cols[1];
                int occurrence = 0;
                int hash = target.lastIndexOf('#');
                if (hash > 0) {
                    occurrence = Integer.parseInt(target.substring(hash + 1));
                    target = target.substring(0, hash);
                }
                rows.add(new Row(name, lineNo, source, sentence, cols[0], target, occurrence,
                        List.copyOf(Arrays.asList(cols).subList(2, cols.length))));
            }
        }
        return rows;
    }
}
