package dev.yomu.article;

import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.store.WordStore.SoleUse;
import dev.yomu.store.WordStore;
import dev.yomu.study.ArticleRef;
import java.util.List;

/**
 * Takes an article back: its text, its word uses and its quizzes go, and so do the words only it
 * used, unless the learner has answered their cards or marked them. A card with review history
 * stays with its history; in review it shows a sentence from another article, or none.
 */
public final class ArticleDeleter {
    private final Database db;
    private final ArticleStore articles;
    private final WordStore words = new WordStore();

    public ArticleDeleter(Database db) {
        this.db = db;
        this.articles = new ArticleStore(db);
    }

    /**
     * What deleting an article takes with it.
     *
     * @param onlyHere words no other article uses
     * @param kept     of those, the ones that stay because the learner answered or marked them
     */
    public record Extent(ArticleRef article, int sentences, int words, int onlyHere, int kept) {
        public int removed() {
            return onlyHere - kept;
        }
    }

    /** What {@link #delete} would remove, for the learner to confirm. */
    public Extent preview(ArticleRef article) {
        return db.read(c -> {
            List<SoleUse> onlyHere = words.usedOnlyBy(c, article.id());
            int kept = (int) onlyHere.stream().filter(u -> u.reviewed() || u.marked()).count();
            return new Extent(article, articles.studySentences(c, article.id()), words.wordIdsOf(c, article.id()).size(),
                    onlyHere.size(), kept);
        });
    }

    /** Deletes the article in one transaction; returns what went. */
    public Extent delete(ArticleRef article) {
        return db.transaction(c -> {
            int sentences = articles.studySentences(c, article.id());
            List<Long> used = words.wordIdsOf(c, article.id());
            List<Long> onlyHere = words.usedOnlyBy(c, article.id()).stream().map(SoleUse::wordId).toList();
            articles.delete(c, article.id());
            int removed = words.deleteUnused(c, onlyHere);
            // The words other articles use, and the kept ones (now 0), lose this article's occurrences.
            words.refreshFrequencies(c, used);
            return new Extent(article, sentences, used.size(), onlyHere.size(), onlyHere.size() - removed);
        });
    }
}
