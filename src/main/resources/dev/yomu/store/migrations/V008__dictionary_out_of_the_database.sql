-- The dictionary is a read-only file now (the bundled EDICT compiled at build time, or the one
-- 'yomu dict import' compiled into the data folder), so its tables leave the learner's database:
-- nine tenths of its size. The runner backs the database up before this runs.
DROP TABLE IF EXISTS dict_form_set;
DROP TABLE IF EXISTS dict_form;
DROP TABLE IF EXISTS dict_entry;
