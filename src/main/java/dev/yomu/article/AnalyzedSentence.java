package dev.yomu.article;

import dev.yomu.text.BlockKind;
import dev.yomu.text.Token;
import java.util.List;

/** A sentence with its tokens (compounds merged) and the words worth keeping from it. */
public record AnalyzedSentence(int blockOrd, BlockKind kind, String text, List<Token> tokens,
                               List<AnalyzedWord> words) {}
