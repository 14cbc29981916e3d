-- The flags and counters reactions and scripts keep on a thing or a player, in one column as
-- name=value words sorted by name: 'cat-cuddles=3 greeted=1'. A counter at 0 is not written.
ALTER TABLE world_things ADD COLUMN counters VARCHAR(4000) DEFAULT '' NOT NULL;
