-- Occurrences per article instead of per sentence. An import wrote one row per word per sentence
-- (141,000 rows for an 800,000-character text, most of its time); now it writes one row per
-- distinct word of the article, and each sentence lists the words it holds.

-- Sentence ords run 0, 1, 2 ... in each article, as every release wrote them; the lists built
-- below, and V004's blocks of 64, count on it, so any gap is closed first.
MERGE INTO sentence s
USING (SELECT id, ROW_NUMBER() OVER (PARTITION BY article_id ORDER BY ord, id) - 1 AS n FROM sentence) r
ON s.id = r.id
WHEN MATCHED AND s.ord <> r.n THEN UPDATE SET ord = r.n;

-- Study words and names in the sentence: word ids, ascending, separated by spaces.
ALTER TABLE sentence ADD COLUMN word_ids VARCHAR(100000) NOT NULL DEFAULT '';

CREATE TABLE article_word (
    article_id    BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    word_id       BIGINT NOT NULL REFERENCES word(id) ON DELETE CASCADE,
    count         INT NOT NULL,              -- running occurrences in the article's study text
    sentence_ords VARCHAR NOT NULL,          -- sentence.ord of every sentence it occurs in, ascending, space-separated
    PRIMARY KEY (article_id, word_id)
);
CREATE INDEX article_word_word ON article_word(word_id);

UPDATE sentence s SET word_ids = COALESCE((
    SELECT LISTAGG(CAST(o.word_id AS VARCHAR), ' ') WITHIN GROUP (ORDER BY o.word_id)
    FROM occurrence o WHERE o.sentence_id = s.id), '');

INSERT INTO article_word(article_id, word_id, count, sentence_ords)
SELECT s.article_id, o.word_id, SUM(o.count),
       LISTAGG(CAST(s.ord AS VARCHAR), ' ') WITHIN GROUP (ORDER BY s.ord)
FROM occurrence o JOIN sentence s ON s.id = o.sentence_id
GROUP BY s.article_id, o.word_id;

DROP TABLE occurrence;
