//! The command-line verbs: one file per verb (or verb group), each with its clap `Args` and a
//! `run`.

pub mod backup;
pub mod config;
pub mod dashboard;
mod database;
pub mod guild;
pub mod kb;
pub mod migrate;
pub mod sandbox;
pub mod stats;
pub mod transcript;
