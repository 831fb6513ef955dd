package dev.yomu.cli;

import dev.yomu.article.Analyzer;
import dev.yomu.article.ArticleImporter;
import dev.yomu.article.ImportResult;
import dev.yomu.support.Progress;
import dev.yomu.store.DictionaryStore;
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
    private DictionaryStore dictionary;
    private ArticleImporter importer;

    Services(AppContext ctx) {
        this.ctx = ctx;
    }

    DictionaryStore dictionary() {
        if (dictionary == null) dictionary = new DictionaryStore(ctx.db());
        return dictionary;
    }

    /** Texts from this size on read the dictionary's forms into memory before they are analysed. */
    private static final int LONG_TEXT_BYTES = 100_000;

    ArticleImporter importer() {
        return importer(false);
    }

    /**
     * @param longText whether the first text is long: then the dictionary's forms are loaded up front,
     *                 while Kuromoji's dictionary (half a second) loads on another thread; a short
     *                 text looks its few compound candidates up in the database instead
     */
    private ArticleImporter importer(boolean longText) {
        CompletableFuture<JapaneseTokenizer> tokenizer =
                importer == null ? CompletableFuture.supplyAsync(JapaneseTokenizer::new) : null;
        if (longText) dictionary().loadForms(); // beside Kuromoji's load, on the first import
        if (importer == null)
            importer = new ArticleImporter(ctx.db(), new Analyzer(tokenizer.join(), dictionary()), ctx.clock());
        return importer;
    }

    ImportResult importFile(Path file, String title, Progress progress) {
        byte[] bytes = readFile(file);
        return importer(bytes.length >= LONG_TEXT_BYTES).importBytes(bytes, file.getFileName().toString(),
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
