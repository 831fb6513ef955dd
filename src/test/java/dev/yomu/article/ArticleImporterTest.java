package dev.yomu.article;

import dev.yomu.study.ArticleWord;
import dev.yomu.study.ArticleSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.yomu.deck.WordKind;
import dev.yomu.dict.DictEntry;
import dev.yomu.dict.Lexicon;
import dev.yomu.dict.TestDictionaries;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.ArticleStore.StoredSentence;
import dev.yomu.store.Database;
import dev.yomu.store.WordStore;
import dev.yomu.support.Progress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer writes while it analyses; these pin what that must not change. */
class ArticleImporterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T09:00:00Z"), ZoneOffset.UTC);
    private static final int SENTENCES = 150; // more than two batches of SentenceAnalysis.BATCH

    @TempDir
    Path home;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(home);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** One sentence per line, each different; sentence 130 alone holds 爆発. */
    private static byte[] longText() {
        StringBuilder sb = new StringBuilder("猫の観察記録\n\n");
        for (int i = 0; i < SENTENCES; i++)
            sb.append(i == 130 ? "倉庫で小さな爆発が起きた。" : "猫が庭で" + (i + 1) + "回も遊んでいた。").append("\n\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLongTextIsWrittenInOrderAcrossBatches() {
        ArticleImporter importer = new ArticleImporter(db, new Analyzer(TestDictionaries.bundled()), CLOCK);
        ImportResult result = importer.importBytes(longText(), "long.txt", "test:long", null, Progress.NONE);

        assertThat(result.sentences()).isEqualTo(SENTENCES + 1); // the title is a heading sentence
        List<StoredSentence> stored = db.read(c -> new ArticleStore(db).sentences(c, result.articleId()));
        assertThat(stored).extracting(StoredSentence::ord).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, SENTENCES + 1).boxed().toList());
        assertThat(stored.get(0).text()).isEqualTo("猫の観察記録");
        assertThat(stored.get(1).text()).isEqualTo("猫が庭で1回も遊んでいた。");
        assertThat(stored.get(131).text()).isEqualTo("倉庫で小さな爆発が起きた。");
        assertThat(stored.get(SENTENCES).text()).isEqualTo("猫が庭で" + SENTENCES + "回も遊んでいた。");
        assertThat(stored.get(131).tokens()).extracting(t -> t.surface()).contains("爆発");
    }

    @Test
    void anErrorInALateBatchOfTheAnalysisLeavesNothingWritten() {
        Lexicon breaks = new BreakingLexicon(TestDictionaries.bundled(), "爆発");
        ArticleImporter importer = new ArticleImporter(db, new Analyzer(breaks), CLOCK);

        assertThatThrownBy(() -> importer.importBytes(longText(), "long.txt", "test:long", null, Progress.NONE))
                .hasMessageContaining("broke on 爆発");
        List<ArticleSummary> articles = db.read(c -> new ArticleStore(db).summaries(c));
        java.util.Map<WordStore.WordKey, WordStore.StoredWord> words = db.read(c -> new WordStore().storedWords(c));
        assertThat(articles).isEmpty();
        assertThat(words).isEmpty();
    }

    @Test
    void aWordStoredAsANameStaysANameAndGetsNoCard() {
        long cat = db.transaction(c -> new WordStore().insert(c,
                new WordStore.NewWord("猫", "ねこ", "名詞", WordKind.NAME, "cat", "n", true)));
        ArticleImporter importer = new ArticleImporter(db, new Analyzer(TestDictionaries.bundled()), CLOCK);
        ImportResult result = importer.importBytes(longText(), "long.txt", "test:long", null, Progress.NONE);

        List<ArticleWord> study = db.read(c -> new WordStore().wordsOf(c, result.articleId(), false));
        assertThat(study).extracting(ArticleWord::lemma).isNotEmpty().doesNotContain("猫");
        assertThat(result.studyWords()).isEqualTo(study.size());
        java.util.Optional<dev.yomu.study.Card> card = db.read(c -> new dev.yomu.store.CardStore().find(c, cat));
        assertThat(card).isEmpty();
    }

    @Test
    void aChangedFileTakesAwayTheWordsItNoLongerUsesUnlessTheyWereStudied() throws Exception {
        ArticleImporter importer = new ArticleImporter(db, new Analyzer(TestDictionaries.bundled()), CLOCK);
        String first = "撤退の知らせ\n\n政府は軍隊の撤退を決めた。銀行の金利が上がった。\n";
        String second = "撤退の知らせ\n\n政府は軍隊の撤退を決めた。\n";
        importer.importBytes(first.getBytes(StandardCharsets.UTF_8), "news.txt", "test:news", null, Progress.NONE);
        long studied = wordId("銀行");
        try (var st = db.connection().createStatement()) {
            st.execute("INSERT INTO review_log(word_id, rating, reviewed_at, study_day, duration_ms, prev_phase, prev_step,"
                    + " prev_stability, prev_difficulty, prev_reps, prev_lapses, new_phase, new_due) VALUES (" + studied
                    + ", 3, TIMESTAMP WITH TIME ZONE '2026-12-02 09:00:00Z', DATE '2026-12-02', 0, 'NEW', 0, 0, 0, 0, 0,"
                    + " 'LEARNING', TIMESTAMP WITH TIME ZONE '2026-12-02 09:10:00Z')");
        }
        db.connection().commit();
        long untouched = wordId("金利");

        importer.importBytes(second.getBytes(StandardCharsets.UTF_8), "news.txt", "test:news", null, Progress.NONE);

        assertThat(count("SELECT COUNT(*) FROM word WHERE id = " + untouched)).isZero();
        assertThat(count("SELECT COUNT(*) FROM card WHERE word_id = " + studied)).isEqualTo(1);
        assertThat(wordId("政府")).isPositive();
    }

    private long wordId(String lemma) throws Exception {
        return count("SELECT COALESCE(MAX(id), 0) FROM word WHERE lemma = '" + lemma + "'");
    }

    private long count(String sql) throws Exception {
        try (var st = db.connection().createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The real dictionary, except that looking up one form fails. */
    private record BreakingLexicon(Lexicon real, String form) implements Lexicon {
        @Override
        public List<DictEntry> lookup(String f) {
            if (f.equals(form)) throw new IllegalStateException("dictionary broke on " + f);
            return real.lookup(f);
        }

        @Override
        public boolean containsForm(String f) {
            return real.containsForm(f);
        }
    }
}
