-- What each player chose for themselves (brief, prompt, colour, aliases, time played), one row a
-- setting, so a new kind of setting needs no new column.
CREATE TABLE account_settings (
    account_id BIGINT        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name       VARCHAR(64)   NOT NULL,
    setting    VARCHAR(1024) NOT NULL,
    PRIMARY KEY (account_id, name)
);
