package dev.yomu.dict;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A dictionary opened when it is first asked, or ahead of that on a thread of its own. Opening the
 * compiled dictionary takes a fifth of a second (checksum, index arrays, the form table); the reader
 * needs it only for the word under the cursor and for the odd number with a counter, so its first
 * page need not wait for it.
 */
public final class LazyLexicon implements Lexicon {
    private final FutureTask<Lexicon> opening;

    /** @param opener opens the dictionary; run once, by whichever thread needs it first */
    public LazyLexicon(Supplier<? extends Lexicon> opener) {
        this.opening = new FutureTask<>(opener::get);
    }

    /**
     * Starts opening it on a daemon thread (it never keeps the program alive), so it is likely ready
     * by the first lookup; a lookup before that waits for it.
     */
    public LazyLexicon openInBackground() {
        Thread t = new Thread(opening, "yomu-dictionary");
        t.setDaemon(true);
        t.start();
        return this;
    }

    @Override
    public List<DictEntry> lookup(String form) {
        return lexicon().lookup(form);
    }

    @Override
    public boolean containsForm(String form) {
        return lexicon().containsForm(form);
    }

    private Lexicon lexicon() {
        opening.run(); // does nothing when it has run or is running: then get() waits for it
        try {
            return opening.get();
        } catch (ExecutionException e) {
            // the opener's own exception (a damaged dictionary file is a one-line YomuException)
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while opening the dictionary.", e);
        }
    }
}
