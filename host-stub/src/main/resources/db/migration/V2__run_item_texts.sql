-- An item's reason kept as texts (key + arguments, JSON) so a run can be read in another language
-- than it was made in. Runs recorded before keep their stored words: their texts stay NULL.
ALTER TABLE action_run_item ADD COLUMN texts_json CLOB;
