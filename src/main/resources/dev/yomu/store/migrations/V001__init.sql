-- Yomu schema, version 1. Never edit a released migration: add V002__... instead.

CREATE TABLE setting (
    name  VARCHAR(100) PRIMARY KEY,
    setting_value VARCHAR(1000) NOT NULL
);

-- The Japanese-English dictionary, loaded once from the bundled EDICT or a JMdict file.
CREATE TABLE dict_entry (
    id        INT PRIMARY KEY,
    headwords VARCHAR(2000) NOT NULL,  -- kanji forms, separated by U+001F
    readings  VARCHAR(2000) NOT NULL,  -- kana forms, separated by U+001F
    senses    VARCHAR(100000) NOT NULL, -- encoded by DictCodec
    common    BOOLEAN NOT NULL
);

CREATE TABLE dict_form (
    form     VARCHAR(200) NOT NULL,
    entry_id INT NOT NULL
);
CREATE INDEX dict_form_form ON dict_form(form);

CREATE TABLE article (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    title        VARCHAR(1000) NOT NULL,
    source       VARCHAR(4000),           -- absolute path of the imported file
    content_hash VARCHAR(64) NOT NULL,    -- SHA-256 of the cleaned text
    charset      VARCHAR(40) NOT NULL,
    chars        INT NOT NULL,            -- characters of study text (headings and paragraphs)
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT article_hash UNIQUE (content_hash)
);
CREATE INDEX article_source ON article(source);

-- Every sentence of an article in reading order, with its tokens (encoded by TokenCodec) so the
-- reader and the review screen never need the tokenizer.
CREATE TABLE sentence (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    ord        INT NOT NULL,
    block_ord  INT NOT NULL,
    kind       VARCHAR(16) NOT NULL,      -- HEADING, PARAGRAPH, COMMENT
    text       VARCHAR(100000) NOT NULL,
    tokens     VARCHAR(1000000) NOT NULL
);
CREATE INDEX sentence_article ON sentence(article_id, ord);

-- One row per distinct word (lemma + reading) across all articles.
CREATE TABLE word (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    lemma     VARCHAR(200) NOT NULL,
    reading   VARCHAR(200) NOT NULL,
    pos       VARCHAR(40) NOT NULL,       -- learner label: noun, verb, compound, name ...
    kind      VARCHAR(10) NOT NULL,       -- STUDY or NAME
    status    VARCHAR(10) NOT NULL DEFAULT 'UNKNOWN', -- UNKNOWN, KNOWN, IGNORED
    glosses   VARCHAR(4000) NOT NULL DEFAULT '',      -- '; '-separated, most useful first
    dict_pos  VARCHAR(400) NOT NULL DEFAULT '',
    common    BOOLEAN NOT NULL DEFAULT FALSE,
    freq      INT NOT NULL DEFAULT 0,     -- occurrences in all articles: orders new cards without a join
    CONSTRAINT word_key UNIQUE (lemma, reading)
);

-- How often a word occurs in a sentence; article counts are sums over this. Keyed by sentence so
-- an import appends in key order, and without foreign-key checks (the biggest table by far:
-- ArticleStore deletes a sentence's rows itself).
CREATE TABLE occurrence (
    sentence_id BIGINT NOT NULL,
    word_id     BIGINT NOT NULL,
    count       INT NOT NULL,
    PRIMARY KEY (sentence_id, word_id)
);
CREATE INDEX occurrence_word ON occurrence(word_id);

-- One flashcard per study word, with its FSRS memory state.
CREATE TABLE card (
    word_id     BIGINT PRIMARY KEY REFERENCES word(id) ON DELETE CASCADE,
    phase       VARCHAR(12) NOT NULL DEFAULT 'NEW',
    step        INT NOT NULL DEFAULT 0,
    stability   DOUBLE PRECISION NOT NULL DEFAULT 0,
    difficulty  DOUBLE PRECISION NOT NULL DEFAULT 0,
    due         TIMESTAMP WITH TIME ZONE,
    last_review TIMESTAMP WITH TIME ZONE,
    reps        INT NOT NULL DEFAULT 0,
    lapses      INT NOT NULL DEFAULT 0,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
-- Due cards are found by a range on due (a phase index alone would scan every card in study).
CREATE INDEX card_due ON card(due);
CREATE INDEX card_phase ON card(phase);

-- Every answer, with the state before it so undo restores the card exactly.
CREATE TABLE review_log (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    word_id         BIGINT NOT NULL REFERENCES word(id) ON DELETE CASCADE,
    rating          INT NOT NULL,
    reviewed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    study_day       DATE NOT NULL,
    duration_ms     INT NOT NULL,
    prev_phase      VARCHAR(12) NOT NULL,
    prev_step       INT NOT NULL,
    prev_stability  DOUBLE PRECISION NOT NULL,
    prev_difficulty DOUBLE PRECISION NOT NULL,
    prev_due        TIMESTAMP WITH TIME ZONE,
    prev_last_review TIMESTAMP WITH TIME ZONE,
    prev_reps       INT NOT NULL,
    prev_lapses     INT NOT NULL,
    new_phase       VARCHAR(12) NOT NULL,
    new_due         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_log_day ON review_log(study_day);
CREATE INDEX review_log_word ON review_log(word_id, reviewed_at);
