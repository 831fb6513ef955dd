package dev.yomu.cli;

import dev.yomu.article.ArticleLibrary;
import dev.yomu.deck.WordMark;
import dev.yomu.study.ArticleWord;
import dev.yomu.support.ExitCodes;
import dev.yomu.text.Reading;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "words", mixinStandardHelpOptions = true,
        description = {"List an article's study words, most useful first: lemma, reading, gloss, count.", "",
                "ARTICLE is an id or a part of the title that only one article has.", "",
                "Examples: yomu words 1", "          yomu words タリバン --json"})
final class WordsCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(paramLabel = "ARTICLE", description = "Article id or a unique part of its title.")
    String article;

    @Option(names = "--json", description = "Print a JSON array: lemma, reading, pos, glosses, count.")
    boolean json;

    @Option(names = "--names", description = "Include names (people, places, organisations).")
    boolean names;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", description = "Show at most N words (default: all).")
    Integer limit;

    WordsCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<ArticleWord> list = new ArticleLibrary(ctx.db()).words(article, names);
        if (limit != null && limit >= 0 && list.size() > limit) list = list.subList(0, limit);
        if (json) {
            Json.print(ctx.out(), list.stream().map(WordJson::of).toList());
            return ExitCodes.OK;
        }
        Table t = new Table("WORD", "READING", "POS", "COUNT", "MEANING").right(3).maxWidth(4, 60);
        for (ArticleWord w : list)
            t.add(w.lemma() + (w.status() == WordMark.KNOWN ? " ✓" : ""), Reading.asWritten(w.lemma(), w.reading()), w.pos(), w.count(),
                    w.glosses().isEmpty() ? "—" : w.glosses());
        t.print(ctx.out());
        return ExitCodes.OK;
    }

    /** One word in {@code --json}: every gloss as its own string, fitting sense first; the status in lower case. */
    record WordJson(String lemma, String reading, String pos, List<String> glosses, int count, String status) {
        static WordJson of(ArticleWord w) {
            return new WordJson(w.lemma(), Reading.asWritten(w.lemma(), w.reading()), w.pos(),
                    w.glosses().isEmpty() ? List.of() : Arrays.asList(w.glosses().split("; | / ")),
                    w.count(), w.status().name().toLowerCase(Locale.ROOT));
        }
    }
}
