package dev.yomu.deck;

import dev.yomu.support.Check;

import java.util.List;

/**
 * One vocabulary note for Anki, in plain text; {@link AnkiCsvWriter} does the escaping.
 *
 * @param guid             stable id from {@link AnkiGuid#of}, so a re-export updates the note
 * @param expression       the word as written, the dictionary form (認める); Anki's first field
 * @param reading          the reading, kanji in hiragana and kana as the word writes them (みとめる, タリバン)
 * @param furigana         the word in Anki furigana format (認[みと]める), see {@code Furigana.anki}
 * @param meaning          the gloss
 * @param sentence         the example sentence, plain text
 * @param sentenceWord     the word as it appears in the sentence (認め), made bold there; may be empty
 * @param sentenceFurigana the sentence in Anki furigana format, see {@code Furigana.ankiSentence}
 * @param articleTitle     the title of the article the sentence comes from
 * @param deck             the Anki deck, levels separated by {@code ::}, see {@link AnkiCsvWriter#deckFor}
 * @param tags             tags without spaces, see {@link #tagsFor}
 */
public record AnkiNote(String guid, String expression, String reading, String furigana, String meaning,
                       String sentence, String sentenceWord, String sentenceFurigana, String articleTitle,
                       String deck, List<String> tags) {

    public AnkiNote {
        Check.notBlank(guid, "guid");
        Check.notBlank(expression, "expression");
        Check.notNull(reading, "reading");
        Check.notNull(furigana, "furigana");
        Check.notNull(meaning, "meaning");
        Check.notNull(sentence, "sentence");
        Check.notNull(sentenceWord, "sentenceWord");
        Check.notNull(sentenceFurigana, "sentenceFurigana");
        Check.notBlank(articleTitle, "articleTitle"); // an empty one made a stray deck and a tag hashed from ""
        Check.notBlank(deck, "deck");
        tags = List.copyOf(Check.notNull(tags, "tags"));
    }

    /** The usual tags: {@code yomu}, the article's ASCII slug and the part of speech (名詞). */
    public static List<String> tagsFor(String articleTitle, String partOfSpeech) {
        Check.notBlank(articleTitle, "articleTitle");
        Check.notNull(partOfSpeech, "partOfSpeech");
        String pos = AnkiCsvWriter.tag(partOfSpeech);
        String article = AnkiCsvWriter.asciiSlug(articleTitle);
        return pos.isEmpty() ? List.of("yomu", article) : List.of("yomu", article, pos);
    }
}
