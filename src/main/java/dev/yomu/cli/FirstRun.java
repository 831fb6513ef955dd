package dev.yomu.cli;

import dev.yomu.article.ArticleLibrary;
import dev.yomu.article.ImportResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Makes a new data folder useful: on the very first run, imports the seed articles that ship inside
 * the jar. (The dictionary needs no set-up: it is a file compiled at build time, see InstalledDictionary.)
 */
final class FirstRun {
    static final List<String> SEEDS = List.of("us-taliban-allies.txt", "siberian-intervention.txt",
            "moscow-nuclear-warning.txt", "russia-nuclear-threat.txt");

    private final AppContext ctx;
    private final Services services;

    FirstRun(AppContext ctx) {
        this(ctx, new Services(ctx));
    }

    FirstRun(AppContext ctx, Services services) {
        this.ctx = ctx;
        this.services = services;
    }

    void ensureReady() {
        ArticleLibrary library = new ArticleLibrary(ctx.db());
        if (library.seedsImported()) return;
        ctx.out().println("First run: importing the seed articles.");
        for (String seed : SEEDS) {
            byte[] bytes = readSeed(seed);
            ImportResult r = services.importer().importBytes(bytes, seed, "seed:" + seed, null,
                    ProgressBars.forTerminal("chars", 200_000));
            ctx.out().println(ImportCommand.describe(r, java.nio.file.Path.of(seed)));
        }
        library.markSeedsImported();
        ctx.out().println();
    }

    private static byte[] readSeed(String name) {
        try (InputStream in = FirstRun.class.getResourceAsStream("/dev/yomu/seeds/" + name)) {
            if (in == null) throw new IllegalStateException("Seed missing from the jar: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
