package dev.yomu.article;

import dev.yomu.deck.ExportWord;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.Database;
import dev.yomu.store.ExportStore;
import dev.yomu.store.SettingStore;
import dev.yomu.store.WordStore;
import dev.yomu.study.ArticleRef;
import dev.yomu.study.ArticleSummary;
import dev.yomu.study.ArticleWord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The imported articles as the learner finds, lists, renames and exports them, each call one transaction:
 * the {@code articles}, {@code words}, {@code export} and status commands ask this and never open a
 * transaction themselves.
 * An article is named by its id or a part of its title only it has; an unknown or ambiguous name is a
 * one-line error that says what to type instead.
 */
public final class ArticleLibrary {
    /** Set once the seed articles that ship with Yomu are imported, so a first run happens once. */
    private static final String SEEDS_DONE = "seeds.imported";

    private final Database db;
    private final ArticleStore articles;

    public ArticleLibrary(Database db) {
        this.db = db;
        this.articles = new ArticleStore(db);
    }

    public ArticleRef find(String reference) {
        return db.read(c -> articles.resolve(c, reference));
    }

    /** The article the learner starts studying on its own now: it becomes the one the status screen suggests. */
    public ArticleRef startStudying(String reference, Instant now) {
        return db.transaction(c -> {
            ArticleRef found = articles.resolve(c, reference);
            articles.markStudied(c, found.id(), now);
            return found;
        });
    }

    /** Every article, oldest first. */
    public List<ArticleRef> all() {
        return db.read(articles::all);
    }

    /**
     * The study words to export from one article (with a sentence from it), or from every article
     * when {@code article} is null, in a stable order.
     */
    public List<ExportWord> exportWords(ArticleRef article) {
        return db.read(c -> new ExportStore().words(c, article == null ? null : article.id()));
    }

    /** Every article with its size and the share of its running study words the learner knows, oldest first. */
    public List<ArticleSummary> summaries() {
        return db.read(articles::summaries);
    }

    /** The article the learner studied last, if they studied one on its own yet. */
    public Optional<Long> lastStudied() {
        return db.read(articles::lastStudied);
    }

    /** An article's words, most useful first; names only with {@code includeNames}. */
    public List<ArticleWord> words(String reference, boolean includeNames) {
        return db.read(c -> new WordStore().wordsOf(c, articles.resolve(c, reference).id(), includeNames));
    }

    /** Gives the article a new title (already cleaned); returns the article as it was, old title included. */
    public ArticleRef rename(String reference, String title) {
        return db.transaction(c -> {
            ArticleRef found = articles.resolve(c, reference);
            articles.rename(c, found.id(), title);
            return found;
        });
    }

    /**
     * Marks known every word of the learner's whose dictionary form (or reading, for a kana word) is in
     * {@code forms}, as {@code yomu known import} reads them from a list; returns how many changed.
     */
    public int markKnown(List<String> forms) {
        return db.transaction(c -> new ExportStore().markKnown(c, forms));
    }

    /** Whether the seed articles have been imported into this database (on its first run). */
    public boolean seedsImported() {
        return db.read(c -> new SettingStore().get(c, SEEDS_DONE)).isPresent();
    }

    public void markSeedsImported() {
        db.transaction(c -> {
            new SettingStore().put(c, SEEDS_DONE, "true");
            return null;
        });
    }
}
