-- A category's name as the bot compares it: lowercased in Rust (SQLite's lower() folds only
-- ASCII, PostgreSQL's every letter: the unique index must mean the same on both).
ALTER TABLE categories ADD COLUMN name_key TEXT;
UPDATE categories SET name_key = lower(name);
DROP INDEX categories_by_name;
CREATE UNIQUE INDEX categories_by_key ON categories (guild_id, name_key) WHERE removed_at IS NULL;
