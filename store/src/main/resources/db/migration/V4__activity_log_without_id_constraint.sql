-- The activity log's entries are found by seq (the primary key) and by subscription or directory;
-- no query looks one up by id, and ids are random UUIDs. Keeping them unique cost every insert a
-- random-page B-tree update (a directory change writes thousands of entries at once).
ALTER TABLE activity_log DROP CONSTRAINT uq_activity_log_id;
