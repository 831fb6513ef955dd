package dev.yomu.quiz;

import dev.yomu.text.Token;
import java.util.List;

/**
 * Sentences a link or a machine translation has broken, which a question must not quote to a
 * learner: two proper names run together with no particle between them (「キエフロシア連邦の…」,
 * 「イギリスロイド=ジョージ戦時内閣は」, judged in the second independent sample). Japanese joins two
 * names only with a particle or a mark (・, と, の).
 */
final class GarbledSentences {
    private GarbledSentences() {}

    static boolean garbled(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token a = tokens.get(i), b = tokens.get(i + 1);
            if (a.end() == b.begin() && name(a) && (name(b) || katakanaCompound(a, b)) && !sameScriptKanji(a, b)) return true;
        }
        return false;
    }

    private static boolean name(Token t) {
        return t.pos().equals("名詞") && t.posDetail().contains("固有名詞") && t.surface().length() >= 2
                && (t.posDetail().contains("地域") || t.posDetail().contains("人名"));
    }

    // キエフ|ロシア連邦: the dictionary's compound of a name (ロシア連邦) glued to a katakana name before it
    private static boolean katakanaCompound(Token a, Token b) {
        return b.posDetail().contains("複合語") && katakana(a.surface().charAt(a.surface().length() - 1))
                && b.surface().length() >= 2 && katakana(b.surface().charAt(0)) && katakana(b.surface().charAt(1));
    }

    private static boolean katakana(char c) {
        return c >= 0x30A1 && c <= 0x30FA;
    }

    // 日米, 北浜市: kanji names compound with each other; a run of two katakana names does not
    private static boolean sameScriptKanji(Token a, Token b) {
        return isKanji(a.surface().charAt(a.surface().length() - 1)) && isKanji(b.surface().charAt(0));
    }

    private static boolean isKanji(char c) {
        return c >= 0x4E00 && c <= 0x9FFF;
    }
}
