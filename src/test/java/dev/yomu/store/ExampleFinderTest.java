package dev.yomu.store;

import dev.yomu.study.ExampleSentence;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;
import dev.yomu.testing.Library;
import dev.yomu.testing.Library.W;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import dev.yomu.text.BlockKind;
import dev.yomu.text.JapaneseTokenizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleFinderTest {
    private static final Instant NOW = Instant.parse("2026-11-22T09:00:00Z");
    private static final W CAT = new W("猫", "ねこ", "cat"), BIRD = new W("鳥", "とり", "bird"),
            DOG = new W("犬", "いぬ", "dog"), FISH = new W("魚", "さかな", "fish");

    @TempDir
    Path home;
    private Database db;
    private Library library;

    @BeforeEach
    void open() {
        db = Database.open(home);
        library = new Library(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Optional<ExampleSentence> exampleOf(long wordId) {
        return exampleOf(wordId, null);
    }

    @Test
    void prefersTheSentenceWithFewestWordsTheLearnerDoesNotKnow() {
        long cat = library.article("一", "猫と鳥が庭で遊んでいる。", NOW, CAT, BIRD).get(0);
        List<Long> second = library.article("二", "猫と犬と魚が庭で遊んでいる。", NOW, CAT, DOG, FISH);
        assertThat(exampleOf(cat)).map(ExampleSentence::text).contains("猫と鳥が庭で遊んでいる。");

        db.transaction(c -> {
            new CardStore().setStatus(c, second.get(1), WordMark.KNOWN);
            new CardStore().setStatus(c, second.get(2), WordMark.KNOWN);
            return null;
        });
        assertThat(exampleOf(cat)).map(ExampleSentence::text).contains("猫と犬と魚が庭で遊んでいる。");
        assertThat(exampleOf(cat)).map(ExampleSentence::articleTitle).contains("二");
    }

    @Test
    void amongEquallyKnownSentencesTakesTheShorterOne() {
        long cat = library.article("長", "猫が庭の隅でずっと静かに眠っている。", NOW, CAT).get(0);
        library.article("短", "猫が眠っている。", NOW, CAT);
        assertThat(exampleOf(cat)).map(ExampleSentence::text).contains("猫が眠っている。");
    }

    @Test
    void aWordWithoutSentencesHasNoExample() {
        long cat = library.article("一", "猫が眠っている。", NOW, CAT).get(0);
        long dog = db.transaction(c -> new WordStore().insert(c,
                new WordStore.NewWord("犬", "いぬ", "noun", WordKind.STUDY, "dog", "n", true)));
        assertThat(exampleOf(cat)).isPresent();
        assertThat(exampleOf(dog)).isEmpty();
    }

    private static JapaneseTokenizer tokenizer;

    @BeforeAll
    static void loadTokenizer() {
        tokenizer = new JapaneseTokenizer();
    }

    private long word(String lemma, String reading) {
        return db.transaction(c -> new WordStore().insert(c, new WordStore.NewWord(lemma, reading, "noun", WordKind.STUDY, "x", "n", true)));
    }

    /**
     * Stores an article of real, tokenized sentences, each "HEADING:text" or "PARAGRAPH:text", and
     * records the word in every sentence that holds its lemma.
     */
    private void article(String title, long wordId, String lemma, String... sentences) {
        db.transaction(c -> {
            ArticleStore articles = new ArticleStore(db);
            long id = articles.insert(c, title, "test:" + title, title, "UTF-8", 0, NOW);
            List<ArticleStore.NewSentence> rows = new java.util.ArrayList<>();
            List<Long> ords = new java.util.ArrayList<>();
            for (int i = 0; i < sentences.length; i++) {
                String[] kindAndText = sentences[i].split(":", 2);
                boolean has = kindAndText[1].contains(lemma);
                if (has) ords.add((long) i);
                rows.add(new ArticleStore.NewSentence(i, BlockKind.valueOf(kindAndText[0]), kindAndText[1], tokenizer.tokenize(kindAndText[1]),
                        has ? new long[] {wordId} : new long[0]));
            }
            articles.insertSentences(c, id, rows);
            new WordStore().insertUsages(c, id, List.of(new WordStore.Usage(wordId, ords.size(),
                    ords.stream().mapToLong(Long::longValue).toArray())));
            return id;
        });
    }

    private Optional<ExampleSentence> exampleOf(long wordId, Long articleId) {
        return db.read(c -> new CardStore().example(c, wordId, articleId));
    }

    @Test
    void aWordFoundOnlyInTheTitleIsShownInTheTitle() {
        long rise = word("増加", "ぞうか");
        article("猫の増加", rise, "増加", "HEADING:都市で猫の数が増加", "PARAGRAPH:犬が庭で元気に遊んでいる。");
        assertThat(exampleOf(rise)).map(ExampleSentence::text).contains("都市で猫の数が増加");
        assertThat(exampleOf(rise)).map(ExampleSentence::articleTitle).contains("猫の増加");
    }

    @Test
    void aWholeSentenceBeatsAShorterFragmentAndATitle() {
        long ally = word("同盟国", "どうめいこく");
        article("同盟", ally, "同盟国", "HEADING:同盟国との協議", "PARAGRAPH:/またはその同盟国。",
                "PARAGRAPH:米国は同盟国との交渉を静かに続けている。");
        assertThat(exampleOf(ally)).map(ExampleSentence::text).contains("米国は同盟国との交渉を静かに続けている。");
    }

    @Test
    void aTitleThatIsASentenceBeatsAFragmentOfTheBody() {
        long ally = word("同盟国", "どうめいこく");
        article("同盟", ally, "同盟国", "PARAGRAPH:/またはその同盟国。", "HEADING:米国が同盟国との協議を拒んだ");
        assertThat(exampleOf(ally)).map(ExampleSentence::text).contains("米国が同盟国との協議を拒んだ");
    }

    @Test
    void theArticleBeingStudiedGivesTheSentenceWhenOneIsGiven() {
        long ally = word("同盟国", "どうめいこく");
        article("短い", ally, "同盟国", "PARAGRAPH:同盟国と話し合った。");
        article("長い", ally, "同盟国", "PARAGRAPH:米国は同盟国との交渉を静かに続けている。");
        long second = db.read(c -> new ArticleStore(db).resolve(c, "長い").id());
        assertThat(exampleOf(ally, null)).map(ExampleSentence::articleTitle).contains("短い");
        assertThat(exampleOf(ally, second)).map(ExampleSentence::text).contains("米国は同盟国との交渉を静かに続けている。");
    }

    @Test
    void findsTheBestSentenceAcrossTheBlocksOfALongArticle() {
        // 200 sentences, stored 64 to a block; the cat is in sentences 3, 70 and 199, and 70 is the shortest.
        long cat = db.transaction(c -> {
            WordStore words = new WordStore();
            long catId = words.insert(c, new WordStore.NewWord("猫", "ねこ", "noun", WordKind.STUDY, "cat", "n", true));
            ArticleStore articles = new ArticleStore(db);
            long article = articles.insert(c, "長い記事", "test:long", "long", "UTF-8", 0, NOW);
            List<ArticleStore.NewSentence> rows = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String text = switch (i) {
                    case 3 -> "猫が庭の隅でずっと静かに眠っていたのを皆が見ていた。";
                    case 70 -> "猫が眠っている。";
                    case 199 -> "その猫は庭でずっと眠っていた。";
                    default -> "文" + i + "は続く。";
                };
                rows.add(new ArticleStore.NewSentence(i, BlockKind.PARAGRAPH, text, List.of(),
                        text.contains("猫") ? new long[] {catId} : new long[0]));
            }
            articles.insertSentences(c, article, rows);
            words.insertUsages(c, article, List.of(new WordStore.Usage(catId, 3, new long[] {3, 70, 199})));
            return catId;
        });
        assertThat(exampleOf(cat)).map(ExampleSentence::text).contains("猫が眠っている。");
    }

    @Test
    void aWordOnEveryLineOfALongTextIsWeighedInABoundedNumberOfSentences() {
        long[] ords = new long[875];
        for (int i = 0; i < ords.length; i++) ords[i] = i * 2L;
        long[] some = ExampleFinder.spread(ords, ExampleFinder.MAX_CANDIDATES);
        assertThat(some).hasSize(ExampleFinder.MAX_CANDIDATES).startsWith(0L).endsWith(1748L).isSorted();
        assertThat(java.util.Arrays.stream(some).distinct().count()).isEqualTo(some.length);
        long[] few = {3, 9, 27};
        assertThat(ExampleFinder.spread(few, ExampleFinder.MAX_CANDIDATES)).containsExactly(3, 9, 27);
    }
}
