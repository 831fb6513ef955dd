package dev.yomu.text;

import dev.yomu.support.Check;
import dev.yomu.text.LineClassifier.Kind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a cleaned article into headings, paragraphs, reader comments and recognised noise.
 *
 * <p>Steps: label every line ({@link LineClassifier}); find the headline among the first short lines
 * ({@link TitleFinder}) and treat the page furniture above it as noise; group lines into blocks
 * (blank lines separate blocks, and an indented line starts a new paragraph, as 字下げ does); turn
 * short sentence-less blocks followed by body text into headings; mark repeated paragraphs as noise;
 * split study text and comments into sentences. Misjudging a heading as a paragraph or the other way
 * round costs nothing, since both are studied; the rules lean towards keeping text.
 */
public final class ArticleParser {
    /** Section headings are short: longer sentence-less lines are more likely run-on body text. */
    static final int MAX_HEADING = 40;
    /** Repeats shorter than this ("はい。") may well be meant twice. */
    private static final int MIN_DEDUPE = 20;

    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * Parses a cleaned text (see {@link TextCleaner}).
     *
     * @param cleanedText   the article text, LF line breaks
     * @param titleOverride the title to use, or null to take the headline from the text
     * @return the title and the blocks in file order; check {@link ParsedArticle#hasStudyText()}
     */
    public ParsedArticle parse(String cleanedText, String titleOverride) {
        Check.notNull(cleanedText, "cleanedText");
        List<String> lines = List.of(cleanedText.split("\n", -1));
        Kind[] kinds = LineClassifier.classify(lines);
        int titleLine = TitleFinder.find(lines, kinds);
        List<Draft> drafts = group(lines, kinds, titleLine);
        markHeadings(drafts);
        markRepeats(drafts);
        headlineAloneIsBody(drafts, titleLine);
        // Each block splits into sentences on its own, so a long text splits on every core.
        List<Block> blocks = drafts.parallelStream().map(this::toBlock).toList();
        return new ParsedArticle(title(titleOverride, lines, titleLine, blocks), blocks);
    }

    /** A block being built: its kind, its lines, and whether it stood between blank lines. */
    private static final class Draft {
        BlockKind kind;
        final List<String> lines = new ArrayList<>();
        final boolean alone;

        Draft(BlockKind kind, boolean alone) {
            this.kind = kind;
            this.alone = alone;
        }

        String text() {
            return String.join("\n", lines);
        }
    }

    /**
     * Blank lines end a block; so does a change of kind, and for paragraphs an indented line. Comments
     * run on over blank lines until the next comment's metadata.
     */
    private static List<Draft> group(List<String> lines, Kind[] kinds, int titleLine) {
        List<Draft> drafts = new ArrayList<>();
        Draft current = null;
        for (int i = 0; i < lines.size(); i++) {
            if (kinds[i] == Kind.BLANK) {
                if (current != null && current.kind != BlockKind.COMMENT) current = null;
                continue;
            }
            BlockKind kind = blockKind(kinds[i], i, titleLine);
            // A Markdown heading says it is one, with or without blank lines around it.
            String heading = LineRules.markdownHeading(lines.get(i));
            if (kind == BlockKind.PARAGRAPH && heading != null) kind = BlockKind.HEADING;
            boolean newParagraph = kind == BlockKind.PARAGRAPH && LineRules.isIndented(lines.get(i));
            if (current == null || current.kind != kind || kind == BlockKind.HEADING || newParagraph) {
                current = new Draft(kind, isBlank(kinds, i - 1) && isBlank(kinds, i + 1));
                drafts.add(current);
            }
            current.lines.add(heading != null ? heading : LineRules.strip(lines.get(i)));
        }
        return drafts;
    }

    /** Outside the text counts as blank. */
    private static boolean isBlank(Kind[] kinds, int i) {
        return i < 0 || i >= kinds.length || kinds[i] == Kind.BLANK;
    }

    /** Lines above the headline are the site's name, tagline and menus. */
    private static BlockKind blockKind(Kind kind, int line, int titleLine) {
        if (line == titleLine) return BlockKind.HEADING;
        return switch (kind) {
            case CONTENT -> line < titleLine ? BlockKind.BOILERPLATE : BlockKind.PARAGRAPH;
            case COMMENT -> BlockKind.COMMENT;
            case NOISE, COMMENT_META, BLANK -> BlockKind.BOILERPLATE;
        };
    }

    /** A short line standing alone, without sentence punctuation, and followed by body text is a heading. */
    private static void markHeadings(List<Draft> drafts) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            Draft d = drafts.get(i);
            if (d.kind == BlockKind.PARAGRAPH && d.alone && d.lines.size() == 1 && isHeadingShaped(d.lines.get(0))
                    && nextIsBody(drafts, i)) d.kind = BlockKind.HEADING;
        }
    }

    static boolean isHeadingShaped(String line) {
        return line.length() <= MAX_HEADING && LineRules.hasJapanese(line) && !LineRules.hasSentenceEnd(line)
                && !LineRules.endsWithContinuation(line);
    }

    private static boolean nextIsBody(List<Draft> drafts, int i) {
        for (int j = i + 1; j < drafts.size(); j++) {
            BlockKind kind = drafts.get(j).kind;
            if (kind == BlockKind.PARAGRAPH || kind == BlockKind.HEADING) return true;
            if (kind == BlockKind.COMMENT) return false;
        }
        return false;
    }

    /**
     * A text whose headline is all there is ("撤退の知らせが届いた。" on its own) is its own title and
     * body: refusing it as page noise would refuse the shortest texts a learner brings.
     */
    private static void headlineAloneIsBody(List<Draft> drafts, int titleLine) {
        if (titleLine < 0) return;
        Draft headline = null;
        for (Draft d : drafts) {
            if (d.kind == BlockKind.PARAGRAPH) return;
            if (d.kind == BlockKind.HEADING && headline == null) headline = d;
        }
        if (headline != null) headline.kind = BlockKind.PARAGRAPH;
    }

    /** Reposting sites often repeat whole paragraphs; the repeats are noise. */
    private static void markRepeats(List<Draft> drafts) {
        Set<String> seen = new HashSet<>();
        for (Draft d : drafts) {
            if (d.kind != BlockKind.PARAGRAPH) continue;
            String key = withoutWhitespace(d.text());
            if (key.length() >= MIN_DEDUPE && !seen.add(key)) d.kind = BlockKind.BOILERPLATE;
        }
    }

    // Every whitespace and space character is in the BMP, so a char loop (surrogates pass through
    // untouched) gives what a code point filter would, without a stream per paragraph.
    private static String withoutWhitespace(String s) {
        int first = 0;
        while (first < s.length() && !LineRules.isSpace(s.charAt(first))) first++;
        if (first == s.length()) return s; // most paragraphs: no copy, and the key keeps the text's hash
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!LineRules.isSpace(c)) sb.append(c);
        }
        return sb.toString();
    }

    private Block toBlock(Draft d) {
        String text = d.text();
        List<String> sentences = switch (d.kind) {
            case HEADING -> List.of(text.replace('\n', ' '));
            case PARAGRAPH, COMMENT -> splitter.split(text);
            case BOILERPLATE -> List.of();
        };
        return new Block(d.kind, text, sentences);
    }

    /** The override, else the headline, else the start of the first paragraph, else a placeholder. */
    private static String title(String override, List<String> lines, int titleLine, List<Block> blocks) {
        if (override != null && !override.isBlank()) return override.strip();
        if (titleLine >= 0) return LineRules.text(lines.get(titleLine));
        return blocks.stream().filter(b -> b.kind() == BlockKind.PARAGRAPH && !b.sentences().isEmpty())
                .map(b -> TitleFinder.shorten(b.sentences().get(0)))
                .findFirst().orElse(TitleFinder.UNTITLED);
    }
}
