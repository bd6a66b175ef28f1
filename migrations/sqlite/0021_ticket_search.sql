-- The dashboard's ticket search (src/store/ticket_list.rs) finds a text anywhere in the
-- topics and messages. Scanning 100 000 topics and 400 000 messages took over 250 ms; a
-- trigram index finds the rows holding every three-character piece of the text in a few
-- milliseconds, and the search then checks those few with its exact LIKE (`cargo bench
-- --bench web` measures it).
--
-- FTS5's trigram tokenizer, with external content (the text stays only in `messages`, keyed
-- by `message_id`, which a VACUUM cannot renumber as it may a plain rowid) and
-- `detail=none` (no positions: the LIKE it serves needs none), which keeps the index to
-- about 80 bytes a message. Triggers keep it in step with every insert, change and delete.
CREATE VIRTUAL TABLE message_search USING fts5(
    content,
    content = 'messages',
    content_rowid = 'message_id',
    tokenize = 'trigram',
    detail = none
);
INSERT INTO message_search (message_search) VALUES ('rebuild');

CREATE TRIGGER message_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_search (rowid, content) VALUES (new.message_id, new.content);
END;
CREATE TRIGGER message_search_delete AFTER DELETE ON messages BEGIN
    INSERT INTO message_search (message_search, rowid, content)
        VALUES ('delete', old.message_id, old.content);
END;
CREATE TRIGGER message_search_update AFTER UPDATE OF message_id, content ON messages BEGIN
    INSERT INTO message_search (message_search, rowid, content)
        VALUES ('delete', old.message_id, old.content);
    INSERT INTO message_search (rowid, content) VALUES (new.message_id, new.content);
END;

-- The same for the tickets' topics, keyed by the ticket's id (an INTEGER PRIMARY KEY).
CREATE VIRTUAL TABLE topic_search USING fts5(
    topic,
    content = 'tickets',
    content_rowid = 'id',
    tokenize = 'trigram',
    detail = none
);
INSERT INTO topic_search (topic_search) VALUES ('rebuild');

CREATE TRIGGER topic_search_insert AFTER INSERT ON tickets BEGIN
    INSERT INTO topic_search (rowid, topic) VALUES (new.id, new.topic);
END;
CREATE TRIGGER topic_search_delete AFTER DELETE ON tickets BEGIN
    INSERT INTO topic_search (topic_search, rowid, topic) VALUES ('delete', old.id, old.topic);
END;
CREATE TRIGGER topic_search_update AFTER UPDATE OF id, topic ON tickets BEGIN
    INSERT INTO topic_search (topic_search, rowid, topic) VALUES ('delete', old.id, old.topic);
    INSERT INTO topic_search (rowid, topic) VALUES (new.id, new.topic);
END;
