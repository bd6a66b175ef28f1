-- The dashboard's ticket search (src/store/ticket_list.rs) finds a text anywhere in the
-- topics and messages with `lower(...) LIKE`. Scanning 400 000 messages took almost 400 ms;
-- pg_trgm's GIN indexes answer the same LIKE from the text's three-character pieces
-- (`cargo bench --bench web` measures it).
--
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: a user who may create
-- objects in the database may install it. Where it cannot be installed (no contrib package,
-- no privilege), the migration still succeeds and the search reads every message, as before.
DO $$
DECLARE
    trgm_schema TEXT;
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'pg_trgm cannot be installed (%): the ticket search will scan', SQLERRM;
    END;
    SELECT n.nspname INTO trgm_schema FROM pg_extension e
        JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm';
    IF trgm_schema IS NOT NULL THEN
        EXECUTE format('CREATE INDEX messages_content_trgm ON messages '
            'USING gin (lower(content) %I.gin_trgm_ops)', trgm_schema);
        EXECUTE format('CREATE INDEX tickets_topic_trgm ON tickets '
            'USING gin (lower(topic) %I.gin_trgm_ops)', trgm_schema);
    END IF;
END
$$;
