-- Per-article quizzes: each sitting, each answer, and the questions a learner flagged as bad.

CREATE TABLE quiz_attempt (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    article_id  BIGINT NOT NULL REFERENCES article(id) ON DELETE CASCADE,
    quiz_kind   VARCHAR(16) NOT NULL,     -- vocab, comprehension, mixed
    seed        BIGINT NOT NULL,          -- the same seed gives the same quiz
    questions   INT NOT NULL,             -- how many the quiz had
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX quiz_attempt_article ON quiz_attempt(article_id, started_at);

-- Saved as each question is answered: a quiz left half-way still counts what was answered.
CREATE TABLE quiz_answer (
    attempt_id   BIGINT NOT NULL REFERENCES quiz_attempt(id) ON DELETE CASCADE,
    ord          INT NOT NULL,
    question_key VARCHAR(64) NOT NULL,    -- Question.key(): stable across seeds and choice orders
    question_kind VARCHAR(16) NOT NULL,
    chosen       INT NOT NULL,
    correct      BOOLEAN NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (attempt_id, ord)
);

-- A flagged question is never asked again.
CREATE TABLE quiz_flag (
    question_key VARCHAR(64) PRIMARY KEY,
    article_id   BIGINT REFERENCES article(id) ON DELETE CASCADE,
    prompt       VARCHAR(4000) NOT NULL,
    flagged_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
