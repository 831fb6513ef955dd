package dev.yomu.cli;

import dev.yomu.article.ArticleLibrary;
import dev.yomu.deck.AnkiCsvWriter;
import dev.yomu.deck.AnkiNote;
import dev.yomu.deck.DeckBuilder;
import dev.yomu.deck.ExportWord;
import dev.yomu.deck.StudyStage;
import dev.yomu.deck.WordListWriter;
import dev.yomu.study.ArticleRef;
import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import dev.yomu.text.Reading;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export decks to Anki, or a plain vocabulary list."},
        subcommands = {ExportCommand.Anki.class, ExportCommand.Words.class, ExportCommand.SeedDecks.class})
final class ExportCommand {

    /**
     * Where a learner's exports go when --out is not given: {@code decks} in the data folder, created
     * when missing. Not the current folder: run from a clone of Yomu, that is the repository's
     * {@code decks/}, which only {@code export seed-decks} may write.
     */
    static Path decksFolder(AppContext ctx) {
        Path dir = decksPath(ctx);
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw YomuException.unavailable("Cannot create the folder " + dir + " for decks ("
                    + e.getMessage() + "); choose a file with --out.", e);
        }
        return dir;
    }

    static Path decksPath(AppContext ctx) {
        return ctx.home().resolve("decks").toAbsolutePath().normalize();
    }

    /** The full path of what was written, so the learner can find it whatever folder they ran Yomu in. */
    static Path shown(Path file) {
        return file.toAbsolutePath().normalize();
    }

    static final class Which {
        @Option(names = "--article", paramLabel = "ARTICLE", description = "One article (id or part of the title).")
        String article;

        @Option(names = "--all", description = "Every article, one file, a deck per article.")
        boolean all;
    }

    @Command(name = "anki", mixinStandardHelpOptions = true,
            description = {"Write Anki decks that import in one step.", "",
                    "The file is Anki's tab-separated text with headers: Expression, Reading, Furigana, Meaning, Sentence, SentenceFurigana, Article, tags and deck.",
                    "GUIDs come from the word, so importing a newer export updates notes instead of duplicating them.",
                    "In Anki, create a note type with these fields first (default name 'Yomu Japanese').", "",
                    "Without --article or --all, writes one file per article into the decks folder of your data folder (~/.local/share/yomu/decks by default) and prints each file's path.", "",
                    "Examples: yomu export anki --article 1", "          yomu export anki --all --out ~/yomu.txt"})
    static final class Anki implements Callable<Integer> {
        private final AppContext ctx;

        @ArgGroup(exclusive = true)
        Which which = new Which();

        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of <data folder>/decks/<title>.txt; '-' for stdout.")
        Path out;

        @Option(names = "--notetype", paramLabel = "NAME", defaultValue = AnkiCsvWriter.DEFAULT_NOTETYPE,
                description = "Anki note type to import into (default: ${DEFAULT-VALUE}).")
        String notetype;

        @Option(names = "--include-known", description = "Also export words you marked known.")
        boolean includeKnown;

        Anki(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            ArticleLibrary library = new ArticleLibrary(ctx.db());
            AnkiCsvWriter writer = new AnkiCsvWriter(notetype);
            if (which.all) {
                List<AnkiNote> notes = DeckBuilder.notes(library.exportWords(null), null, includeKnown);
                if (toStdout()) return print(writer.render(notes));
                Path file = out != null ? out : decksFolder(ctx).resolve("yomu-all.txt");
                report(file, writer.write(file, notes));
                return ExitCodes.OK;
            }
            List<ArticleRef> chosen = which.article != null ? List.of(library.find(which.article)) : library.all();
            if (chosen.isEmpty()) throw YomuException.notFound("No articles yet. Import one first: yomu import FILE.txt");
            if (out != null && chosen.size() > 1)
                throw YomuException.invalidInput("--out names one file; add --article A or --all.");
            if (toStdout()) {
                ArticleRef a = chosen.get(0);
                return print(writer.render(DeckBuilder.notes(library.exportWords(a), a.title(), includeKnown)));
            }
            List<Path> files = out != null ? List.of(out) : deckFiles(decksFolder(ctx), chosen);
            for (int i = 0; i < chosen.size(); i++) writeArticleDeck(ctx, chosen.get(i), writer, files.get(i), includeKnown);
            return ExitCodes.OK;
        }

        /** '-' means standard output, as for {@code export words}: never a file named '-'. */
        private boolean toStdout() {
            return out != null && out.toString().equals("-");
        }

        private int print(String deck) {
            ctx.out().print(deck);
            ctx.out().flush();
            return ExitCodes.OK;
        }

        private void report(Path file, int notes) {
            ctx.out().println("Wrote " + notes + " notes to " + shown(file));
        }
    }

    /**
     * A file in {@code dir} for each article, named after its title. Two articles can share a title
     * (the same headline in two files): the later one's name gets its id, so no deck overwrites another.
     */
    static List<Path> deckFiles(Path dir, List<ArticleRef> articles) {
        java.util.Set<String> used = new java.util.HashSet<>();
        List<Path> files = new ArrayList<>();
        for (ArticleRef a : articles) {
            String name = AnkiCsvWriter.slug(a.title());
            // lower-cased: macOS and Windows file systems treat Deck.txt and deck.txt as one file
            if (!used.add(name.toLowerCase(java.util.Locale.ROOT))) name = name + "-" + a.id();
            used.add(name.toLowerCase(java.util.Locale.ROOT));
            files.add(dir.resolve(name + ".txt"));
        }
        return files;
    }

    /** Writes one article's deck and says so; shared by {@code anki} and {@code seed-decks}. */
    static int writeArticleDeck(AppContext ctx, ArticleRef a, AnkiCsvWriter writer, Path file, boolean includeKnown) {
        List<ExportWord> words = new ArticleLibrary(ctx.db()).exportWords(a);
        int n = writer.write(file, DeckBuilder.notes(words, a.title(), includeKnown));
        ctx.out().println("Wrote " + n + " notes to " + shown(file));
        return n;
    }

    @Command(name = "seed-decks", mixinStandardHelpOptions = true,
            description = {"Regenerate the repository's seed decks (for Yomu's developers).", "",
                    "Imports the seed articles into a fresh temporary database and exports one Anki deck per seed into decks/. A test fails when decks/ is stale.",
                    "Run it in the Yomu repository; it is the only command that writes there.", "",
                    "Example: ./yomu export seed-decks --out decks"})
    static final class SeedDecks implements Callable<Integer> {
        private final AppContext ctx;

        @Option(names = "--out", paramLabel = "DIR",
                description = "Folder (default: decks, in the repository you run it from).")
        Path out;

        SeedDecks(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() throws java.io.IOException {
            if (out == null) out = repositoryDecks();
            java.nio.file.Files.createDirectories(out);
            Path temp = java.nio.file.Files.createTempDirectory("yomu-seed-decks");
            AppContext fresh = new AppContext(Map.of(), ctx.clock(), ctx.out(), ctx.err());
            fresh.setHomeOverride(temp.toString());
            try (fresh) {
                new FirstRun(fresh).ensureReady();
                exportAll(fresh, out);
            }
            return ExitCodes.OK;
        }

        /** The seed decks belong beside the seeds: anywhere else, the learner must say where with --out. */
        private static Path repositoryDecks() {
            if (!java.nio.file.Files.isDirectory(Path.of("seeds")))
                throw YomuException.invalidInput("export seed-decks writes the Yomu repository's decks/; run it in the "
                        + "repository or give a folder with --out DIR.");
            return Path.of("decks");
        }

        /** One deck per article, named after its title: the same bytes for the same database. */
        static void exportAll(AppContext ctx, Path dir) {
            AnkiCsvWriter writer = new AnkiCsvWriter();
            List<ArticleRef> all = new ArticleLibrary(ctx.db()).all();
            List<Path> files = deckFiles(dir, all);
            for (int i = 0; i < all.size(); i++) writeArticleDeck(ctx, all.get(i), writer, files.get(i), false);
        }
    }

    @Command(name = "words", mixinStandardHelpOptions = true,
            description = {"Write a plain vocabulary list: lemma, reading, gloss, status, count.", "",
                    "The status is new, learning, review or known.",
                    "Without --out, writes into the decks folder of your data folder and prints the file's path.", "",
                    "Examples: yomu export words --article 1", "          yomu export words --format tsv --out words.tsv"})
    static final class Words implements Callable<Integer> {
        private final AppContext ctx;

        @Option(names = "--article", paramLabel = "ARTICLE", description = "One article (default: all).")
        String article;

        @Option(names = "--format", paramLabel = "csv|tsv", defaultValue = "csv", description = "csv (default) or tsv.")
        WordListWriter.Format format;

        @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of <data folder>/decks/<name>-words.<format>; '-' for stdout.")
        String out;

        Words(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            WordListWriter.Format f = format;
            ArticleLibrary library = new ArticleLibrary(ctx.db());
            ArticleRef a = article == null ? null : library.find(article);
            List<ExportWord> words = library.exportWords(a);
            List<WordListWriter.Entry> entries = new ArrayList<>();
            for (ExportWord w : words)
                entries.add(new WordListWriter.Entry(w.lemma(), Reading.asWritten(w.lemma(), w.reading()), w.glosses(),
                        StudyStage.of(w.status(), w.phase()).label(), w.count()));
            WordListWriter writer = new WordListWriter(f);
            if ("-".equals(out)) {
                ctx.out().print(writer.render(entries));
                ctx.out().flush();
                return ExitCodes.OK;
            }
            String name = (a == null ? "yomu-all" : AnkiCsvWriter.slug(a.title())) + "-words." + f.extension;
            Path file = out != null ? Path.of(out) : decksFolder(ctx).resolve(name);
            writer.write(file, entries);
            ctx.out().println("Wrote " + entries.size() + " words to " + shown(file));
            return ExitCodes.OK;
        }
    }
}
