-- How long each character has been played, in whole seconds, over every session that ended. Only
-- ever added to, in one statement (played_seconds = played_seconds + ?), so sessions ending at the
-- same moment both count.
ALTER TABLE accounts ADD COLUMN played_seconds BIGINT DEFAULT 0 NOT NULL;
