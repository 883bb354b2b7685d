-- The command a catalog entry's image starts with, so that the install form can name it when it warns that a
-- working directory breaks a relative command (issue #5). Null when the catalog does not record it.
ALTER TABLE catalog_entry ADD COLUMN command VARCHAR(255);

-- The seeder adds only missing entries: give the already seeded Lightstreamer entry its command here
UPDATE catalog_entry SET command = './LS.sh run' WHERE id = 'lightstreamer';
