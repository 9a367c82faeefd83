//! The five record kinds and their parts.
//!
//! Fields are private: read them through accessor methods, so that the storage can
//! change without breaking users. Every type serves both the embedded (baked) tables
//! and records loaded from JSON.

use crate::date::PartialDate;
#[cfg(feature = "schema")]
use crate::json_schema::{ActorId, ClaimId, CommitmentId, Id, Language, SourceId, Url, WikidataId};
use crate::vocab::*;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
#[cfg(feature = "schema")]
use std::collections::BTreeSet;
use std::fmt;

mod actor;
mod claim;
mod commitment;
mod event;
mod parts;
mod source;
mod text;

pub use actor::Actor;
pub use claim::Claim;
pub use commitment::Commitment;
pub use event::Event;
pub(crate) use parts::names_map;
pub use parts::{
    Affiliation, Archive, ClaimLink, ClaimQuote, EventActor, FirstAppearance, LocalName,
    OwnershipFact, Quote, ReadIn, Related, Role, SourceRef, Target, Translation, Withdrawal,
};
pub use source::Source;
pub(crate) use text::{Str, Text};

/// A list of record parts. Decoded and loaded lists are owned; an empty list decoded from the
/// baked tables borrows a static empty slice, so that it costs no allocation.
pub(crate) type List<T> = Cow<'static, [T]>;

fn is_empty<T: Clone>(l: &List<T>) -> bool {
    l.is_empty()
}

fn opt(s: &Option<Str>) -> Option<&str> {
    s.as_deref()
}

/// The five kinds of record, with their directory and schema names.
///
/// ```
/// use nato_assurances::RecordKind;
/// assert_eq!(RecordKind::Commitment.dir(), "commitments");
/// assert_eq!("claim".parse::<RecordKind>(), Ok(RecordKind::Claim));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordKind {
    /// [`Actor`]
    Actor,
    /// [`Source`]
    Source,
    /// [`Commitment`]
    Commitment,
    /// [`Claim`]
    Claim,
    /// [`Event`]
    Event,
}

impl RecordKind {
    /// All kinds, in export order.
    pub const ALL: [RecordKind; 5] = [
        RecordKind::Actor,
        RecordKind::Source,
        RecordKind::Commitment,
        RecordKind::Claim,
        RecordKind::Event,
    ];

    /// The singular name (`commitment`).
    pub const fn name(self) -> &'static str {
        match self {
            RecordKind::Actor => "actor",
            RecordKind::Source => "source",
            RecordKind::Commitment => "commitment",
            RecordKind::Claim => "claim",
            RecordKind::Event => "event",
        }
    }

    /// The directory under `data/` and the key in the export (`commitments`).
    pub const fn dir(self) -> &'static str {
        match self {
            RecordKind::Actor => "actors",
            RecordKind::Source => "sources",
            RecordKind::Commitment => "commitments",
            RecordKind::Claim => "claims",
            RecordKind::Event => "events",
        }
    }
}

impl fmt::Display for RecordKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.name())
    }
}

impl std::str::FromStr for RecordKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, String> {
        RecordKind::ALL
            .into_iter()
            .find(|k| k.name() == s || k.dir() == s)
            .ok_or_else(|| format!("unknown record kind `{s}` (expected actor, source, commitment, claim or event)"))
    }
}
