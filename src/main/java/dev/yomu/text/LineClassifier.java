package dev.yomu.text;

import java.util.List;

/**
 * First pass of the parser: labels every line of an article. Most noise is recognised line by line
 * ({@link LineRules}); the rest needs to know where the line is, so the classifier walks the text as a
 * small state machine: a related-articles list runs from its header to the first line that is not a
 * list entry; a comment thread runs from its header (or its first name-and-date pair) to a trackback
 * notice, reply form or page end, and whatever follows a thread is page furniture; an author bio is
 * the block after its header.
 */
final class LineClassifier {
    enum Kind { BLANK, CONTENT, NOISE, COMMENT, COMMENT_META }

    private enum Mode { BODY, RELATED, BIO, COMMENTS, TAIL }

    private final List<String> lines;
    private final Kind[] kinds;
    private Mode mode = Mode.BODY;
    private boolean bioStarted;

    private LineClassifier(List<String> lines) {
        this.lines = lines;
        this.kinds = new Kind[lines.size()];
    }

    static Kind[] classify(List<String> lines) {
        LineClassifier classifier = new LineClassifier(lines);
        for (int i = 0; i < lines.size(); i++) classifier.kinds[i] = classifier.next(i);
        classifier.markCaptions();
        return classifier.kinds;
    }

    private Kind next(int i) {
        String line = LineRules.strip(lines.get(i));
        if (line.isEmpty()) {
            if (mode == Mode.BIO && bioStarted) mode = Mode.BODY;
            return Kind.BLANK;
        }
        return switch (mode) {
            case TAIL -> Kind.NOISE;
            case COMMENTS -> inComments(line);
            case RELATED -> inRelated(i, line);
            case BIO -> inBio();
            case BODY -> inBody(i, line);
        };
    }

    private Kind inComments(String line) {
        if (LineRules.isThreadEnd(line)) {
            mode = Mode.TAIL;
            return Kind.NOISE;
        }
        return LineRules.isCommentMeta(line) ? Kind.COMMENT_META : Kind.COMMENT;
    }

    private Kind inRelated(int i, String line) {
        if (LineRules.isCommentHeader(line)) return startComments();
        if (isLinkListEntry(lines.get(i), line)) return Kind.NOISE;
        mode = Mode.BODY;
        return inBody(i, line);
    }

    /** Related-article entries are indented, numbered, cut short with "…", or headline-sized. */
    private static boolean isLinkListEntry(String raw, String line) {
        return LineRules.isIndented(raw) || LineRules.isListItem(line) || line.endsWith("…") || line.endsWith("...")
                || LineRules.isCategoryLabel(line) || LineRules.isHeadlineShaped(line, 60) || LineRules.isNoise(line);
    }

    private Kind inBio() {
        bioStarted = true;
        return Kind.NOISE;
    }

    private Kind inBody(int i, String line) {
        if (LineRules.isCommentHeader(line) || LineRules.startsComment(line, nextNonBlank(i))) return startComments();
        if (LineRules.isRelatedHeader(line)) return switchTo(Mode.RELATED);
        if (LineRules.isBioHeader(line)) {
            bioStarted = false;
            return switchTo(Mode.BIO);
        }
        return LineRules.isNoise(line) ? Kind.NOISE : Kind.CONTENT;
    }

    private Kind startComments() {
        mode = Mode.COMMENTS;
        return Kind.COMMENT_META;
    }

    private Kind switchTo(Mode newMode) {
        mode = newMode;
        return Kind.NOISE;
    }

    private String nextNonBlank(int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            String s = LineRules.strip(lines.get(j));
            if (!s.isEmpty()) return s;
        }
        return null;
    }

    /**
     * A photo caption sits in the same block as its credit ("核ミサイル3" above "Shutterstock経由の…"),
     * so short, sentence-less lines next to a credit are captions.
     */
    private void markCaptions() {
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && kinds[end] != Kind.BLANK) end++;
            if (hasCredit(start, end)) markShortContentAsNoise(start, end);
            start = end + 1;
        }
    }

    private boolean hasCredit(int start, int end) {
        for (int i = start; i < end; i++) if (LineRules.isCredit(LineRules.strip(lines.get(i)))) return true;
        return false;
    }

    private void markShortContentAsNoise(int start, int end) {
        for (int i = start; i < end; i++) {
            String s = LineRules.strip(lines.get(i));
            if (kinds[i] == Kind.CONTENT && s.length() <= 40 && !LineRules.hasSentenceEnd(s)) kinds[i] = Kind.NOISE;
        }
    }
}
