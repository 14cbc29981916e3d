-- A thing's states (open, locked, lit: what play changes) in one column, as the words world
-- files use, in the model's order: 'open locked lit'. A new state needs no new column. Rows
-- written before keep what their three columns said.
ALTER TABLE world_things ADD COLUMN states VARCHAR(400) DEFAULT '' NOT NULL;

UPDATE world_things SET states = TRIM(
    CASE WHEN is_open THEN 'open' ELSE '' END
    || CASE WHEN is_locked THEN ' locked' ELSE '' END
    || CASE WHEN is_lit THEN ' lit' ELSE '' END);

ALTER TABLE world_things DROP COLUMN is_open;

ALTER TABLE world_things DROP COLUMN is_locked;

ALTER TABLE world_things DROP COLUMN is_lit;
