package dev.yomu.cli;

import dev.yomu.article.ImportResult;
import dev.yomu.article.ImportResult.Outcome;
import dev.yomu.support.ExitCodes;
import dev.yomu.support.YomuException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import Japanese texts (.txt in UTF-8, UTF-16, Shift_JIS or EUC-JP).",
                "A folder imports the .txt files in it, not those in its subfolders (--recursive goes in).",
                "Importing the same text again changes nothing; a changed file updates its article.",
                "To take an article back: yomu articles delete ARTICLE.", "",
                "Examples: yomu import article.txt", "          yomu import ~/japanese/news/",
                "          yomu import ~/japanese/ --recursive",
                "          yomu import essay.txt --title 'My essay'"})
final class ImportCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of .txt files.")
    List<Path> paths;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title to use instead of the text's first line (one file only).")
    String title;

    @Option(names = {"-r", "--recursive"}, description = "Also import the .txt files in the folders' subfolders.")
    boolean recursive;

    ImportCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<Path> files = expand(paths, recursive);
        if (title != null && files.size() > 1)
            throw YomuException.invalidInput("--title works with one file, but " + files.size() + " were given.");
        Services services = new Services(ctx);
        ctx.db().ensureFreeSpace(roomFor(files), files.size() == 1 ? "importing " + files.get(0).getFileName()
                : "importing " + files.size() + " files");
        int status = ExitCodes.OK;
        for (Path file : files) {
            try {
                ImportResult r = services.importFile(file, title, ProgressBars.forTerminal("chars", 200_000));
                ctx.out().println(describe(r, file));
            } catch (YomuException e) {
                YomuCommand.error(ctx, e.getMessage());
                if (status == ExitCodes.OK) status = e.exitCode();
            }
        }
        return status;
    }

    /**
     * Room an import may need while it runs: H2 writes new pages before it frees old ones, and a
     * text's sentences, tokens and index entries take several times its bytes. Measured: a 1 MiB
     * text grew a compacted database by under 1 MiB at rest; ten times the text plus 8 MiB leaves
     * a wide margin without refusing a small article on a nearly full disk.
     */
    static long roomFor(List<Path> files) {
        long bytes = 0;
        for (Path f : files) {
            try {
                bytes += java.nio.file.Files.size(f);
            } catch (java.io.IOException e) {
                // a missing file is reported by its own import
            }
        }
        return 10 * bytes + (8L << 20);
    }

    static String describe(ImportResult r, Path file) {
        if (r.outcome() == Outcome.UNCHANGED)
            return "Already imported, unchanged: " + file.getFileName() + " → #" + r.articleId() + " " + r.title();
        String verb = r.outcome() == Outcome.NEW ? "Imported" : "Updated";
        StringBuilder sb = new StringBuilder();
        sb.append(verb).append(" #").append(r.articleId()).append(" ").append(r.title()).append('\n')
                .append("  ").append(Counted.of(r.sentences(), "sentence")).append(", ")
                .append(Counted.of(r.chars(), "character")).append(", ")
                .append(Counted.of(r.studyWords(), "study word")).append(" (").append(r.newWords()).append(" new)");
        if (r.droppedBlocks() > 0 || r.commentSentences() > 0)
            sb.append("\n  left out of study: ").append(Counted.of(r.droppedBlocks(), "boilerplate block")).append(", ")
                    .append(Counted.of(r.commentSentences(), "comment sentence"));
        return sb.toString();
    }


    /** Files named directly, plus the .txt files inside named folders (and their subfolders if recursive). */
    static List<Path> expand(List<Path> paths, boolean recursive) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p))
                throw YomuException.notFound(p + ": no such file or folder. Check the path and try again.");
            if (Files.isDirectory(p)) {
                List<Path> txt = txtFilesIn(p, recursive ? Integer.MAX_VALUE : 1);
                if (txt.isEmpty()) throw noTxtFiles(p, recursive);
                files.addAll(txt);
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /**
     * A folder may hold its texts one level down: say so rather than leave the learner guessing. Only
     * one level is looked at, so a mistaken {@code yomu import ~} does not walk the whole home folder.
     */
    private static YomuException noTxtFiles(Path dir, boolean recursive) {
        int below = recursive ? 0 : txtFilesIn(dir, 2).size();
        if (below == 0) return YomuException.invalidInput(dir + ": this folder has no .txt files to import.");
        return YomuException.invalidInput(dir + ": this folder has no .txt files of its own; its subfolders have "
                + below + ". Add --recursive to import those.");
    }

    private static List<Path> txtFilesIn(Path dir, int depth) {
        try (Stream<Path> s = Files.walk(dir, depth)) {
            return s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().toLowerCase().endsWith(".txt"))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            throw YomuException.invalidInput(dir + ": cannot list this folder (" + e.getMessage() + ").", e);
        }
    }
}
