//! `concierge sandbox`: the emulator, a throwaway database, the responses folder and the
//! real bot in one process, driven from a terminal (or a script).

pub mod script;
pub mod world;
