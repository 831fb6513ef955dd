package dev.yomu.quiz;

import dev.yomu.text.Token;
import java.util.List;
import java.util.Set;

/**
 * Cloze blanks whose sentence gives the key too little to be chosen by: whatever distractors of the
 * key's class are drawn, one of them often makes a second coherent sentence. Four judged cloze rounds
 * (context-sample-8..11) and the independent samples kept failing on two such frames: an act on a plan
 * or a route (路線を（見直し） beside 残し, three times), and an agent acting with nothing else said
 * (クレマンソーらが強硬に（反対）した beside 批判, ロシア軍が実質的に（撤退）する beside 敗北, 彼らが（干渉）した
 * beside 攻撃 and 関与). Such keys are not asked.
 */
final class OpenFrames {
    /**
     * What one decides or manages rather than a thing: a verb acting on it may review, keep, change, make,
     * announce or drop it, and the sentence rarely shows which by its grammar. The plan and arrangement
     * nouns of the JLPT N3-N2 lists.
     */
    static final Set<String> GENERIC_OBJECTS = Set.of("計画", "政策", "方針", "制度", "路線", "予算", "体制", "仕組み",
            "規則", "ルール", "法律", "案", "方法", "戦略", "目標", "基準", "条件", "日程", "予定", "内容", "対策", "方向");

    /** Case particles that add a complement to an agent's act (with whom, where, against what, by what). */
    private static final Set<String> COMPLEMENTS = Set.of("を", "に", "で", "から", "へ", "と", "より", "まで");

    /** Pluralising suffixes: クレマンソー|ら is people, though the tokenizer takes クレマンソー for a common noun. */
    private static final Set<String> PLURALS = Set.of("ら", "たち", "達", "ども", "等");

    private OpenFrames() {}

    /** 路線を（見直し）, 政策を（見直しました）: the word at {@code at} acts on a generic object. */
    static boolean genericObject(List<Token> tokens, int at) {
        if (at < 2) return false;
        Token particle = tokens.get(at - 1), noun = tokens.get(at - 2);
        return particle.surface().equals("を") && particle.pos().equals("助詞") && noun.pos().equals("名詞")
                && GENERIC_OBJECTS.contains(noun.lemma());
    }

    /**
     * クレマンソーらが強硬に（反対）した: in the clause up to the word at {@code at}, the only case-marked
     * argument is an agent (a person, organisation, army or personal pronoun) marked by が or は, and no
     * object or other complement. A passive ({@code passive}) is exempt: its subject is what is acted on,
     * which narrows the act as an object does (講和が（提唱）され).
     */
    static boolean bareAgent(List<Token> tokens, int at, boolean passive) {
        if (passive || at < 1) return false;
        boolean agentSubject = false;
        for (int k = at - 1; k >= 0; k--) {
            Token n = tokens.get(k);
            if (clauseBoundary(n)) break;
            if (!n.pos().equals("助詞") || k == 0) continue;
            boolean caseParticle = n.posDetail().startsWith("格助詞") || n.posDetail().startsWith("係助詞");
            if (caseParticle && COMPLEMENTS.contains(n.surface())) return false;
            if (caseParticle && (n.surface().equals("が") || n.surface().equals("は"))) agentSubject = agentBefore(tokens, k - 1);
        }
        return agentSubject;
    }

    // 激しく抗議した: an adjective's く form modifies the act like an adverb and ends no clause
    private static boolean clauseBoundary(Token n) {
        boolean adverbial = n.pos().equals("形容詞") && n.surface().endsWith("く");
        return n.pos().equals("記号") || n.pos().equals("動詞") || n.pos().equals("形容詞") && !adverbial || n.pos().equals("助動詞")
                || n.pos().equals("助詞") && n.posDetail().startsWith("接続助詞");
    }

    // クレマンソー|ら: a noun made plural is people, whatever the tokenizer calls the name
    private static boolean agentBefore(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k >= 1 && PLURALS.contains(t.surface()) && t.posDetail().contains("接尾")) return true;
        return agentWord(t);
    }

    private static boolean agentWord(Token t) {
        if (!t.pos().equals("名詞")) return false;
        String d = t.posDetail();
        return d.contains("代名詞") && !t.lemma().startsWith("こ") && !t.lemma().startsWith("そ") && !t.lemma().startsWith("あ")
                || d.contains("人名") || d.contains("組織") || ConjugatedBlank.agent(t.lemma());
    }
}
