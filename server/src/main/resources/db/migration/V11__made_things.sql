-- Things made at run time from a prototype (a reaction's or script's create) are saved as any
-- other thing, and made again at start from the prototype named here (null: a thing of the files
-- or a player). A thing of the files that play destroyed keeps a row with destroyed set, so that
-- a restart does not make it again; its area's reset does, and its row becomes an ordinary one.
ALTER TABLE world_things ADD COLUMN made_from VARCHAR(200);

ALTER TABLE world_things ADD COLUMN destroyed BOOLEAN DEFAULT FALSE NOT NULL;
