package dev.yomu.reader;

/**
 * A word of the text as a dictionary lists it: what the reader looks up for a word that is not a
 * study word or name (我々, 大きな, 言い合っ, 三日).
 *
 * @param form    the dictionary form (言い合う for 言い合っ; 三日 for a number with its counter)
 * @param reading the form's reading in hiragana, or empty when the tokenizer does not know it
 * @param label   what kind of word it is, for the learner: noun, pronoun, verb, pre-noun adjective, number ...
 * @param counter for a number with a counter (169人), the counter (人), whose entry explains the
 *                number when the dictionary does not list the whole; otherwise null
 */
public record Lemma(String form, String reading, String label, Lemma counter) {}
