//! `concierge sandbox`: the emulator, a throwaway database, the responses folder and the
//! real bot in one process, driven from a terminal (or a script), in a set-up server and
//! one not set up yet.

pub mod activity;
pub mod components;
mod dashboard;
mod moves;
mod news;
mod pick;
pub mod render;
pub mod repl;
pub mod script;
pub mod servers;
pub mod slash;
pub mod world;
