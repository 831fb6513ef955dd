-- A question's kind is stored as its enum constant's name (READING, AGREEMENT), as word.kind, word.status
-- and card.phase are; Yomu up to schema 8 wrote the lower-case label learners see (reading, agreement).
UPDATE quiz_answer SET question_kind = UPPER(question_kind);
