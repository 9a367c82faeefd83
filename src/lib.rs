//! # nato-assurances
//!
//! A curated, schema-validated dataset of the pledges, assurances, treaties and declarations
//! made between NATO, its members and the USSR/Russia since 1990, the sources that record or
//! cite them, and the attributed claims people have made about them.
//!
//! The dataset records who said what, when, to whom, in what form and where it is documented.
//! Every judgement ("the pledge was broken", "no promise was made") is a [`Claim`] attributed
//! to its claimant, with the source where it appeared.
//!
//! The data is baked into the library at build time as one string blob and one array of
//! integers. The first call of [`dataset()`] decodes that array into the record types, once:
//! no parsing and no validation (the data was validated when it was baked), and no string is
//! copied (for the real data about 0.1 ms, or up to 0.7 ms as the first thing a fresh process
//! does, against about 9 ms for `Dataset::from_json` of the export; see BENCHMARKS.md). Every later call returns the same reference. Lookups by id are
//! binary searches of a compact table of id hashes (tens of nanoseconds).
//!
//! ```
//! use nato_assurances::{dataset, Stance};
//!
//! let ds = dataset();
//! let woerner = ds.actor_by_name("Woerner").unwrap();
//! for c in ds.commitments_by_actor(woerner.id()) {
//!     println!("{} {}: {}", c.date(), c.id(), c.title());
//!     for q in c.quotes() {
//!         let source = ds.quote_source(q).unwrap();
//!         println!("  “{}” — {}", q.text(), source.title());
//!     }
//!     for claim in ds.claims_about(c.id()) {
//!         let who = ds.actor(claim.claimant()).unwrap();
//!         println!("  {} {:?}", who.name(), claim.stances_about(c.id()));
//!     }
//! }
//! # assert!(ds.claims().any(|c| c.has_stance(Stance::AssertsBroken)));
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]
// Diagnostics are returned on the cold path only; boxing them would add noise for no gain.
#![allow(clippy::result_large_err)]

mod baked;
mod balance;
#[cfg(feature = "validate")]
pub mod check;
mod dataset;
mod date;
mod derive;
#[cfg(feature = "validate")]
mod fingerprint;
/// The baked tables, written by `build.rs` from `data/` at build time.
mod generated {
    include!(concat!(env!("OUT_DIR"), "/generated.rs"));
}
mod index;
#[cfg(feature = "validate")]
mod indexer;
#[cfg(feature = "schema")]
mod json_schema;
mod model;
pub mod patterns;
mod query;
pub mod vocab;

pub use balance::{Balance, CommitmentBalance, GroupVoices, OwnershipGap};
#[cfg(feature = "validate")]
pub use check::{Code, Diagnostic, Error};
pub use dataset::Dataset;
pub use date::{DateError, PartialDate, Precision, Qualifier};
pub use derive::Perspective;
pub use index::fold_name;
pub use model::{
    Actor, Affiliation, Archive, Claim, ClaimLink, ClaimQuote, Commitment, Event, EventActor,
    FirstAppearance, LocalName, OwnershipFact, Quote, ReadIn, RecordKind, Related, Role, Source,
    SourceRef, Target, Translation, Withdrawal,
};
pub use query::{Kind, Query, Record};
pub use vocab::{
    ActorKind, AffiliationKind, ClaimRelation, CommitmentKind, EventKind, EventRole, Form,
    LegalStatus, OwnershipFactKind, PerspectiveGroup, QuoteKind, Relation, Share, SourceKind,
    Stance, Topic, UnknownValue, Verification,
};

/// The release date of the embedded data: the date of its section in CHANGELOG.md (a test
/// keeps the two in step).
///
/// ```
/// let d: nato_assurances::PartialDate = nato_assurances::DATA_RELEASED.parse().unwrap();
/// assert!(d.year() >= 2026);
/// ```
pub const DATA_RELEASED: &str = "2026-12-04";

/// The fingerprint of the data as released on [`DATA_RELEASED`]: the value the release's
/// CHANGELOG.md heading records (a test keeps the two in step). When [`DATA_FINGERPRINT`]
/// differs, the embedded data has changed since that release — a working copy of `main`,
/// not the released data — and exports, citations and the site say it has no release date.
///
/// ```
/// let released = nato_assurances::DATA_RELEASE_FINGERPRINT;
/// assert!(released.starts_with("sha256:") && released.len() == 7 + 64);
/// let is_release = released == nato_assurances::DATA_FINGERPRINT;
/// # let _ = is_release;
/// ```
pub const DATA_RELEASE_FINGERPRINT: &str =
    "sha256:ae871cc5a114a9d9af9baffb2b975ab56e2acc97b1885c05f2a3a2da411c005e";

/// The fingerprint of the embedded data: `sha256:` and the SHA-256 of the canonical JSON of its
/// records (no version or date), computed by `build.rs`. Two copies hold the same data exactly
/// when their fingerprints are equal; `assurances export` writes it into `dataset.json` and
/// `datapackage.json`, and the release's CHANGELOG heading records it.
///
/// ```
/// let f = nato_assurances::DATA_FINGERPRINT;
/// assert!(f.starts_with("sha256:") && f.len() == 7 + 64);
/// ```
pub const DATA_FINGERPRINT: &str = generated::FINGERPRINT;

/// The version of the embedded data. It follows the crate version: corrections are patch
/// releases, new records minor releases, vocabulary or schema breaks major releases.
///
/// ```
/// assert_eq!(nato_assurances::dataset().version(), nato_assurances::DATA_VERSION);
/// ```
pub const DATA_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The embedded dataset, sorted by id, with its indexes.
///
/// The first call decodes the baked tables (a one-time cost, 0.1–0.7 ms for the real data);
/// later calls return the same `&'static` reference at the cost of one atomic load.
///
/// ```
/// let ds = nato_assurances::dataset();
/// let c = ds.commitment("woerner-khasbulatov-non-interference-1992").unwrap();
/// assert_eq!(c.place(), Some("Moscow"));
/// ```
pub fn dataset() -> &'static Dataset {
    static DATASET: std::sync::LazyLock<Dataset> = std::sync::LazyLock::new(Dataset::embedded);
    &DATASET
}

/// The README's examples, compiled and run as doctests (they use `Dataset::from_json`).
#[cfg(all(doctest, feature = "validate"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
