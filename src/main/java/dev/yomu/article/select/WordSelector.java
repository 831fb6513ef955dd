package dev.yomu.article.select;

import dev.yomu.deck.WordKind;
import dev.yomu.support.ResourceLines;

import dev.yomu.dict.CompoundFinder;
import dev.yomu.dict.DictEntry;
import dev.yomu.dict.Gloss;
import dev.yomu.dict.Lexicon;
import dev.yomu.dict.Sense;
import dev.yomu.support.Check;
import dev.yomu.text.Kana;
import dev.yomu.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which tokens of a sentence a learner should study. Content words (nouns, verbs,
 * adjectives, adverbs, compounds) are {@link WordKind#STUDY}; people, places and organisations are
 * {@link WordKind#NAME}; grammar, symbols, numbers, Latin script and the handful of verbs every
 * sentence uses (する, ある, いる ...) are {@link WordKind#NONE}, and so is every token of a
 * {@linkplain GrammarExpressions grammar expression} (no card しれる from かもしれない).
 */
public final class WordSelector {
    // Verbs so frequent, and so often grammatical (〜ている, 〜となる, 〜という), that a card for them is noise.
    private static final Set<String> FUNCTION_VERBS = Set.of(
            "する", "為る", "ある", "有る", "在る", "いる", "居る", "なる", "成る", "できる", "出来る",
            "いう", "言う", "れる", "られる", "せる", "させる", "おる", "くる", "いく", "ゆく", "みる",
            "しまう", "くれる", "もらう", "あげる", "やる", "いただく", "くださる", "いたす", "致す", "ござる");
    private static final Set<String> FUNCTION_ADJECTIVES = Set.of("ない", "無い", "いい", "よい", "良い");
    // Demonstratives, formal nouns and grammatical prefixes: classes otherwise studied, but these are grammar.
    private static final Set<String> GRAMMAR_WORDS = Set.copyOf(ResourceLines.entries(WordSelector.class, "grammar-words.txt"));
    // How EDICT glosses a city, town or prefecture: "Osaka (city, prefecture)", "Yokohama (city)".
    private static final List<String> TOWN_MARKERS = List.of("(city", "city)", "prefecture", "(town", "(place");
    private static final Role NONE = new Role(WordKind.NONE, "");
    private static final Role NAME = new Role(WordKind.NAME, "name");

    private final Lexicon lexicon;
    // Lemma -> dictionary verdict for pre-noun words, conjunctions, prefixes and dependent nouns.
    private final Map<String, Known> knownWords = new ConcurrentHashMap<>();
    // Place lemma -> whether it is a word (米国) rather than a name (大阪); news repeats its places.
    private final Map<String, Boolean> placeWords = new ConcurrentHashMap<>();

    /** @param lexicon tells ordinary words (国防総省) apart from names IPADIC tags as organisations */
    public WordSelector(Lexicon lexicon) {
        this.lexicon = Check.notNull(lexicon, "lexicon");
    }

    /**
     * @param tokens the tokens of one sentence, after {@link CompoundFinder#merge}
     * @return the study words and names, in sentence order; everything else left out
     */
    public List<WordOccurrence> select(List<Token> tokens) {
        Check.notNull(tokens, "tokens");
        List<WordOccurrence> words = new ArrayList<>();
        boolean[] grammar = GrammarExpressions.bundled().covered(tokens);
        Token previous = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Role role = grammar != null && grammar[i] || isCounter(t, previous) ? NONE : roleOf(t);
            previous = t;
            if (role.kind() == WordKind.NONE) continue;
            String reading = readingOf(t);
            // A study card without a reading is useless; unknown words the dictionary cannot read stay out.
            if (role.kind() == WordKind.STUDY && reading.isEmpty()) continue;
            words.add(new WordOccurrence(t.lemma(), reading, role.label(), role.kind(), t.begin(), t.end()));
        }
        return words;
    }

    /** Whether {@code lemma} is a verb or adjective so frequent and grammatical that it is never studied (する, ない). */
    public static boolean isFunctionWord(String lemma) {
        return FUNCTION_VERBS.contains(lemma) || FUNCTION_ADJECTIVES.contains(lemma);
    }

    // Words unknown to IPADIC have no reading: katakana reads as written, others as the dictionary says.
    private String readingOf(Token t) {
        if (!t.reading().isEmpty()) return t.reading();
        if (Kana.isAllKana(t.lemma())) return Kana.toHiragana(t.lemma());
        return Gloss.best(lexicon, t.lemma(), "").map(e -> Kana.toHiragana(e.primaryReading())).orElse("");
    }

    // 3つ, 5人, and 月 after the "XNUMX" artifact of mangled dates: a lone kanji after a number counts it.
    private static boolean isCounter(Token t, Token previous) {
        if (previous == null || previous.end() != t.begin() || !isOneCodePoint(t.surface()))
            return false;
        if (previous.posDetail().startsWith("数")) return true;
        String p = previous.surface();
        for (int i = 0; i < p.length(); i++)
            if (p.charAt(i) >= 0x80 || !Character.isLetterOrDigit(p.charAt(i))) return false;
        return !p.isEmpty();
    }

    private Role roleOf(Token t) {
        if (isForeignName(t)) return NAME;
        if (!isContentWord(t.pos()) || !isJapaneseWord(t.lemma()) || !isJapaneseWord(t.surface())) return NONE;
        return switch (t.pos()) {
            case "名詞" -> nounRole(t);
            case "動詞" -> t.posDetail().equals("自立") && !FUNCTION_VERBS.contains(t.lemma()) ? study("verb") : NONE;
            case "形容詞" -> t.posDetail().equals("自立") && !FUNCTION_ADJECTIVES.contains(t.lemma()) ? study("i-adj") : NONE;
            case "副詞" -> study("adverb");
            case "連体詞" -> isDictionaryWord(t, false) ? study("pre-noun") : NONE; // 大きな, 同じ, いかなる; not この
            case "接続詞" -> isCommonWord(t) ? study("conjunction") : NONE; // 従って, 一方, 及び
            case "接頭詞" -> Kana.containsKanji(t.lemma()) && isCommonWord(t) ? study("prefix") : NONE; // 約, 再, 各
            default -> NONE;
        };
    }

    private static boolean isContentWord(String pos) {
        return switch (pos) {
            case "名詞", "動詞", "形容詞", "副詞", "連体詞", "接続詞", "接頭詞" -> true;
            default -> false;
        };
    }

    // Word classes made mostly of grammar (conjunctions, prefixes, dependent nouns) are studied only
    // for the words the dictionary marks common, minus the grammar-words table.
    private boolean isCommonWord(Token t) {
        return isDictionaryWord(t, true);
    }

    // Pre-noun words are a small closed class: any the dictionary explains (如何なる) is worth a card.
    private boolean isDictionaryWord(Token t, boolean mustBeCommon) {
        if (GRAMMAR_WORDS.contains(t.lemma())) return false;
        Known known = knownWords.get(t.lemma());
        if (known == null) knownWords.put(t.lemma(), known = known(t.lemma(), t.reading()));
        return mustBeCommon ? known == Known.COMMON : known != Known.UNKNOWN;
    }

    private Known known(String lemma, String reading) {
        return Gloss.best(lexicon, lemma, reading).map(e -> e.common() ? Known.COMMON : Known.KNOWN).orElse(Known.UNKNOWN);
    }

    /** What the dictionary says of a function-class word; cached, as 以上 and 大きな recur in every text. */
    private enum Known { COMMON, KNOWN, UNKNOWN }

    private Role nounRole(Token t) {
        String detail = t.posDetail();
        if (detail.equals(CompoundFinder.COMPOUND)) return study("compound");
        if (detail.startsWith("固有名詞")) return properNounRole(t);
        if (t.reading().isEmpty()) return lexicon.containsForm(t.lemma()) ? study("noun") : NONE;
        if (detail.startsWith("サ変接続")) return study("suru-noun");
        if (detail.startsWith("形容動詞語幹")) return study("na-adj");
        if (detail.startsWith("一般") || detail.startsWith("副詞可能") || detail.startsWith("ナイ形容詞語幹"))
            return study("noun");
        // Dependent nouns in kanji (際, 以上, 限り) are words; in kana (こと, ため, よう) they are grammar.
        if (detail.startsWith("非自立") && Kana.containsKanji(t.lemma()) && isCommonWord(t)) return study("noun");
        return NONE; // 数, 代名詞, 接尾, 特殊 ...: numbers and grammar
    }

    // IPADIC tags institutions like 国防総省 as organisations; if the dictionary explains them, they
    // are vocabulary. Countries, oceans and regions the dictionary has (米国, 太平洋, 中東) are words a
    // learner wants too; cities (大阪 "Osaka (city, prefecture)"), foreign places in katakana and
    // people stay names.
    private Role properNounRole(Token t) {
        if (t.posDetail().contains("組織") && Gloss.best(lexicon, t.lemma(), t.reading()).isPresent())
            return study("noun");
        if (t.posDetail().contains("地域") && isPlaceWord(t)) return study("noun");
        return NAME;
    }

    // Two or more characters with kanji: single-kanji abbreviations (米, 日) mean other things first.
    private boolean isPlaceWord(Token t) {
        String lemma = t.lemma();
        if (lemma.length() < 2 || !Kana.containsKanji(lemma)) return false;
        Boolean known = placeWords.get(lemma);
        if (known == null) {
            known = Gloss.best(lexicon, lemma, t.reading()).filter(e -> e.headwords().contains(lemma) && !isTown(e)).isPresent();
            placeWords.put(lemma, known);
        }
        return known;
    }

    private static boolean isTown(DictEntry e) {
        for (Sense s : e.senses())
            for (String g : s.glosses())
                for (String marker : TOWN_MARKERS) if (g.contains(marker)) return true;
        return false;
    }

    // ジョン・カービー: katakana joined by ・ and unknown to IPADIC is almost always a foreign name;
    // ブレスト=リトフスク, which CompoundFinder marks a name, is one although = is no kana.
    private static boolean isForeignName(Token t) {
        String s = t.surface();
        if (!t.pos().equals("名詞")) return false;
        if (t.isProperNoun() && (s.indexOf('＝') > 0 || s.indexOf('=') > 0)) return true;
        return t.reading().isEmpty() && s.indexOf('・') > 0 && !s.endsWith("・") && Kana.isAllKatakana(s);
    }

    // Kanji or kana only (Latin, digits, "XNUMX" artifacts and symbols are not vocabulary), and more
    // than one kana: single kana are particles or fragments.
    private static boolean isJapaneseWord(String s) {
        if (!Kana.isWordChars(s)) return false;
        return Kana.containsKanji(s) || s.length() > 2 || s.length() == 2 && !Character.isSurrogatePair(s.charAt(0), s.charAt(1));
    }

    // The same as codePointCount == 1, without counting: this runs for every token of every import.
    private static boolean isOneCodePoint(String s) {
        return s.length() == 1 || s.length() == 2 && Character.isSurrogatePair(s.charAt(0), s.charAt(1));
    }

    private static Role study(String label) {
        return new Role(WordKind.STUDY, label);
    }

    private record Role(WordKind kind, String label) {}
}
