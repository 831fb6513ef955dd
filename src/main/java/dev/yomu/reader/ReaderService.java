package dev.yomu.reader;

import dev.yomu.deck.WordKind;
import dev.yomu.deck.WordMark;
import dev.yomu.dict.BundledDictionary;
import dev.yomu.dict.DictEntry;
import dev.yomu.dict.Gloss;
import dev.yomu.dict.LazyLexicon;
import dev.yomu.dict.Lexicon;
import dev.yomu.review.ReviewService;
import dev.yomu.srs.Phase;
import dev.yomu.srs.Rating;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.CardStore;
import dev.yomu.store.Database;
import dev.yomu.store.ReaderStore;
import dev.yomu.store.SettingStore;
import dev.yomu.store.WordStore;
import dev.yomu.study.ArticleRef;
import dev.yomu.study.Card;
import dev.yomu.study.ReaderWord;
import dev.yomu.support.YomuException;
import dev.yomu.text.Kana;
import dev.yomu.text.Reading;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens an article for reading and stores what the learner decides about its words. Every change is
 * committed at once: quitting the reader, or killing it, loses nothing.
 *
 * <p>Adding a word to study introduces its card now: the card gets its first answer, Again, through
 * the review scheduler. It enters learning, is due within minutes, shows in today's review, and
 * counts as one of today's new cards (the learner has just met it in context and does not know it yet).
 */
public final class ReaderService {
    private final Database db;
    private final ReviewService reviews;
    private final Clock clock;
    private final ArticleStore articles;
    private final ReaderStore store = new ReaderStore();
    private final CardStore cards = new CardStore();
    private final WordStore wordStore = new WordStore();
    private final SettingStore settings = new SettingStore();
    private final Lexicon dictionary;
    private final Map<Lemma, Lookup> lookups = new HashMap<>();

    /** A reader that looks words up in the bundled EDICT. */
    public ReaderService(Database db, ReviewService reviews, Clock clock) {
        this(db, reviews, clock, new LazyLexicon(BundledDictionary::compiled));
    }

    /** @param dictionary where the reader looks words up: the dictionary in use */
    public ReaderService(Database db, ReviewService reviews, Clock clock, Lexicon dictionary) {
        this.db = db;
        this.reviews = reviews;
        this.clock = clock;
        this.articles = new ArticleStore(db);
        this.dictionary = dictionary;
    }

    /** An article opened for reading: its text and its words. */
    public record Opened(ReaderDocument document, List<ReaderWord> words) {}

    /**
     * Opens an article for reading. Only reads: the article becomes the one the learner is working
     * on through {@link #markStudied} once its first page is on the screen, so the commit (a sync
     * to disk) does not stand between the learner and the text.
     */
    public Opened open(String reference) {
        return db.read(c -> {
            ArticleRef ref = articles.resolve(c, reference);
            List<ReaderWord> words = store.words(c, ref.id());
            return new Opened(ReaderDocument.of(ref.id(), ref.title(), articles.sentences(c, ref.id()), words, dictionary),
                    words);
        });
    }

    /** Makes the article the one the learner is working on (what {@code yomu} suggests next). */
    public void markStudied(long articleId) {
        db.transaction(c -> {
            articles.markStudied(c, articleId, clock.instant());
            return null;
        });
    }

    /**
     * A word that is no study word, as the dictionary explains it.
     *
     * @param reading the reading as a learner writes it (see {@link Reading#asWritten}), or empty when unknown
     * @param meaning the dictionary's first glosses, or empty when it has no entry
     */
    public record Lookup(String form, String reading, String label, String meaning) {}

    /**
     * Looks a word up in the dictionary: a binary search in memory for a word not asked about before,
     * so the reader can do it as the cursor lands on the word. A number the dictionary does not list
     * (169人) is explained by its counter.
     */
    public Lookup lookUp(Lemma lemma) {
        Lookup known = lookups.get(lemma);
        if (known != null) return known;
        Lookup found = find(lemma);
        lookups.put(lemma, found);
        return found;
    }

    private Lookup find(Lemma lemma) {
        Optional<DictEntry> entry = Gloss.best(dictionary, KanjiNumerals.of(lemma.form()), lemma.reading());
        // 何らかの is listed as 何らか: a pre-noun adjective is its stem with の or な after it
        if (entry.isEmpty() && lemma.form().length() > 2 && (lemma.form().endsWith("の") || lemma.form().endsWith("な")))
            entry = Gloss.best(dictionary, lemma.form().substring(0, lemma.form().length() - 1), "");
        String reading = !lemma.reading().isEmpty() ? lemma.reading()
                : Kana.isAllKana(lemma.form()) ? lemma.form() : entry.map(DictEntry::primaryReading).orElse("");
        String meaning = entry.map(e -> e.firstGlosses(MEANINGS)).orElse("");
        if (entry.isEmpty() && lemma.counter() != null) {
            Lookup counter = lookUp(lemma.counter());
            if (!counter.meaning().isEmpty())
                meaning = "counter " + counter.form() + " (" + counter.reading() + "): " + counter.meaning();
        }
        return new Lookup(lemma.form(), Reading.asWritten(lemma.form(), reading), lemma.label(), meaning);
    }

    private static final int MEANINGS = 5;

    /**
     * What adding a word changed, so the reader can take it back.
     *
     * @param logId          the review-log row that introduced the card, or -1 if it was already in study
     * @param previousStatus what the learner had said about the word before
     */
    public record Added(ReaderWord word, long logId, WordMark previousStatus) {
        /** False when the word was already in study: there is nothing to take back. */
        public boolean changed() {
            return logId >= 0 || previousStatus != WordMark.UNKNOWN;
        }
    }

    /** Puts the word in study (its card introduced now, see the class comment) and returns it as it is now. */
    public Added addToStudy(long wordId, long articleId) {
        ReaderWord w = word(wordId, articleId);
        if (w.kind() == WordKind.NAME)
            throw YomuException.invalidInput(w.lemma() + " is a name, not a study word.");
        if (w.glosses().isEmpty())
            throw YomuException.invalidInput(w.lemma() + " has no dictionary meaning; it cannot be studied.");
        long logId = db.transaction(c -> {
            if (w.status() != WordMark.UNKNOWN) cards.setStatus(c, wordId, WordMark.UNKNOWN);
            wordStore.ensureCards(c, List.of(wordId), clock.instant());
            Card card = cards.find(c, wordId).orElseThrow();
            return card.state().phase() == Phase.NEW ? reviews.answer(card, Rating.AGAIN, clock.instant(), 0).logId() : -1L;
        });
        return new Added(word(wordId, articleId), logId, w.status());
    }

    /** Takes an add back: the card is new again (its introduction undone) and the word has its old status. */
    public ReaderWord undoAdd(Added added, long articleId) {
        long wordId = added.word().id();
        db.transaction(c -> {
            if (added.logId() >= 0) reviews.undo(added.logId());
            if (added.previousStatus() != WordMark.UNKNOWN) cards.setStatus(c, wordId, added.previousStatus());
            return null;
        });
        return word(wordId, articleId);
    }

    /** Sets the word's status: KNOWN, IGNORED, or UNKNOWN again. */
    public ReaderWord setStatus(long wordId, long articleId, WordMark status) {
        db.transaction(c -> {
            cards.setStatus(c, wordId, status);
            return null;
        });
        return word(wordId, articleId);
    }

    private ReaderWord word(long wordId, long articleId) {
        return db.read(c -> store.word(c, wordId, articleId))
                .orElseThrow(() -> YomuException.notFound("The word no longer exists."));
    }

    /** Where the learner stopped reading the article: the index of the selected word, 0 at first. */
    public int position(long articleId) {
        String v = db.read(c -> settings.get(c, positionKey(articleId)).orElse("0"));
        try {
            return Math.max(0, Integer.parseInt(v.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public void savePosition(long articleId, int position) {
        db.transaction(c -> {
            settings.put(c, positionKey(articleId), Integer.toString(position));
            return null;
        });
    }

    static String positionKey(long articleId) {
        return "read.position." + articleId;
    }
}
