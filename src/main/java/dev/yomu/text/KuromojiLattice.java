package dev.yomu.text;

import com.atilika.kuromoji.TokenizerBase;
import com.atilika.kuromoji.dict.CharacterDefinitions;
import com.atilika.kuromoji.dict.Dictionary;
import com.atilika.kuromoji.dict.TokenInfoDictionary;
import com.atilika.kuromoji.dict.UnknownDictionary;
import com.atilika.kuromoji.ipadic.Token;
import com.atilika.kuromoji.ipadic.Tokenizer;
import com.atilika.kuromoji.trie.DoubleArrayTrie;
import com.atilika.kuromoji.viterbi.ViterbiBuilder;
import com.atilika.kuromoji.viterbi.ViterbiLattice;
import com.atilika.kuromoji.viterbi.ViterbiNode;
import com.atilika.kuromoji.viterbi.ViterbiSearcher;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kuromoji's own tokenization (its dictionary, lattice, Viterbi search and tokens), with the
 * lattice built without Kuromoji 0.9.0's waste: its {@code ViterbiBuilder} copies the rest of the
 * sentence at every character and then looks up every prefix of that copy in the trie from the
 * root, one new string per prefix, which made building the lattice cost more than searching it.
 * Here the trie is walked once per start position, a character at a time, and a string is made
 * only for a prefix that is a word. The nodes, their order and the search are Kuromoji's, so the
 * tokens are the same as {@code Tokenizer.tokenize} gives (a test compares them on every seed).
 *
 * <p>Reads Kuromoji's internals through method and var handles; {@link #of} answers null when a
 * Kuromoji version lacks them or is configured otherwise (user dictionary, search mode, no
 * splitting), and the caller keeps using Kuromoji as it comes.
 */
final class KuromojiLattice {
    // From DoubleArrayTrie: a base at or above this points into the tail array.
    private final int tailOffset;
    private static final char END = DoubleArrayTrie.TERMINATING_CHARACTER;

    private final int[] base, check;
    private final char[] tail;
    private final boolean compact;
    private final TokenInfoDictionary dictionary;
    private final UnknownDictionary unknownDictionary;
    private final CharacterDefinitions characters;
    private final ViterbiSearcher searcher;
    private final Dictionary knownTokens, unknownTokens;

    private static final MethodHandle ADD_NODE;

    static {
        MethodHandle add = null;
        try {
            add = MethodHandles.privateLookupIn(ViterbiLattice.class, MethodHandles.lookup()).findVirtual(ViterbiLattice.class,
                    "addNode", MethodType.methodType(void.class, ViterbiNode.class, int.class, int.class));
        } catch (ReflectiveOperationException | RuntimeException e) {
            // another Kuromoji: of() answers null
        }
        ADD_NODE = add;
    }

    private KuromojiLattice(DoubleArrayTrie trie, boolean compact, int tailOffset, TokenInfoDictionary dictionary,
                            UnknownDictionary unknownDictionary, ViterbiSearcher searcher, Dictionary knownTokens,
                            Dictionary unknownTokens) {
        IntBuffer b = trie.getBaseBuffer().duplicate(), c = trie.getCheckBuffer().duplicate();
        CharBuffer t = trie.getTailBuffer().duplicate();
        b.rewind();
        c.rewind();
        t.rewind();
        // Kuromoji's lookup treats an index at or past the base buffer's limit as "no match"; the
        // arrays hold exactly that many entries (the check buffer has the same size).
        base = new int[b.limit()];
        b.get(base);
        check = new int[c.limit()];
        c.get(check);
        tail = new char[t.limit()];
        t.get(tail);
        this.compact = compact;
        this.tailOffset = tailOffset;
        this.dictionary = dictionary;
        this.unknownDictionary = unknownDictionary;
        this.characters = unknownDictionary.getCharacterDefinition();
        this.searcher = searcher;
        this.knownTokens = knownTokens;
        this.unknownTokens = unknownTokens;
    }

    /** The fast path for this tokenizer, or null if its Kuromoji is not the one this was written against. */
    static KuromojiLattice of(Tokenizer tokenizer) {
        if (ADD_NODE == null) return null;
        try {
            MethodHandles.Lookup base = MethodHandles.privateLookupIn(TokenizerBase.class, MethodHandles.lookup());
            MethodHandles.Lookup builder = MethodHandles.privateLookupIn(ViterbiBuilder.class, MethodHandles.lookup());
            MethodHandles.Lookup trieLookup = MethodHandles.privateLookupIn(DoubleArrayTrie.class, MethodHandles.lookup());
            if (!(boolean) base.findVarHandle(TokenizerBase.class, "split", boolean.class).get(tokenizer)) return null;
            ViterbiBuilder vb = (ViterbiBuilder) base.findVarHandle(TokenizerBase.class, "viterbiBuilder", ViterbiBuilder.class)
                    .get(tokenizer);
            ViterbiSearcher searcher = (ViterbiSearcher) base.findVarHandle(TokenizerBase.class, "viterbiSearcher",
                    ViterbiSearcher.class).get(tokenizer);
            if ((boolean) builder.findVarHandle(ViterbiBuilder.class, "searchMode", boolean.class).get(vb)) return null;
            if ((boolean) builder.findVarHandle(ViterbiBuilder.class, "useUserDictionary", boolean.class).get(vb)) return null;
            DoubleArrayTrie trie = (DoubleArrayTrie) builder.findVarHandle(ViterbiBuilder.class, "trie", DoubleArrayTrie.class)
                    .get(vb);
            TokenInfoDictionary dictionary = (TokenInfoDictionary) builder.findVarHandle(ViterbiBuilder.class, "dictionary",
                    TokenInfoDictionary.class).get(vb);
            UnknownDictionary unknown = (UnknownDictionary) builder.findVarHandle(ViterbiBuilder.class, "unknownDictionary",
                    UnknownDictionary.class).get(vb);
            boolean compact = (boolean) trieLookup.findVarHandle(DoubleArrayTrie.class, "compact", boolean.class).get(trie);
            VarHandle offset = trieLookup.findStaticVarHandle(DoubleArrayTrie.class, "TAIL_OFFSET", int.class);
            @SuppressWarnings("unchecked")
            Map<ViterbiNode.Type, Dictionary> dictionaries = (Map<ViterbiNode.Type, Dictionary>) base
                    .findVarHandle(TokenizerBase.class, "dictionaryMap", java.util.EnumMap.class).get(tokenizer);
            if (searcher == null || trie == null || dictionary == null || unknown == null) return null;
            if (dictionaries.get(ViterbiNode.Type.KNOWN) != dictionary || dictionaries.get(ViterbiNode.Type.UNKNOWN) != unknown)
                return null;
            return new KuromojiLattice(trie, compact, (int) offset.get(), dictionary, unknown, searcher, dictionary, unknown);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** As {@code Tokenizer.tokenize(text)}: Kuromoji's split at 。 and 、, a lattice and a search per part. */
    List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        int from = 0, length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '、') {
                part(text, from, i + 1, out);
                from = i + 1;
            }
        }
        // Kuromoji tokenizes the rest after the last mark, and the whole text (even an empty one)
        // when there is no mark at all.
        if (from < length || from == 0) part(text, from, length, out);
        return out;
    }

    private void part(String text, int from, int to, List<Token> out) {
        int n = to - from;
        ViterbiLattice lattice = new ViterbiLattice(n + 2);
        lattice.addBos();
        int[] endSizes = lattice.getEndSizeArr();
        int unknownWordEnd = -1; // index of the last character of an unknown word, as in ViterbiBuilder
        try {
            for (int start = 0; start < n; start++) {
                if (endSizes[start + 1] == 0) continue; // no token ends where this one would start
                boolean found = known(lattice, text, from + start, to, start);
                if (unknownWordEnd <= start) {
                    int[] categories = characters.lookupCategories(text.charAt(from + start));
                    if (categories != null)
                        for (int i = 0; i < categories.length; i++)
                            unknownWordEnd = unknown(categories[i], i, lattice, unknownWordEnd, text, from + start, to, start, found);
                }
            }
        } catch (Throwable e) {
            if (e instanceof RuntimeException r) throw r;
            if (e instanceof Error err) throw err;
            throw new IllegalStateException(e);
        }
        lattice.addEos();
        for (ViterbiNode node : searcher.search(lattice)) {
            int wordId = node.getWordId();
            ViterbiNode.Type type = node.getType();
            if (type == ViterbiNode.Type.KNOWN && wordId == -1) continue; // BOS and EOS
            Dictionary d = type == ViterbiNode.Type.KNOWN ? knownTokens : type == ViterbiNode.Type.UNKNOWN ? unknownTokens : null;
            out.add(new Token(wordId, node.getSurface(), type, from + node.getStartIndex(), d));
        }
    }

    /**
     * The dictionary words starting at {@code at}, as ViterbiBuilder.processIndex finds them with
     * one {@code DoubleArrayTrie.lookup} per prefix: the same steps, taken once, a character at a time.
     */
    private boolean known(ViterbiLattice lattice, String text, int at, int to, int start) throws Throwable {
        boolean found = false;
        int index = 0, b = 1;
        int tailAt = -1, tailNode = 0, tailMatched = 0;
        for (int length = 1; at + length <= to; length++) {
            char c = text.charAt(at + length - 1);
            int result;
            if (tailAt < 0) {
                int previous = index;
                index = compact ? b + c : index + b + c;
                if (index >= base.length) break;
                b = base[index];
                if (b == 0 || check[index] != previous) break;
                if (b >= tailOffset) { // the rest of this branch is one word, kept in the tail array
                    tailAt = b - tailOffset;
                    tailNode = index;
                    tailMatched = 0;
                    result = tail[tailAt] == END ? index : 0;
                } else {
                    int end = compact ? b + END : index + b + END;
                    result = check[end] == index ? index : 0;
                }
            } else {
                if (c != tail[tailAt + tailMatched]) break;
                tailMatched++;
                result = tail[tailAt + tailMatched] == END ? tailNode : 0;
            }
            if (result > 0) {
                found = true;
                String surface = text.substring(at, at + length);
                for (int wordId : dictionary.lookupWordIds(result)) {
                    ViterbiNode node = new ViterbiNode(wordId, surface, dictionary, start, ViterbiNode.Type.KNOWN);
                    ADD_NODE.invokeExact(lattice, node, start + 1, start + 1 + length);
                }
            }
        }
        return found;
    }

    /** ViterbiBuilder.processUnknownWord, on the text in place instead of a copy of its rest. */
    private int unknown(int category, int i, ViterbiLattice lattice, int unknownWordEnd, String text, int at, int to,
                        int start, boolean found) throws Throwable {
        int length = 0;
        int[] definition = characters.lookupDefinition(category);
        if (definition[CharacterDefinitions.INVOKE] == 1 || !found) {
            length = 1;
            if (definition[CharacterDefinitions.GROUP] != 0) {
                for (int j = at + 1; j < to; j++) {
                    int[] categories = characters.lookupCategories(text.charAt(j));
                    if (categories == null || i >= categories.length || category != categories[i]) break;
                    length++;
                }
            }
        }
        if (length > 0) {
            String surface = text.substring(at, at + length);
            for (int wordId : unknownDictionary.lookupWordIds(category)) {
                ViterbiNode node = new ViterbiNode(wordId, surface, unknownDictionary, start, ViterbiNode.Type.UNKNOWN);
                ADD_NODE.invokeExact(lattice, node, start + 1, start + 1 + length);
            }
            unknownWordEnd = start + length;
        }
        return unknownWordEnd;
    }
}
