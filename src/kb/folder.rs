//! Finding and reading the response files of a folder, safely: the folder is the moderators'
//! (or anyone's with write access), so nothing in it may hang, loop or exhaust the process.
//!
//! - Only regular files named `*.toml` are read; a symlink to a regular file is fine. A FIFO,
//!   socket or device named `*.toml` (or a symlink to one, like `/dev/zero`) is a problem,
//!   never opened for a blocking read.
//! - Sub-folders are read; a symlink to a folder is followed once: a folder reached twice
//!   (`a -> .`, or two links to one place) is read once, so loops end. A file reached twice
//!   through links is read once too.
//! - Each file may be at most [`MAX_FILE_BYTES`], the whole folder at most
//!   [`MAX_FOLDER_BYTES`]; bigger is a problem `file: too large (N MB, the limit is M MB)`.
//! - Listing and reading stop after [`READ_TIME_LIMIT`] with a problem saying where.

use super::files::{FileKind, Problem, What};
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The largest response file.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;
/// The most all response files of a folder may hold together.
pub const MAX_FOLDER_BYTES: u64 = 128 * 1024 * 1024;
/// The longest listing and reading a folder may take.
pub const READ_TIME_LIMIT: Duration = Duration::from_secs(20);
/// The most folders visited (a guard against enormous trees, beside the loop check).
pub const MAX_FOLDERS: usize = 10_000;

/// A response file found, with its size.
#[derive(Debug, Clone)]
pub struct Found {
    pub path: PathBuf,
    pub bytes: u64,
}

fn problem(file: &Path, what: What) -> Problem {
    Problem::of(file, what)
}

fn cannot_read(err: std::io::Error) -> What {
    What::CannotReadFile {
        error: err.to_string(),
    }
}

/// The server a folder belongs to, when its name is a server id (all digits).
pub fn server_of(path: &Path) -> Option<u64> {
    let name = path.file_name()?.to_str()?;
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    name.parse().ok().filter(|&id| id > 0)
}

/// The servers' own folders directly in `dir` (`responses/<server id>/`), by server.
pub fn server_folders(dir: &Path) -> Vec<(u64, PathBuf)> {
    let Ok(read) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut out: Vec<(u64, PathBuf)> = read
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .filter_map(|p| server_of(&p).map(|g| (g, p)))
        .collect();
    out.sort();
    out
}

/// Lists the response files below `dir`, sorted by path, or the problems that stop a load.
/// Servers' own folders directly in `dir` ([`server_of`]) are left out: they are loaded on
/// their own.
pub fn list(dir: &Path, deadline: Instant) -> Result<Vec<Found>, Vec<Problem>> {
    let root = std::fs::canonicalize(dir).map_err(|err| {
        let what = if err.kind() == std::io::ErrorKind::NotFound {
            What::NoSuchFolder
        } else {
            What::CannotReadResponsesFolder {
                error: err.to_string(),
            }
        };
        vec![problem(dir, what)]
    })?;
    if !root.is_dir() {
        return Err(vec![problem(dir, What::NotAFolder)]);
    }
    let mut seen_dirs = HashSet::from([root.clone()]);
    let mut seen_files = HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut out = Vec::new();
    let mut problems = Vec::new();
    let mut total = 0u64;
    while let Some(d) = stack.pop() {
        if Instant::now() > deadline {
            problems.push(problem(&d, too_slow()));
            break;
        }
        let read = match std::fs::read_dir(&d) {
            Ok(read) => read,
            Err(err) => {
                problems.push(problem(
                    &d,
                    What::CannotReadFolder {
                        error: err.to_string(),
                    },
                ));
                continue;
            }
        };
        for item in read.flatten() {
            let path = item.path();
            // `.toml` alone counts too (Rust sees no extension there).
            let is_toml = item.file_name().to_string_lossy().ends_with(".toml");
            // `metadata` follows symlinks: what the entry really is.
            let meta = match std::fs::metadata(&path) {
                Ok(m) => m,
                Err(err) if is_toml => {
                    problems.push(problem(&path, cannot_read(err)));
                    continue;
                }
                Err(_) => continue, // a dangling link that is not a response file
            };
            if meta.is_dir() {
                // A server's own folder (`responses/<server id>/`) is that server's, not
                // part of the shared base.
                if d == dir && server_of(&path).is_some() {
                    continue;
                }
                let Ok(real) = std::fs::canonicalize(&path) else {
                    continue;
                };
                if seen_dirs.len() >= MAX_FOLDERS {
                    problems.push(problem(&path, What::TooManyFolders { limit: MAX_FOLDERS }));
                    break;
                }
                if seen_dirs.insert(real) {
                    stack.push(path);
                }
                continue;
            }
            if !is_toml {
                continue;
            }
            if !meta.is_file() {
                problems.push(problem(&path, What::NotARegularFile { kind: kind(&meta) }));
                continue;
            }
            if let Ok(real) = std::fs::canonicalize(&path) {
                if !seen_files.insert(real) {
                    continue; // the same file through another link
                }
            }
            if meta.len() > MAX_FILE_BYTES {
                problems.push(problem(&path, too_large(meta.len(), MAX_FILE_BYTES)));
                continue;
            }
            total += meta.len();
            out.push(Found {
                path,
                bytes: meta.len(),
            });
        }
    }
    if total > MAX_FOLDER_BYTES {
        problems.push(problem(
            dir,
            What::FolderTooLarge {
                bytes: total,
                limit: MAX_FOLDER_BYTES,
            },
        ));
    }
    if problems.is_empty() {
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    } else {
        Err(problems)
    }
}

fn too_large(bytes: u64, limit: u64) -> What {
    What::FileTooLarge { bytes, limit }
}

fn too_slow() -> What {
    What::TooSlow {
        seconds: READ_TIME_LIMIT.as_secs(),
    }
}

#[cfg(unix)]
fn kind(meta: &std::fs::Metadata) -> FileKind {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        FileKind::Fifo
    } else if t.is_socket() {
        FileKind::Socket
    } else if t.is_char_device() || t.is_block_device() {
        FileKind::Device
    } else {
        FileKind::Other
    }
}

#[cfg(not(unix))]
fn kind(_: &std::fs::Metadata) -> FileKind {
    FileKind::Other
}

/// Reads one listed file: opened without blocking (a file swapped for a FIFO after the
/// listing cannot hang the read), checked to be a regular file again, and read up to its cap.
pub fn read(found: &Found, deadline: Instant) -> Result<Vec<u8>, Problem> {
    let path = &found.path;
    if Instant::now() > deadline {
        return Err(problem(path, too_slow()));
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // An open that would wait (a FIFO with no writer) returns at once; regular files
        // ignore the flag.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(path)
        .map_err(|err| problem(path, cannot_read(err)))?;
    let meta = file
        .metadata()
        .map_err(|err| problem(path, cannot_read(err)))?;
    if !meta.is_file() {
        return Err(problem(path, What::NotARegularFile { kind: kind(&meta) }));
    }
    let mut bytes =
        Vec::with_capacity(usize::try_from(meta.len().min(MAX_FILE_BYTES)).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| problem(path, cannot_read(err)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(problem(path, too_large(bytes.len() as u64, MAX_FILE_BYTES)));
    }
    Ok(bytes)
}
