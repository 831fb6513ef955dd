package dev.yomu.text;

import com.atilika.kuromoji.TokenBase;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Reads the dictionary word id Kuromoji keeps in each token but does not expose. It is the key
 * that lets {@link JapaneseTokenizer} reuse a word's features instead of re-parsing them. If a
 * Kuromoji version lacks the field, every lookup answers -1 and nothing is cached.
 */
final class WordIds {
    private static final VarHandle WORD_ID = find("wordId", int.class);
    private static final VarHandle DICTIONARY = find("dictionary", com.atilika.kuromoji.dict.Dictionary.class);

    private WordIds() {}

    private static VarHandle find(String field, Class<?> type) {
        try {
            return MethodHandles.privateLookupIn(TokenBase.class, MethodHandles.lookup())
                    .findVarHandle(TokenBase.class, field, type);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    static int of(TokenBase token) {
        return WORD_ID == null ? -1 : (int) WORD_ID.get(token);
    }

    /** The dictionary the token's word id belongs to, or null if this Kuromoji version hides it. */
    static Object dictionaryOf(TokenBase token) {
        return DICTIONARY == null ? null : DICTIONARY.get(token);
    }
}
