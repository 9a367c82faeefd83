//! The `assurances` command as a library: argument definitions and commands, so that tests
//! and tools can call them directly. The binary is `src/main.rs`.
#![forbid(unsafe_code)]
#![allow(clippy::result_large_err)]

pub mod commands;
pub mod diff;
pub mod export;
pub mod schema;
pub mod synth;
pub mod validate;

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

/// Validate, format, generate, export and browse the nato-assurances dataset.
///
/// Run inside a checkout: the workspace root is found by walking up from the current
/// directory, as cargo does. `--data DIR` points at any other data directory.
#[derive(Parser, Debug)]
#[command(name = "assurances", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    /// The command to run.
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check every data file against its JSON Schema and the semantic rules; exit 1 on errors.
    Validate {
        /// The data directory (default: data/ of the enclosing checkout).
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Rewrite data files in canonical form (key order, 2-space indent, trailing newline).
    Fmt {
        /// Only list the files that differ; exit 1 if any does.
        #[arg(long)]
        check: bool,
        /// The data directory (default: data/ of the enclosing checkout).
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Write the JSON Schemas (schema/), derived from the record types.
    Generate {
        /// Write nothing; list the generated files that are stale and exit 1 if any is.
        #[arg(long)]
        check: bool,
    },
    /// Write the dataset for data consumers.
    Export {
        /// The output directory.
        #[arg(long)]
        out: PathBuf,
        /// What to write.
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Export this data directory instead of the embedded dataset.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Show one record, resolved: names beside ids, quotes with their sources, claims about it.
    Show {
        /// The record id (any kind).
        id: String,
        /// Print the record's canonical JSON instead.
        #[arg(long)]
        json: bool,
        /// Read this data directory instead of the embedded dataset.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// List records, filtered.
    List {
        /// What to list.
        #[arg(value_enum, default_value = "commitments")]
        what: ListKind,
        /// Only records of this kind (e.g. `assurance`, `news_article`, `person`).
        #[arg(long)]
        kind: Option<String>,
        /// Only records involving this actor (id or name).
        #[arg(long)]
        actor: Option<String>,
        /// Only records dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        from: Option<String>,
        /// Only records dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
        #[arg(long)]
        to: Option<String>,
        /// Only commitments on this topic (e.g. `nato_enlargement`).
        #[arg(long)]
        topic: Option<String>,
        /// Print a JSON array of the records instead of a table.
        #[arg(long)]
        json: bool,
        /// Read this data directory instead of the embedded dataset.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Compare two exports (dataset.json files): records added, removed and changed, field by field.
    Diff {
        /// The older export.
        old: PathBuf,
        /// The newer export.
        new: PathBuf,
        /// Print the differences as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Print a summary of the dataset: counts by kind, year, topic and verification, and the
    /// commitment × claimant stance matrix.
    Summary {
        /// Read this data directory instead of the embedded dataset.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Write a synthetic data directory with SCALE copies of every record (for benchmarks).
    #[command(hide = true)]
    Synth {
        /// How many copies of each record.
        #[arg(long)]
        scale: usize,
        /// The output data directory.
        #[arg(long)]
        out: PathBuf,
        /// The data directory to copy (default: data/ of the enclosing checkout).
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Scaffold a new record file with every required field to fill in.
    New {
        /// The kind of record.
        #[arg(value_enum)]
        kind: NewKind,
        /// The new record's id (kebab-case).
        #[arg(long)]
        id: String,
        /// The data directory (default: data/ of the enclosing checkout).
        #[arg(long)]
        data: Option<PathBuf>,
    },
}

/// Export formats.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// dataset.json: every record, canonical order.
    Json,
    /// csv/*.csv: one table per record kind plus link tables.
    Csv,
    /// datapackage.json (Frictionless Data Package) with the CSV tables it describes.
    Datapackage,
    /// All of the above.
    All,
}

/// Record collections to list.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum ListKind {
    /// Pledges, assurances, treaties, declarations…
    Commitments,
    /// Attributed claims.
    Claims,
    /// Documents.
    Sources,
    /// People, states, organizations, outlets.
    Actors,
    /// Context events.
    Events,
}

/// Record kinds for `new`.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum NewKind {
    /// A commitment.
    Commitment,
    /// A claim.
    Claim,
    /// A source.
    Source,
    /// An actor.
    Actor,
    /// An event.
    Event,
}

/// Parse the command line and run the command; the process exit code.
pub fn main_with_args() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate { data } => validate::run(data),
        Command::Fmt { check, data } => commands::fmt(check, data),
        Command::Generate { check } => commands::generate(check),
        Command::Export { out, format, data } => commands::export(&out, format, data),
        Command::Show { id, json, data } => commands::show(&id, json, data),
        Command::List {
            what,
            kind,
            actor,
            from,
            to,
            topic,
            json,
            data,
        } => commands::list(
            what,
            commands::Filters {
                kind,
                actor,
                from,
                to,
                topic,
            },
            json,
            data,
        ),
        Command::New { kind, id, data } => commands::new_record(kind, &id, data),
        Command::Diff { old, new, json } => diff::run(&old, &new, json),
        Command::Summary { data } => commands::summary(data),
        Command::Synth { scale, out, data } => {
            validate::data_dir(data).and_then(|d| synth::synth(&d, &out, scale))
        }
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}
