package dev.yomu.quiz;

import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.text.ArticleParser;
import dev.yomu.text.Block;
import dev.yomu.text.BlockKind;
import dev.yomu.text.JapaneseTokenizer;
import dev.yomu.text.ParsedArticle;
import dev.yomu.text.TextCleaner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A quiz source from a fixture text through the importer's own cleaning, parsing and tokenizing. */
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

    static QuizSource fromText(String text) {
        ParsedArticle parsed = new ArticleParser().parse(new TextCleaner().clean(text), null);
        List<QuizSentence> sentences = new ArrayList<>();
        int block = 0;
        for (Block b : parsed.studyBlocks()) {
            for (String s : b.sentences())
                sentences.add(new QuizSentence(sentences.size(), block, b.kind() == BlockKind.HEADING, s, TOKENIZER.tokenize(s)));
            block++;
        }
        return new QuizSource(parsed.title(), sentences, List.of());
    }

    /** One sentence, tokenized, as a quiz source's body sentence. */
    static QuizSentence sentence(String s) {
        return new QuizSentence(0, 0, false, s, TOKENIZER.tokenize(s));
    }
}
