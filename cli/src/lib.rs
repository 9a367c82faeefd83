//! The `assurances` command as a library: argument definitions and commands, so that tests
//! and tools can call them directly. The binary is `src/main.rs`.
//!
//! - [`args`]: the clap definitions;
//! - [`cmd`]: one module per subcommand;
//! - [`present`]: the text views of records (`show`, `list`);
//! - [`workspace`]: finding the checkout, its data and the dataset to read;
//! - [`validate`], [`schema`], [`export`], [`diff`], [`synth`], [`site`]: the work behind the
//!   commands.
#![forbid(unsafe_code)]
#![allow(clippy::result_large_err)]

pub mod args;
pub mod cite;
pub mod cmd;
pub mod diff;
pub mod export;
pub mod out;
pub mod present;
pub mod schema;
pub mod site;
pub mod synth;
pub mod validate;
pub mod workspace;

pub use args::{Cli, Command};
use clap::Parser;
use std::process::ExitCode;

/// Parse the command line and run the command; the process exit code.
pub fn main_with_args() -> ExitCode {
    match run(Cli::parse().command) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

/// Run one command: its exit code, or the message of an error that stopped it.
pub fn run(command: Command) -> Result<ExitCode, String> {
    match command {
        Command::Validate { data } => cmd::validate::run(data),
        Command::Fmt { check, data } => cmd::fmt::run(check, data),
        Command::Generate { check } => cmd::generate::run(check),
        Command::Export { out, format, data } => cmd::export::run(&out, format, data),
        Command::Show { id, json, data } => cmd::show::run(&id, json, data),
        Command::List(args) => cmd::list::run(args),
        Command::New { kind, id, data } => cmd::new::run(kind, &id, data),
        Command::Diff { old, new, json } => cmd::diff::run(&old, &new, json),
        Command::Summary { data } => cmd::summary::run(data),
        Command::Balance { json, data } => cmd::balance::run(json, data),
        Command::Cite { id, format, data } => cmd::cite::run(id.as_deref(), format, data),
        Command::Site {
            out,
            base_url,
            data,
        } => cmd::site::run(&out, base_url.as_deref(), data),
        Command::Synth { scale, out, data } => cmd::synth::run(scale, &out, data),
    }
}
