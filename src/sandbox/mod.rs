//! `concierge sandbox`: the emulator, a throwaway database, the responses folder and the
//! real bot in one process, driven from a terminal (or a script).

pub mod activity;
pub mod render;
pub mod repl;
pub mod script;
pub mod slash;
pub mod world;
