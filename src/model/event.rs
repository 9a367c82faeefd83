//! [`Event`]: context.

use super::*;

/// Context: an enlargement, summit, suspension, withdrawal, document release or conflict.
///
/// ```
/// use nato_assurances::EventKind;
/// let ds = nato_assurances::dataset();
/// assert!(ds.events().any(|e| e.kind() == EventKind::DocumentRelease));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// The record's id, equal to its file name without `.json`.
    #[cfg_attr(feature = "schema", schemars(with = "Id"))]
    pub(crate) id: Str,
    /// What kind of event.
    pub(crate) kind: EventKind,
    /// A neutral title.
    pub(crate) title: Str,
    /// When it happened or began.
    pub(crate) date: PartialDate,
    /// When it ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) end_date: Option<PartialDate>,
    /// The actors involved, each with its role (an enlargement lists the states that joined
    /// with the role `joined`).
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<EventActor>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) actors: List<EventActor>,
    /// Related commitments.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<CommitmentId>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) commitments: List<Str>,
    /// Sources that record it.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeSet<SourceRef>", length(min = 1))
    )]
    pub(crate) sources: List<SourceRef>,
    /// A neutral summary.
    pub(crate) summary: Str,
    /// Editorial notes: what could not be checked, conflicting sources, open questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
    /// Set when the record is withdrawn. Withdrawn records stay so that their ids keep
    /// resolving.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) withdrawn: Option<Withdrawal>,
}

impl Event {
    /// The stable kebab-case id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// What kind of event.
    pub fn kind(&self) -> EventKind {
        self.kind
    }
    /// A neutral title.
    pub fn title(&self) -> &str {
        &self.title
    }
    /// When it happened (or began).
    pub fn date(&self) -> PartialDate {
        self.date
    }
    /// When it ended.
    pub fn end_date(&self) -> Option<PartialDate> {
        self.end_date
    }
    /// The actors involved, with their roles.
    pub fn actors(&self) -> &[EventActor] {
        &self.actors
    }
    /// Ids of the related commitments.
    pub fn commitments(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.commitments.iter().map(|a| &**a)
    }
    /// The sources that record it.
    pub fn sources(&self) -> &[SourceRef] {
        &self.sources
    }
    /// A neutral summary.
    pub fn summary(&self) -> &str {
        &self.summary
    }
    /// Editorial notes.
    pub fn notes(&self) -> Option<&str> {
        opt(&self.notes)
    }
    /// Set when the record was withdrawn.
    pub fn withdrawn(&self) -> Option<&Withdrawal> {
        self.withdrawn.as_ref()
    }
}
