-- When each thing arrived where it is (the world's count of arrivals): a place lists what it
-- holds in this order, so a restart gives back "a pewter tankard and a candle", not the order of
-- the ids. Rows written before this column existed get 0: their places list them by id, as then.
ALTER TABLE world_things ADD COLUMN arrival BIGINT DEFAULT 0 NOT NULL;
