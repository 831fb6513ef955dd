-- Sentences are stored 64 to a row. H2 spends about 17 microseconds on every row it writes
-- (primary key, index, undo log), whatever the row holds, and an article of 800,000 characters has
-- over 10,000 sentences: most of an import's writing. Nothing searches sentences by their
-- content in SQL; the reader, quizzes and examples read them whole, so a block loses nothing.
-- Each list column holds one entry per sentence of the block, in order, separated by U+001D.

CREATE TABLE sentence_block (
    article_id  BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    first_ord   INT NOT NULL,        -- ord of the block's first sentence; a block holds ords first_ord ... first_ord + 63
    study_count INT NOT NULL,        -- sentences of study text (headings and paragraphs, not comments)
    block_ords  VARCHAR NOT NULL,    -- the paragraph (block) each sentence belongs to
    kinds       VARCHAR NOT NULL,    -- HEADING, PARAGRAPH or COMMENT
    texts       VARCHAR NOT NULL,
    tokens      VARCHAR NOT NULL,    -- each encoded by TokenCodec
    word_ids    VARCHAR NOT NULL,    -- each the sentence's study words and names, ascending, space-separated
    PRIMARY KEY (article_id, first_ord)
);

INSERT INTO sentence_block(article_id, first_ord, study_count, block_ords, kinds, texts, tokens, word_ids)
SELECT article_id, block * 64,
       SUM(CASE WHEN kind <> 'COMMENT' THEN 1 ELSE 0 END),
       LISTAGG(CAST(block_ord AS VARCHAR), CHAR(29)) WITHIN GROUP (ORDER BY ord),
       LISTAGG(kind, CHAR(29)) WITHIN GROUP (ORDER BY ord),
       LISTAGG(text, CHAR(29)) WITHIN GROUP (ORDER BY ord),
       LISTAGG(tokens, CHAR(29)) WITHIN GROUP (ORDER BY ord),
       LISTAGG(word_ids, CHAR(29)) WITHIN GROUP (ORDER BY ord)
FROM (SELECT s.*, ord / 64 AS block FROM sentence s) numbered
GROUP BY article_id, block;

DROP TABLE sentence;
