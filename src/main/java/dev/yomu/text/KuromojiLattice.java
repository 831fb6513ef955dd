package dev.yomu.text;

import com.atilika.kuromoji.TokenizerBase;
import com.atilika.kuromoji.buffer.WordIdMap;
import com.atilika.kuromoji.dict.CharacterDefinitions;
import com.atilika.kuromoji.dict.ConnectionCosts;
import com.atilika.kuromoji.dict.Dictionary;
import com.atilika.kuromoji.dict.TokenInfoDictionary;
import com.atilika.kuromoji.dict.UnknownDictionary;
import com.atilika.kuromoji.ipadic.Token;
import com.atilika.kuromoji.ipadic.Tokenizer;
import com.atilika.kuromoji.trie.DoubleArrayTrie;
import com.atilika.kuromoji.viterbi.ViterbiBuilder;
import com.atilika.kuromoji.viterbi.ViterbiNode;
import com.atilika.kuromoji.viterbi.ViterbiSearcher;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.nio.ShortBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kuromoji's own tokenization (its dictionary, its lattice, its Viterbi search, its tokens) without
 * Kuromoji 0.9.0's waste. Its {@code ViterbiBuilder} copies the rest of the sentence at every
 * character, then looks up every prefix of that copy in the trie from the root, one new string per
 * prefix; its lattice is arrays of node objects, each with its own surface string, and its search
 * reads every connection cost through a byte-order-swapping buffer. That made Kuromoji's
 * lattice cost about as much as the rest of Yomu's analysis together. Here the trie is walked once per start
 * position, a character at a time; a node is a row of int arrays reused from sentence to sentence;
 * the connection costs are a plain array; a string is made only for a token on the best path.
 *
 * <p>The steps, their order and their arithmetic are Kuromoji's (see the notes at each method), so
 * the tokens are the ones {@code Tokenizer.tokenize} gives, ties included: a test compares them
 * token by token on every seed and test text and on awkward input. The internals are read through
 * method and var handles; {@link #of} answers null when a Kuromoji version lacks them or is
 * configured otherwise (user dictionary, search mode, no splitting), and the caller then uses
 * Kuromoji as it comes.
 */
final class KuromojiLattice {
    private static final char END = DoubleArrayTrie.TERMINATING_CHARACTER;

    /** From DoubleArrayTrie: a base at or above this points into the tail array. */
    private final int tailOffset;
    private final int[] base, check;
    private final char[] tail;
    private final boolean compact;
    private final TokenInfoDictionary dictionary;
    private final UnknownDictionary unknownDictionary;
    private final CharacterDefinitions characters;
    /**
     * TokenInfoDictionary.lookupWordIds(i) is wordIds[indices[i] + 1 ...], wordIds[indices[i]] of them
     * (none when indices[i] is -1); read in place, since Kuromoji copies them into a new array per lookup.
     */
    private final int[] wordIdIndices, wordIds;
    /**
     * Per known word id: left id, right id and word cost, packed as left | right << 16 | cost << 32
     * (ids are below 2^16). Kuromoji reads them from its 9 MB token info buffer, three byte-swapped
     * reads per candidate word, the largest cost of building a lattice; this table is 3 MB.
     */
    private final long[] wordInfo;
    /** ConnectionCosts.get(right, left) is costs[left + right * costSize]. */
    private final short[] costs;
    private final int costSize;

    /** A sentence's lattice, kept per thread and reused: nodes are rows of these arrays. */
    private static final class Lattice {
        int nodes;
        int[] wordId = new int[256], leftId = new int[256], rightId = new int[256], wordCost = new int[256];
        int[] start = new int[256], length = new int[256], pathCost = new int[256], best = new int[256];
        int[] nextByStart = new int[256], nextByEnd = new int[256];
        boolean[] unknown = new boolean[256];
        /** The best path's nodes, EOS to BOS, as the backtrack finds them. */
        int[] path = new int[64];
        /** Per lattice position: first node starting there, first and last node ending there (-1: none). */
        int[] startHead = new int[64], endHead = new int[64], endTail = new int[64];

        void reset(int positions) {
            nodes = 0;
            if (startHead.length < positions) {
                startHead = new int[positions * 2];
                endHead = new int[positions * 2];
                endTail = new int[positions * 2];
            }
            java.util.Arrays.fill(startHead, 0, positions, -1);
            java.util.Arrays.fill(endHead, 0, positions, -1);
            java.util.Arrays.fill(endTail, 0, positions, -1);
        }

        /** As ViterbiLattice.addNode: appended to the lists of nodes starting at {@code from} and ending at {@code to}. */
        int add(int id, int left, int right, int cost, boolean isUnknown, int textStart, int textLength, int from, int to) {
            if (nodes == wordId.length) grow();
            int k = nodes++;
            wordId[k] = id;
            leftId[k] = left;
            rightId[k] = right;
            wordCost[k] = cost;
            unknown[k] = isUnknown;
            start[k] = textStart;
            length[k] = textLength;
            pathCost[k] = 0; // a ViterbiNode's path cost before the search, kept by a node nothing connects to
            best[k] = -1;
            nextByStart[k] = startHead[from];
            startHead[from] = k;
            nextByEnd[k] = -1;
            if (endTail[to] < 0) endHead[to] = k;
            else nextByEnd[endTail[to]] = k;
            endTail[to] = k;
            return k;
        }

        private void grow() {
            int n = wordId.length * 2;
            wordId = java.util.Arrays.copyOf(wordId, n);
            leftId = java.util.Arrays.copyOf(leftId, n);
            rightId = java.util.Arrays.copyOf(rightId, n);
            wordCost = java.util.Arrays.copyOf(wordCost, n);
            start = java.util.Arrays.copyOf(start, n);
            length = java.util.Arrays.copyOf(length, n);
            pathCost = java.util.Arrays.copyOf(pathCost, n);
            best = java.util.Arrays.copyOf(best, n);
            nextByStart = java.util.Arrays.copyOf(nextByStart, n);
            nextByEnd = java.util.Arrays.copyOf(nextByEnd, n);
            unknown = java.util.Arrays.copyOf(unknown, n);
        }
    }

    /** Above this many node rows a thread's lattice is dropped after use instead of kept for the next sentence. */
    private static final int MAX_KEPT_NODES = 1 << 14;
    private final ThreadLocal<Lattice> lattices = ThreadLocal.withInitial(Lattice::new);

    private KuromojiLattice(DoubleArrayTrie trie, boolean compact, int tailOffset, TokenInfoDictionary dictionary,
                            int[] wordIdIndices, int[] wordIds, UnknownDictionary unknownDictionary, short[] costs,
                            int costSize) {
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
        this.wordIdIndices = wordIdIndices;
        this.wordIds = wordIds;
        int maxId = -1;
        for (int i = 0; i < wordIdIndices.length; i++) {
            int first = wordIdIndices[i];
            if (first < 0) continue;
            for (int w = 1; w <= wordIds[first]; w++) maxId = Math.max(maxId, wordIds[first + w]);
        }
        wordInfo = new long[maxId + 1];
        for (int id = 0; id <= maxId; id++) {
            int left = dictionary.getLeftId(id), right = dictionary.getRightId(id);
            if (left < 0 || left > 0xFFFF || right < 0 || right > 0xFFFF)
                throw new IllegalStateException("connection id out of range: the fast path does not fit this dictionary");
            wordInfo[id] = left | (long) right << 16 | (long) dictionary.getWordCost(id) << 32;
        }
        this.unknownDictionary = unknownDictionary;
        this.characters = unknownDictionary.getCharacterDefinition();
        this.costs = costs;
        this.costSize = costSize;
    }

    /** The fast path for this tokenizer, or null if its Kuromoji is not the one this was written against. */
    static KuromojiLattice of(Tokenizer tokenizer) {
        try {
            MethodHandles.Lookup base = MethodHandles.privateLookupIn(TokenizerBase.class, MethodHandles.lookup());
            MethodHandles.Lookup builder = MethodHandles.privateLookupIn(ViterbiBuilder.class, MethodHandles.lookup());
            MethodHandles.Lookup search = MethodHandles.privateLookupIn(ViterbiSearcher.class, MethodHandles.lookup());
            MethodHandles.Lookup trieLookup = MethodHandles.privateLookupIn(DoubleArrayTrie.class, MethodHandles.lookup());
            MethodHandles.Lookup costLookup = MethodHandles.privateLookupIn(ConnectionCosts.class, MethodHandles.lookup());
            if (!(boolean) base.findVarHandle(TokenizerBase.class, "split", boolean.class).get(tokenizer)) return null;
            ViterbiBuilder vb = (ViterbiBuilder) base.findVarHandle(TokenizerBase.class, "viterbiBuilder", ViterbiBuilder.class)
                    .get(tokenizer);
            ViterbiSearcher searcher = (ViterbiSearcher) base.findVarHandle(TokenizerBase.class, "viterbiSearcher",
                    ViterbiSearcher.class).get(tokenizer);
            if ((boolean) builder.findVarHandle(ViterbiBuilder.class, "searchMode", boolean.class).get(vb)) return null;
            if ((boolean) builder.findVarHandle(ViterbiBuilder.class, "useUserDictionary", boolean.class).get(vb)) return null;
            if (search.findVarHandle(ViterbiSearcher.class, "mode", TokenizerBase.Mode.class).get(searcher)
                    != TokenizerBase.Mode.NORMAL) return null;
            DoubleArrayTrie trie = (DoubleArrayTrie) builder.findVarHandle(ViterbiBuilder.class, "trie", DoubleArrayTrie.class)
                    .get(vb);
            TokenInfoDictionary dictionary = (TokenInfoDictionary) builder.findVarHandle(ViterbiBuilder.class, "dictionary",
                    TokenInfoDictionary.class).get(vb);
            UnknownDictionary unknown = (UnknownDictionary) builder.findVarHandle(ViterbiBuilder.class, "unknownDictionary",
                    UnknownDictionary.class).get(vb);
            ConnectionCosts connection = (ConnectionCosts) search.findVarHandle(ViterbiSearcher.class, "costs",
                    ConnectionCosts.class).get(searcher);
            int costSize = (int) costLookup.findVarHandle(ConnectionCosts.class, "size", int.class).get(connection);
            ShortBuffer costBuffer = ((ShortBuffer) costLookup.findVarHandle(ConnectionCosts.class, "costs", ShortBuffer.class)
                    .get(connection)).duplicate();
            costBuffer.rewind();
            short[] costs = new short[costBuffer.limit()];
            costBuffer.get(costs);
            MethodHandles.Lookup idLookup = MethodHandles.privateLookupIn(WordIdMap.class, MethodHandles.lookup());
            MethodHandles.Lookup dictionaryLookup = MethodHandles.privateLookupIn(TokenInfoDictionary.class,
                    MethodHandles.lookup());
            WordIdMap idMap = (WordIdMap) dictionaryLookup.findVarHandle(TokenInfoDictionary.class, "wordIdMap", WordIdMap.class)
                    .get(dictionary);
            int[] indices = (int[]) idLookup.findVarHandle(WordIdMap.class, "indices", int[].class).get(idMap);
            int[] ids = (int[]) idLookup.findVarHandle(WordIdMap.class, "wordIds", int[].class).get(idMap);
            boolean compact = (boolean) trieLookup.findVarHandle(DoubleArrayTrie.class, "compact", boolean.class).get(trie);
            VarHandle offset = trieLookup.findStaticVarHandle(DoubleArrayTrie.class, "TAIL_OFFSET", int.class);
            @SuppressWarnings("unchecked")
            Map<ViterbiNode.Type, Dictionary> dictionaries = (Map<ViterbiNode.Type, Dictionary>) base
                    .findVarHandle(TokenizerBase.class, "dictionaryMap", java.util.EnumMap.class).get(tokenizer);
            if (trie == null || dictionary == null || unknown == null || costs.length < costSize * costSize) return null;
            if (dictionaries.get(ViterbiNode.Type.KNOWN) != dictionary || dictionaries.get(ViterbiNode.Type.UNKNOWN) != unknown)
                return null;
            if (indices == null || ids == null) return null;
            return new KuromojiLattice(trie, compact, (int) offset.get(), dictionary, indices, ids, unknown, costs, costSize);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** A token of the best path: its word id, whether it is an unknown word, and where it is in the text. */
    interface PathWord {
        void accept(int wordId, boolean unknown, int at, int length);
    }

    /** As {@code Tokenizer.tokenize(text)}: Kuromoji's split after each 。 and 、, a lattice and a search per part. */
    List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>();
        tokenize(text, (wordId, unknown, at, length) -> out.add(token(text, wordId, unknown, at, length)));
        return out;
    }

    /**
     * The same tokens, handed over as word ids and offsets: a caller that knows a word by its id
     * needs neither Kuromoji's token object nor a new string for it.
     */
    void tokenize(String text, PathWord words) {
        Lattice lattice = lattices.get();
        int from = 0, length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '、') {
                part(lattice, text, from, i + 1, words);
                from = i + 1;
            }
        }
        // Kuromoji tokenizes the rest after the last mark, and the whole text (even an empty one)
        // when there is no mark at all.
        if (from < length || from == 0) part(lattice, text, from, length, words);
        // A huge part (a long line without 。 or 、) grows the arrays; a thread does not keep them.
        if (lattice.wordId.length > MAX_KEPT_NODES) lattices.remove();
    }

    /** Kuromoji's token for a word of the path, as its TokenFactory makes it. */
    Token token(String text, int wordId, boolean unknown, int at, int length) {
        return new Token(wordId, text.substring(at, at + length), unknown ? ViterbiNode.Type.UNKNOWN : ViterbiNode.Type.KNOWN,
                at, unknown ? unknownDictionary : dictionary);
    }

    /** The dictionary of unknown words, which Kuromoji's tokens of unknown words point to. */
    Object unknownDictionary() {
        return unknownDictionary;
    }

    /**
     * One part, as TokenizerBase.createTokenList(offset, part): ViterbiBuilder.build, then
     * ViterbiSearcher.search. Lattice positions are Kuromoji's: BOS ends at 1, a word at text
     * index s of length n runs from s + 1 to s + 1 + n, EOS starts at n + 1.
     */
    private void part(Lattice lattice, String text, int from, int to, PathWord words) {
        int n = to - from;
        lattice.reset(n + 2);
        lattice.add(-1, 0, 0, 0, false, -1, 0, 0, 1); // BOS
        int unknownWordEnd = -1; // index of the last character of an unknown word, as in ViterbiBuilder
        for (int start = 0; start < n; start++) {
            if (lattice.endHead[start + 1] < 0) continue; // no token ends where this one would start
            boolean found = known(lattice, text, from + start, to, start);
            if (unknownWordEnd <= start) {
                int[] categories = characters.lookupCategories(text.charAt(from + start));
                if (categories != null)
                    for (int i = 0; i < categories.length; i++)
                        unknownWordEnd = unknown(categories[i], i, lattice, unknownWordEnd, text, from + start, to, start, found);
            }
        }
        int eos = lattice.add(-1, 0, 0, 0, false, n + 1, 0, n + 1, 0);
        search(lattice, n + 2);
        int count = 0;
        for (int k = lattice.best[eos]; k >= 0; k = lattice.best[k]) {
            if (!lattice.unknown[k] && lattice.wordId[k] == -1) continue; // BOS
            if (count == lattice.path.length) lattice.path = java.util.Arrays.copyOf(lattice.path, count * 2);
            lattice.path[count++] = k;
        }
        for (int p = count - 1; p >= 0; p--) {
            int k = lattice.path[p];
            words.accept(lattice.wordId[k], lattice.unknown[k], from + lattice.start[k], lattice.length[k]);
        }
    }

    /**
     * ViterbiSearcher.calculatePathCosts and updateNode in normal mode: for every node, the left
     * neighbour (in the order they were added) with the strictly lowest path cost + connection
     * cost + word cost; a node nothing ends before keeps path cost 0 and no left neighbour.
     */
    private void search(Lattice l, int positions) {
        for (int i = 1; i < positions; i++) {
            if (l.startHead[i] < 0 || l.endHead[i] < 0) continue;
            for (int node = l.startHead[i]; node >= 0; node = l.nextByStart[node]) {
                int backward = l.leftId[node], cost = l.wordCost[node];
                int least = Integer.MAX_VALUE;
                for (int left = l.endHead[i]; left >= 0; left = l.nextByEnd[left]) {
                    int pathCost = l.pathCost[left] + costs[backward + l.rightId[left] * costSize] + cost;
                    if (pathCost < least) {
                        least = pathCost;
                        l.pathCost[node] = pathCost;
                        l.best[node] = left;
                    }
                }
            }
        }
    }

    /**
     * The dictionary words starting at {@code at}, as ViterbiBuilder.processIndex finds them with
     * one {@code DoubleArrayTrie.lookup} per prefix: the same steps, taken once, a character at a time.
     */
    private boolean known(Lattice lattice, String text, int at, int to, int start) {
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
                int first = wordIdIndices[result];
                int count = first == -1 ? 0 : wordIds[first];
                for (int w = 1; w <= count; w++) {
                    int wordId = wordIds[first + w];
                    long info = wordInfo[wordId];
                    lattice.add(wordId, (int) (info & 0xFFFF), (int) (info >>> 16 & 0xFFFF), (int) (info >> 32), false,
                            start, length, start + 1, start + 1 + length);
                }
            }
        }
        return found;
    }

    /** ViterbiBuilder.processUnknownWord, on the text in place instead of a copy of its rest. */
    private int unknown(int category, int i, Lattice lattice, int unknownWordEnd, String text, int at, int to, int start,
                        boolean found) {
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
            for (int wordId : unknownDictionary.lookupWordIds(category))
                lattice.add(wordId, unknownDictionary.getLeftId(wordId), unknownDictionary.getRightId(wordId),
                        unknownDictionary.getWordCost(wordId), true, start, length, start + 1, start + 1 + length);
            unknownWordEnd = start + length;
        }
        return unknownWordEnd;
    }
}
