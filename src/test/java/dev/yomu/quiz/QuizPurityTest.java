package dev.yomu.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quiz core stays pure: java.*, the text records, the pure kana helpers (Kana, RomajiKana) and the dictionary's gloss format
 * ({@code dict.Meaning}, a value type without I/O) only, so it can be tested without I/O. A bundled, read-only
 * classpath resource may be read (QuizSenses reads sense-preferences.tsv once): the same input still
 * gives the same quiz, and no file, database or clock is reached.
 */
class QuizPurityTest {
    @Test
    void quizImportsOnlyJavaAndTextRecords() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/yomu/quiz"))) {
            for (Path f : files.toList()) {
                List<String> imports = Files.readAllLines(f).stream().filter(l -> l.startsWith("import ")).toList();
                for (String i : imports)
                    assertThat(i).as(f.toString()).matches("import (static )?(java\\.(util|nio\\.charset|security)\\..*|java\\.io\\.(InputStream|IOException|UncheckedIOException)|dev\\.yomu\\.text\\.(Token|Kana|RomajiKana)|dev\\.yomu\\.dict\\.Meaning|dev\\.yomu\\.quiz\\..*);");
            }
        }
    }
}
