package dev.yomu.cli;

import dev.yomu.review.StatsService;
import dev.yomu.study.CardListing;
import dev.yomu.support.ExitCodes;
import dev.yomu.text.Reading;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "cards", mixinStandardHelpOptions = true,
        description = {"List flashcards like Anki's browser.", "",
                "Columns: word, reading, state, due, stability, difficulty, reps, lapses.", "",
                "Examples: yomu cards", "          yomu cards 1 --due", "          yomu cards --json"})
final class CardsCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final AppContext ctx;

    @Parameters(arity = "0..1", paramLabel = "ARTICLE", description = "Only this article's cards (id or part of the title).")
    String article;

    @Option(names = "--due", description = "Only cards due today.")
    boolean due;

    @Option(names = "--json", description = "Print a JSON array: lemma, reading, state, due, stability, difficulty, reps, lapses.")
    boolean json;

    CardsCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<CardListing> cards = new StatsService(ctx.db(), Study.of(ctx).day()).cards(article, due, ctx.clock().instant());
        if (json) {
            Json.print(ctx.out(), cards.stream().map(CardJson::of).toList());
            return ExitCodes.OK;
        }
        if (cards.isEmpty()) {
            ctx.out().println(due ? "No cards due today." : "No cards yet. Import an article: yomu import FILE.txt");
            return ExitCodes.OK;
        }
        ZoneId zone = ctx.clock().getZone();
        Table t = new Table("WORD", "READING", "STATE", "DUE", "STABILITY", "DIFFICULTY", "REPS", "LAPSES")
                .right(4, 5, 6, 7);
        for (CardListing l : cards) {
            boolean fresh = l.isNew();
            t.add(l.lemma(), Reading.asWritten(l.lemma(), l.reading()), l.state(), fresh ? "—" : WHEN.format(l.due().atZone(zone)),
                    fresh ? "—" : String.format("%.1fd", l.stability()), fresh ? "—" : String.format("%.1f", l.difficulty()),
                    l.reps(), l.lapses());
        }
        t.print(ctx.out());
        return ExitCodes.OK;
    }

    /** One card in {@code --json}: the due time as an ISO instant; stability and difficulty to four decimals. */
    record CardJson(String lemma, String reading, String state, String due, double stability, double difficulty,
                    int reps, int lapses) {
        static CardJson of(CardListing l) {
            return new CardJson(l.lemma(), Reading.asWritten(l.lemma(), l.reading()), l.state(), l.due().toString(),
                    round(l.stability()), round(l.difficulty()), l.reps(), l.lapses());
        }

        private static double round(double v) {
            return Math.round(v * 10000) / 10000.0;
        }
    }
}
