-- Each account's confusable skeleton (Unicode TR39, NameRules.skeleton): a new character may not
-- take a name that looks like one already used. Brass fills it for rows made before this column
-- (a skeleton needs ICU, not SQL) at start, before it serves anyone. Unique, so two look-alike
-- names cannot both be created at the same moment; NULL (not yet filled) may repeat.
ALTER TABLE accounts ADD COLUMN name_skeleton VARCHAR(512);

CREATE UNIQUE INDEX accounts_name_skeleton ON accounts (name_skeleton);
