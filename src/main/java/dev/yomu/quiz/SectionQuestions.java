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

    private List<Question> headings() {
        List<Section> sections = sections();
        List<Question> out = new ArrayList<>();
        if (sections.size() < 4) return out;
        for (Section s : sections) {
            String excerpt = excerpt(s.body());
            if (excerpt.isEmpty()) continue;
            List<String> others = new ArrayList<>();
            for (Section o : sections) if (o != s && !excerpt.contains(o.heading())) others.add(o.heading());
            shuffle(others);
            if (others.size() < 3) continue;
            String prompt = "次の段落に付ける見出しとして最も適切なものはどれか。\n" + excerpt;
            out.add(Question.shuffled(QuestionKind.HEADING, prompt, s.heading(), others.subList(0, 3),
                    s.body().get(0).text(), "この段落は本文の「" + s.heading() + "」の節にある。", 0, rng));
        }
        return out;
    }

    // Whole sentences, up to about 150 characters: enough to tell the section's topic.
    private static String excerpt(List<QuizSentence> body) {
        StringBuilder sb = new StringBuilder();
        for (QuizSentence q : body) {
            if (!Texts.quotable(q.text(), 400)) break;
            if (sb.length() > 0 && sb.length() + q.text().length() > 150) break;
            sb.append(q.text());
            if (sb.length() >= 60) break;
        }
        return sb.toString();
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
