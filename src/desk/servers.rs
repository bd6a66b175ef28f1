//! Each server's settings and the desk rules they make, read through a cache that a change
//! invalidates; changes validated as a whole (every problem at once) and audited; the
//! single-server `.env` seeding a server's settings the first time.

use super::{Desk, DeskError};
use crate::settings::{keys, Audited, Change, Problem, ServerSettings, Source};
use crate::store::StoreError;
use crate::tickets::{Category, CategoryId, DeskRules, GuildId, UserId};
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The servers' settings by server, with when each was read.
#[derive(Clone, Default)]
pub(super) struct Cache(Arc<Mutex<HashMap<GuildId, Cached>>>);

/// A server's cache slot: the settings loaded and when, and how many times they were
/// forgotten. A load that began before a change is not kept after it: its generation is
/// stale (a reader racing a write would otherwise put the old settings back for
/// [`FRESH_FOR`]).
#[derive(Default)]
struct Cached {
    loaded: Option<(Instant, Arc<Server>)>,
    generation: u64,
}

impl Cache {
    fn slots(&self) -> std::sync::MutexGuard<'_, HashMap<GuildId, Cached>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The cached server if still fresh, else the generation a load starting now has.
    fn fresh(&self, guild: GuildId) -> Result<Arc<Server>, u64> {
        let slots = self.slots();
        let slot = slots.get(&guild);
        match slot.and_then(|c| c.loaded.as_ref()) {
            Some((at, s)) if at.elapsed() < FRESH_FOR => Ok(s.clone()),
            _ => Err(slot.map_or(0, |c| c.generation)),
        }
    }

    /// Keeps a server loaded from `generation`, unless it was forgotten since.
    fn keep(&self, guild: GuildId, generation: u64, server: &Arc<Server>) {
        let mut slots = self.slots();
        let slot = slots.entry(guild).or_default();
        if slot.generation == generation {
            slot.loaded = Some((Instant::now(), server.clone()));
        }
    }

    /// Forgets a server: the next read loads it again.
    fn forget(&self, guild: GuildId) {
        let mut slots = self.slots();
        let slot = slots.entry(guild).or_default();
        slot.generation += 1;
        slot.loaded = None;
    }
}

/// How long cached settings are used before they are read again: a change made through this
/// desk is seen at once, one made by another process (`concierge config import` while the
/// bot runs) within this time.
pub const FRESH_FOR: Duration = Duration::from_secs(15);

/// A server as the desk works it: its settings, the rules they make, and its categories.
#[derive(Debug, Clone)]
pub struct Server {
    pub guild: GuildId,
    pub settings: ServerSettings,
    pub rules: DeskRules,
    /// Whether any setting is stored for it (else everything is at its default).
    pub configured: bool,
    /// Its ticket categories in use, in panel order (none: every ticket is alike).
    pub categories: Vec<Category>,
    /// Each category's team role, removed categories included (their open tickets are
    /// still worked by their team).
    pub teams: Vec<(CategoryId, u64)>,
    /// The rules of each category's tickets ([`DeskRules::for_category`]), removed
    /// categories included: a ticket keeps its category's rules.
    category_rules: Vec<(CategoryId, DeskRules)>,
}

impl Server {
    /// A server at its defaults, for unit tests.
    #[cfg(test)]
    pub(crate) fn for_tests() -> Server {
        Server {
            guild: GuildId(1),
            settings: ServerSettings::default(),
            rules: DeskRules::default(),
            configured: false,
            categories: Vec::new(),
            teams: Vec::new(),
            category_rules: Vec::new(),
        }
    }

    /// A category in use, by id.
    pub fn category(&self, id: Option<CategoryId>) -> Option<&Category> {
        id.and_then(|id| self.categories.iter().find(|c| c.id == id))
    }

    /// A category in use, by name (any case).
    pub fn category_named(&self, name: &str) -> Option<&Category> {
        let name = name.trim();
        self.categories
            .iter()
            .find(|c| c.name.to_lowercase() == name.to_lowercase())
    }

    /// The rules of a ticket in `category` (the server's for none).
    pub fn rules_for(&self, category: Option<CategoryId>) -> &DeskRules {
        category
            .and_then(|id| self.category_rules.iter().find(|(c, _)| *c == id))
            .map_or(&self.rules, |(_, r)| r)
    }
}

/// A change refused: each bad setting with what is wrong (said in the reader's language by
/// [`Problem::text`], in English by its `Display`), or the database.
#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("{}", list(.0))]
    Invalid(Vec<(String, Problem)>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn list(problems: &[(String, Problem)]) -> String {
    problems
        .iter()
        .map(|(k, p)| format!("{k}: {p}"))
        .collect::<Vec<_>>()
        .join("\n")
}

impl From<SettingsError> for DeskError {
    fn from(e: SettingsError) -> DeskError {
        match e {
            SettingsError::Store(e) => DeskError::Store(e),
            SettingsError::Invalid(p) => DeskError::Store(StoreError::Data(list(&p))),
        }
    }
}

impl From<DeskError> for SettingsError {
    fn from(e: DeskError) -> SettingsError {
        match e {
            DeskError::Store(e) => SettingsError::Store(e),
            DeskError::Refused(r) => SettingsError::Store(StoreError::Data(r.to_string())),
        }
    }
}

/// What seeding from `.env` did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seeded {
    /// The first time: these settings were written from `.env`.
    Now(Vec<Change>),
    /// Seeded before (or set another way): the database is the source of truth; these
    /// settings in `.env` say something else than it.
    Disagrees(Vec<String>),
    /// `.env` says what the database says.
    Agrees,
}

impl Desk {
    /// `guild`'s settings and rules (cached; a change through the desk refreshes them). A
    /// server with nothing stored has the defaults, and the desk's own rules.
    pub async fn server(&self, guild: GuildId) -> Result<Arc<Server>, DeskError> {
        let generation = match self.servers.fresh(guild) {
            Ok(server) => return Ok(server),
            Err(generation) => generation,
        };
        let values = self.store.settings_of(guild).await?;
        let all = self.store.categories(guild, true).await?;
        let mut server = if values.is_empty() {
            Server {
                guild,
                settings: ServerSettings::default(),
                rules: self.rules.clone(),
                configured: false,
                categories: Vec::new(),
                teams: Vec::new(),
                category_rules: Vec::new(),
            }
        } else {
            let settings = ServerSettings::check_values(&values).map_err(|p| {
                StoreError::Data(format!(
                    "the stored settings of server {guild}: {}",
                    list(&p)
                ))
            })?;
            let rules = settings
                .rules()
                .map_err(|e| StoreError::Data(format!("server {guild}: {e}")))?;
            Server {
                guild,
                settings,
                rules,
                configured: true,
                categories: Vec::new(),
                teams: Vec::new(),
                category_rules: Vec::new(),
            }
        };
        server.category_rules = all
            .iter()
            .map(|c| (c.category.id, server.rules.for_category(&c.category)))
            .collect();
        server.teams = all
            .iter()
            .filter_map(|c| c.category.team_role.map(|r| (c.category.id, r)))
            .collect();
        server.categories = all
            .into_iter()
            .filter(|c| c.removed_at.is_none())
            .map(|c| c.category)
            .collect();
        let server = Arc::new(server);
        self.servers.keep(guild, generation, &server);
        Ok(server)
    }

    /// Forgets the cached settings of `guild` (they are read again when next needed).
    pub fn forget_server(&self, guild: GuildId) {
        self.servers.forget(guild);
    }

    /// Sets (`Some`) or resets to the default (`None`) settings of `guild`. The settings as
    /// they would be are checked as a whole first (every problem at once, nothing written on
    /// error); then written in one transaction, each change audited with `actor` and
    /// `source`. Returns the settings that changed.
    pub async fn change_settings(
        &self,
        guild: GuildId,
        changes: &[(String, Option<String>)],
        actor: Option<UserId>,
        source: Source,
        now: DateTime<Utc>,
    ) -> Result<Vec<Change>, SettingsError> {
        let mut values = self.store.settings_of(guild).await?;
        let mut normalised = Vec::new();
        let mut problems = Vec::new();
        for (name, new) in changes {
            let Some(key) = keys::by_name(name) else {
                problems.push((name.clone(), Problem::NoSuchSetting));
                continue;
            };
            let new = new.as_deref().map(str::trim).filter(|v| !v.is_empty());
            match new.map(|raw| key.check(raw)) {
                None => {
                    values.remove(key.name);
                    normalised.push((key.name.to_string(), None));
                }
                Some(Ok(v)) => {
                    let text = v.text();
                    // A value equal to the default is stored as unset.
                    let text = (text != key.default_text()).then_some(text);
                    match &text {
                        Some(t) => values.insert(key.name.to_string(), t.clone()),
                        None => values.remove(key.name),
                    };
                    normalised.push((key.name.to_string(), text));
                }
                Some(Err(p)) => problems.push((key.name.to_string(), p)),
            }
        }
        if problems.is_empty() {
            if let Err(p) = ServerSettings::check_values(&values) {
                problems = p;
            }
        }
        if !problems.is_empty() {
            return Err(SettingsError::Invalid(problems));
        }
        let done = self
            .store
            .change_settings(guild, &normalised, actor, source, now)
            .await;
        self.forget_server(guild);
        Ok(done?)
    }

    /// Replaces all of `guild`'s settings with `values` (a settings file): those not in it go
    /// back to their defaults. Checked as a whole first; audited as an import.
    pub async fn import_settings(
        &self,
        guild: GuildId,
        values: &BTreeMap<String, String>,
        now: DateTime<Utc>,
    ) -> Result<Vec<Change>, SettingsError> {
        let changes: Vec<(String, Option<String>)> = keys::KEYS
            .iter()
            .map(|k| (k.name.to_string(), values.get(k.name).cloned()))
            .chain(
                values
                    .iter()
                    .filter(|(k, _)| keys::by_name(k).is_none())
                    .map(|(k, v)| (k.clone(), Some(v.clone()))),
            )
            .collect();
        self.change_settings(guild, &changes, None, Source::Import, now)
            .await
    }

    /// The single-server `.env`'s server settings for `guild`: written the first time (an
    /// existing deployment upgrades with no action); afterwards the database is the source
    /// of truth, and the settings `.env` says otherwise are named.
    pub async fn seed_from_env(
        &self,
        guild: GuildId,
        env: &ServerSettings,
        now: DateTime<Utc>,
    ) -> Result<Seeded, SettingsError> {
        self.store.adopt_unscoped(guild).await?;
        let stored = self.store.settings_of(guild).await?;
        let seeded = self.store.seeded_at(guild).await?;
        if seeded.is_none() && stored.is_empty() {
            let changes: Vec<(String, Option<String>)> = env
                .changed_values()
                .into_iter()
                .map(|(k, v)| (k, Some(v)))
                .collect();
            let done = self
                .change_settings(guild, &changes, None, Source::Env, now)
                .await?;
            return Ok(Seeded::Now(done));
        }
        let server = self.server(guild).await?;
        let differ: Vec<String> = env
            .values()
            .into_iter()
            .zip(server.settings.values())
            .filter(|((_, a), (_, b))| a != b)
            .map(|((k, _), _)| k.env.to_string())
            .collect();
        Ok(if differ.is_empty() {
            Seeded::Agrees
        } else {
            Seeded::Disagrees(differ)
        })
    }

    /// The newest `limit` setting changes of `guild`, newest first.
    pub async fn settings_audit(
        &self,
        guild: GuildId,
        limit: u32,
    ) -> Result<Vec<Audited>, DeskError> {
        Ok(self.store.settings_audit(guild, limit).await?)
    }

    /// Whether the database holds settings or tickets for `guild`.
    pub async fn knows_guild(&self, guild: GuildId) -> Result<bool, DeskError> {
        Ok(self.store.guild_known(guild).await?)
    }

    /// The servers the database holds settings or tickets for.
    pub async fn known_guilds(&self) -> Result<Vec<GuildId>, DeskError> {
        Ok(self.store.known_guilds().await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_load_begun_before_a_change_is_not_kept_after_it() {
        let cache = Cache::default();
        let g = GuildId(1);
        let old = Arc::new(Server::for_tests());
        // A reader starts loading; meanwhile a write forgets the server.
        let began = cache.fresh(g).unwrap_err();
        cache.forget(g);
        cache.keep(g, began, &old);
        let next = cache.fresh(g).expect_err("the stale load was not kept");
        // A load begun after the change is kept.
        cache.keep(g, next, &old);
        assert!(Arc::ptr_eq(&cache.fresh(g).unwrap(), &old));
        cache.forget(g);
        assert!(cache.fresh(g).is_err());
    }
}
