//! [`Commitment`]: a pledge, assurance, treaty, declaration or agreement.

use super::*;

/// A pledge, assurance, treaty, declaration, agreement, concession, proposal or demand.
///
/// ```
/// use nato_assurances::{CommitmentKind, Form};
/// let c = nato_assurances::dataset()
///     .commitment("woerner-khasbulatov-non-interference-1992")
///     .unwrap();
/// assert_eq!(c.kind(), CommitmentKind::Assurance);
/// assert_eq!(c.form(), Form::Oral);
/// assert_eq!(c.made_by().collect::<Vec<_>>(), ["manfred-woerner"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// The record's id, equal to its file name without `.json`.
    #[cfg_attr(feature = "schema", schemars(with = "Id"))]
    pub(crate) id: Str,
    /// What kind of commitment.
    pub(crate) kind: CommitmentKind,
    /// A neutral, factual title: who, what, to whom.
    pub(crate) title: Str,
    /// When it was made or signed.
    pub(crate) date: PartialDate,
    /// When a multi-day meeting or negotiation ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) end_date: Option<PartialDate>,
    /// Where it was made, e.g. `Moscow`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) place: Option<Str>,
    /// The actors who made it.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeSet<ActorId>", length(min = 1))
    )]
    pub(crate) made_by: List<Str>,
    /// The actors it was made to.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<ActorId>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) made_to: List<Str>,
    /// The signatories of an instrument.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<ActorId>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) parties: List<Str>,
    /// The form in which it was made.
    pub(crate) form: Form,
    /// Its legal status as the instrument or the record shows it; `disputed` where the parties
    /// disagree.
    pub(crate) legal_status: LegalStatus,
    /// What it is about.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeSet<Topic>", length(min = 1))
    )]
    pub(crate) topics: List<Topic>,
    /// A neutral summary of what was said or agreed. Judgements belong in claims.
    pub(crate) summary: Str,
    /// Verbatim quotes.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<Quote>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) quotes: List<Quote>,
    /// The records of it and the works that cite it, each with a locator.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeSet<SourceRef>", length(min = 1))
    )]
    pub(crate) sources: List<SourceRef>,
    /// Relations to other commitments.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<Related>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) related: List<Related>,
    /// How well the record was checked.
    pub(crate) verification: Verification,
    /// Editorial notes: what could not be checked, conflicting sources, open questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
    /// Set when the record is withdrawn. Withdrawn records stay so that their ids keep
    /// resolving.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) withdrawn: Option<Withdrawal>,
}

impl Commitment {
    /// The stable kebab-case id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// What kind of commitment.
    pub fn kind(&self) -> CommitmentKind {
        self.kind
    }
    /// A neutral title.
    pub fn title(&self) -> &str {
        &self.title
    }
    /// When it was made (or signed), at the precision the sources give.
    pub fn date(&self) -> PartialDate {
        self.date
    }
    /// When a multi-day meeting or negotiation ended.
    pub fn end_date(&self) -> Option<PartialDate> {
        self.end_date
    }
    /// Where it was made.
    pub fn place(&self) -> Option<&str> {
        opt(&self.place)
    }
    /// Ids of the actors who made it.
    pub fn made_by(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.made_by.iter().map(|a| &**a)
    }
    /// Ids of the actors it was made to.
    pub fn made_to(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.made_to.iter().map(|a| &**a)
    }
    /// Ids of the signatories of an instrument.
    pub fn parties(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.parties.iter().map(|a| &**a)
    }
    /// Whether any of `made_by`, `made_to` or `parties` is `actor_id`.
    pub fn involves(&self, actor_id: &str) -> bool {
        self.made_by
            .iter()
            .chain(self.made_to.iter())
            .chain(self.parties.iter())
            .any(|a| a == actor_id)
    }
    /// Oral, public speech, written or signed instrument.
    pub fn form(&self) -> Form {
        self.form
    }
    /// Legally binding, politically binding, not binding or disputed.
    pub fn legal_status(&self) -> LegalStatus {
        self.legal_status
    }
    /// What it is about.
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }
    /// A neutral summary.
    pub fn summary(&self) -> &str {
        &self.summary
    }
    /// Verbatim quotes, each with speaker and source.
    pub fn quotes(&self) -> &[Quote] {
        &self.quotes
    }
    /// The sources that record or cite it, with locators.
    pub fn sources(&self) -> &[SourceRef] {
        &self.sources
    }
    /// Relations to other commitments.
    pub fn related(&self) -> &[Related] {
        &self.related
    }
    /// How well it was checked.
    pub fn verification(&self) -> Verification {
        self.verification
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
