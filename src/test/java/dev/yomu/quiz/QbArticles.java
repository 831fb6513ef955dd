package dev.yomu.quiz;

import dev.yomu.study.ArticleRef;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.quizsession.QuizService;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.testing.Cli;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The four seeds and the lane's two fixture articles, imported through the real pipeline. */
final class QbArticles {
    static final List<String> FIXTURES = List.of("history-dates", "explainer-causes");

    private QbArticles() {}

    /** Title → source; fixtures are also put under their file name. */
    static Map<String, QuizSource> load(Path home, Path texts) {
        try {
            Cli cli = Cli.seeded(home);
            Map<String, String> titles = new LinkedHashMap<>();
            for (String name : FIXTURES) {
                Path file = texts.resolve(name + ".txt");
                Files.write(file, resource("/quiz/articles/" + name + ".txt").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                assertThat(cli.run("import", file.toString()).status()).isZero();
                titles.put(resource("/quiz/articles/" + name + ".txt").lines().findFirst().orElseThrow().strip(), name);
            }
            Map<String, QuizSource> out = new LinkedHashMap<>();
            try (Database db = Database.open(home)) {
                QuizService service = new QuizService(db, null);
                for (ArticleRef a : db.read(c -> new ArticleStore(db).all(c))) {
                    QuizSource s = service.source(a);
                    out.put(a.title(), s);
                    if (titles.containsKey(a.title())) out.put(titles.get(a.title()), s);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String path) throws IOException {
        try (InputStream in = QbArticles.class.getResourceAsStream(path)) {
            if (in == null) throw new IOException("no resource " + path);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
