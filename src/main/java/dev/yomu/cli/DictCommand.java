package dev.yomu.cli;

import dev.yomu.dict.BundledDictionary;
import dev.yomu.dict.CompiledDictionary;
import dev.yomu.dict.DictEntry;
import dev.yomu.dict.EdictParser;
import dev.yomu.dict.JmdictParser;
import dev.yomu.dict.Sense;
import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import dev.yomu.text.Kana;
import dev.yomu.text.Printable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "dict", mixinStandardHelpOptions = true,
        description = {"The Japanese-English dictionary (EDICT is bundled; JMdict can replace it)."},
        subcommands = {DictCommand.Lookup.class, DictCommand.Import.class, DictCommand.Reset.class, DictCommand.Info.class})
final class DictCommand implements Callable<Integer> {
    private final AppContext ctx;

    DictCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        return new Info(ctx).call();
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true,
            description = {"Print the dictionary entries for a word, in kanji or kana.", "",
                    "Examples: yomu dict lookup 交渉", "          yomu dict lookup こうしょう"})
    static final class Lookup implements Callable<Integer> {
        private final AppContext ctx;

        @Parameters(paramLabel = "WORD", description = "A word in kanji or kana (katakana is matched too).")
        String word;

        Lookup(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Services services = new Services(ctx);
            String w = word.strip();
            List<DictEntry> entries = services.dictionary().lookup(w);
            if (entries.isEmpty() && Kana.isAllKana(w)) entries = services.dictionary().lookup(Kana.toKatakana(w));
            if (entries.isEmpty() && Kana.isAllKana(w)) entries = services.dictionary().lookup(Kana.toHiragana(w));
            if (entries.isEmpty())
                throw YomuException.notFound("'" + w + "' is not in the dictionary. Try its dictionary form (食べる, not 食べた).");
            for (DictEntry e : entries) print(e);
            return ExitCodes.OK;
        }

        private void print(DictEntry e) {
            String head = e.headwords().isEmpty() ? String.join("、", e.readings())
                    : String.join("、", e.headwords()) + " 【" + String.join("、", e.readings()) + "】";
            ctx.out().println(head + (e.common() ? "  (common)" : ""));
            int i = 1;
            for (Sense s : e.senses()) {
                String pos = s.pos().isEmpty() ? "" : "(" + String.join(",", s.pos()) + ") ";
                ctx.out().println("  " + i++ + ". " + pos + String.join("; ", s.glosses()));
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Replace the dictionary with JMdict or another EDICT file.", "",
                    "Takes JMdict XML (JMdict_e, plain or .gz) or an EDICT file, as downloaded from EDRDG, and compiles it into the data folder (dictionary/imported.yomudict). Words already imported keep their glosses; articles imported afterwards use the new dictionary.",
                    "Asks first on a terminal (--yes for scripts). A file with fewer than 10,000 entries is refused unless --force: the full JMdict has about 200,000. On any error the dictionary you had stays; 'yomu dict reset' brings back the bundled EDICT.", "",
                    "Example: yomu dict import ~/Downloads/JMdict_e.gz"})
    static final class Import implements Callable<Integer> {
        /** Fewer entries than this is a sample or a cut file, not a dictionary to study with. */
        static final int MIN_ENTRIES = 10_000;
        private final AppContext ctx;

        @Parameters(paramLabel = "FILE", description = "JMdict XML (.xml or .gz) or an EDICT file (EUC-JP).")
        Path file;

        @Option(names = {"-y", "--yes"}, description = "Replace the dictionary without asking.")
        boolean yes;

        @Option(names = "--force", description = "Take a file with fewer than 10,000 entries too.")
        boolean force;

        Import(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                if (Files.exists(file)) throw YomuException.invalidInput(file + ": not a file. Give the JMdict or EDICT file itself.");
                throw YomuException.notFound(file + ": no such file. Check the path and try again.");
            }
            if (!yes && !confirmed()) {
                ctx.out().println("Nothing changed.");
                return ExitCodes.OK;
            }
            int minimum = force ? 1 : MIN_ENTRIES;
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                boolean xml = looksLikeXml(in);
                String label = (xml ? "JMdict " : "EDICT ") + file.getFileName();
                int n;
                if (xml) {
                    try (JmdictParser p = new JmdictParser(in, file.getFileName().toString())) {
                        n = DictLoader.install(ctx, p.entries().iterator(), label, 210_000, minimum);
                    }
                } else {
                    try (EdictParser p = new EdictParser(in)) {
                        n = DictLoader.install(ctx, p.entries().iterator(), label, 180_000, minimum);
                    }
                }
                ctx.out().println("Loaded " + n + " entries from " + file.getFileName() + ".");
                return ExitCodes.OK;
            } catch (NoSuchFileException e) {
                throw YomuException.notFound(file + ": no such file. Check the path and try again.");
            } catch (IOException e) {
                throw YomuException.invalidInput(file + ": cannot read this file (" + e.getMessage() + ").", e);
            }
        }

        private boolean confirmed() {
            String current = currentSource(ctx);
            return Confirmation.ask(ctx, "Replace the dictionary (" + current + ") with " + file.getFileName()
                    + "? Words already imported keep their glosses.", "Replacing the dictionary (" + current
                    + ") needs a yes and input is not a terminal to ask on; add --yes to replace it.");
        }

        /** The dictionary in use, as the question names it; a damaged one is still replaced. */
        private static String currentSource(AppContext ctx) {
            try {
                return Printable.clean(InstalledDictionary.current(ctx.home()).source());
            } catch (YomuException damaged) {
                return "a damaged dictionary file";
            }
        }

        /** JMdict is XML, possibly gzipped; EDICT is plain EUC-JP text. */
        private static boolean looksLikeXml(InputStream in) throws IOException {
            in.mark(16);
            byte[] head = in.readNBytes(5);
            in.reset();
            if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) return true;
            String s = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            return s.startsWith("<?xml") || s.startsWith("<!DOC") || s.startsWith("<JMd") || s.startsWith("\u00ef\u00bb\u00bf<");
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = {"Go back to the bundled EDICT after a 'dict import'.", "",
                    "Words already imported keep their glosses; articles imported afterwards use EDICT again."})
    static final class Reset implements Callable<Integer> {
        private final AppContext ctx;

        Reset(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            Path imported = InstalledDictionary.importedFile(ctx.home());
            try {
                Files.deleteIfExists(imported);
            } catch (IOException e) {
                throw YomuException.unavailable("Cannot delete " + imported + " (" + e.getMessage()
                        + "); delete it by hand to go back to the bundled EDICT.", e);
            }
            ctx.out().println("Using the bundled EDICT again: " + BundledDictionary.compiled().entries() + " entries.");
            return ExitCodes.OK;
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Show which dictionary is in use.")
    static final class Info implements Callable<Integer> {
        private final AppContext ctx;

        Info(AppContext ctx) {
            this.ctx = ctx;
        }

        @Override
        public Integer call() {
            CompiledDictionary d = InstalledDictionary.current(ctx.home());
            Path imported = InstalledDictionary.importedFile(ctx.home());
            ctx.out().println("Dictionary: " + Printable.clean(d.source()) + ", " + d.entries() + " entries"
                    + (Files.exists(imported) ? ", in " + imported + " ('yomu dict reset' goes back to the bundled EDICT)." : "."));
            ctx.out().println("EDICT/JMdict © Electronic Dictionary Research and Development Group, CC BY-SA 4.0.");
            return ExitCodes.OK;
        }
    }
}
