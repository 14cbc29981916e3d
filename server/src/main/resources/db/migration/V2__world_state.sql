-- What changed in the world since the files: one row per thing, rewritten by checkpoints.
-- player_name is set for characters made at run time; return_room for players who are away.
CREATE TABLE world_things (
    thing_id    VARCHAR(200) PRIMARY KEY,
    location_id VARCHAR(200),
    is_open     BOOLEAN NOT NULL,
    is_locked   BOOLEAN NOT NULL,
    is_lit      BOOLEAN NOT NULL,
    player_name VARCHAR(64),
    return_room VARCHAR(200)
);

-- One row: the last checkpoint that committed.
CREATE TABLE checkpoints (
    id         INT PRIMARY KEY,
    sequence   BIGINT NOT NULL,
    taken_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    thing_rows INT NOT NULL
);
