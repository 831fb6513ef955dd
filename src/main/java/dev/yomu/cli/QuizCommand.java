package dev.yomu.cli;

import dev.yomu.dict.LazyLexicon;

import dev.yomu.article.ArticleLibrary;
import dev.yomu.quiz.Question;
import dev.yomu.quiz.Quiz;
import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.quiz.QuizMaker;
import dev.yomu.quizsession.QuizService;
import dev.yomu.quizsession.QuizSession;
import dev.yomu.study.ArticleRef;
import dev.yomu.study.QuizAttempt;
import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import dev.yomu.tui.QuizScreen;
import dev.yomu.tui.ScriptedQuiz;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Ten JLPT-style questions about an article: its words and its content.", "",
                "Keys: 1-4 answer · space/Enter next · f flag a bad question (never asked again)",
                "      q or Ctrl-C quit", "",
                "After each answer the evidence from the article shows. A vocabulary question answered wrong puts that word's card into today's review.",
                "When input is not a terminal, reads one answer per line (1-4, f, q).",
                "Hand-written questions: FILE.quiz next to an imported FILE.txt, or --questions FILE (format in the README).", "",
                "Examples: yomu quiz 2", "          yomu quiz タリバン -n 5 --kind vocab --seed 7",
                "          yomu quiz 2 --print --json",
                "          yomu quiz --print --seed 1      (a sample quiz of every article)", "          yomu quiz --history"})
final class QuizCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(arity = "0..1", paramLabel = "ARTICLE", description = "The article's id or part of its title.")
    String article;

    @Option(names = "-n", paramLabel = "N", description = "Number of questions (default 10).")
    int count = 10;

    @Option(names = "--kind", paramLabel = "KIND", description = "vocab, comprehension or mixed (default).")
    Mix kind = Mix.MIXED;

    @Option(names = "--seed", paramLabel = "N", description = "The same seed gives the same quiz (default: a new one each time).")
    Long seed;

    @Option(names = "--print", description = "Print the quiz with its answers instead of asking it.")
    boolean print;

    @Option(names = "--json", description = "With --print: JSON (kind, prompt, choices, answer, evidence, explanation).")
    boolean json;

    @Option(names = "--questions", paramLabel = "FILE", description = "Mix in the hand-written questions of this quiz file.")
    Path questions;

    @Option(names = "--history", description = "List past attempts and scores (of ARTICLE, or of all articles).")
    boolean history;

    QuizCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() throws IOException {
        Mix mix = kind;
        if (count < 1) throw YomuException.invalidInput("-n must be 1 or more.");
        QuizService service = service();
        ArticleLibrary library = new ArticleLibrary(ctx.db());
        if (history) return history(service, article == null ? null : library.find(article));
        if (article == null && print && json) throw YomuException.invalidInput("--json prints one article's quiz: give ARTICLE.");
        if (article == null && print) return printAll(service, library, mix);
        if (article == null) throw YomuException.invalidInput("Which article? Give its id or part of its title: yomu quiz ARTICLE (see 'yomu articles').");
        ArticleRef ref = library.find(article);
        long s = seed != null ? seed : ctx.clock().millis() % 1_000_000;
        Quiz quiz = QuizMaker.make(service.source(ref), service.written(ref, questions), mix, count, s,
                print ? java.util.Set.of() : service.flagged());
        if (quiz.questions().isEmpty()) {
            ctx.out().println("No questions could be made for this article.");
            return ExitCodes.OK;
        }
        if (print) return print(ref, quiz, s);
        QuizSession session = new QuizSession(service, ref.id(), kind, s, quiz.questions(), ctx.clock());
        ctx.out().println("Quiz on #" + ref.id() + " " + ref.title() + " · " + quiz.questions().size() + " questions · seed " + s);
        ctx.out().flush();
        ask(session);
        return ExitCodes.OK;
    }

    private void ask(QuizSession session) throws IOException {
        TerminalChoice.run(in -> new ScriptedQuiz(session, in, ctx.out()).run(), terminal -> {
            new QuizScreen(terminal, session).run();
            ctx.out().println(session.summary());
        });
    }

    /** {@code yomu quiz --print}: a sample quiz of every article, to judge the generator at a glance. */
    private int printAll(QuizService service, ArticleLibrary library, Mix mix) {
        long s = seed != null ? seed : 1;
        for (ArticleRef ref : library.all()) {
            Quiz quiz = QuizMaker.make(service.source(ref), service.written(ref, questions), mix, count, s, java.util.Set.of());
            print(ref, quiz, s);
            ctx.out().println();
        }
        return ExitCodes.OK;
    }

    private QuizService service() {
        return new QuizService(ctx.db(), Study.of(ctx).reviewService(ctx), new LazyLexicon(new Services(ctx)::dictionary));
    }

    private int print(ArticleRef ref, Quiz quiz, long s) {
        if (json) {
            Json.print(ctx.out(), quiz.questions().stream().map(QuestionJson::of).toList());
            return ExitCodes.OK;
        }
        ctx.out().println("Quiz on #" + ref.id() + " " + ref.title() + " · seed " + s);
        int n = 1;
        for (Question q : quiz.questions()) {
            ctx.out().println();
            ctx.out().println(n++ + ". [" + q.kind().label() + "] " + q.prompt());
            for (int i = 0; i < 4; i++)
                ctx.out().println("   " + (i == q.answer() ? "*" : " ") + (i + 1) + ") " + q.choices().get(i));
            ctx.out().println("   evidence: " + q.evidence());
            if (!q.explanation().isBlank()) ctx.out().println("   " + q.explanation());
        }
        ctx.out().println();
        ctx.out().println(dropLine(quiz));
        return ExitCodes.OK;
    }

    static String dropLine(Quiz quiz) {
        int made = quiz.candidates().values().stream().mapToInt(Integer::intValue).sum();
        int dropped = quiz.dropped().values().stream().mapToInt(Integer::intValue).sum();
        return "Candidates " + made + ", dropped by the rules " + dropped
                + (made == 0 ? "" : " (" + Math.round(100.0 * dropped / made) + "%)") + " " + quiz.reasons()
                + "\n" + dropRates(quiz);
    }

    /** Per kind: candidates, dropped by the rules and the drop rate, to judge each generator alone. */
    static String dropRates(Quiz quiz) {
        StringBuilder sb = new StringBuilder("Per kind (candidates / dropped / drop rate):");
        for (var e : quiz.candidates().entrySet()) {
            int made = e.getValue(), dropped = quiz.dropped().getOrDefault(e.getKey(), 0);
            sb.append("\n  ").append(String.format(Locale.ROOT, "%-12s %4d / %4d / %3d%%", e.getKey().label(), made, dropped,
                    Math.round(100.0 * dropped / made)));
        }
        return sb.toString();
    }

    private int history(QuizService service, ArticleRef ref) {
        List<QuizAttempt> rows = service.history(ref == null ? null : ref.id());
        if (rows.isEmpty()) {
            ctx.out().println("No quizzes yet. Start one: yomu quiz ARTICLE");
            return ExitCodes.OK;
        }
        ZoneId zone = ctx.clock().getZone();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        Table t = new Table("WHEN", "ID", "ARTICLE", "KIND", "SEED", "SCORE").right(1, 4, 5).maxWidth(2, 40);
        for (QuizAttempt r : rows)
            t.add(f.format(r.startedAt().atZone(zone)), r.articleId(), r.articleTitle(), r.kind().name().toLowerCase(Locale.ROOT), r.seed(),
                    r.correct() + "/" + r.answered() + (r.answered() < r.questions() ? " of " + r.questions() : ""));
        t.print(ctx.out());
        return ExitCodes.OK;
    }

    /** One question in {@code --print --json}: the kind by its label, then what a judge reads. */
    record QuestionJson(String kind, String prompt, List<String> choices, int answer, String evidence, String explanation) {
        static QuestionJson of(Question q) {
            return new QuestionJson(q.kind().label(), q.prompt(), q.choices(), q.answer(), q.evidence(), q.explanation());
        }
    }
}
