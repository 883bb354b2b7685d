-- A deleted team keeps its row, its recorded changes and its audit log (the records stay append-only); it has
-- no members, its namespace is deleted, and no resync or plan change considers it again. Its slug stays taken,
-- so a new team never gets a namespace that may still be terminating.
ALTER TABLE team ADD COLUMN deleted_at TIMESTAMP WITH TIME ZONE;
