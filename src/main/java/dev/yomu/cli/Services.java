package dev.yomu.cli;

import dev.yomu.article.Analyzer;
import dev.yomu.article.ArticleImporter;
import dev.yomu.article.ImportResult;
import dev.yomu.support.Progress;
import dev.yomu.dict.CompiledDictionary;
import dev.yomu.support.YomuException;
import dev.yomu.text.JapaneseTokenizer;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The object graph of the import side, built on first use: commands that do not import (review,
 * articles) never pay for loading the tokenizer.
 */
final class Services {
    private final AppContext ctx;
    private CompiledDictionary dictionary;
    private ArticleImporter importer;

    Services(AppContext ctx) {
        this.ctx = ctx;
    }

    /** The dictionary in use (see {@link InstalledDictionary}), read on first use. */
    CompiledDictionary dictionary() {
        if (dictionary == null) dictionary = InstalledDictionary.current(ctx.home());
        return dictionary;
    }

    /** The importer; the dictionary file is read while Kuromoji's dictionary (half a second) loads on another thread. */
    ArticleImporter importer() {
        if (importer == null) {
            CompletableFuture<JapaneseTokenizer> tokenizer = CompletableFuture.supplyAsync(JapaneseTokenizer::new);
            CompiledDictionary lexicon = dictionary();
            importer = new ArticleImporter(ctx.db(), new Analyzer(tokenizer.join(), lexicon), ctx.clock());
        }
        return importer;
    }

    ImportResult importFile(Path file, String title, Progress progress) {
        byte[] bytes = readFile(file);
        return importer().importBytes(bytes, file.getFileName().toString(),
                file.toAbsolutePath().normalize().toString(), title, progress);
    }

    static byte[] readFile(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw YomuException.notFound(file + ": no such file. Check the path and try again.");
        } catch (AccessDeniedException e) {
            throw YomuException.invalidInput(file + ": permission denied; cannot read this file.", e);
        } catch (IOException e) {
            throw YomuException.invalidInput(file + ": cannot read this file (" + e.getMessage() + ").", e);
        } catch (OutOfMemoryError e) {
            throw YomuException.invalidInput(file + ": too large to import at once; split it into smaller files.");
        }
    }
}
