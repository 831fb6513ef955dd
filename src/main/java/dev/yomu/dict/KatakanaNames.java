package dev.yomu.dict;

import dev.yomu.support.ResourceLines;
import dev.yomu.text.Kana;
import dev.yomu.text.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Foreign names written in katakana, which IPADIC cuts into dictionary words or leaves unknown:
 * ジョン・スミス and ブレスト=リトフスク stay one name; a katakana word neither IPADIC nor the dictionary
 * knows (トロツキー, ムルマンスク) is a name; a katakana word the dictionary knows is a person's name in a
 * person's context (ライト兄弟, E.H.カー, ニュートンは…, from name-context.tsv). Marked tokens get a
 * 固有名詞 posDetail, so the word selector keeps them as names.
 */
final class KatakanaNames {
    /** posDetail of a person's name found here. */
    static final String PERSON = "固有名詞,人名,一般";
    /** posDetail of another name (a place, a firm) found here. */
    static final String NAME = "固有名詞,一般";
    private static final String RESOURCE = "name-context.tsv";
    private static final Set<String> TITLES = new HashSet<>();
    private static final Set<String> UNITS = new HashSet<>();

    static {
        for (String line : ResourceLines.entries(KatakanaNames.class, RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 2) throw new IllegalStateException(RESOURCE + ": expected 2 columns: " + line);
            switch (f[0]) {
                case "title" -> TITLES.add(f[1].strip());
                case "unit" -> UNITS.add(f[1].strip());
                default -> throw new IllegalStateException(RESOURCE + ": unknown kind " + f[0]);
            }
        }
    }

    private final Lexicon lexicon;

    KatakanaNames(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Joins katakana runs linked by ・, ＝ or = into one name (ジョン・スミス), unless they are a list of
     * places or of ordinary words (イギリス・フランス, ボタン・スイッチ); and a katakana run that is all
     * of a 「」 quotation into one word.
     */
    List<Token> joinLinked(List<Token> tokens) {
        if (!mayJoin(tokens)) return tokens; // most sentences: no copy
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            int named = placeNamedRunEnd(tokens, i);
            if (named > 0) {
                out.add(joined(tokens.subList(i, named), NAME));
                i = named;
                continue;
            }
            if (!isKatakanaNoun(t)) {
                int quoted = quotedRunEnd(tokens, i);
                if (quoted > 0) {
                    out.add(t);
                    out.add(joined(tokens.subList(i + 1, quoted), null));
                    i = quoted;
                } else {
                    out.add(t);
                    i++;
                }
                continue;
            }
            int last = i, end = i + 1;
            boolean linked = false;
            while (end < tokens.size() && tokens.get(end).begin() == tokens.get(end - 1).end()) {
                Token next = tokens.get(end);
                if (isKatakanaNoun(next)) last = end;
                else if (!isLink(next) || isLink(tokens.get(end - 1))) break;
                else linked = true;
                end++;
            }
            List<Token> run = tokens.subList(i, last + 1);
            if (linked && run.size() > 1 && isOneName(run)) out.add(joined(run, NAME));
            else out.addAll(run);
            i = last + 1;
        }
        return out;
    }

    // Whether joinLinked could change anything: a link or an opening bracket, or a kanji noun before katakana.
    private static boolean mayJoin(List<Token> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            String s = t.surface();
            if (s.length() == 1) {
                char c = s.charAt(0);
                if (c == '・' || c == '＝' || c == '=' || c == '「') return true;
            }
            if (t.pos().equals("名詞") && isKatakanaNoun(tokens.get(i + 1)) && Kana.containsKanji(s)) return true;
        }
        return false;
    }

    /** Marks katakana names: unknown words, and known words in a person's context. */
    List<Token> markNames(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!isKatakanaNoun(t) || t.posDetail().startsWith("固有名詞,人名")) continue;
            String detail = null;
            if (isPersonContext(tokens, i)) detail = PERSON;
            else if (t.reading().isEmpty() && !t.posDetail().startsWith("固有名詞") && t.surface().length() >= 2
                    && !lexicon.containsForm(t.surface())) detail = NAME;
            if (detail == null) continue;
            if (out == null) out = new ArrayList<>(tokens);
            out.set(i, new Token(t.surface(), t.surface(), t.reading(), t.surfaceReading(), t.pos(), detail, t.begin(), t.end()));
        }
        return out == null ? tokens : out;
    }

    /**
     * Whether a katakana run IPADIC cut into known words (カー + ブル) is a name: the dictionary knows
     * the whole only as a proper name that is not a common word ("Kabul (Afghanistan)"), or a piece is a
     * person or organisation and the dictionary does not know the whole (ブラッド + フォード).
     */
    boolean isNameRun(List<Token> run, String form) {
        if (!lexicon.containsForm(form)) {
            for (Token t : run) if (t.posDetail().startsWith("固有名詞,人名") || t.posDetail().startsWith("固有名詞,組織")) return true;
            return false;
        }
        for (DictEntry e : lexicon.lookup(form)) if (e.common() || !properNameOnly(e)) return false;
        return true;
    }

    private boolean isPersonContext(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token next = i + 1 < tokens.size() && tokens.get(i + 1).begin() == t.end() ? tokens.get(i + 1) : null;
        if (next != null && (TITLES.contains(next.surface()) || next.posDetail().startsWith("接尾,人名"))) return true;
        if (i >= 2 && isPeriod(tokens.get(i - 1)) && isInitial(tokens.get(i - 2))) return true; // E.H.カー
        boolean opensSentence = i == 0 || tokens.get(i - 1).pos().equals("記号");
        if (opensSentence && next != null && (next.surface().equals("は") || next.surface().equals("が"))
                && next.pos().equals("助詞"))
            return UNITS.contains(t.surface()) || hasProperNameSense(t.surface());
        return false;
    }

    // The dictionary knows the word as a name besides a common meaning: ニュートン "(1) newton (SI unit)
    // (2) Newton (Sir Isaac)", フォード "(1) ford (2) Ford (car)". A word whose first sense is a name
    // already (オリンピック "Olympics") is a word the dictionary teaches, so it stays one.
    private boolean hasProperNameSense(String form) {
        for (DictEntry e : lexicon.lookup(form)) {
            List<Sense> senses = e.senses();
            if (senses.isEmpty() || Gloss.isNameSense(senses.get(0))) continue;
            for (Sense s : senses) if (Gloss.isNameSense(s)) return true;
        }
        return false;
    }

    private static boolean properNameOnly(DictEntry e) {
        for (Sense s : e.senses()) if (!Gloss.isNameSense(s)) return false;
        return !e.senses().isEmpty();
    }

    // ジョン・スミス yes; イギリス・アメリカ (places) and ボタン・スイッチ (ordinary words) no; ＝ always links a name.
    private boolean isOneName(List<Token> run) {
        boolean nameLike = false;
        List<Token> segment = new ArrayList<>();
        for (int k = 0; k <= run.size(); k++) {
            Token t = k < run.size() ? run.get(k) : null;
            if (t != null && !isLink(t)) {
                segment.add(t);
                continue;
            }
            if (t != null && !t.surface().equals("・")) nameLike = true;
            if (segment.size() == 1 && segment.get(0).posDetail().contains("地域")) return false;
            for (Token s : segment)
                if (s.reading().isEmpty() || s.posDetail().startsWith("固有名詞,人名")) nameLike = true;
            if (segment.size() > 1 && !lexicon.containsForm(concat(segment))) nameLike = true;
            segment.clear();
        }
        return nameLike;
    }

    /**
     * 汐見ライトレール, 東京スカイツリー: a place or a kanji name the dictionary does not know, then two or
     * more katakana words that the dictionary does not know together, name one thing; "light" and
     * "rail" are not what the sentence teaches. Returns the end index of the run, or -1.
     */
    private int placeNamedRunEnd(List<Token> tokens, int i) {
        Token head = tokens.get(i);
        // Cheap tests first: this runs for every token of every import.
        if (i + 2 >= tokens.size() || !isKatakanaNoun(tokens.get(i + 1)) || !isKatakanaNoun(tokens.get(i + 2))
                || !head.pos().equals("名詞") || !Kana.containsKanji(head.surface()) || !Kana.isWordChars(head.surface()))
            return -1;
        String d = head.posDetail();
        boolean nameHead = d.startsWith("固有名詞") && !d.startsWith("固有名詞,人名")
                || d.startsWith("一般") && !lexicon.containsForm(head.surface());
        if (!nameHead) return -1;
        int k = i + 1;
        while (k < tokens.size() && isKatakanaNoun(tokens.get(k)) && tokens.get(k).begin() == tokens.get(k - 1).end()) k++;
        if (k - i - 1 < 2 || lexicon.containsForm(concat(tokens.subList(i + 1, k)))) return -1;
        return k;
    }

    // 「カタカナ語」: the end index (the 」) when everything between the brackets is two or more katakana nouns.
    private static int quotedRunEnd(List<Token> tokens, int i) {
        if (!tokens.get(i).surface().equals("「")) return -1;
        int k = i + 1;
        while (k < tokens.size() && isKatakanaNoun(tokens.get(k)) && tokens.get(k).begin() == tokens.get(k - 1).end()) k++;
        return k - i - 1 >= 2 && k < tokens.size() && tokens.get(k).surface().equals("」") ? k : -1;
    }

    private Token joined(List<Token> run, String detail) {
        String form = concat(run);
        String reading = Kana.toHiragana(form);
        if (detail == null) detail = lexicon.containsForm(form) ? CompoundFinder.COMPOUND : NAME;
        if (detail.equals(NAME))
            for (Token t : run) if (t.posDetail().startsWith("固有名詞,人名")) detail = PERSON;
        return new Token(form, form, reading, reading, "名詞", detail, run.get(0).begin(), run.get(run.size() - 1).end());
    }

    private static String concat(List<Token> run) {
        StringBuilder sb = new StringBuilder();
        for (Token t : run) sb.append(t.surface());
        return sb.toString();
    }

    static boolean isKatakanaNoun(Token t) {
        return t.pos().equals("名詞") && Kana.isAllKatakana(t.surface()) && t.surface().charAt(0) != '・';
    }

    private static boolean isLink(Token t) {
        String s = t.surface();
        return s.equals("・") || s.equals("＝") || s.equals("=");
    }

    private static boolean isPeriod(Token t) {
        return t.surface().equals(".") || t.surface().equals("．");
    }

    private static boolean isInitial(Token t) {
        String s = t.surface();
        return s.length() == 1 && (s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' || s.charAt(0) >= 'Ａ' && s.charAt(0) <= 'Ｚ');
    }
}
