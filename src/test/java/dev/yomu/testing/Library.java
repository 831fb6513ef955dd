package dev.yomu.testing;

import dev.yomu.deck.WordKind;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.ArticleStore.NewSentence;
import dev.yomu.store.Database;
import dev.yomu.store.WordStore;
import dev.yomu.store.WordStore.NewWord;
import dev.yomu.text.BlockKind;
import dev.yomu.text.Token;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a small library straight through the stores (no tokenizer), for tests of review, stats
 * and export that need words, sentences and cards.
 */
public final class Library {
    private final Database db;
    private final ArticleStore articles;
    private final WordStore words = new WordStore();

    public Library(Database db) {
        this.db = db;
        this.articles = new ArticleStore(db);
    }

    /** A word to put in an article: its surface is found in the sentence to place the token. */
    public record W(String lemma, String reading, String gloss) {}

    /** Adds an article of one sentence holding each word once; returns the word ids in order. */
    public List<Long> article(String title, String sentence, Instant now, W... ws) {
        return db.transaction(c -> {
            long id = articles.insert(c, title, "test:" + title, Integer.toHexString((title + sentence).hashCode()),
                    "UTF-8", sentence.length(), now);
            List<Token> tokens = new ArrayList<>();
            for (W w : ws) {
                int at = sentence.indexOf(w.lemma());
                if (at >= 0) tokens.add(new Token(w.lemma(), w.lemma(), w.reading(), w.reading(), "名詞", "一般", at,
                        at + w.lemma().length()));
            }
            List<Long> ids = new ArrayList<>();
            List<WordStore.Usage> uses = new ArrayList<>();
            var known = words.storedWords(c);
            for (W w : ws) {
                WordStore.StoredWord stored = known.get(new WordStore.WordKey(w.lemma(), w.reading()));
                long wordId = stored != null ? stored.id()
                        : words.insert(c, new NewWord(w.lemma(), w.reading(), "noun", WordKind.STUDY, w.gloss(), "n", true));
                ids.add(wordId);
                uses.add(new WordStore.Usage(wordId, 1, new long[] {0}));
            }
            articles.insertSentences(c, id, List.of(new NewSentence(0, BlockKind.PARAGRAPH, sentence, tokens,
                    ids.stream().mapToLong(Long::longValue).toArray())));
            words.insertUsages(c, id, uses);
            words.ensureCards(c, ids, now);
            return ids;
        });
    }
}
