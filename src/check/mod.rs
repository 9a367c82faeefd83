//! The checker (feature `validate`): every validation rule, in one place.
//!
//! `assurances validate` and [`Dataset::from_json`] both run a [`Checker`], so they apply the
//! same rules by construction. Each input is parsed once, into a located tree (`tree`), from
//! which come the typed records (`de`: unknown fields, missing fields, wrong types, values
//! outside a vocabulary, bad dates), the rules on every string (`text`), and the line:column
//! of every problem. The rules across records (`rules`: ids, references, duplicates, the
//! citation graph) run on the typed records; the rules on files (`files`: encoding, file name
//! = id, canonical form) run for a data directory only.
//!
//! Every problem is a [`Diagnostic`] with the file, line:column, JSON pointer, a stable
//! [`Code`], what is wrong and how to fix it; all problems are reported in one run.
//!
//! The checker never reads the clock: the future-date rule applies only when the caller says
//! what day it is ([`Checker::today`]).

mod de;
mod diagnostic;
mod files;
mod rules;
pub(crate) mod text;
mod tree;
mod voice;

pub use diagnostic::{Code, Diagnostic, Error};
pub use files::{canonical_json, read_data_dir, DataFile, MAX_RECORD_BYTES};
pub use text::is_kebab;
pub use tree::{pointer_token, MAX_DEPTH};
pub use voice::{judging_words, VOICE_WORDS_FILE};

use crate::model::*;
use crate::Dataset;
use chrono::NaiveDate;
use serde::Deserialize;

/// Largest export accepted by [`Dataset::from_json`], in bytes (64 MiB).
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Runs the rules. Without [`today`](Checker::today) it skips the future-date rule.
///
/// ```
/// use nato_assurances::check::Checker;
/// let json = nato_assurances::dataset().to_json();
/// let today = chrono::NaiveDate::from_ymd_opt(2100, 1, 1).unwrap(); // any day after the data
/// let ds = Checker::new().today(today).check_export(&json).unwrap();
/// assert_eq!(&ds, nato_assurances::dataset());
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct Checker {
    today: Option<NaiveDate>,
}

impl Checker {
    /// A checker with no "today": the future-date rule is off.
    ///
    /// ```
    /// let checker = nato_assurances::check::Checker::new();
    /// assert!(checker.check_export("{}").is_err());
    /// ```
    pub fn new() -> Checker {
        Checker::default()
    }

    /// Dates after `today` are errors (`future-date`).
    ///
    /// ```
    /// use nato_assurances::{check::Checker, Code};
    /// let json = nato_assurances::dataset().to_json();
    /// let long_ago = chrono::NaiveDate::from_ymd_opt(1995, 1, 1).unwrap();
    /// let err = Checker::new().today(long_ago).check_export(&json).unwrap_err();
    /// assert!(err.diagnostics().iter().any(|d| d.code() == Code::FutureDate));
    /// ```
    pub fn today(mut self, today: NaiveDate) -> Checker {
        self.today = Some(today);
        self
    }

    /// Checks a full export (the shape of `exports/dataset.json`): the dataset, or every
    /// problem found, located in the text (file name `<json>`).
    ///
    /// ```
    /// use nato_assurances::{check::Checker, Code};
    /// let err = Checker::new().check_export("{\"version\": \"1\", \"actors\": [], \"sources\": [], \"commitments\": [], \"claims\": [], \"events\": [], \"extra\": 1}").unwrap_err();
    /// assert_eq!(err.diagnostics()[0].code(), Code::UnknownField);
    /// ```
    pub fn check_export(&self, json: &str) -> Result<Dataset, Error> {
        const FILE: &str = "<json>";
        let text = files::decode(FILE, json.as_bytes(), MAX_INPUT_BYTES).map_err(one)?;
        let tree = tree::Tree::parse(FILE, text).map_err(one)?;
        let mut out = text::TextRules::run(&tree, self.today, None);
        let export = match de::from_tree::<ExportIn>(&tree, "schema/dataset.schema.json") {
            Ok(export) => export,
            Err(errors) => {
                out.extend(errors);
                return Err(Error::new(out));
            }
        };
        let input = rules::Input {
            actors: &export.actors,
            sources: &export.sources,
            commitments: &export.commitments,
            claims: &export.claims,
            events: &export.events,
        };
        for p in rules::run(&input, &rules::Options::default()) {
            let pointer = format!("/{}/{}{}", p.kind.dir(), p.index, p.pointer);
            out.push(tree.diagnostic(pointer, p.code, p.message, p.help));
        }
        if export.version.trim().is_empty() {
            let help = "give the data version, e.g. `0.2.0`";
            let message = "empty version".into();
            out.push(tree.diagnostic("/version".into(), Code::Version, message, help.into()));
        }
        let fingerprint = export.fingerprint;
        if !out.is_empty() {
            return Err(Error::new(out));
        }
        let ds = Dataset::assemble(
            export.version,
            export.actors,
            export.sources,
            export.commitments,
            export.claims,
            export.events,
        );
        if let Some(claimed) = fingerprint {
            let actual = crate::fingerprint::fingerprint(&ds.records_json());
            if claimed != actual {
                let message = format!("the fingerprint `{claimed}` is not that of the records");
                let help = format!(
                    "the records were changed after the fingerprint was computed; their \
                     fingerprint is `{actual}` (`assurances export` writes it)"
                );
                let d = tree.diagnostic("/fingerprint".into(), Code::Fingerprint, message, help);
                return Err(Error::new(vec![d]));
            }
        }
        Ok(ds)
    }
}

/// The fingerprint of a dataset's records (see [`crate::DATA_FINGERPRINT`]).
///
/// ```
/// let ds = nato_assurances::dataset();
/// assert_eq!(nato_assurances::check::fingerprint(ds), nato_assurances::DATA_FINGERPRINT);
/// ```
pub fn fingerprint(ds: &Dataset) -> String {
    crate::fingerprint::fingerprint(&ds.records_json())
}

fn one(d: Diagnostic) -> Error {
    Error::new(vec![d])
}

/// The shape of a full export, as read from JSON.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExportIn {
    version: String,
    /// The release date; checked as a date, not kept (a dataset is its records).
    #[allow(dead_code)]
    #[serde(default)]
    released: Option<crate::PartialDate>,
    /// The fingerprint of the records; checked against them, not kept.
    #[serde(default)]
    fingerprint: Option<String>,
    actors: Vec<Actor>,
    sources: Vec<Source>,
    commitments: Vec<Commitment>,
    claims: Vec<Claim>,
    events: Vec<Event>,
}

impl Dataset {
    /// Load a full export (the shape of `exports/dataset.json`) and run every rule that
    /// `assurances validate` runs (feature `validate`), but the future-date rule, which needs
    /// to know the date: use [`Checker::today`] and [`Checker::check_export`] for it.
    ///
    /// Unknown fields are errors, never dropped. Every problem is reported, each with
    /// line:column and JSON pointer.
    ///
    /// ```
    /// use nato_assurances::Dataset;
    /// let json = nato_assurances::dataset().to_json();
    /// let ds = Dataset::from_json(&json).unwrap();
    /// assert_eq!(&ds, nato_assurances::dataset());
    ///
    /// let bad = json.replacen("\"version\"", "\"versoin\"", 1);
    /// let err = Dataset::from_json(&bad).unwrap_err();
    /// assert!(err.to_string().contains("unknown field `versoin`"));
    /// ```
    pub fn from_json(json: &str) -> Result<Dataset, Error> {
        Checker::new().check_export(json)
    }
}

/// The closest candidate to `value` by edit distance (normalized Damerau–Levenshtein), if it
/// is close enough to be a typo: for "did you mean" help.
///
/// The cost is bounded on hostile input: strings longer than [`MAX_SUGGESTION_LEN`] are never
/// compared (no id or vocabulary value is that long), nor are two strings whose lengths alone
/// put them too far apart to be a typo of each other.
///
/// ```
/// let ids = ["manfred-woerner", "ruslan-khasbulatov"];
/// assert_eq!(nato_assurances::check::nearest("manfred-worner", ids), Some("manfred-woerner"));
/// assert_eq!(nato_assurances::check::nearest("xyz", ids), None);
/// ```
pub fn nearest<'a, I>(value: &str, candidates: I) -> Option<&'a str>
where
    I: IntoIterator<Item = &'a str>,
{
    /// Similarity below which a candidate is not suggested.
    const THRESHOLD: f64 = 0.6;
    if value.len() > MAX_SUGGESTION_LEN {
        return None;
    }
    let value_lower = value.to_lowercase();
    let mut best: Option<(f64, &'a str)> = None;
    for c in candidates {
        // A truncated or extended id ("example-org" for "example-organization") is a likely typo.
        let prefix = value.len() >= 3 && (c.starts_with(value) || value.starts_with(c));
        let (short, long) = (value.len().min(c.len()), value.len().max(c.len()));
        let too_far = (long - short) as f64 > (1.0 - THRESHOLD) * long as f64;
        let mut score = if c.len() > MAX_SUGGESTION_LEN || too_far {
            0.0
        } else {
            strsim::normalized_damerau_levenshtein(&value_lower, c)
        };
        if prefix {
            score = score.max(0.9);
        }
        if score >= THRESHOLD && best.is_none_or(|(b, _)| score > b) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

/// Longest string (in bytes) that [`nearest`] compares.
pub const MAX_SUGGESTION_LEN: usize = 128;
