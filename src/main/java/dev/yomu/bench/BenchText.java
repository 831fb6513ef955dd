package dev.yomu.bench;

import dev.yomu.text.ArticleParser;
import dev.yomu.text.Block;
import dev.yomu.text.BlockKind;
import dev.yomu.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A large Japanese text for throughput runs, built from the seed articles' body paragraphs. Each
 * copy of a paragraph gets its own number, so the importer's repeated-paragraph filter keeps it.
 */
final class BenchText {
    private BenchText() {}

    static String build(int minChars) {
        return build(minChars, 0);
    }

    /** A text of the same make whose paragraph numbers start after {@code variant}: another article. */
    static String build(int minChars, int variant) {
        List<String> paragraphs = seedParagraphs();
        StringBuilder sb = new StringBuilder("ベンチマーク用の長い記事\n\n");
        for (int copy = 1; sb.length() < minChars; copy++)
            for (String p : paragraphs)
                sb.append('（').append(variant * 100_000 + copy).append('）').append(p).append("\n\n");
        return sb.toString();
    }

    private static List<String> seedParagraphs() {
        List<String> out = new ArrayList<>();
        for (String seed : List.of("us-taliban-allies.txt", "siberian-intervention.txt", "moscow-nuclear-warning.txt",
                "russia-nuclear-threat.txt")) {
            String text = new TextCleaner().clean(read(seed));
            for (Block b : new ArticleParser().parse(text, null).blocks())
                if (b.kind() == BlockKind.PARAGRAPH) out.add(b.text().replace('\n', ' '));
        }
        return out;
    }

    private static String read(String seed) {
        try (InputStream in = BenchText.class.getResourceAsStream("/dev/yomu/seeds/" + seed)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
