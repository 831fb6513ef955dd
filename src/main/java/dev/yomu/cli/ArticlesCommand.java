package dev.yomu.cli;

import dev.yomu.store.ArticleStore;
import dev.yomu.store.ArticleStore.ArticleSummary;
import dev.yomu.support.ExitCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "articles", mixinStandardHelpOptions = true,
        description = {"List imported articles and how much of each you already know.", "",
                "Columns: characters, sentences, distinct study words, and the share of running",
                "study words you already know.", "", "Example: yomu articles --json"})
final class ArticlesCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Option(names = "--json", description = "Print a JSON array: id, title, chars, sentences, words, known_share.")
    boolean json;

    ArticlesCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ArticleStore store = new ArticleStore(ctx.db());
        List<ArticleSummary> all = ctx.db().read(store::summaries);
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ArticleSummary a : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                m.put("title", a.title());
                m.put("chars", a.chars());
                m.put("sentences", a.sentences());
                m.put("words", a.words());
                m.put("known_share", Math.round(a.knownShare() * 1000) / 1000.0);
                rows.add(m);
            }
            Json.print(ctx.out(), rows);
            return ExitCodes.OK;
        }
        if (all.isEmpty()) {
            ctx.out().println("No articles yet. Import one: yomu import FILE.txt");
            return ExitCodes.OK;
        }
        Table t = new Table("ID", "TITLE", "CHARS", "SENTENCES", "WORDS", "KNOWN").right(0, 2, 3, 4, 5).maxWidth(1, 44);
        for (ArticleSummary a : all)
            t.add(a.id(), a.title(), a.chars(), a.sentences(), a.words(), Math.round(a.knownShare() * 100) + "%");
        t.print(ctx.out());
        return ExitCodes.OK;
    }
}
