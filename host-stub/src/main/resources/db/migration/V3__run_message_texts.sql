-- A run's confirmation message kept as texts (one per line: key + arguments, JSON), like its items'
-- reasons, so a run can be read in another language than it was made in. Earlier runs keep only
-- their stored words: their texts stay NULL.
ALTER TABLE action_run ADD COLUMN message_texts_json CLOB;
