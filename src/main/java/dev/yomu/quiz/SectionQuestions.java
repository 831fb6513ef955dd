package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Questions about the article's structure: which heading belongs to a section (when the article
 * has at least four section headings). The order of events is ChronologyQuestions'.
 */
final class SectionQuestions {
    private final QuizSource source;
    private final SplittableRandom rng;

    SectionQuestions(QuizSource source, SplittableRandom rng) {
        this.source = source;
        this.rng = rng;
    }

    /** Openings that refer back or connect to the sentence before (これ, そのため, しかし, 同じ年). */
    static final java.util.regex.Pattern LEANS_BACK = java.util.regex.Pattern.compile(
            "(?:こ|そ|あ)(?:の|れ|こ|う)|しかし|また|さらに|そして|ただし|一方|同じ|だが|でも|ところが|つまり|なお|それ");

    /** A section heading and the first sentences under it. */
    private record Section(String heading, List<QuizSentence> body) {}

    List<Question> candidates() {
        List<Question> out = new ArrayList<>(headings());
        return out;
    }

    private List<Section> sections() {
        List<Section> out = new ArrayList<>();
        List<QuizSentence> all = source.sentences();
        // The article's first heading is its title, not a section.
        for (int i = 1; i < all.size(); i++) {
            if (!all.get(i).heading()) continue;
            List<QuizSentence> body = new ArrayList<>();
            for (int j = i + 1; j < all.size() && !all.get(j).heading(); j++) body.add(all.get(j));
            if (!body.isEmpty()) out.add(new Section(all.get(i).text(), body));
        }
        return out;
    }

    /**
     * A heading question shows a few sentences of the section and is asked only when no key word of
     * any choice is in them: the independent judged sample found that a heading whose words the
     * excerpt repeats is found by matching, not reading (干渉軍の撤退, 専門家の見方, 海からの風), and a
     * distractor whose words it repeats is no longer clearly about another section. The
     * excerpt is the section's opening, at least two sentences, not leaning on what came before.
     */
    private List<Question> headings() {
        List<Section> sections = sections();
        List<Question> out = new ArrayList<>();
        if (sections.size() < 4) return out;
        for (Section s : sections) {
            for (List<QuizSentence> shown : excerpts(s.body())) {
                // 「そのため、都市では…」 alone: an excerpt that leans on what came before, or one sentence, is no paragraph to title
                if (shown.size() < 2 || LEANS_BACK.matcher(shown.get(0).text()).lookingAt()) continue;
                String excerpt = joined(shown);
                if (excerpt.contains(s.heading())) continue;
                // 「干渉軍の撤退」 over a paragraph that says 干渉軍 … 撤退: matching words is no reading
                if (HeadingKeys.score(s.heading(), headingTokens(s), excerpt) > 0) continue;
                List<String> others = new ArrayList<>();
                for (Section o : sections)
                    if (o != s && HeadingKeys.score(o.heading(), headingTokens(o), excerpt) == 0) others.add(o.heading());
                if (others.size() < 3) continue;
                Shuffle.inPlace(others, rng);
                String prompt = "次の段落に付ける見出しとして最も適切なものはどれか。\n" + excerpt;
                out.add(Question.shuffled(QuestionKind.HEADING, prompt, s.heading(), others.subList(0, 3),
                        shown.get(0).text(), "この段落は本文の「" + s.heading() + "」の節にある。", 0, rng));
                break;
            }
        }
        return out;
    }

    private List<dev.yomu.text.Token> headingTokens(Section s) {
        for (QuizSentence q : source.sentences()) if (q.heading() && q.text().equals(s.heading())) return q.tokens();
        return List.of();
    }

    /** The section's opening run of quotable sentences, up to about 200 characters. */
    private static List<List<QuizSentence>> excerpts(List<QuizSentence> body) {
        List<List<QuizSentence>> out = new ArrayList<>();
        for (int from = 0; from < body.size() && from < 1; from++) { // the opening only: a later run tends to fit a neighbouring heading too
            List<QuizSentence> run = new ArrayList<>();
            int chars = 0;
            for (int i = from; i < body.size() && run.size() < 3; i++) {
                QuizSentence q = body.get(i);
                if (!Texts.quotable(q.text(), 400)) break;
                if (!run.isEmpty() && chars + q.text().length() > 200) break;
                run.add(q);
                chars += q.text().length();
            }
            if (!run.isEmpty()) out.add(run);
        }
        return out;
    }

    private static String joined(List<QuizSentence> shown) {
        StringBuilder sb = new StringBuilder();
        for (QuizSentence q : shown) sb.append(q.text());
        return sb.toString();
    }
}
