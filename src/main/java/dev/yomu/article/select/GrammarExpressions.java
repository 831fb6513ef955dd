package dev.yomu.article.select;

import dev.yomu.support.ResourceLines;

import dev.yomu.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds grammar expressions (かもしれない, にもかかわらず, によると, ざるを得ない ...) in a sentence's
 * tokens, so that the verb or noun left inside them (しれる, かかわる, よる, 得る) is not taken for a
 * study word. The expressions are data: {@code grammar-expressions.tsv} beside this class, read once.
 */
public final class GrammarExpressions {
    private static final String TABLE = "grammar-expressions.tsv";
    private static final GrammarExpressions BUNDLED = load();

    // Patterns indexed by what their first token must be, so each token costs two map lookups.
    private final Map<String, List<Pattern>> byFirstLemma = new HashMap<>();
    private final Map<String, List<Pattern>> byFirstSurface = new HashMap<>();

    /** One expression: a matcher per token. */
    private record Pattern(String expression, List<Matcher> tokens) {
        int matchAt(List<Token> sentence, int at) {
            if (at + tokens.size() > sentence.size()) return 0;
            for (int k = 0; k < tokens.size(); k++) {
                Token t = sentence.get(at + k);
                if (k > 0 && t.begin() != sentence.get(at + k - 1).end()) return 0;
                if (!tokens.get(k).matches(t)) return 0;
            }
            return tokens.size();
        }
    }

    /** Alternatives for one token: dictionary forms, or exact surfaces (written ~surface in the table). */
    private record Matcher(Set<String> lemmas, Set<String> surfaces) {
        boolean matches(Token t) {
            return lemmas.contains(t.lemma()) || surfaces.contains(t.surface());
        }
    }

    /** @return the expressions bundled with Yomu, loaded once */
    public static GrammarExpressions bundled() {
        return BUNDLED;
    }

    /**
     * @param tokens the tokens of one sentence
     * @return for each token, whether it belongs to a grammar expression; null when none does (the
     *         usual case, so a sentence without expressions allocates nothing)
     */
    public boolean[] covered(List<Token> tokens) {
        boolean[] covered = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            int length = Math.max(longestMatch(byFirstLemma.get(t.lemma()), tokens, i),
                    longestMatch(byFirstSurface.get(t.surface()), tokens, i));
            if (length == 0) continue;
            if (covered == null) covered = new boolean[tokens.size()];
            for (int k = i; k < i + length; k++) covered[k] = true;
        }
        return covered;
    }

    /**
     * @param tokens the tokens of one sentence
     * @return the expressions found, in order (what {@link #covered} marks, by name; for tests and tools)
     */
    public List<String> find(List<Token> tokens) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            addMatches(byFirstLemma.get(t.lemma()), tokens, i, found);
            addMatches(byFirstSurface.get(t.surface()), tokens, i, found);
        }
        return found;
    }

    private static void addMatches(List<Pattern> candidates, List<Token> tokens, int at, List<String> found) {
        if (candidates == null) return;
        for (Pattern p : candidates) if (p.matchAt(tokens, at) > 0) found.add(p.expression());
    }

    private static int longestMatch(List<Pattern> candidates, List<Token> tokens, int at) {
        if (candidates == null) return 0;
        int longest = 0;
        for (Pattern p : candidates) longest = Math.max(longest, p.matchAt(tokens, at));
        return longest;
    }

    private static GrammarExpressions load() {
        return parse(ResourceLines.read(GrammarExpressions.class, TABLE));
    }

    static GrammarExpressions parse(List<String> lines) {
        GrammarExpressions g = new GrammarExpressions();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] columns = line.split("\t");
            if (columns.length < 3)
                throw new IllegalStateException(TABLE + " line " + lineNo + ": an expression needs at least two tokens");
            List<Matcher> matchers = new ArrayList<>();
            for (int c = 1; c < columns.length; c++) matchers.add(matcher(columns[c].strip()));
            Pattern p = new Pattern(columns[0].strip(), List.copyOf(matchers));
            Matcher first = matchers.get(0);
            for (String lemma : first.lemmas()) g.byFirstLemma.computeIfAbsent(lemma, k -> new ArrayList<>()).add(p);
            for (String surface : first.surfaces()) g.byFirstSurface.computeIfAbsent(surface, k -> new ArrayList<>()).add(p);
        }
        return g;
    }

    private static Matcher matcher(String column) {
        List<String> lemmas = new ArrayList<>(), surfaces = new ArrayList<>();
        for (String alternative : column.split("\\|")) {
            if (alternative.startsWith("~")) surfaces.add(alternative.substring(1));
            else lemmas.add(alternative);
        }
        return new Matcher(Set.copyOf(lemmas), Set.copyOf(surfaces));
    }
}
