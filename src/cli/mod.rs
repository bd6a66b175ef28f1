//! The command-line verbs: one file per verb group, each with an `Args` (clap) and a `run`.

pub mod db;
pub mod kb;
pub mod sandbox;
