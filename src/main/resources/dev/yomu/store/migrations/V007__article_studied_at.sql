-- When the learner last read, quizzed or reviewed an article on its own: the status screen suggests
-- going on with that article rather than always the first one. NULL until the learner does so.
ALTER TABLE article ADD COLUMN studied_at TIMESTAMP WITH TIME ZONE;
