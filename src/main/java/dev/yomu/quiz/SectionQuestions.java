package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Questions about the article's structure: which heading belongs to a section (when the article
 * has at least four section headings) and which dated event came first.
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

    /** A dated event: one sentence with one year-bearing date, shown without it. */
    private record Event(int[] when, String what, String sentence) {}

    private List<Event> events() {
        List<Event> out = new ArrayList<>();
        for (QuizSentence s : source.sentences()) {
            if (s.heading() || !Texts.quotable(s.text(), 200)) continue;
            List<Span> dates = new ArrayList<>();
            for (Span sp : Span.numbers(s.text())) if (sp.type().startsWith("date")) dates.add(sp);
            if (dates.size() != 1 || !dates.get(0).text().contains("年")) continue;
            Span d = dates.get(0);
            // The date goes, with the particle that tied it to the sentence: 1922年に撤退した → 撤退した.
            String after = s.text().substring(d.end());
            if (after.matches("(?s)^(に入|の?(春|夏|秋|冬|初め|末)).*")) continue; // 1918年8月に入り: no event without its date
            String rest = after.replaceFirst("^(には|に|の|、)", "");
            String what = (s.text().substring(0, d.begin()) + rest).strip().replaceFirst("^、", "");
            if (what.length() < 12 || what.length() > 100 || what.contains("同日") || what.contains("翌")) continue;
            out.add(new Event(dates.get(0).dateKey(), what, s.text()));
        }
        return out;
    }

    private List<Question> chronology() {
        List<Event> events = events();
        List<Question> out = new ArrayList<>();
        if (events.size() < 4) return out;
        for (int round = 0; round < events.size(); round++) {
            List<Event> pick = new ArrayList<>(events);
            shuffle(pick);
            pick = pick.subList(0, 4);
            pick.sort((a, b) -> Arrays.compare(a.when(), b.when()));
            if (Arrays.compare(pick.get(0).when(), pick.get(1).when()) == 0) continue;
            List<String> wrong = new ArrayList<>();
            for (Event e : pick.subList(1, 4)) wrong.add(e.what());
            StringBuilder why = new StringBuilder();
            for (Event e : pick) why.append(why.length() == 0 ? "" : " / ").append(e.sentence());
            out.add(Question.shuffled(QuestionKind.CHRONOLOGY, "本文によると、次の出来事のうち最も早く起きたものはどれか。",
                    pick.get(0).what(), wrong, pick.get(0).sentence(), "本文の日付: " + why, 0, rng));
        }
        return out;
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
