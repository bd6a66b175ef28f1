//! The dashboard's ticket list: one server's tickets, filtered (status, tier, category, tag,
//! holder, priority, opening period, text in the topic or in the messages), newest first, a
//! page at a time with the total. Three queries per page (rows, their tags, the count), each
//! written once for both databases; every value is bound, none formatted into the SQL.

use super::{from_ts, ts, with_pool, Store, StoreError};
use crate::tickets::{CategoryId, GuildId, Priority, Status, TicketId, TicketNo, Tier, UserId};
use chrono::{DateTime, Utc};
use std::collections::HashMap;

/// The most rows one page holds.
pub const MAX_PAGE_SIZE: u32 = 100;

/// Which category the listed tickets are in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CategoryFilter {
    /// This category (in use or removed).
    Is(CategoryId),
    /// No category at all.
    Uncategorised,
}

/// Which of a server's tickets to list. Every field is optional (its default lists every
/// ticket); the ones set must all hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TicketListFilter {
    /// In one of these statuses (empty: any status).
    pub statuses: Vec<Status>,
    /// At this tier.
    pub tier: Option<Tier>,
    /// In this category, or in none.
    pub category: Option<CategoryFilter>,
    /// Carrying this tag: its name as the server's list has it (lowercase, see
    /// [`crate::desk::tag_name`]).
    pub tag: Option<String>,
    /// Held by this agent (`claimed_by`: whoever holds it now, or held it when it closed).
    pub agent: Option<UserId>,
    /// At this priority.
    pub priority: Option<Priority>,
    /// Opened at or after this time.
    pub opened_from: Option<DateTime<Utc>>,
    /// Opened before this time.
    pub opened_before: Option<DateTime<Utc>>,
    /// Text found in the topic or in any of the ticket's messages: case-insensitive (on
    /// SQLite for ASCII letters only), taken literally (`%` and `_` are no wildcards). Empty
    /// or blank: no search.
    pub search: Option<String>,
}

/// Which page to show: `number` counts from 1; `size` is capped at [`MAX_PAGE_SIZE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PageRequest {
    pub number: u32,
    pub size: u32,
}

impl Default for PageRequest {
    /// The first page of 50.
    fn default() -> PageRequest {
        PageRequest {
            number: 1,
            size: 50,
        }
    }
}

impl PageRequest {
    /// The page as asked, brought into range: number at least 1, size 1 to [`MAX_PAGE_SIZE`].
    pub fn clamped(self) -> PageRequest {
        PageRequest {
            number: self.number.max(1),
            size: self.size.clamp(1, MAX_PAGE_SIZE),
        }
    }

    /// `LIMIT` and `OFFSET` of the clamped page.
    fn limit_offset(self) -> (i64, i64) {
        let p = self.clamped();
        let size = i64::from(p.size);
        (size, (i64::from(p.number) - 1) * size)
    }
}

/// One listed ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketListRow {
    pub id: TicketId,
    pub no: TicketNo,
    pub topic: String,
    pub status: Status,
    pub tier: Tier,
    pub priority: Priority,
    pub category: Option<CategoryId>,
    /// Its category's name (a removed category keeps its name).
    pub category_name: Option<String>,
    pub owner: UserId,
    /// The agent holding it (kept after close: who handled it).
    pub holder: Option<UserId>,
    pub opened_at: DateTime<Utc>,
    pub first_response_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    /// The owner's rating, 1 to 5.
    pub rating: Option<u8>,
    /// Its tags, by name.
    pub tags: Vec<String>,
}

/// One page of the list, and how many tickets match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketPage {
    pub rows: Vec<TicketListRow>,
    /// Tickets matching the filter, on every page.
    pub total: u64,
    /// The page shown (as clamped).
    pub page: PageRequest,
}

impl TicketPage {
    /// How many pages the matching tickets fill (at least 1, an empty first page).
    pub fn page_count(&self) -> u64 {
        self.total.div_ceil(u64::from(self.page.size.max(1))).max(1)
    }
}

/// A value bound to a placeholder.
enum Bind {
    Int(i64),
    Text(String),
}

/// The `WHERE` clause of a filter, with the values its placeholders take (`$1` is the server).
struct Where {
    sql: String,
    binds: Vec<Bind>,
}

impl Where {
    /// Adds a value; returns its placeholder.
    fn mark(&mut self, v: Bind) -> String {
        self.binds.push(v);
        format!("${}", self.binds.len())
    }

    fn and(&mut self, condition: &str) {
        self.sql.push_str(" AND ");
        self.sql.push_str(condition);
    }
}

/// The LIKE pattern finding `text` anywhere, lowercased, with `!`, `%` and `_` escaped by
/// `!` (the `ESCAPE '!'` both databases read the same; a backslash stays literal).
fn contains_pattern(text: &str) -> String {
    let mut p = String::with_capacity(text.len() + 2);
    p.push('%');
    for c in text.to_lowercase().chars() {
        if matches!(c, '!' | '%' | '_') {
            p.push('!');
        }
        p.push(c);
    }
    p.push('%');
    p
}

/// The database a query is written for, where the search differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Sqlite,
    Postgres,
}

impl Store {
    fn dialect(&self) -> Dialect {
        match self.pool {
            super::Pool::Sqlite(_) => Dialect::Sqlite,
            super::Pool::Postgres(_) => Dialect::Postgres,
        }
    }
}

/// The texts shorter than this find no trigram in the index: their search scans.
const TRIGRAM: usize = 3;

/// The condition on `t.id` finding the text bound at `m` (its [`contains_pattern`]) in a
/// topic of `$1`'s tickets or in a message. Each side is indexed (migration 0021), so each
/// reads only the rows holding the text's three-character pieces:
/// - PostgreSQL: pg_trgm's GIN indexes serve `lower(...) LIKE` as it is (Unicode case
///   folding); without the extension the same query scans.
/// - SQLite: `lower()` and `LIKE` both fold ASCII letters only, so `LIKE` alone is the same
///   test, without a lowered copy of every text. The topics and messages are narrowed first
///   by the FTS5 trigram tables with the pattern bound at `pre`: the text as a plain LIKE
///   pattern, as FTS5 uses its index only for a LIKE without `ESCAPE`. Where the text has a
///   `%` or `_` that pattern matches more, never less, and the exact `LIKE ... ESCAPE`
///   decides. A text under three characters has no trigram: it scans.
fn search_condition(dialect: Dialect, m: &str, pre: Option<&str>) -> String {
    match dialect {
        Dialect::Postgres => format!(
            "t.id IN (SELECT s.id FROM tickets s WHERE s.guild_id = $1 \
             AND lower(s.topic) LIKE {m} ESCAPE '!' \
             UNION SELECT m.ticket_id FROM messages m WHERE lower(m.content) LIKE {m} ESCAPE '!')"
        ),
        Dialect::Sqlite => {
            let (topics, messages) = pre.map_or((String::new(), String::new()), |pre| {
                (
                    format!(
                        "s.id IN (SELECT rowid FROM topic_search \
                         WHERE topic_search.topic LIKE {pre}) AND "
                    ),
                    format!(
                        "m.message_id IN (SELECT rowid FROM message_search \
                         WHERE message_search.content LIKE {pre}) AND "
                    ),
                )
            });
            format!(
                "t.id IN (SELECT s.id FROM tickets s WHERE {topics}s.guild_id = $1 \
                 AND s.topic LIKE {m} ESCAPE '!' \
                 UNION SELECT m.ticket_id FROM messages m WHERE {messages}\
                 m.content LIKE {m} ESCAPE '!')"
            )
        }
    }
}

/// The conditions of `f` on `tickets t` of `guild`.
fn conditions(dialect: Dialect, guild: GuildId, f: &TicketListFilter) -> Where {
    let mut w = Where {
        sql: "t.guild_id = $1".into(),
        binds: vec![Bind::Int(guild.to_db())],
    };
    let mut statuses: Vec<Status> = Vec::new();
    for s in &f.statuses {
        if !statuses.contains(s) {
            statuses.push(*s);
        }
    }
    if !statuses.is_empty() {
        let marks: Vec<String> = statuses
            .iter()
            .map(|s| w.mark(Bind::Text(s.as_str().into())))
            .collect();
        w.and(&format!("t.status IN ({})", marks.join(", ")));
    }
    if let Some(tier) = f.tier {
        let m = w.mark(Bind::Int(i64::from(tier.0)));
        w.and(&format!("t.tier = {m}"));
    }
    match f.category {
        Some(CategoryFilter::Is(c)) => {
            let m = w.mark(Bind::Int(c.0));
            w.and(&format!("t.category_id = {m}"));
        }
        Some(CategoryFilter::Uncategorised) => w.and("t.category_id IS NULL"),
        None => {}
    }
    if let Some(tag) = &f.tag {
        let m = w.mark(Bind::Text(tag.clone()));
        w.and(&format!(
            "EXISTS (SELECT 1 FROM ticket_tags tt JOIN tags g ON g.id = tt.tag_id \
             WHERE tt.ticket_id = t.id AND g.guild_id = $1 AND g.name = {m})"
        ));
    }
    if let Some(agent) = f.agent {
        let m = w.mark(Bind::Int(agent.to_db()));
        w.and(&format!("t.claimed_by = {m}"));
    }
    if let Some(p) = f.priority {
        let m = w.mark(Bind::Text(p.as_str().into()));
        w.and(&format!("t.priority = {m}"));
    }
    if let Some(from) = f.opened_from {
        let m = w.mark(Bind::Int(ts(from)));
        w.and(&format!("t.opened_at >= {m}"));
    }
    if let Some(before) = f.opened_before {
        let m = w.mark(Bind::Int(ts(before)));
        w.and(&format!("t.opened_at < {m}"));
    }
    if let Some(text) = f.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        // The texts are searched once for the whole list (`IN`), not once per ticket: a
        // correlated `EXISTS` probed every ticket's messages one by one (and made PostgreSQL
        // plan a subquery per ticket, costly enough to JIT-compile).
        let m = w.mark(Bind::Text(contains_pattern(text)));
        let pre = (dialect == Dialect::Sqlite && text.chars().count() >= TRIGRAM)
            .then(|| w.mark(Bind::Text(format!("%{}%", text.to_lowercase()))));
        w.and(&search_condition(dialect, &m, pre.as_deref()));
    }
    w
}

/// Binds `$binds` (a `&[Bind]`) in order onto a query of either backend.
macro_rules! bind_all {
    ($q:expr, $binds:expr) => {{
        let mut q = $q;
        for b in $binds {
            q = match b {
                Bind::Int(i) => q.bind(*i),
                Bind::Text(s) => q.bind(s.clone()),
            };
        }
        q
    }};
}

#[derive(sqlx::FromRow)]
struct ListRow {
    id: i64,
    number: i64,
    topic: String,
    status: String,
    tier: i64,
    priority: String,
    category_id: Option<i64>,
    category_name: Option<String>,
    owner_id: i64,
    claimed_by: Option<i64>,
    opened_at: i64,
    first_response_at: Option<i64>,
    closed_at: Option<i64>,
    rating: Option<i64>,
}

impl TryFrom<ListRow> for TicketListRow {
    type Error = StoreError;

    fn try_from(r: ListRow) -> Result<TicketListRow, StoreError> {
        Ok(TicketListRow {
            id: TicketId(r.id),
            no: TicketNo(r.number),
            topic: r.topic,
            status: Status::parse(&r.status)
                .ok_or_else(|| StoreError::Data(format!("ticket status `{}`", r.status)))?,
            tier: Tier(u8::try_from(r.tier.clamp(1, 255)).unwrap_or(u8::MAX)),
            priority: Priority::parse(&r.priority)
                .ok_or_else(|| StoreError::Data(format!("ticket priority `{}`", r.priority)))?,
            category: r.category_id.map(CategoryId),
            category_name: r.category_name,
            owner: UserId::from_db(r.owner_id),
            holder: r.claimed_by.map(UserId::from_db),
            opened_at: from_ts(r.opened_at),
            first_response_at: r.first_response_at.map(from_ts),
            closed_at: r.closed_at.map(from_ts),
            rating: r.rating.and_then(|s| u8::try_from(s).ok()),
            tags: Vec::new(),
        })
    }
}

/// The listed columns; the owner's rating by a subquery (one per ticket at most).
const LIST_COLS: &str = "t.id, t.number, t.topic, t.status, t.tier, t.priority, t.category_id, \
    c.name AS category_name, t.owner_id, t.claimed_by, t.opened_at, t.first_response_at, \
    t.closed_at, \
    (SELECT MAX(r.score) FROM ratings r WHERE r.ticket_id = t.id AND r.is_owner) AS rating";

/// Ticket ids per tags query: far below either database's limit on bound values.
const TAG_CHUNK: usize = 500;

impl Store {
    /// One page of `guild`'s tickets matching `filter`, newest opened first, with the total.
    pub async fn ticket_list(
        &self,
        guild: GuildId,
        filter: &TicketListFilter,
        page: PageRequest,
    ) -> Result<TicketPage, StoreError> {
        let page = page.clamped();
        let w = conditions(self.dialect(), guild, filter);
        let count_sql = format!("SELECT COUNT(*) FROM tickets t WHERE {}", w.sql);
        let total: i64 = with_pool!(self, |p| bind_all!(
            sqlx::query_scalar(&count_sql),
            &w.binds
        )
        .fetch_one(p)
        .await)?;
        let rows = self.list_rows(&w, Some(page)).await?;
        Ok(TicketPage {
            rows,
            total: u64::try_from(total).unwrap_or_default(),
            page,
        })
    }

    /// Every one of `guild`'s tickets matching `filter`, newest opened first (for an export).
    pub async fn ticket_list_all(
        &self,
        guild: GuildId,
        filter: &TicketListFilter,
    ) -> Result<Vec<TicketListRow>, StoreError> {
        self.list_rows(&conditions(self.dialect(), guild, filter), None)
            .await
    }

    /// The rows matching `w` (one page of them, or all), with their tags.
    async fn list_rows(
        &self,
        w: &Where,
        page: Option<PageRequest>,
    ) -> Result<Vec<TicketListRow>, StoreError> {
        let mut sql = format!(
            "SELECT {LIST_COLS} FROM tickets t \
             LEFT JOIN categories c ON c.id = t.category_id AND c.guild_id = t.guild_id \
             WHERE {} ORDER BY t.opened_at DESC, t.id DESC",
            w.sql
        );
        let paging = page.map(PageRequest::limit_offset);
        if paging.is_some() {
            let n = w.binds.len();
            sql.push_str(&format!(" LIMIT ${} OFFSET ${}", n + 1, n + 2));
        }
        let rows: Vec<ListRow> = with_pool!(self, |p| {
            let q = bind_all!(sqlx::query_as(&sql), &w.binds);
            match paging {
                Some((limit, offset)) => q.bind(limit).bind(offset).fetch_all(p).await,
                None => q.fetch_all(p).await,
            }
        })?;
        let mut rows: Vec<TicketListRow> = rows
            .into_iter()
            .map(TicketListRow::try_from)
            .collect::<Result<_, _>>()?;
        let ids: Vec<TicketId> = rows.iter().map(|r| r.id).collect();
        let mut tags = self.tag_names_of(&ids).await?;
        for r in &mut rows {
            r.tags = tags.remove(&r.id).unwrap_or_default();
        }
        Ok(rows)
    }

    /// The tags of each of `tickets`, by name (in chunks: one query for a page).
    async fn tag_names_of(
        &self,
        tickets: &[TicketId],
    ) -> Result<HashMap<TicketId, Vec<String>>, StoreError> {
        let mut out: HashMap<TicketId, Vec<String>> = HashMap::new();
        for chunk in tickets.chunks(TAG_CHUNK) {
            let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT tt.ticket_id, g.name FROM ticket_tags tt JOIN tags g ON g.id = tt.tag_id \
                 WHERE tt.ticket_id IN ({}) ORDER BY g.name",
                marks.join(", ")
            );
            let rows: Vec<(i64, String)> = with_pool!(self, |p| {
                let mut q = sqlx::query_as(&sql);
                for id in chunk {
                    q = q.bind(id.0);
                }
                q.fetch_all(p).await
            })?;
            for (ticket, name) in rows {
                out.entry(TicketId(ticket)).or_default().push(name);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_search_pattern_takes_wildcards_literally() {
        assert_eq!(contains_pattern("50%_Off!"), "%50!%!_off!!%");
        assert_eq!(contains_pattern(r"a\b"), r"%a\b%");
    }

    #[test]
    fn pages_are_clamped() {
        let p = PageRequest {
            number: 0,
            size: 1000,
        };
        assert_eq!(
            p.clamped(),
            PageRequest {
                number: 1,
                size: MAX_PAGE_SIZE
            }
        );
        assert_eq!(
            PageRequest { number: 3, size: 0 }.limit_offset(),
            (1, 2),
            "size 0 is 1"
        );
        assert_eq!(
            PageRequest {
                number: 3,
                size: 20
            }
            .limit_offset(),
            (20, 40)
        );
    }

    #[test]
    fn every_value_is_a_placeholder() {
        let f = TicketListFilter {
            statuses: vec![Status::Open, Status::Open, Status::Claimed],
            tag: Some("x' OR 1=1 --".into()),
            search: Some("'; DROP TABLE tickets; --".into()),
            category: Some(CategoryFilter::Uncategorised),
            ..TicketListFilter::default()
        };
        for (dialect, binds) in [(Dialect::Postgres, 5), (Dialect::Sqlite, 6)] {
            let w = conditions(dialect, GuildId(7), &f);
            assert!(
                !w.sql.contains("DROP") && !w.sql.contains("1=1"),
                "{}",
                w.sql
            );
            assert!(w.sql.contains("t.status IN ($2, $3)"), "{}", w.sql);
            assert!(w.sql.contains("t.category_id IS NULL"), "{}", w.sql);
            assert_eq!(w.binds.len(), binds, "{dialect:?}: the prefilter on SQLite");
        }
        let short = TicketListFilter {
            search: Some("ab".into()),
            ..TicketListFilter::default()
        };
        let w = conditions(Dialect::Sqlite, GuildId(7), &short);
        assert!(!w.sql.contains("message_search"), "{}", w.sql);
    }

    #[test]
    fn page_count_is_at_least_one() {
        let page = |total| TicketPage {
            rows: Vec::new(),
            total,
            page: PageRequest {
                number: 1,
                size: 10,
            },
        };
        assert_eq!(page(0).page_count(), 1);
        assert_eq!(page(10).page_count(), 1);
        assert_eq!(page(11).page_count(), 2);
    }
}
