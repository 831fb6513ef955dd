-- Every change to a card counts up its version. The review checks that a card is still the one it
-- showed by this number: comparing the whole state failed whenever an instant had more digits in
-- memory (the real clock's nanoseconds) than the database keeps (microseconds).
ALTER TABLE card ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
