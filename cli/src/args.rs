//! The command line: clap definitions, typed. Vocabulary values (kinds, topics) and dates
//! are parsed by their `FromStr`, so a bad value is a clap error that names the valid ones.

use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use nato_assurances::{
    ActorKind, CommitmentKind, EventKind, PartialDate, RecordKind, SourceKind, Topic,
};
use std::ffi::OsStr;
use std::path::PathBuf;
use std::str::FromStr;

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

/// The subcommands.
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
    List(ListArgs),
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
    /// Print a citation of the dataset, or of one record (its version, release date and
    /// fingerprint included).
    Cite {
        /// A record id (any kind); without it, the dataset.
        id: Option<String>,
        /// The format.
        #[arg(long, value_enum, default_value = "text")]
        format: crate::cite::Format,
        /// Read this data directory instead of the embedded dataset.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Whose voices the record holds: claims by perspective group and stance for each
    /// commitment, one-sided disputed commitments, outlets without ownership facts, claims
    /// without a first-appearance source.
    Balance {
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
        /// Read this data directory instead of the embedded dataset.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Print a summary of the dataset: counts by kind, year, topic and verification, and the
    /// commitment × claimant stance matrix.
    Summary {
        /// Read this data directory instead of the embedded dataset.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Write the browsable static site: home, timeline, stance matrix, search and one page per
    /// record. It needs no server and makes no request to another host: open DIR/index.html
    /// from disk, or publish DIR under any path.
    Site {
        /// The output directory (written afresh: files of an earlier build are replaced).
        #[arg(long)]
        out: PathBuf,
        /// The address the site will be published at (e.g.
        /// `https://example.github.io/nato-assurances/`), for the absolute links in its
        /// schema.org metadata; without it those links are relative.
        #[arg(long)]
        base_url: Option<String>,
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
        #[arg(value_parser = vocab(&RecordKind::ALL, RecordKind::name))]
        kind: RecordKind,
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
    /// parquet/*.parquet: the same tables, typed (dates, categorical vocabularies, integers).
    Parquet,
    /// All of the above.
    All,
}

/// `list [COLLECTION] [FILTERS]`: without a collection, commitments.
#[derive(Args, Debug)]
#[command(
    args_conflicts_with_subcommands = true,
    subcommand_value_name = "COLLECTION"
)]
pub struct ListArgs {
    /// What to list (default: commitments).
    #[command(subcommand)]
    pub collection: Option<Collection>,
    /// The filters when no collection is named.
    #[command(flatten)]
    pub commitments: CommitmentFilters,
}

/// Record collections to list, each with the filters that apply to it.
#[derive(Subcommand, Debug)]
pub enum Collection {
    /// Pledges, assurances, treaties, declarations… (the default).
    Commitments(CommitmentFilters),
    /// Attributed claims.
    Claims(ClaimFilters),
    /// Documents.
    Sources(SourceFilters),
    /// People, states, organizations, outlets.
    Actors(ActorFilters),
    /// Context events.
    Events(EventFilters),
}

/// Filters for commitments.
#[derive(Args, Debug, Clone, Default)]
pub struct CommitmentFilters {
    /// Only commitments of this kind.
    #[arg(long, value_parser = vocab(CommitmentKind::ALL, CommitmentKind::as_str))]
    pub kind: Option<CommitmentKind>,
    /// Only commitments on this topic.
    #[arg(long, value_parser = vocab(Topic::ALL, Topic::as_str))]
    pub topic: Option<Topic>,
    #[command(flatten)]
    pub dates: Dates,
    #[command(flatten)]
    pub common: Common,
}

/// Filters for claims (which have no kind).
#[derive(Args, Debug, Clone)]
pub struct ClaimFilters {
    #[command(flatten)]
    pub dates: Dates,
    #[command(flatten)]
    pub common: Common,
}

/// Filters for sources.
#[derive(Args, Debug, Clone)]
pub struct SourceFilters {
    /// Only sources of this kind.
    #[arg(long, value_parser = vocab(SourceKind::ALL, SourceKind::as_str))]
    pub kind: Option<SourceKind>,
    #[command(flatten)]
    pub dates: Dates,
    #[command(flatten)]
    pub common: Common,
}

/// Filters for actors (which have no dates).
#[derive(Args, Debug, Clone)]
pub struct ActorFilters {
    /// Only actors of this kind.
    #[arg(long, value_parser = vocab(ActorKind::ALL, ActorKind::as_str))]
    pub kind: Option<ActorKind>,
    #[command(flatten)]
    pub common: Common,
}

/// Filters for events.
#[derive(Args, Debug, Clone)]
pub struct EventFilters {
    /// Only events of this kind.
    #[arg(long, value_parser = vocab(EventKind::ALL, EventKind::as_str))]
    pub kind: Option<EventKind>,
    #[command(flatten)]
    pub dates: Dates,
    #[command(flatten)]
    pub common: Common,
}

/// The date filters.
#[derive(Args, Debug, Clone, Default)]
pub struct Dates {
    /// Only records dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub from: Option<PartialDate>,
    /// Only records dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long)]
    pub to: Option<PartialDate>,
}

/// The options every collection has.
#[derive(Args, Debug, Clone, Default)]
pub struct Common {
    /// Only records involving this actor (id or name): commitments it made, received or is
    /// party to, its claims, the sources it published, the events it took part in.
    #[arg(long)]
    pub actor: Option<String>,
    /// Print a JSON array of the records instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Read this data directory instead of the embedded dataset.
    #[arg(long)]
    pub data: Option<PathBuf>,
}

/// A value parser for a closed vocabulary: parses with the type's `FromStr` (whose error
/// names the valid values), suggests the nearest value, and lists the values in `--help`.
pub fn vocab<T: Copy>(values: &'static [T], name: fn(T) -> &'static str) -> Vocab<T> {
    Vocab { values, name }
}

/// See [`vocab`].
#[derive(Clone, Copy)]
pub struct Vocab<T: 'static> {
    values: &'static [T],
    name: fn(T) -> &'static str,
}

impl<T> TypedValueParser for Vocab<T>
where
    T: FromStr + Copy + Send + Sync + 'static,
    T::Err: Into<Box<dyn std::error::Error + Send + Sync + 'static>>,
{
    type Value = T;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<T, clap::Error> {
        let (name, values) = (self.name, self.values);
        let parse = move |s: &str| {
            s.parse::<T>().map_err(|e| {
                let names = values.iter().map(move |v| name(*v));
                match nato_assurances::check::nearest(s, names) {
                    Some(n) => format!("{}; did you mean `{n}`?", e.into()),
                    None => e.into().to_string(),
                }
            })
        };
        parse.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        let name = self.name;
        Some(Box::new(
            self.values
                .iter()
                .map(move |v| PossibleValue::new(name(*v))),
        ))
    }
}
