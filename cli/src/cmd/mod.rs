//! The subcommands, one module each. Every `run` returns the process exit code, or an error
//! message that `main` prints with exit code 2.

pub mod balance;
pub mod cite;
pub mod diff;
pub mod export;
pub mod fmt;
pub mod generate;
pub mod list;
pub mod new;
pub mod show;
pub mod site;
pub mod summary;
pub mod synth;
pub mod validate;
