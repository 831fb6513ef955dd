/**
 * Japanese text: decoding and cleaning, sentences, the Kuromoji tokenizer, kana, numbers and counters,
 * furigana, display width and line breaking. Pure functions over strings and tokens.
 * May depend on support only.
 */
package dev.yomu.text;
