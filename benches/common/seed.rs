//! Large databases for the benches over the store: one server's tickets written by a few
//! `INSERT .. SELECT` statements (seconds for 100 000 tickets, where the desk's own calls
//! would take minutes), on SQLite or PostgreSQL, and fresh PostgreSQL databases to write
//! them into. The schema is the real one: the store's migrations run first.

use chrono::{DateTime, Utc};
use concierge::desk::{Desk, DeskRules};
use concierge::store::Store;
use concierge::tickets::category::CategoryDraft;
use concierge::tickets::{GuildId, UserId};
use sqlx::Connection;

/// What to write.
pub struct Seed {
    pub guild: GuildId,
    pub tickets: i64,
    /// Tickets are opened evenly over this many days up to now.
    pub days: i64,
    /// Messages per ticket (member and agent in turn); 0: none.
    pub messages: i64,
    /// Also each ticket's events (opened, claimed, reopened, closed, rated), 3 categories,
    /// 5 tags on every 7th ticket and every person's name: what the dashboard shows.
    pub history: bool,
}

/// The word only every [`SEARCH_EVERY`]th ticket's first message holds (nowhere else), for
/// a text search whose matches are known.
pub const SEARCH_WORD: &str = "invoice";
pub const SEARCH_EVERY: i64 = 50;
/// Ticket `i`'s owner is member `OWNERS + i`; the agents are 100 to 119.
pub const OWNERS: i64 = 1_000_000;

impl Seed {
    /// `tickets` over 30 days, tickets, ratings and auto-answers only (the KPI report's input).
    pub fn report(guild: GuildId, tickets: i64) -> Seed {
        Seed {
            guild,
            tickets,
            days: 30,
            messages: 0,
            history: false,
        }
    }

    /// `tickets` over 90 days with 4 messages each and their history (the dashboard's input).
    pub fn dashboard(guild: GuildId, tickets: i64) -> Seed {
        Seed {
            guild,
            tickets,
            days: 90,
            messages: 4,
            history: true,
        }
    }

    /// Seconds between two tickets' openings (ticket `i` opened `i * step` before now).
    pub fn step(&self) -> i64 {
        (self.days * 86_400 / self.tickets.max(1)).max(1)
    }

    /// Tickets opened in the last `days` days (up to the seeding's `now`, included).
    pub fn opened_within(&self, days: i64) -> i64 {
        (days * 86_400 / self.step()).min(self.tickets)
    }

    /// Tickets in status `open` (every 10th; the rest are closed).
    pub fn open_tickets(&self) -> i64 {
        self.tickets / 10
    }

    /// Tickets whose messages hold [`SEARCH_WORD`].
    pub fn search_hits(&self) -> i64 {
        if self.messages > 0 {
            self.tickets / SEARCH_EVERY
        } else {
            0
        }
    }
}

/// A raw connection to either database.
enum Conn {
    Sqlite(sqlx::SqliteConnection),
    Postgres(sqlx::PgConnection),
}

impl Conn {
    async fn connect(url: &str) -> Conn {
        if url.starts_with("sqlite:") {
            Conn::Sqlite(sqlx::SqliteConnection::connect(url).await.expect("connect"))
        } else {
            Conn::Postgres(sqlx::PgConnection::connect(url).await.expect("connect"))
        }
    }

    async fn run(&mut self, what: &str, sql: &str) {
        let done = match self {
            Conn::Sqlite(c) => sqlx::raw_sql(sql).execute(c).await.map(|_| ()),
            Conn::Postgres(c) => sqlx::raw_sql(sql).execute(c).await.map(|_| ()),
        };
        if let Err(e) = done {
            panic!("seeding {what}: {e}\n{sql}");
        }
    }

    async fn close(self) {
        match self {
            Conn::Sqlite(c) => c.close().await.ok(),
            Conn::Postgres(c) => c.close().await.ok(),
        };
    }
}

/// `CASE {expr} % n WHEN 0 THEN 'a' WHEN 1 THEN 'b' .. END` over `texts`.
fn pick(expr: &str, texts: &[&str]) -> String {
    let whens: Vec<String> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| format!("WHEN {i} THEN '{t}'"))
        .collect();
    format!("CASE {expr} % {} {} END", texts.len(), whens.join(" "))
}

const TOPICS: &[&str] = &[
    "Cannot log in after the update",
    "Payment failed twice",
    "Refund for last month",
    "The app crashes on start",
    "How do I change my email address",
    "Lost my 2FA phone",
    "Sync stopped working",
    "Feature request: dark mode",
];

const QUESTIONS: &[&str] = &[
    "hi, since this morning I cannot sign in, it says my password is wrong but I reset it twice",
    "my card was charged but the order still shows as unpaid, can someone look at it please",
    "I cancelled before the renewal date and was still charged, I would like my money back",
    "the desktop app closes right after the splash screen, reinstalling did not help",
    "I moved to a new address and want my account to use it, where is that setting",
    "my phone with the authenticator app broke, how do I get back into my account",
    "files I change on my laptop no longer show up on my phone, it worked last week",
    "would it be possible to add a dark theme, the white background hurts at night",
];

/// Writes `seed` into the (new, empty) database at `url`, opened evenly over `seed.days`
/// days up to `now`. Ticket `i` (1 = the newest) is open if `i % 10 = 0`, else closed;
/// every third closed ticket is rated; half as many auto-answers as tickets.
pub async fn fill(url: &str, now: DateTime<Utc>, seed: &Seed) {
    let store = Store::open(url).await.expect("open the store (migrations)");
    let mut categories = Vec::new();
    if seed.history {
        // Categories and tags through the desk, as moderators make them.
        let desk = Desk::new(store.clone(), DeskRules::default());
        for name in ["Billing", "Technical", "Account"] {
            let draft = CategoryDraft {
                name: name.into(),
                description: format!("{name} questions"),
                ..CategoryDraft::default()
            };
            let c = desk
                .create_category(seed.guild, &draft, UserId(7), now)
                .await
                .expect("category");
            categories.push(c.id.0);
        }
        for tag in ["bug", "refund", "vip", "follow-up", "duplicate"] {
            desk.create_tag(seed.guild, tag, "", UserId(7), now)
                .await
                .expect("tag");
        }
    }
    store.close().await;

    let mut c = Conn::connect(url).await;
    let (g, n, now) = (seed.guild.to_db(), seed.tickets, now.timestamp());
    let span = seed.days * 86_400;
    // Seconds between two openings (25 for 100 000 tickets over 30 days).
    let step = seed.step();
    let category = if categories.is_empty() {
        "NULL".to_string()
    } else {
        let whens: Vec<String> = categories
            .iter()
            .enumerate()
            .map(|(k, id)| format!("WHEN {} THEN {id}", k + 1))
            .collect();
        format!(
            "CASE i % {} {} ELSE NULL END",
            categories.len() + 1,
            whens.join(" ")
        )
    };
    let opened = format!("{now} - (i * {step}) % {span}");
    c.run(
        "tickets",
        &format!(
            "WITH RECURSIVE n(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < {n}) \
             INSERT INTO tickets (guild_id, number, owner_id, opened_by, topic, tier, status, priority, claimed_by, \
               opened_at, first_response_at, first_responder, closed_at, closed_by, reopen_count, \
               agent_responses, sla_due_at, first_sla_due_at, category_id) \
             SELECT {g}, i, {OWNERS} + i, {OWNERS} + i, {topic}, 1 + i % 3, CASE WHEN i % 10 = 0 THEN 'open' ELSE 'closed' END, \
               CASE WHEN i % 17 = 0 THEN 'urgent' ELSE 'normal' END, 100 + i % 20, \
               {opened}, {opened} + (i * 7919) % 7200, 100 + i % 20, \
               CASE WHEN i % 10 = 0 THEN NULL ELSE {opened} + 7200 + i % 3600 END, 100 + i % 20, \
               CASE WHEN i % 13 = 0 THEN 1 ELSE 0 END, 1 + i % 4, NULL, {opened} + 3600, {category} FROM n",
            topic = pick("i", TOPICS),
        ),
    )
    .await;
    c.run(
        "ratings",
        &format!(
            "INSERT INTO ratings (ticket_id, rater_id, score, is_owner, at) \
             SELECT id, owner_id, 1 + id % 5, TRUE, closed_at FROM tickets \
             WHERE guild_id = {g} AND closed_at IS NOT NULL AND id % 3 = 0"
        ),
    )
    .await;
    let answers = n / 2;
    let answer_step = (span / answers.max(1)).max(1);
    c.run(
        "answers",
        &format!(
            "WITH RECURSIVE n(i) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT i + 1 FROM n WHERE i < {answers}) \
             INSERT INTO answers (guild_id, message_id, channel_id, asker_id, entry_id, score, at, ticket_id) \
             SELECT {g}, i, 5, i, 'entry', 0.8, {now} - (i * {answer_step}) % {span}, \
               CASE WHEN i % 4 = 0 THEN i ELSE NULL END FROM n"
        ),
    )
    .await;
    if seed.messages > 0 {
        // Member and agent in turn: the question, an answer, the member's reply, ...
        let replies = [
            "Thanks for reaching out! Could you tell me which version you are on and whether it started after the last update?",
            "I am on the latest version and it started yesterday evening, nothing else changed on my side",
            "That is a known problem and a fix is rolling out today; signing out and in again works around it meanwhile",
            "that did it, thank you for the quick help",
        ];
        c.run(
            "messages",
            &format!(
                "WITH RECURSIVE k(k) AS (SELECT CAST(1 AS BIGINT) UNION ALL SELECT k + 1 FROM k WHERE k < {m}) \
                 INSERT INTO messages (message_id, ticket_id, author_id, author_name, kind, at, content) \
                 SELECT t.id * 100 + k.k, t.id, \
                   CASE WHEN k.k % 2 = 1 THEN t.owner_id ELSE t.claimed_by END, \
                   CASE WHEN k.k % 2 = 1 THEN 'member ' || t.owner_id ELSE 'Agent ' || t.claimed_by END, \
                   CASE WHEN k.k % 2 = 1 THEN 'member' ELSE 'agent' END, \
                   CASE WHEN k.k = 1 THEN t.opened_at ELSE t.first_response_at + (k.k - 2) * 300 END, \
                   CASE WHEN k.k = 1 THEN {question} || \
                     CASE WHEN t.id % {SEARCH_EVERY} = 0 THEN ' (my {SEARCH_WORD} number is ' || t.id || ')' ELSE '' END \
                   ELSE {reply} END \
                 FROM tickets t, k WHERE t.guild_id = {g}",
                m = seed.messages,
                question = pick("t.id", QUESTIONS),
                reply = pick("k.k", &[replies[2], replies[3], replies[0], replies[1]]),
            ),
        )
        .await;
    }
    if seed.history {
        for (what, sql) in [
            (
                "opened events",
                "SELECT id, owner_id, 'opened', opened_at FROM tickets",
            ),
            (
                "claimed events",
                "SELECT id, claimed_by, 'claimed', first_response_at - 60 FROM tickets WHERE claimed_by IS NOT NULL",
            ),
            (
                "reopened events",
                "SELECT id, owner_id, 'reopened', closed_at - 1800 FROM tickets WHERE reopen_count > 0 AND closed_at IS NOT NULL",
            ),
            (
                "closed events",
                "SELECT id, closed_by, 'closed', closed_at FROM tickets WHERE closed_at IS NOT NULL",
            ),
            (
                "rated events",
                "SELECT ticket_id, rater_id, 'rated', at FROM ratings",
            ),
        ] {
            c.run(
                what,
                &format!("INSERT INTO events (ticket_id, actor_id, kind, at) {sql}"),
            )
            .await;
        }
        c.run(
            "ticket tags",
            &format!(
                "INSERT INTO ticket_tags (ticket_id, tag_id, added_by, added_at) \
                 SELECT t.id, g.id, t.claimed_by, t.opened_at + 600 FROM tickets t \
                 JOIN tags g ON g.guild_id = t.guild_id \
                 WHERE t.guild_id = {g} AND t.id % 7 = 0 AND g.id % 5 = (t.id / 7) % 5"
            ),
        )
        .await;
        c.run(
            "names",
            &format!(
                "INSERT INTO people (user_id, name, seen_at) \
                 SELECT owner_id, 'member ' || owner_id, opened_at FROM tickets WHERE guild_id = {g} \
                 UNION SELECT DISTINCT claimed_by, 'Agent ' || claimed_by, {now} FROM tickets \
                 WHERE guild_id = {g} AND claimed_by IS NOT NULL"
            ),
        )
        .await;
    }
    if let Conn::Postgres(_) = c {
        // What autovacuum does within a minute of a bulk change: statistics for the planner,
        // and the visibility map that lets index-only scans skip the table. SQLite gets
        // none: the store never runs ANALYZE, so its planner works without statistics.
        c.run("vacuum", "VACUUM ANALYZE").await;
    }
    c.close().await;
}

/// A fresh PostgreSQL database on the server `admin` names; drop it with [`drop_postgres`].
/// Returns its URL and name.
pub async fn fresh_postgres(admin: &str, label: &str) -> (String, String) {
    let name = format!("concierge_bench_{label}_{}", std::process::id());
    let mut c = sqlx::PgConnection::connect(admin)
        .await
        .expect("connect to PostgreSQL");
    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .execute(&mut c)
        .await
        .expect("drop an old bench database");
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut c)
        .await
        .expect("create bench database");
    c.close().await.ok();
    (with_database(admin, &name), name)
}

/// Drops a database [`fresh_postgres`] made.
pub async fn drop_postgres(admin: &str, name: &str) {
    if let Ok(mut c) = sqlx::PgConnection::connect(admin).await {
        sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
            .execute(&mut c)
            .await
            .ok();
        c.close().await.ok();
    }
}

/// `url` with its database name replaced by `db` (its query, if any, kept).
pub fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| i + scheme_end);
    let mut out = format!("{}/{}", &base[..path_start], db);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}
