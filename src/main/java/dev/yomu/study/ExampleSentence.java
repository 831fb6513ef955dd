package dev.yomu.study;

import dev.yomu.text.Token;
import java.util.List;

/** The sentence a card is shown with: a whole sentence from the learner's articles with the fewest unknown words. */
public record ExampleSentence(String text, List<Token> tokens, String articleTitle) {}
