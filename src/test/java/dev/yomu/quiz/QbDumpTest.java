package dev.yomu.quiz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Not a check: writes tokens and lane qb's questions to target/qb-*.txt, for judging by eye. */
class QbDumpTest {
    @TempDir
    Path home;
    @TempDir
    Path texts;

    @Test
    void dump() throws Exception {
        Map<String, QuizSource> all = QbArticles.load(home, texts);
        StringBuilder sb = new StringBuilder();
        for (String name : QbArticles.FIXTURES)
            for (QuizSource.QuizSentence s : all.get(name).sentences()) {
                sb.append(s.heading() ? "# " : "").append(s.text()).append('\n');
                for (var t : s.tokens()) sb.append("  ").append(t.surface()).append('\t').append(t.lemma()).append('\t').append(t.pos()).append(',').append(t.posDetail()).append('\n');
            }
        Files.writeString(Path.of("target/qb-tokens.txt"), sb);
        StringBuilder q = new StringBuilder();
        Set<String> seen = new LinkedHashSet<>();
        for (var e : all.entrySet()) {
            if (QbArticles.FIXTURES.contains(e.getKey())) continue;
            String text = e.getValue().text();
            for (long seed = 1; seed <= 4; seed++) {
                for (Question x : QbKinds.generate(e.getValue(), seed)) {
                    if (!seen.add(x.key())) continue;
                    var why = QuestionRules.violation(x, text);
                    q.append("== ").append(e.getKey()).append(" seed ").append(seed).append(" [").append(x.kind()).append("] ")
                            .append(why.map(w -> "DROPPED " + w).orElse("")).append('\n').append(x.prompt()).append('\n');
                    for (int i = 0; i < 4; i++) q.append(i == x.answer() ? " *" : "  ").append(i + 1).append(") ").append(x.choices().get(i)).append('\n');
                    q.append("  -- ").append(x.explanation()).append("\n\n");
                }
            }
        }
        Files.writeString(Path.of("target/qb-questions.txt"), q);
        StringBuilder ev = new StringBuilder();
        for (var e : all.entrySet())
            for (QuizSource.QuizSentence s : e.getValue().sentences())
                if (ChronologyQuestions.DATE.matcher(s.text()).find())
                    ev.append(ChronologyQuestions.event(s).map(x -> "EVENT " + x.date() + " " + x.what()).orElse("none")).append("  <= ").append(s.text()).append('\n');
        for (var e : all.entrySet()) {
            for (var c : new CauseQuestions(e.getValue(), new SplittableRandom(1)).causes())
                ev.append("CAUSE ").append(e.getKey()).append(": ").append(c.effect()).append(" <= ").append(c.reason()).append('\n');
            var sents = e.getValue().sentences();
            for (var s : sents)
                if (s.text().matches("(?s).*(ため、|ので、|から、|を受け|このため|そのため).*"))
                    ev.append("CAUSE-SENTENCE ").append(s.text()).append('\n');
        }
        Files.writeString(Path.of("target/qb-events.txt"), ev);
    }
}
