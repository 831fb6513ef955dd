package dev.yomu.quiz;

import dev.yomu.study.ArticleRef;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.quizsession.QuizService;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import dev.yomu.text.JapaneseTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Quiz sources for tests, made the way the program makes them. */
final class ArticleSources {
    private static final JapaneseTokenizer TOKENIZER = new JapaneseTokenizer();

    private ArticleSources() {}

    static String resource(String path) {
        try (InputStream in = ArticleSources.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fixture article imported into a fresh home through the real importer (cleaning, splitting,
     * tokenizing and the dictionary's compounds, as `yomu import` does), then read back as the quiz reads it.
     */
    static QuizSource imported(String resource, Path home) {
        try {
            Path file = home.resolve(Path.of(resource).getFileName().toString());
            Files.createDirectories(home);
            Files.writeString(file, resource(resource));
            // The seeded home is copied from a template made once per test run, so this costs one import.
            Cli cli = Cli.seeded(home.resolve("yomu"));
            assertThat(cli.run("import", file.toString()).status()).isZero();
            try (Database db = Database.open(home.resolve("yomu"))) {
                QuizService service = new QuizService(db, null, dev.yomu.dict.TestDictionaries.bundled());
                List<ArticleRef> all = db.read(c -> new ArticleStore(db).all(c));
                return service.source(all.get(all.size() - 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sentence, tokenized, as a quiz source's body sentence. */
    static QuizSentence sentence(String s) {
        return new QuizSentence(0, 0, false, s, TOKENIZER.tokenize(s));
    }
}
