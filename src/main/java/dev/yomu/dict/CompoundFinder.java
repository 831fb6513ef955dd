package dev.yomu.dict;

import dev.yomu.support.Check;
import dev.yomu.text.Kana;
import dev.yomu.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Joins consecutive noun-like tokens into the longest word the dictionary knows: IPADIC splits
 * 同盟国 into 同盟 + 国 and 休戦協定 into 休戦 + 協定, but a learner should study the whole word.
 * Only nouns, prefixes and suffixes are joined, never particles or auxiliaries, so an expression
 * like 交渉の余地 is not glued together even if the dictionary lists it.
 */
public final class CompoundFinder {
    /** The posDetail of a joined token. */
    public static final String COMPOUND = "複合語";
    static final int MAX_TOKENS = 5;

    private final Lexicon lexicon;
    private final KatakanaNames names;
    private final TokenRecut recut;

    public CompoundFinder(Lexicon lexicon) {
        this.lexicon = Check.notNull(lexicon, "lexicon");
        this.names = new KatakanaNames(lexicon);
        this.recut = new TokenRecut(lexicon);
    }

    /**
     * @param tokens the tokens of one sentence, in order
     * @return the same tokens with each compound replaced by one token (pos 名詞, posDetail {@value #COMPOUND})
     *         carrying the dictionary's reading
     */
    public List<Token> merge(List<Token> tokens) {
        Check.notNull(tokens, "tokens");
        tokens = recut.recut(names.joinLinked(tokens));
        List<Token> merged = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Optional<Token> expression = noExpression(tokens, i);
            if (expression.isPresent()) {
                merged.add(expression.get());
                i += 3;
                continue;
            }
            Optional<Token> compound = Optional.empty();
            int length = maxLength(tokens, i);
            while (length >= 2 && (compound = compound(tokens.subList(i, i + length))).isEmpty()) length--;
            if (compound.isPresent()) {
                merged.add(compound.get());
                i += length;
            } else {
                merged.add(tokens.get(i));
                i++;
            }
        }
        return names.markNames(joinKatakanaFragments(merged));
    }

    /**
     * IPADIC cuts foreign names it does not know into known pieces: カーブル (Kabul) becomes カー (car)
     * + ブル (bull). Adjacent katakana tokens where a piece is that short are one unknown word; it is
     * marked a proper noun, so it is kept as a name instead of teaching "car" and "bull".
     */
    private List<Token> joinKatakanaFragments(List<Token> tokens) {
        List<Token> out = null; // made on the first join: most sentences have none
        int i = 0;
        while (i < tokens.size()) {
            // Each token is tested for katakana once (it was twice, as the end of one pair and the
            // start of the next), and a token that is not katakana starts no run.
            int end = i + 1;
            if (isKatakanaWord(tokens.get(i)))
                while (end < tokens.size() && tokens.get(end).begin() == tokens.get(end - 1).end()
                        && isKatakanaWord(tokens.get(end)))
                    end++;
            if (end == i + 1) { // the usual case: no run, no sub-list
                if (out != null) out.add(tokens.get(i));
                i++;
                continue;
            }
            List<Token> run = tokens.subList(i, end);
            boolean join = hasShortPiece(run) || names.isNameRun(run, concat(run));
            if (join && out == null) out = new ArrayList<>(tokens.subList(0, i));
            if (join) out.add(joinedKatakana(run));
            else if (out != null) out.addAll(run);
            i = end;
        }
        return out == null ? tokens : out;
    }

    private static boolean hasShortPiece(List<Token> run) {
        for (Token t : run) if (t.surface().length() <= 2) return true;
        return false;
    }

    private static boolean isKatakanaWord(Token t) {
        return t.pos().equals("名詞") && Kana.isAllKatakana(t.surface());
    }

    /** False only when the joined form cannot hold a kanji; a part ending in half a surrogate pair might. */
    private static boolean mayHoldKanji(List<Token> parts) {
        for (Token t : parts) {
            String s = t.surface();
            if (Kana.containsKanji(s) || !s.isEmpty() && Character.isHighSurrogate(s.charAt(s.length() - 1))) return true;
        }
        return false;
    }

    private static String concat(List<Token> run) {
        StringBuilder form = new StringBuilder();
        for (Token t : run) form.append(t.surface());
        return form.toString();
    }

    private Token joinedKatakana(List<Token> run) {
        String f = concat(run);
        String reading = Kana.toHiragana(f);
        String detail = lexicon.containsForm(f) && !names.isNameRun(run, f) ? COMPOUND : KatakanaNames.NAME;
        return new Token(f, f, reading, reading, "名詞", detail, run.get(0).begin(), run.get(run.size() - 1).end());
    }

    // How many joinable tokens follow from i, without gaps in the text.
    private static int maxLength(List<Token> tokens, int i) {
        if (!CompoundParts.canStart(tokens.get(i))) return 0;
        int length = 1;
        while (length < MAX_TOKENS && i + length < tokens.size()) {
            Token next = tokens.get(i + length);
            if (!CompoundParts.canContinue(next) || next.begin() != tokens.get(i + length - 1).end()) break;
            length++;
        }
        return length;
    }

    /**
     * 寒の戻り, 雀の涙: noun + の + noun that the dictionary lists as one expression. Only where it does,
     * so an ordinary phrase (交渉の余地) stays three words.
     */
    private Optional<Token> noExpression(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size()) return Optional.empty();
        Token x = tokens.get(i), no = tokens.get(i + 1), y = tokens.get(i + 2);
        if (!no.surface().equals("の") || !no.pos().equals("助詞") || no.begin() != x.end() || y.begin() != no.end()
                || !CompoundParts.canStart(x) || !CompoundParts.canEnd(y))
            return Optional.empty();
        return compound(tokens.subList(i, i + 3));
    }

    private Optional<Token> compound(List<Token> parts) {
        if (!CompoundParts.canEnd(parts.get(parts.size() - 1))) return Optional.empty();
        // 第一次世界大戦 may hold a number, but a number and its counter at the end are a count: 三月, 五輪.
        for (int k = 0; k < parts.size(); k++)
            if (CompoundParts.isKanjiNumber(parts.get(k)) && parts.size() - 1 - k < 2) return Optional.empty();
        // Most probes miss: a run without kanji is refused before any string is made, and the
        // usual two-token probe is one concat instead of a builder and its copy.
        if (!mayHoldKanji(parts)) return Optional.empty();
        String form = parts.size() == 2 ? parts.get(0).surface().concat(parts.get(1).surface()) : concat(parts);
        if (!Kana.containsKanji(form) || !lexicon.containsForm(form)) return Optional.empty();
        StringBuilder reading = new StringBuilder();
        boolean readingKnown = true;
        for (Token t : parts) {
            reading.append(t.surfaceReading());
            readingKnown &= !t.surfaceReading().isEmpty();
        }
        return CompoundReading.pick(lexicon.lookup(form), form, readingKnown ? reading.toString() : "")
                .map(r -> new Token(form, form, r, r, "名詞", COMPOUND,
                        parts.get(0).begin(), parts.get(parts.size() - 1).end()));
    }
}
