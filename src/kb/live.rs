//! Hot reload: the current knowledge base behind a cheap handle, swapped atomically when
//! the responses folder changes. A broken edit never replaces a working base: the last
//! good one keeps answering and every problem is reported.

use super::{KnowledgeBase, Problem};
use notify::{RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// How long the folder must be quiet after a change before it is read (editors save in
/// several steps).
pub const DEBOUNCE: Duration = Duration::from_millis(400);

/// A knowledge base that can be replaced while readers hold the old one.
#[derive(Clone)]
pub struct LiveKb {
    dir: PathBuf,
    current: Arc<RwLock<Arc<KnowledgeBase>>>,
}

/// What a successful reload loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reloaded {
    pub entries: usize,
    pub patterns: usize,
}

/// The result of a reload: the new base's size, or every problem (the old base stays).
pub type ReloadResult = Result<Reloaded, Vec<Problem>>;

/// Keeps the folder watched while alive.
pub struct WatchGuard {
    _watcher: notify::RecommendedWatcher,
}

impl LiveKb {
    /// Loads the folder; fails with every problem if it does not validate.
    pub fn load(dir: &Path) -> Result<LiveKb, Vec<Problem>> {
        let kb = KnowledgeBase::load(dir)?;
        Ok(LiveKb {
            dir: dir.to_path_buf(),
            current: Arc::new(RwLock::new(Arc::new(kb))),
        })
    }

    /// The folder this base is read from.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The base in use now; cheap (one `Arc` clone).
    pub fn current(&self) -> Arc<KnowledgeBase> {
        self.current
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    /// Reads the folder again; swaps in the new base only if every file validates.
    /// Indexing happens before the swap, so answers never wait for it.
    pub fn reload(&self) -> ReloadResult {
        let kb = KnowledgeBase::load(&self.dir)?;
        let report = Reloaded {
            entries: kb.entries().len(),
            patterns: kb.pattern_count(),
        };
        *self
            .current
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(kb);
        Ok(report)
    }

    /// Watches the folder and reloads after each burst of changes, calling `report` with
    /// the outcome (on the watcher's own thread). Stops when the guard is dropped.
    pub fn watch(
        &self,
        report: impl Fn(ReloadResult) + Send + 'static,
    ) -> notify::Result<WatchGuard> {
        let (tx, rx) = mpsc::channel::<()>();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if let Ok(event) = event {
                    if !event.kind.is_access() {
                        let _ = tx.send(());
                    }
                }
            })?;
        watcher.watch(&self.dir, RecursiveMode::Recursive)?;
        let live = self.clone();
        std::thread::Builder::new()
            .name("kb-reload".into())
            .spawn(move || {
                while rx.recv().is_ok() {
                    while rx.recv_timeout(DEBOUNCE).is_ok() {}
                    // Whatever is in the folder, the watcher lives on to the next change.
                    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        live.reload()
                    }))
                    .unwrap_or_else(|_| {
                        Err(vec![Problem {
                            at: super::Location {
                                file: live.dir.clone(),
                                line: 0,
                            },
                            message: "reading the responses failed unexpectedly; the previous knowledge base keeps answering".into(),
                        }])
                    });
                    report(outcome);
                }
            })
            .map_err(|e| notify::Error::generic(&e.to_string()))?;
        Ok(WatchGuard { _watcher: watcher })
    }
}
