package dev.yomu.quiz;

import dev.yomu.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a sentence into clauses by its tokens and rewrites a clause so it stands on its own: a
 * clause that ended in the continuative (完成し、 集め、 受けて、) is put into the plain past
 * (完成した, 集めた, 受けた), and a topic (会は) becomes a subject inside a noun clause (会が…こと).
 * Only forms whose rewrite is certain are handled; anything else gives empty, and the caller drops
 * the question.
 */
final class Clauses {
    // Compiled once: String.matches/split/replaceFirst/replaceAll compile their pattern on every call.
    private static final java.util.regex.Pattern PLAIN_FINITE_END = java.util.regex.Pattern.compile("(?s).*(た|だ|る|う|く|す|つ|ぬ|ぶ|む|ぐ|い)$");
    private static final java.util.regex.Pattern POLITE_END = java.util.regex.Pattern.compile("(?s).*(です|ます|でした|ました)$");
    private static final java.util.regex.Pattern LEADING_CONJUNCTION = java.util.regex.Pattern.compile("^(?:しかし|また|さらに|そして|ただし|一方で?|結局)");

    private Clauses() {}

    /** A run of tokens [from, to) ending where a predicate ends (、 after a verb or 。). */
    record Clause(List<Token> tokens, String text, boolean last) {
        int begin() {
            return tokens.get(0).begin();
        }

        int end() {
            return tokens.get(tokens.size() - 1).end();
        }
    }

    /**
     * The clauses of a sentence. A 、 ends a clause only after a predicate (a verb, a サ変 noun used as
     * one: 上陸、, an adjective's く form or the particle て); 戦後、 or 会は、 do not.
     */
    static List<Clause> split(String sentence, List<Token> tokens) {
        List<Clause> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean comma = t.pos().equals("記号") && t.surface().equals("、");
            boolean stop = t.surface().equals("。") || i == tokens.size() - 1;
            if ((comma && i > start && endsPredicate(tokens.get(i - 1))) || stop) {
                int to = stop && t.surface().equals("。") ? i : i + (stop ? 1 : 0);
                if (to > start) out.add(clause(sentence, tokens.subList(start, to), stop));
                start = i + 1;
            }
        }
        return out;
    }

    private static Clause clause(String sentence, List<Token> tokens, boolean last) {
        int b = tokens.get(0).begin(), e = tokens.get(tokens.size() - 1).end();
        return new Clause(List.copyOf(tokens), e <= sentence.length() ? sentence.substring(b, e) : "", last);
    }

    static boolean endsPredicate(Token t) {
        return t.pos().equals("動詞") || t.posDetail().startsWith("サ変接続") && t.pos().equals("名詞")
                || t.pos().equals("形容詞") && t.surface().endsWith("く")
                || t.pos().equals("助詞") && t.posDetail().startsWith("接続助詞") && (t.surface().equals("て") || t.surface().equals("で"));
    }

    /**
     * A non-final clause's text in the plain past: 完成し → 完成した, 集め → 集めた, 延び → 延びた,
     * 受けて → 受けた, 上陸 → 上陸した, 高く → 高かった. Empty when the ending is not one of these.
     */
    static Optional<String> past(String text, List<Token> tokens) {
        Token last = tokens.get(tokens.size() - 1);
        String stem = text.substring(0, text.length() - last.surface().length());
        if (last.pos().equals("助詞")) {
            if (tokens.size() < 2) return Optional.empty();
            // 受けて → 受けた, 読んで → 読んだ
            return Optional.of(stem + (last.surface().equals("で") ? "だ" : "た"));
        }
        if (last.pos().equals("名詞")) return Optional.of(text + "した");
        if (last.pos().equals("形容詞")) return last.lemma().endsWith("い") && last.surface().endsWith("く")
                ? Optional.of(stem + last.surface().substring(0, last.surface().length() - 1) + "かった") : Optional.empty();
        return continuativeToPast(last.surface(), last.lemma()).map(p -> stem + p);
    }

    /** The plain past of a verb given in its continuative form, from its dictionary form. */
    static Optional<String> continuativeToPast(String surface, String lemma) {
        if (surface.isEmpty() || lemma.isEmpty()) return Optional.empty();
        if (lemma.equals("する") && surface.equals("し")) return Optional.of("した");
        if ((lemma.equals("くる") || lemma.equals("来る")) && (surface.equals("き") || surface.equals("来")))
            return Optional.of(surface + "た");
        if (lemma.equals("行く") || lemma.equals("いく")) return surface.endsWith("き")
                ? Optional.of(surface.substring(0, surface.length() - 1) + "った") : Optional.empty();
        // 一段: the continuative is the dictionary form without る (集める → 集め).
        if (lemma.endsWith("る") && surface.equals(lemma.substring(0, lemma.length() - 1)) && !surface.isEmpty())
            return Optional.of(surface + "た");
        // 五段: stem + i-row kana; the past takes the euphonic change of the dictionary ending.
        char end = lemma.charAt(lemma.length() - 1);
        char i = surface.charAt(surface.length() - 1);
        String base = surface.substring(0, surface.length() - 1);
        if (!lemma.startsWith(base)) return Optional.empty();
        String tail = switch (end) {
            case 'う' -> i == 'い' ? "った" : null;
            case 'つ' -> i == 'ち' ? "った" : null;
            case 'る' -> i == 'り' ? "った" : null;
            case 'く' -> i == 'き' ? "いた" : null;
            case 'ぐ' -> i == 'ぎ' ? "いだ" : null;
            case 'す' -> i == 'し' ? "した" : null;
            case 'ぬ' -> i == 'に' ? "んだ" : null;
            case 'ぶ' -> i == 'び' ? "んだ" : null;
            case 'む' -> i == 'み' ? "んだ" : null;
            default -> null;
        };
        return tail == null ? Optional.empty() : Optional.of(base + tail);
    }

    /**
     * The clause as it stands on its own, ending in a finite form without 。: a final clause keeps
     * its ending, an earlier one is put into the past.
     */
    static Optional<String> standalone(Clause c) {
        if (c.tokens().isEmpty()) return Optional.empty();
        return c.last() ? Optional.of(c.text()) : past(c.text(), c.tokens());
    }

    /** Whether the clause has its own subject or topic: a noun followed by が or は. */
    static boolean hasSubject(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.pos().equals("助詞") && (t.surface().equals("が") || t.surface().equals("は"))
                    && (t.posDetail().startsWith("格助詞") || t.posDetail().startsWith("係助詞"))
                    && (tokens.get(i - 1).pos().equals("名詞") || tokens.get(i - 1).surface().equals("」"))) return true;
        }
        return false;
    }

    /**
     * Inside a noun clause (…のは, …こと, …ため) a topic は reads as a subject が: 会は署名を集めた →
     * 会が署名を集めた(こと). Only the first は after a noun is changed; a contrastive は later on stays.
     */
    static String topicAsSubject(String text, List<Token> tokens, int offset) {
        for (int i = 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.surface().equals("は") && t.posDetail().startsWith("係助詞") && tokens.get(i - 1).pos().equals("名詞")) {
                int at = t.begin() - offset;
                if (at < 0 || at >= text.length() || text.charAt(at) != 'は') return text;
                return text.substring(0, at) + "が" + text.substring(at + 1);
            }
            if (t.pos().equals("助詞") && !t.posDetail().startsWith("連体化") && !t.surface().equals("や")
                    && !t.surface().equals("と")) return text;
        }
        return text;
    }

    /** Whether text ends in a finite plain form a noun clause can take (…した, …している, …高い). */
    static boolean plainFinite(String text) {
        return PLAIN_FINITE_END.matcher(text).matches() && !text.endsWith("ので") && !text.endsWith("から")
                && !POLITE_END.matcher(text).matches();
    }

    /**
     * The clause without what only tied it to the sentence before: a conjunction or a short lead
     * ending in 、 without a subject of its own (このため、 戦後、 そればかりか、 1944年、).
     */
    static String withoutLead(String text) {
        String t = text.strip();
        for (int round = 0; round < 2; round++) {
            int comma = t.indexOf('、');
            if (comma < 0 || comma > 8) break;
            String lead = t.substring(0, comma);
            if (lead.contains("は") || lead.contains("が") || lead.contains("「")) break;
            t = t.substring(comma + 1);
        }
        return LEADING_CONJUNCTION.matcher(t).replaceFirst("");
    }

    /**
     * The topic a sentence opens with (利用者は, 北浜市は): nouns and の only, then は. Empty when the
     * sentence does not open with one.
     */
    static Optional<String> topic(List<Token> tokens, String sentence) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.surface().equals("は") && t.posDetail().startsWith("係助詞"))
                return i == 0 ? Optional.empty() : Optional.of(sentence.substring(tokens.get(0).begin(), t.end()));
            if (!(t.pos().equals("名詞") || t.pos().equals("助詞") && (t.posDetail().startsWith("連体化") || t.posDetail().startsWith("並立助詞"))))
                return Optional.empty();
        }
        return Optional.empty();
    }
}
