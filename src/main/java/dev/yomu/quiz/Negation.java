package dev.yomu.quiz;

import dev.yomu.text.Token;
import java.util.List;
import java.util.Optional;

/**
 * Negates the predicate at the end of a sentence (した。→ しなかった。). Only endings whose negative
 * form is certain are handled; a godan past like 使った needs the verb's class and is left alone.
 */
final class Negation {
    private static final String[][] ENDINGS = {
            {"ていない。", "ている。"}, {"ていなかった。", "ていた。"}, {"ている。", "ていない。"}, {"ていた。", "ていなかった。"},
            {"であった。", "ではなかった。"}, {"である。", "ではない。"}, {"だった。", "ではなかった。"},
            {"ました。", "ませんでした。"}, {"ます。", "ません。"}, {"です。", "ではありません。"},
            {"できる。", "できない。"}, {"した。", "しなかった。"}, {"する。", "しない。"}, {"させた。", "させなかった。"},
            {"れた。", "れなかった。"}, {"せた。", "せなかった。"}, {"えた。", "えなかった。"}, {"めた。", "めなかった。"},
            {"けた。", "けなかった。"}, {"べた。", "べなかった。"}, {"じた。", "じなかった。"}, {"ある。", "ない。"},
            {"だ。", "ではない。"},
    };

    private Negation() {}

    static Optional<String> negate(String sentence, List<Token> tokens) {
        for (String[] e : ENDINGS) {
            if (e[0].equals("した。") && sentence.endsWith(e[0]) && !suruPast(tokens)) return Optional.empty();
            // 高めるだけだ → 高めるだけではない is "not only", not a denial; 知っていない is not Japanese.
            if (e[0].equals("だ。") && sentence.endsWith("んだ。")) return Optional.empty(); // 楽しんだ: a godan past
            if (sentence.endsWith("だけ" + e[0]) || sentence.endsWith("知って" + e[0])) return Optional.empty();
            if (sentence.endsWith(e[0]))
                return Optional.of(sentence.substring(0, sentence.length() - e[0].length()) + e[1]);
        }
        return Optional.empty();
    }

    // 上陸した is する's past; 出した is 出す's, whose negative is 出さなかった.
    private static boolean suruPast(List<Token> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--)
            if (tokens.get(i).surface().equals("し")) return tokens.get(i).lemma().equals("する");
        return false;
    }
}
