-- The Discord locale each person last used the bot in (interactions carry it), so what the
-- bot posts in their ticket's thread later (the rating prompt, an agent's status lines) is in
-- their language, not only its replies to their own clicks (src/bot/locale.rs).
CREATE TABLE member_locales (
    user_id BIGINT PRIMARY KEY,
    locale TEXT NOT NULL,
    seen_at BIGINT NOT NULL
);
