package dev.yomu.quizsession;

import dev.yomu.dict.DictEntry;
import dev.yomu.dict.Lexicon;
import dev.yomu.quiz.Question;
import dev.yomu.quiz.QuizMaker.Mix;
import dev.yomu.quiz.QuizFile.QuizFileException;
import dev.yomu.quiz.QuizFile;
import dev.yomu.quiz.QuizSource.QuizSentence;
import dev.yomu.quiz.QuizSource.VocabWord;
import dev.yomu.quiz.QuizSource;
import dev.yomu.review.ReviewService;
import dev.yomu.srs.Phase;
import dev.yomu.srs.Rating;
import dev.yomu.store.ArticleStore.StoredSentence;
import dev.yomu.store.ArticleStore;
import dev.yomu.store.CardStore;
import dev.yomu.store.Database;
import dev.yomu.store.QuizStore;
import dev.yomu.store.WordStore;
import dev.yomu.study.ArticleRef;
import dev.yomu.study.ArticleWord;
import dev.yomu.study.Card;
import dev.yomu.study.QuizAttempt;
import dev.yomu.support.YomuException;
import dev.yomu.text.BlockKind;
import dev.yomu.text.Printable;
import dev.yomu.text.Reading;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The quiz's edge: builds the pure {@link QuizSource} from the store, finds an article's
 * hand-written questions, and stores attempts, answers and flags. A vocabulary question answered
 * wrong grades the word's card Again, so the word is in today's review.
 */
public final class QuizService {
    private final Database db;
    private final ReviewService reviews;
    private final ArticleStore articles;
    private final WordStore words = new WordStore();
    private final CardStore cards = new CardStore();
    private final QuizStore quizzes = new QuizStore();

    private final Lexicon dictionary;

    /** A quiz service without the dictionary: reading questions then cannot know a word's other readings. */
    public QuizService(Database db, ReviewService reviews) {
        this(db, reviews, null);
    }

    /** @param dictionary where a study word's other readings are found (緑化: りょっか, りょくか), or null */
    public QuizService(Database db, ReviewService reviews, Lexicon dictionary) {
        this.db = db;
        this.reviews = reviews;
        this.articles = new ArticleStore(db);
        this.dictionary = dictionary;
    }

    /** The article's body (comments left out) and its study words. */
    public QuizSource source(ArticleRef article) {
        return db.read(c -> {
            List<QuizSentence> sentences = new ArrayList<>();
            for (StoredSentence s : articles.sentences(c, article.id()))
                if (s.kind() != BlockKind.COMMENT)
                    sentences.add(new QuizSentence(s.ord(), s.blockOrd(), s.kind() == BlockKind.HEADING, s.text(), s.tokens()));
            List<VocabWord> vocab = new ArrayList<>();
            for (ArticleWord w : words.wordsOf(c, article.id(), false))
                vocab.add(new VocabWord(w.id(), w.lemma(), Reading.asWritten(w.lemma(), w.reading()), w.pos(), w.glosses()));
            return new QuizSource(article.title(), sentences, vocab, readings(vocab));
        });
    }

    // Every kana reading the dictionary lists under a study word's written form.
    private Map<String, Set<String>> readings(List<VocabWord> vocab) {
        Map<String, Set<String>> out = new HashMap<>();
        if (dictionary == null) return out;
        for (VocabWord w : vocab) {
            Set<String> all = new HashSet<>();
            for (DictEntry e : dictionary.lookup(w.lemma()))
                if (e.headwords().contains(w.lemma())) for (String r : e.readings()) all.add(Reading.asWritten(w.lemma(), r));
            if (all.size() > 1) out.put(w.lemma(), all);
        }
        return out;
    }

    /**
     * Hand-written questions: for a seed the bundled {@code seeds/NAME.quiz}, for an imported
     * {@code FILE.txt} a {@code FILE.quiz} next to it, and {@code extra} if given.
     */
    public List<Question> written(ArticleRef article, Path extra) {
        List<Question> out = new ArrayList<>();
        String source = article.source() == null ? "" : article.source();
        if (source.startsWith("seed:")) {
            String name = source.substring(5).replaceFirst("\\.txt$", "") + ".quiz";
            try (InputStream in = QuizService.class.getResourceAsStream("/dev/yomu/seeds/" + name)) {
                if (in != null) out.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "seeds/" + name));
            } catch (IOException e) {
                throw new YomuException(1, "Cannot read the bundled quiz " + name + ": " + e.getMessage(), e);
            }
        } else if (!source.isEmpty()) {
            Path beside = Path.of(source.replaceFirst("\\.[^./]*$", "") + ".quiz");
            if (Files.isRegularFile(beside)) out.addAll(read(beside));
        }
        if (extra != null) out.addAll(read(extra));
        return out;
    }

    private static List<Question> read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (MalformedInputException | UnmappableCharacterException e) {
            throw YomuException.invalidInput("The quiz file " + file + " is not UTF-8 text. Save it as UTF-8 and try again.", e);
        } catch (NoSuchFileException e) {
            throw YomuException.notFound("There is no quiz file " + file + ".");
        } catch (IOException e) {
            throw YomuException.notFound("Cannot read the quiz file " + file + ": " + e.getMessage());
        }
    }

    private static List<Question> parse(String text, String name) {
        try {
            // a quiz file is text from anywhere: no control character of it may reach the screen
            return QuizFile.parse(text.lines().map(Printable::clean).collect(java.util.stream.Collectors.joining("\n")));
        } catch (QuizFileException e) {
            throw YomuException.invalidInput("Bad quiz file " + name + ", " + e.getMessage() + ".");
        }
    }

    public Set<String> flagged() {
        return db.read(quizzes::flagged);
    }

    public long start(long articleId, Mix kind, long seed, int questions, Instant now) {
        return db.transaction(c -> {
            articles.markStudied(c, articleId, now);
            return quizzes.startAttempt(c, articleId, kind, seed, questions, now);
        });
    }

    /** What answering did beyond scoring: the word's card, if a wrong vocabulary answer moved it. */
    public record Outcome(boolean correct, Optional<String> cardNote) {}

    /**
     * Stores an answer; a wrong vocabulary answer also makes the word's card due now, in the same
     * transaction: the score and the card never disagree.
     */
    public Outcome answer(long attemptId, int ord, Question q, int chosen, Instant now) {
        boolean correct = chosen == q.answer();
        return db.transaction(c -> {
            quizzes.answer(c, attemptId, ord, q.key(), q.kind(), chosen, correct, now);
            if (correct || !q.kind().isVocabulary() || !q.hasWord()) return new Outcome(correct, Optional.empty());
            return new Outcome(false, cards.find(c, q.wordId()).map(card -> relearn(card, now)));
        });
    }

    /** Grades the card Again; the note says where that put it. */
    private String relearn(Card card, Instant now) {
        Phase before = card.state().phase();
        reviews.answer(card, Rating.AGAIN, now, 0);
        String what = switch (before) {
            case NEW -> "introduced as a new card";
            case REVIEW -> "counted as a lapse";
            default -> "back to its first learning step";
        };
        return card.lemma() + " is in today's review now (" + what + ").";
    }

    public void flag(long articleId, Question q, Instant now) {
        db.transaction(c -> {
            quizzes.flag(c, q.key(), articleId, q.prompt(), now);
            return null;
        });
    }

    public List<QuizAttempt> history(Long articleId) {
        return db.read(c -> quizzes.history(c, articleId));
    }
}
