//! [`Claim`]: an attributed statement about commitments.

use super::*;

/// An attributed statement about one or more commitments.
///
/// ```
/// use nato_assurances::Stance;
/// let ds = nato_assurances::dataset();
/// let claim = ds
///     .claims_about("woerner-khasbulatov-non-interference-1992")
///     .find(|k| k.claimant() == "sputnik")
///     .unwrap();
/// assert!(claim.stances().contains(&Stance::AssertsBroken));
/// assert_eq!(ds.actor(claim.claimant()).unwrap().name(), "Sputnik");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Claim {
    /// The record's id, equal to its file name without `.json`.
    #[cfg_attr(feature = "schema", schemars(with = "Id"))]
    pub(crate) id: Str,
    /// Who made the claim (a person, government or outlet in its own voice).
    #[cfg_attr(feature = "schema", schemars(with = "ActorId"))]
    pub(crate) claimant: Str,
    /// When the claim was made. Leave it out only when no source at hand dates the claim, and
    /// say so in `notes`; never infer a date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) date: Option<PartialDate>,
    /// The commitments it is about.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeSet<CommitmentId>", length(min = 1))
    )]
    pub(crate) about: List<Str>,
    /// What it says about them.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeSet<Stance>", length(min = 1))
    )]
    pub(crate) stances: List<Stance>,
    /// The claim in the claimant's words, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) quote: Option<ClaimQuote>,
    /// Where the claim appeared.
    pub(crate) source: SourceRef,
    /// Other sources that carried the claim.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<SourceRef>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) reported_by: List<SourceRef>,
    /// A neutral summary of what the claimant says, attributed ("X says …").
    pub(crate) summary: Str,
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

impl Claim {
    /// The stable kebab-case id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The id of the actor who made the claim.
    pub fn claimant(&self) -> &str {
        &self.claimant
    }
    /// When the claim was made; `None` when no source at hand dates it (the notes say so).
    pub fn date(&self) -> Option<PartialDate> {
        self.date
    }
    /// Ids of the commitments it is about.
    pub fn about(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.about.iter().map(|a| &**a)
    }
    /// What it says about them.
    pub fn stances(&self) -> &[Stance] {
        &self.stances
    }
    /// The claim in the claimant's words.
    pub fn quote(&self) -> Option<&ClaimQuote> {
        self.quote.as_ref()
    }
    /// Where the claim appeared.
    pub fn source(&self) -> &SourceRef {
        &self.source
    }
    /// Other sources that carried it.
    pub fn reported_by(&self) -> &[SourceRef] {
        &self.reported_by
    }
    /// A neutral summary of what the claimant says.
    pub fn summary(&self) -> &str {
        &self.summary
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
