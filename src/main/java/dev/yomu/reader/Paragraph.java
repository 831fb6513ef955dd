package dev.yomu.reader;

import java.util.List;

/** One block of the article (a heading or a paragraph) as pieces in reading order. */
public record Paragraph(boolean heading, List<Piece> pieces) {}
