package dev.yomu.text;

import dev.yomu.support.Check;

import java.util.List;

/**
 * One block of an imported article.
 *
 * @param kind      what the block is
 * @param text      the block's lines, stripped and joined with '\n'
 * @param sentences the sentences of the text; empty for BOILERPLATE, which is not studied
 */
public record Block(BlockKind kind, String text, List<String> sentences) {
    public Block {
        Check.notNull(kind, "kind");
        Check.notNull(text, "text");
        sentences = List.copyOf(Check.notNull(sentences, "sentences"));
    }
}
