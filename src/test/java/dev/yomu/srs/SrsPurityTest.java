package dev.yomu.srs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The architecture rule for srs: it imports nothing but java.*, and never a clock or global randomness. */
class SrsPurityTest {

    @Test
    void mainSourcesImportOnlyJavaAndUseNoClockOrGlobalRandom() throws IOException {
        Path dir = Path.of("src/main/java/dev/yomu/srs");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String src = Files.readString(file);
            for (String line : src.lines().filter(l -> l.startsWith("import ")).toList())
                assertThat(line).as(file.toString()).matches("import (static )?java\\..*");
            assertThat(src).as(file.toString())
                    .doesNotContain("java.time.Clock", "Math.random", "java.util.Random", "Instant.now",
                            "System.currentTimeMillis", "System.out", "java.io", "java.nio");
        }
    }
}
