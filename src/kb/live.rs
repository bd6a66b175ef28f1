//! Hot reload: the current knowledge bases (the shared one and each server's own, see
//! [`super::servers`]) behind a cheap handle, swapped atomically when the responses folder
//! changes. Only the part that changed is read again: a server's folder, or the shared
//! files. A broken edit never replaces a working base: the last good one keeps answering and
//! every problem is reported.

use super::files::What;
use super::folder::{server_folders, server_of};
use super::servers::{Bases, LazyBase, ServerKb};
use super::{KnowledgeBase, Problem};
use notify::{RecursiveMode, Watcher};
use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// How long the folder must be quiet after a change before it is read (editors save in
/// several steps).
pub const DEBOUNCE: Duration = Duration::from_millis(400);

/// Knowledge bases that can be replaced while readers hold the old ones.
#[derive(Clone)]
pub struct LiveKb {
    dir: PathBuf,
    current: Arc<RwLock<Arc<Bases>>>,
}

/// What a successful reload loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloaded {
    pub entries: usize,
    pub patterns: usize,
}

/// The result of a reload: the new base's size, or every problem (the old base stays).
pub type ReloadResult = Result<Reloaded, Vec<Problem>>;

/// Which part of the folder a reload read: the shared files, or one server's folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    Shared,
    Server(u64),
}

/// Keeps the folder watched while alive.
pub struct WatchGuard {
    _watcher: notify::RecommendedWatcher,
}

fn sized(kb: &KnowledgeBase) -> Reloaded {
    Reloaded {
        entries: kb.entries().len(),
        patterns: kb.pattern_count(),
    }
}

impl LiveKb {
    /// Loads the shared files and reads every server's folder (each server's own base is
    /// indexed when that server first needs it); fails with every problem if any file does
    /// not validate.
    pub fn load(dir: &Path) -> Result<LiveKb, Vec<Problem>> {
        let shared = KnowledgeBase::load(dir);
        let mut problems = Vec::new();
        let mut servers = HashMap::new();
        for (guild, folder) in server_folders(dir) {
            match super::files::load_dir(&folder) {
                Ok(entries) => {
                    servers.insert(guild, Arc::new(LazyBase::later(entries)));
                }
                Err(p) => problems.extend(p),
            }
        }
        let shared = match shared {
            Ok(kb) => kb,
            Err(mut p) => {
                p.extend(problems);
                return Err(p);
            }
        };
        if !problems.is_empty() {
            return Err(problems);
        }
        Ok(LiveKb {
            dir: dir.to_path_buf(),
            current: Arc::new(RwLock::new(Arc::new(Bases {
                shared: Arc::new(shared),
                servers,
            }))),
        })
    }

    /// The folder these bases are read from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// A server's own folder.
    pub fn server_dir(&self, guild: u64) -> PathBuf {
        self.dir.join(guild.to_string())
    }

    fn bases(&self) -> Arc<Bases> {
        self.current
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// The shared base in use now; cheap (one `Arc` clone).
    pub fn current(&self) -> Arc<KnowledgeBase> {
        self.bases().shared.clone()
    }

    /// How many servers' own bases are indexed so far (each is indexed when first needed).
    pub fn indexed_servers(&self) -> usize {
        self.bases()
            .servers
            .values()
            .filter(|l| l.is_built())
            .count()
    }

    /// What `guild` answers from now: its own entries, then the shared ones.
    pub fn for_server(&self, guild: u64) -> ServerKb {
        self.bases().for_server(guild)
    }

    /// Reads one part again; swaps it in only if every file validates. Indexing happens
    /// before the swap, so answers never wait for it. A server folder that is gone leaves
    /// that server with the shared base only.
    pub fn reload_part(&self, part: Part) -> ReloadResult {
        let loaded = match part {
            Part::Shared => KnowledgeBase::load(&self.dir).map(Some),
            Part::Server(g) => {
                let folder = self.server_dir(g);
                if folder.is_dir() {
                    KnowledgeBase::load(&folder).map(Some)
                } else {
                    Ok(None)
                }
            }
        }?;
        let report = loaded.as_ref().map_or(
            Reloaded {
                entries: 0,
                patterns: 0,
            },
            sized,
        );
        let mut current = self
            .current
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let mut bases = Bases::clone(&current);
        match (part, loaded) {
            (Part::Shared, Some(kb)) => bases.shared = Arc::new(kb),
            (Part::Server(g), Some(kb)) => {
                bases.servers.insert(g, Arc::new(LazyBase::ready(kb)));
            }
            (Part::Server(g), None) => {
                bases.servers.remove(&g);
            }
            (Part::Shared, None) => {}
        }
        *current = Arc::new(bases);
        Ok(report)
    }

    /// Deletes a server's own folder (its data is being deleted); from then on it answers
    /// from the shared entries only.
    pub fn forget_server(&self, guild: u64) -> std::io::Result<()> {
        match std::fs::remove_dir_all(self.server_dir(guild)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
        // The folder is gone: the reload drops the server's base and cannot fail.
        let _ = self.reload_part(Part::Server(guild));
        Ok(())
    }

    /// Reads everything again (the shared files and every server's folder); each part that
    /// validates is swapped in, and every problem is reported.
    pub fn reload(&self) -> ReloadResult {
        let mut parts = vec![Part::Shared];
        parts.extend(
            server_folders(&self.dir)
                .into_iter()
                .map(|(g, _)| Part::Server(g)),
        );
        parts.extend(self.bases().servers.keys().map(|g| Part::Server(*g)));
        parts.sort();
        parts.dedup();
        let mut total = Reloaded {
            entries: 0,
            patterns: 0,
        };
        let mut problems = Vec::new();
        for part in parts {
            match self.reload_part(part) {
                Ok(r) => {
                    total.entries += r.entries;
                    total.patterns += r.patterns;
                }
                Err(p) => problems.extend(p),
            }
        }
        if problems.is_empty() {
            Ok(total)
        } else {
            Err(problems)
        }
    }

    /// The part of the folder a changed path belongs to: a server's when it is (in) a
    /// folder named by a server id directly in the responses folder, else the shared files.
    fn part_of(&self, root: &Path, path: &Path) -> Part {
        let rel = path
            .strip_prefix(root)
            .or_else(|_| path.strip_prefix(&self.dir))
            .unwrap_or(path);
        rel.components()
            .next()
            .and_then(|first| server_of(Path::new(&first)))
            .map_or(Part::Shared, Part::Server)
    }

    /// Watches the folder and reloads what changed after each burst of changes, calling
    /// `report` with the part and the outcome (on the watcher's own thread). Stops when the
    /// guard is dropped.
    pub fn watch(
        &self,
        report: impl Fn(Part, ReloadResult) + Send + 'static,
    ) -> notify::Result<WatchGuard> {
        let (tx, rx) = mpsc::channel::<Vec<PathBuf>>();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if let Ok(event) = event {
                    if !event.kind.is_access() {
                        let _ = tx.send(event.paths);
                    }
                }
            })?;
        watcher.watch(&self.dir, RecursiveMode::Recursive)?;
        let live = self.clone();
        // Events name absolute paths; the folder may have been given relative.
        let root = std::fs::canonicalize(&self.dir).unwrap_or_else(|_| self.dir.clone());
        std::thread::Builder::new()
            .name("kb-reload".into())
            .spawn(move || {
                while let Ok(first) = rx.recv() {
                    let mut paths = first;
                    while let Ok(more) = rx.recv_timeout(DEBOUNCE) {
                        paths.extend(more);
                    }
                    let parts: BTreeSet<Part> = if paths.is_empty() {
                        BTreeSet::from([Part::Shared])
                    } else {
                        paths.iter().map(|p| live.part_of(&root, p)).collect()
                    };
                    for part in parts {
                        // Whatever is in the folder, the watcher lives on to the next change.
                        let outcome =
                            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                                live.reload_part(part)
                            }))
                            .unwrap_or_else(|_| {
                                Err(vec![Problem::of(&live.dir, What::ReloadFailed)])
                            });
                        report(part, outcome);
                    }
                }
            })
            .map_err(|e| notify::Error::generic(&e.to_string()))?;
        Ok(WatchGuard { _watcher: watcher })
    }
}
