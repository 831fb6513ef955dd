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
        description = {"Import Japanese texts (.txt in UTF-8, UTF-16 with BOM, Shift_JIS or EUC-JP).",
                "A folder imports every .txt file in it. Importing the same text again changes nothing;",
                "a changed file updates its article.", "",
                "Examples: yomu import article.txt", "          yomu import ~/japanese/news/",
                "          yomu import essay.txt --title 'My essay'"})
final class ImportCommand implements Callable<Integer> {
    private final AppContext ctx;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of .txt files.")
    List<Path> paths;

    @Option(names = "--title", paramLabel = "TITLE", description = "Title to use instead of the text's first line (one file only).")
    String title;

    ImportCommand(AppContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        List<Path> files = expand(paths);
        if (title != null && files.size() > 1)
            throw YomuException.invalidInput("--title works with one file, but " + files.size() + " were given.");
        Services services = new Services(ctx);
        new FirstRun(ctx, services).ensureDictionary();
        int status = ExitCodes.OK;
        for (Path file : files) {
            try {
                ImportResult r = services.importFile(file, title, ProgressBars.forTerminal("chars", 200_000));
                ctx.out().println(describe(r, file));
            } catch (YomuException e) {
                ctx.err().println("yomu: " + e.getMessage());
                if (status == ExitCodes.OK) status = e.exitCode();
            }
        }
        return status;
    }

    static String describe(ImportResult r, Path file) {
        if (r.outcome() == Outcome.UNCHANGED)
            return "Already imported, unchanged: " + file.getFileName() + " → #" + r.articleId() + " " + r.title();
        String verb = r.outcome() == Outcome.NEW ? "Imported" : "Updated";
        StringBuilder sb = new StringBuilder();
        sb.append(verb).append(" #").append(r.articleId()).append(" ").append(r.title()).append('\n')
                .append("  ").append(count(r.sentences(), "sentence")).append(", ")
                .append(count(r.chars(), "character")).append(", ")
                .append(count(r.studyWords(), "study word")).append(" (").append(r.newWords()).append(" new)");
        if (r.droppedBlocks() > 0 || r.commentSentences() > 0)
            sb.append("\n  left out of study: ").append(count(r.droppedBlocks(), "boilerplate block")).append(", ")
                    .append(count(r.commentSentences(), "comment sentence"));
        return sb.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Files named directly, plus the .txt files inside named folders; every path must exist. */
    static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p))
                throw YomuException.notFound(p + ": no such file or folder. Check the path and try again.");
            if (Files.isDirectory(p)) {
                List<Path> txt = txtFilesIn(p);
                if (txt.isEmpty())
                    throw YomuException.invalidInput(p + ": this folder has no .txt files to import.");
                files.addAll(txt);
            } else {
                files.add(p);
            }
        }
        return files;
    }

    private static List<Path> txtFilesIn(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().toLowerCase().endsWith(".txt"))
                    .sorted().toList();
        } catch (IOException e) {
            throw YomuException.invalidInput(dir + ": cannot list this folder (" + e.getMessage() + ").", e);
        }
    }
}
