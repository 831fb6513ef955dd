package dev.yomu.text;

/**
 * One word of a sentence as the tokenizer sees it.
 *
 * @param surface        the text as written in the sentence (行っ)
 * @param lemma          the dictionary form (行う); equals surface when the tokenizer has none
 * @param reading        the reading of the dictionary form, in hiragana (おこなう); empty if unknown
 * @param surfaceReading the reading of the surface, in hiragana (おこなっ); empty if unknown
 * @param pos            the part of speech, IPADIC's top level (名詞, 動詞, 助詞 ...)
 * @param posDetail      IPADIC's sub-categories joined by ',' (固有名詞,人名,姓), '*' parts left out
 * @param begin          offset of the first char in the sentence
 * @param end            offset after the last char in the sentence
 */
public record Token(String surface, String lemma, String reading, String surfaceReading, String pos,
                    String posDetail, int begin, int end) {

    public boolean isProperNoun() {
        return pos.equals("名詞") && posDetail.startsWith("固有名詞");
    }
}
