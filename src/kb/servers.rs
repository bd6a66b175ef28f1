//! The shared knowledge base and each server's own: files directly in the responses folder
//! serve every server, files in `responses/<server id>/` serve only that server and override
//! a shared entry with the same id. The shared base is loaded and indexed once, whatever the
//! number of servers; a server's view matches against its own small base and the shared one
//! (without the entries it overrides) and takes the better answer.

use super::{Entry, KnowledgeBase, Match};
use crate::i18n::Lang;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// A server's own base: its entries, validated when the folder is read; indexed (and its
/// classifier trained) the first time the server needs it, so a start with many servers
/// costs what reading their files costs.
pub struct LazyBase {
    entries: Vec<Entry>,
    built: OnceLock<Arc<KnowledgeBase>>,
}

impl LazyBase {
    /// Entries to index when first needed.
    pub fn later(entries: Vec<Entry>) -> LazyBase {
        LazyBase {
            entries,
            built: OnceLock::new(),
        }
    }

    /// A base indexed already (a reload after an edit: the change answers at once).
    pub fn ready(kb: KnowledgeBase) -> LazyBase {
        let built = OnceLock::new();
        let _ = built.set(Arc::new(kb));
        LazyBase {
            entries: Vec::new(),
            built,
        }
    }

    /// The indexed base (indexing it now if this is the first time).
    pub fn get(&self) -> Arc<KnowledgeBase> {
        self.built
            .get_or_init(|| Arc::new(KnowledgeBase::from_entries(self.entries.clone())))
            .clone()
    }

    /// Whether it has been indexed.
    pub fn is_built(&self) -> bool {
        self.built.get().is_some()
    }
}

/// Every base: the shared one and each server's own.
#[derive(Clone)]
pub struct Bases {
    pub shared: Arc<KnowledgeBase>,
    pub servers: HashMap<u64, Arc<LazyBase>>,
}

/// What one server answers from: its own entries first, then the shared ones it does not
/// override.
#[derive(Clone)]
pub struct ServerKb {
    pub shared: Arc<KnowledgeBase>,
    pub own: Option<Arc<KnowledgeBase>>,
}

/// A match, with the base whose entries its indexes point into.
#[derive(Clone)]
pub struct ServerMatch {
    pub base: Arc<KnowledgeBase>,
    pub found: Match,
}

impl ServerMatch {
    /// The entry answered, if any.
    pub fn answered(&self) -> Option<&Entry> {
        self.found
            .answer
            .as_ref()
            .map(|a| &self.base.entries()[a.index])
    }
}

impl Bases {
    /// `guild`'s view.
    pub fn for_server(&self, guild: u64) -> ServerKb {
        ServerKb {
            shared: self.shared.clone(),
            own: self.servers.get(&guild).map(|l| l.get()),
        }
    }
}

impl ServerKb {
    /// Whether the server's own files hold an entry `id` (which then hides the shared one).
    pub fn overrides(&self, id: &str) -> bool {
        self.own.as_ref().is_some_and(|o| o.entry(id).is_some())
    }

    /// The languages the server's entries are matched in: its own base's, then the shared
    /// one's.
    pub fn languages(&self) -> Vec<Lang> {
        let mut langs = self.own.as_ref().map(|o| o.languages()).unwrap_or_default();
        for l in self.shared.languages() {
            if !langs.contains(&l) {
                langs.push(l);
            }
        }
        langs
    }

    /// The language a question is read in: detected among the server's languages; when that
    /// cannot be told, `server` (the server's language setting) if the base has it, else the
    /// language most of its entries are written in.
    pub fn language_of(&self, text: &str, server: Option<Lang>) -> Lang {
        let langs = self.languages();
        super::detect::detect(text, &langs)
            .or(server.filter(|l| langs.contains(l)))
            .unwrap_or(langs[0])
    }

    /// The best answer for a question asked in `channel`, read in its detected language.
    pub fn best_match_in(&self, text: &str, channel: Option<u64>) -> ServerMatch {
        self.best_match_for(text, channel, None)
    }

    /// The best answer for a question asked in `channel` ([`ServerKb::language_of`] with
    /// the server's language): the server's own base and the shared one (without what it
    /// overrides) are both asked; an answer beats no answer, and the more confident one wins.
    pub fn best_match_for(
        &self,
        text: &str,
        channel: Option<u64>,
        server: Option<Lang>,
    ) -> ServerMatch {
        let lang = self.language_of(text, server);
        self.best_match_as(text, lang, channel)
    }

    /// [`ServerKb::best_match_for`] with the question's language given.
    pub fn best_match_as(&self, text: &str, lang: Lang, channel: Option<u64>) -> ServerMatch {
        let shared = ServerMatch {
            base: self.shared.clone(),
            found: self
                .shared
                .best_match_as(text, lang, channel, |e| !self.overrides(&e.id)),
        };
        let Some(own) = &self.own else {
            return shared;
        };
        let own = ServerMatch {
            base: own.clone(),
            found: own.best_match_as(text, lang, channel, |_| true),
        };
        let key = |m: &ServerMatch| {
            (
                m.found.answer.is_some(),
                m.found
                    .answer
                    .as_ref()
                    .or(m.found.candidates.first())
                    .map_or(0.0, |c| c.score),
            )
        };
        if key(&own) >= key(&shared) {
            own
        } else {
            shared
        }
    }

    /// An entry by id: the server's own first.
    pub fn entry(&self, id: &str) -> Option<&Entry> {
        self.own
            .as_ref()
            .and_then(|o| o.entry(id))
            .or_else(|| self.shared.entry(id))
    }

    /// An entry by id, or else by title (any case).
    pub fn entry_by_id_or_title(&self, wanted: &str) -> Option<&Entry> {
        self.own
            .as_ref()
            .and_then(|o| o.entry_by_id_or_title(wanted))
            .or_else(|| {
                self.shared
                    .entry_by_id_or_title(wanted)
                    .filter(|e| !self.overrides(&e.id))
            })
    }

    /// Every entry this server answers from: its own, then the shared ones not overridden.
    pub fn entries(&self) -> Vec<&Entry> {
        let own = self.own.iter().flat_map(|o| o.entries());
        let shared = self
            .shared
            .entries()
            .iter()
            .filter(|e| !self.overrides(&e.id));
        own.chain(shared).collect()
    }

    /// Up to `limit` entries to suggest while an agent types (see
    /// [`KnowledgeBase::suggest`]): the server's own first.
    pub fn suggest(&self, topic: Option<&str>, typed: &str, limit: usize) -> Vec<&Entry> {
        let mut out: Vec<&Entry> = self
            .own
            .as_ref()
            .map(|o| o.suggest(topic, typed, limit))
            .unwrap_or_default();
        for e in self.shared.suggest(topic, typed, limit + out.len()) {
            if out.len() >= limit {
                break;
            }
            if !self.overrides(&e.id) {
                out.push(e);
            }
        }
        out
    }
}
