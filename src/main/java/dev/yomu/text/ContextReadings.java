package dev.yomu.text;

import dev.yomu.support.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Readings of homographs chosen by the words around them (の間 あいだ, 後に のちに, 今日に至る
 * こんにち), from context-readings.tsv, which names its sources and explains the rule format.
 * Loaded once per JVM; a token costs one or two map lookups unless its word has rules.
 */
public final class ContextReadings {
    /** One rule: the word's reading when every condition holds. */
    record Rule(String word, String reading, List<Predicate<Context>> conditions, String why) {}

    /** A token in its sentence. */
    record Context(List<Token> tokens, int at) {
        Token near(int offset) {
            int i = at + offset;
            return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
        }
    }

    private static final Map<String, List<Rule>> RULES = load();
    /**
     * The first characters of the words that have rules. Nearly every token starts with another
     * one, and this test spares it the map lookups (two when its lemma differs from its surface),
     * which ran for every token of every import.
     */
    private static final java.util.BitSet FIRST_CHARS = firstChars(RULES.keySet());

    private static java.util.BitSet firstChars(Set<String> words) {
        java.util.BitSet first = new java.util.BitSet(1 << 16);
        for (String w : words) if (!w.isEmpty()) first.set(w.charAt(0));
        return first;
    }

    private static boolean mayHaveRules(String word) {
        return !word.isEmpty() && FIRST_CHARS.get(word.charAt(0));
    }

    private ContextReadings() {}

    /**
     * @param tokens one sentence's tokens
     * @return the tokens, with the reading of each word that a rule decides replaced
     */
    public static List<Token> apply(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Token resolved = resolve(tokens, i, t);
            if (resolved != t) {
                if (out == null) out = new ArrayList<>(tokens);
                out.set(i, resolved);
            }
        }
        return out == null ? tokens : out;
    }

    private static Token resolve(List<Token> tokens, int i, Token t) {
        List<Rule> rules = mayHaveRules(t.surface()) ? RULES.get(t.surface()) : null;
        boolean byLemma = false;
        if (rules == null && mayHaveRules(t.lemma()) && !t.lemma().equals(t.surface())) {
            rules = RULES.get(t.lemma());
            byLemma = true;
        }
        if (rules == null) return t;
        Context c = new Context(tokens, i);
        for (Rule r : rules) {
            if (!r.conditions().stream().allMatch(p -> p.test(c))) continue;
            if (byLemma) return Readings.withLemmaReading(t, r.reading());
            // a rule on the written form changes only what is shown over it: 怖 of 怖れ is おそ, yet its
            // lemma stays whatever the tokenizer took it for
            return t.lemma().equals(t.surface()) ? Readings.withReading(t, r.reading())
                    : new Token(t.surface(), t.lemma(), t.reading(), r.reading(), t.pos(), t.posDetail(), t.begin(), t.end());
        }
        return t;
    }

    /** @return every word that has rules, for tests */
    static Set<String> words() {
        return RULES.keySet();
    }

    private static Map<String, List<Rule>> load() {
        Map<String, List<Rule>> rules = new HashMap<>();
        int lineNo = 0;
        for (String line : ResourceLines.read(ContextReadings.class, "context-readings.tsv")) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length != 4) throw new IllegalStateException("context-readings.tsv:" + lineNo + ": expected 4 columns");
            List<Predicate<Context>> conditions = new ArrayList<>();
            if (!f[2].equals("-"))
                for (String cond : f[2].split(" ")) conditions.add(condition(cond, lineNo));
            rules.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Rule(f[0], f[1], List.copyOf(conditions), f[3]));
        }
        return rules;
    }

    private static Predicate<Context> condition(String cond, int lineNo) {
        boolean negated = cond.startsWith("!");
        String c = negated ? cond.substring(1) : cond;
        int eq = c.indexOf('=');
        if (eq < 0) throw new IllegalStateException("context-readings.tsv:" + lineNo + ": bad condition " + cond);
        String key = c.substring(0, eq);
        Set<String> values = Set.of(c.substring(eq + 1).split("\\|"));
        Predicate<Context> p = switch (key) {
            case "prev" -> x -> is(x.near(-1), values, Token::surface);
            case "prev2" -> x -> is(x.near(-2), values, Token::surface);
            case "next" -> x -> is(x.near(1), values, Token::surface);
            case "next2" -> x -> is(x.near(2), values, Token::surface);
            case "nextlemma" -> x -> is(x.near(1), values, Token::lemma);
            case "next2lemma" -> x -> is(x.near(2), values, Token::lemma);
            case "prevpos" -> x -> is(x.near(-1), values, Token::pos);
            case "prevend" -> x -> endsWith(x.near(-1), values);
            case "prev2end" -> x -> endsWith(x.near(-2), values);
            case "has" -> x -> x.tokens().stream().anyMatch(t -> values.stream().anyMatch(t.surface()::contains));
            default -> throw new IllegalStateException("context-readings.tsv:" + lineNo + ": unknown condition " + key);
        };
        return negated ? p.negate() : p;
    }

    private static boolean is(Token t, Set<String> values, java.util.function.Function<Token, String> part) {
        return t != null && values.contains(part.apply(t));
    }

    private static boolean endsWith(Token t, Set<String> values) {
        if (t == null) return false;
        for (String v : values) if (t.surface().endsWith(v)) return true;
        return false;
    }
}
