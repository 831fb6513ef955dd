package dev.yomu.article.select;

import dev.yomu.dict.DictEntry;
import dev.yomu.dict.Lexicon;
import dev.yomu.dict.Sense;
import dev.yomu.support.Check;
import dev.yomu.text.Kana;
import dev.yomu.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives tokens the dictionary form a learner looks up, where IPADIC's lemma is not one:
 * <ul>
 *   <li>potential verbs IPADIC lists as words of their own go back to the verb the dictionary has:
 *       乗り継げる → 乗り継ぐ, 読める → 読む (a potential verb the dictionary explains as a word of its own,
 *       話せる, 売れる, stays);</li>
 *   <li>a na-adjective IPADIC cuts wrongly keeps its word: 頑 + なに → 頑な + に;</li>
 *   <li>an i-adjective's adverbial form before なる is that adjective, not a noun: 近く in 近くなれば → 近い.</li>
 * </ul>
 * The surface, offsets and surface reading stay as they were, so furigana and the reader are unchanged;
 * the lemma (and so the card, and the reader's look-up) is the dictionary's word. Thread-safe.
 */
public final class DictionaryForms {
    // The e-row kana a godan verb's potential ends in (読め-る), and the u-row kana of its dictionary form (読む).
    private static final String E_ROW = "えけげせてねべめれ";
    private static final String U_ROW = "うくぐすつぬぶむる";

    private final Lexicon lexicon;
    // Lemma and reading of a verb ending in e-row + る -> what the dictionary says about it; verbs repeat,
    // look-ups add up. The reading is part of the key: 入れる read いれる and read はいれる are different verbs.
    private final Map<String, Potential> potentials = new ConcurrentHashMap<>();

    /**
     * What an ichidan lemma like 読める is: a word of its own, or the potential of a godan verb.
     * {@code tokenStem}/{@code godanStem}: the reading before the e-row kana as the tokenizer has it and
     * as the godan verb is read (い/はい for 入れ: IPADIC reads 入れ as いれ, the potential of 入る is はいれ).
     */
    private record Potential(String godan, String godanReading, Kind kind, String tokenStem, String godanStem) {
        static final Potential OWN_WORD = new Potential("", "", Kind.OWN_WORD, "", "");
    }

    private enum Kind {
        /** The dictionary has it as a word (売れる, 話せる, 見える), or has no godan verb to go back to. */
        OWN_WORD,
        /** The dictionary does not have it; the godan verb it comes from is the word (乗り継げる → 乗り継ぐ). */
        POTENTIAL,
        /** The dictionary has it only as a transitive verb paired with the godan one (近づける/近づく): context decides. */
        TRANSITIVE_PAIR
    }

    public DictionaryForms(Lexicon lexicon) {
        this.lexicon = Check.notNull(lexicon, "lexicon");
    }

    /**
     * @param tokens the tokens of one sentence, in order
     * @return the same tokens, each with the dictionary form a learner should study; the list itself
     *         when nothing changes
     */
    public List<Token> apply(List<Token> tokens) {
        Check.notNull(tokens, "tokens");
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            List<Token> replaced = replacement(tokens, i, t, next);
            if (replaced == null) {
                if (out != null) out.add(t);
                continue;
            }
            if (out == null) out = new ArrayList<>(tokens.subList(0, i));
            out.addAll(replaced);
            if (replaced.size() == 2) i++; // the na-adjective took the next token's な
        }
        return out == null ? tokens : out;
    }

    private List<Token> replacement(List<Token> tokens, int i, Token t, Token next) {
        switch (t.pos()) {
            case "動詞" -> {
                Token base = potentialBase(tokens, i, t, next);
                return base == null ? null : List.of(base);
            }
            case "名詞" -> {
                if (next == null || next.begin() != t.end()) return null;
                List<Token> naAdjective = naAdjective(t, next);
                if (naAdjective != null) return naAdjective;
                Token adjective = adverbialAdjective(t, next);
                return adjective == null ? null : List.of(adjective);
            }
            default -> {
                return null;
            }
        }
    }

    // ----- potential verbs -----

    private Token potentialBase(List<Token> tokens, int i, Token t, Token next) {
        if (!t.posDetail().equals("自立")) return null;
        String lemma = t.lemma();
        int n = lemma.length();
        if (n < 3 || lemma.charAt(n - 1) != 'る' || E_ROW.indexOf(lemma.charAt(n - 2)) < 0 || !Kana.containsKanji(lemma))
            return null;
        // A potential takes no passive or causative: 避けられる is 避ける, never the potential of 避く.
        if (next != null && isVoiceAuxiliary(next)) return null;
        Potential p = potentials.computeIfAbsent(lemma + '\t' + t.reading(), k -> classify(lemma, t.reading()));
        switch (p.kind()) {
            case OWN_WORD -> {
                return null;
            }
            case TRANSITIVE_PAIR -> {
                if (!readsAsPotential(tokens, i)) return null;
            }
            default -> { }
        }
        String surfaceReading = t.surfaceReading();
        if (!p.tokenStem().equals(p.godanStem()) && surfaceReading.startsWith(p.tokenStem()))
            surfaceReading = p.godanStem() + surfaceReading.substring(p.tokenStem().length());
        return new Token(t.surface(), p.godan(), p.godanReading(), surfaceReading, t.pos(), t.posDetail(),
                t.begin(), t.end());
    }

    private Potential classify(String lemma, String reading) {
        int n = lemma.length();
        char u = U_ROW.charAt(E_ROW.indexOf(lemma.charAt(n - 2)));
        String godan = lemma.substring(0, n - 2) + u;
        if (!lexicon.containsForm(godan)) return Potential.OWN_WORD;
        String godanReading = reading.length() >= 2 && reading.endsWith("る") && E_ROW.indexOf(reading.charAt(reading.length() - 2)) >= 0
                ? reading.substring(0, reading.length() - 2) + u : "";
        Optional<DictEntry> godanEntry = verbEntry(godan, godanReading, "v5");
        if (godanEntry.isEmpty()) return Potential.OWN_WORD;
        String firstReading = fullerReading(godan, godanReading, godanEntry.get());
        String tokenStem = godanReading.isEmpty() ? "" : godanReading.substring(0, godanReading.length() - 1);
        String godanStem = firstReading.substring(0, firstReading.length() - 1);
        Optional<DictEntry> own = verbEntry(lemma, reading, "v1");
        if (own.isEmpty()) return new Potential(godan, firstReading, Kind.POTENTIAL, tokenStem, godanStem);
        DictEntry e = own.get();
        boolean transitiveOnly = hasPos(e, "vt") && !hasPos(e, "vi");
        boolean explainedAsPotential = e.senses().get(0).glosses().stream().anyMatch(g -> g.startsWith("to be able to"));
        if (transitiveOnly && !explainedAsPotential && godanEntry.get().common())
            return new Potential(godan, firstReading, Kind.TRANSITIVE_PAIR, tokenStem, godanStem);
        return Potential.OWN_WORD;
    }

    /**
     * The reading a godan verb has on its own. IPADIC reads 入れる いれる, which leads to 入る read いる; but
     * いる survives only in set phrases (気に入る) and the verb a learner meets is はいる, so its potential is
     * はいれる. A second entry of the same verb whose reading ends in the derived one (は + いる) and has
     * more senses is that verb. 開く あく/ひらく are two verbs and stay apart.
     */
    private String fullerReading(String godan, String derived, DictEntry found) {
        String best = Kana.toHiragana(found.readings().get(0));
        if (derived.isEmpty()) return best;
        int senses = found.senses().size();
        for (DictEntry e : lexicon.lookup(godan)) {
            if (e == found || !e.headwords().contains(godan) || e.senses().size() <= senses) continue;
            String r = Kana.toHiragana(e.readings().get(0));
            boolean godanVerb = e.senses().stream().anyMatch(sn -> sn.pos().stream().anyMatch(pp -> pp.startsWith("v5")));
            if (godanVerb && r.length() > derived.length() && r.endsWith(derived)) {
                best = r;
                senses = e.senses().size();
            }
        }
        return best.equals(derived) || best.endsWith(derived) ? best : derived;
    }

    /** The dictionary entry written {@code form} and read {@code reading} with a verb sense of the given class. */
    private Optional<DictEntry> verbEntry(String form, String reading, String verbClass) {
        String wanted = Kana.toHiragana(reading);
        for (DictEntry e : lexicon.lookup(form)) {
            if (!e.headwords().contains(form)) continue;
            if (!wanted.isEmpty() && e.readings().stream().map(Kana::toHiragana).noneMatch(wanted::equals)) continue;
            for (Sense s : e.senses())
                for (String pos : s.pos()) if (pos.startsWith(verbClass)) return Optional.of(e);
        }
        return Optional.empty();
    }

    private static boolean hasPos(DictEntry e, String code) {
        for (Sense s : e.senses()) if (s.pos().contains(code)) return true;
        return false;
    }

    private static boolean isVoiceAuxiliary(Token next) {
        return switch (next.lemma()) {
            case "られる", "れる", "させる", "せる" -> true;
            default -> false;
        };
    }

    /**
     * Whether a transitive verb with an intransitive godan partner (近づける/近づく, 入れる/入る) is
     * the partner's potential here. Only on clear evidence, since the transitive verb is far more
     * frequent: 空港に近づけない "cannot get near the airport", 辿り着けず "could not reach" are; 彼には伝えない
     * "will not tell him", 冷蔵庫に入れないで "do not put it in the fridge", 顔を近づけた are not. The
     * evidence: negated (a learner meets "cannot" far more than "can"), no を-object in the clause, and
     * the goal with に right before it, or the verb second in a compound verb (辿り + 着けず).
     */
    private static boolean readsAsPotential(List<Token> tokens, int verb) {
        if (verb + 1 >= tokens.size() || !isNegation(tokens, verb + 1) || hasObject(tokens, verb) || verb == 0)
            return false;
        Token before = tokens.get(verb - 1);
        return before.pos().equals("助詞") && before.surface().equals("に")
                || before.pos().equals("動詞") && before.end() == tokens.get(verb).begin();
    }

    // ない, ず, ぬ, ません: 近づけない, 着けず; not the request ないで (入れないでください).
    private static boolean isNegation(List<Token> tokens, int at) {
        Token next = tokens.get(at);
        Token after = at + 1 < tokens.size() ? tokens.get(at + 1) : null;
        return switch (next.lemma()) {
            case "ない" -> next.pos().equals("助動詞") && (after == null || !after.surface().equals("で"));
            case "ぬ", "ん" -> next.pos().equals("助動詞");
            case "ます" -> next.surface().equals("ませ");
            default -> false;
        };
    }

    // A を-object in the same clause (back to the last comma or full stop) makes the verb transitive.
    private static boolean hasObject(List<Token> tokens, int verb) {
        for (int k = verb - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.pos().equals("記号")) return false;
            if (t.pos().equals("助詞") && t.surface().equals("を")) return true;
        }
        return false;
    }

    // ----- na-adjectives and adverbial forms -----

    // IPADIC reads 頑なに as 頑 + なに ("what"); the dictionary has 頑な as a na-adjective.
    private List<Token> naAdjective(Token t, Token next) {
        if (!next.surface().equals("なに")) return null;
        String word = t.surface() + "な";
        if (!Kana.containsKanji(t.surface())) return null;
        Optional<DictEntry> entry = lexicon.lookup(word).stream()
                .filter(e -> e.headwords().contains(word) && hasPos(e, "adj-na")).findFirst();
        if (entry.isEmpty()) return null;
        String reading = Kana.toHiragana(entry.get().primaryReading());
        Token adjective = new Token(word, word, reading, reading, "名詞", "形容動詞語幹", t.begin(), t.end() + 1);
        Token particle = new Token("に", "に", "に", "に", "助詞", "副詞化", t.end() + 1, next.end());
        return List.of(adjective, particle);
    }

    // 近くなれば "if it gets closer": 近く is the adverbial form of 近い, not the noun 近く "vicinity".
    private Token adverbialAdjective(Token t, Token next) {
        String s = t.surface();
        if (!next.lemma().equals("なる") || !next.pos().equals("動詞") || s.length() < 2 || !s.endsWith("く")
                || !t.surfaceReading().endsWith("く") || !Kana.containsKanji(s))
            return null;
        String adjective = s.substring(0, s.length() - 1) + "い";
        String reading = t.surfaceReading().substring(0, t.surfaceReading().length() - 1) + "い";
        boolean known = lexicon.lookup(adjective).stream().anyMatch(e -> e.headwords().contains(adjective)
                && e.readings().stream().map(Kana::toHiragana).anyMatch(reading::equals) && hasPos(e, "adj-i"));
        if (!known) return null;
        return new Token(s, adjective, reading, t.surfaceReading(), "形容詞", "自立", t.begin(), t.end());
    }
}
