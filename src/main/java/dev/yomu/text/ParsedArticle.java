package dev.yomu.text;

import dev.yomu.support.Check;

import java.util.List;

/**
 * An imported article split into blocks, in the order of the file.
 *
 * @param title  the headline found in the text, the caller's override, or a fallback (see ArticleParser)
 * @param blocks every block, including BOILERPLATE, so the importer can show what was dropped
 */
public record ParsedArticle(String title, List<Block> blocks) {
    public ParsedArticle {
        Check.notNull(title, "title");
        blocks = List.copyOf(Check.notNull(blocks, "blocks"));
    }

    /** HEADING and PARAGRAPH blocks: the text to study. */
    public List<Block> studyBlocks() {
        return blocks.stream().filter(b -> b.kind().isStudyText()).toList();
    }

    public List<Block> blocksOf(BlockKind kind) {
        return blocks.stream().filter(b -> b.kind() == kind).toList();
    }

    /** False when everything was recognised as noise: the importer should refuse such a file. */
    public boolean hasStudyText() {
        return blocks.stream().anyMatch(b -> b.kind() == BlockKind.PARAGRAPH);
    }
}
