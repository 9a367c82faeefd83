//! [`Claim`]: an attributed statement about commitments.

use super::*;

/// An attributed statement about one or more commitments.
///
/// ```
/// use nato_assurances::Stance;
/// let ds = nato_assurances::dataset();
/// let id = "woerner-khasbulatov-non-interference-1992";
/// let claim = ds.claims_about(id).find(|k| k.claimant() == "sputnik").unwrap();
/// assert!(claim.stances_about(id).contains(&Stance::AssertsBroken));
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
    /// The commitments it is about, each with what the claim says about it.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeSet<Target>", length(min = 1))
    )]
    pub(crate) about: List<Target>,
    /// The claim's words: the claimant's own (`verbatim`) or a record's indirect speech.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) quote: Option<ClaimQuote>,
    /// Where the words were first said or published: the occasion, and its source when
    /// recorded.
    pub(crate) first_appearance: FirstAppearance,
    /// Sources that reported the claim.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<SourceRef>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) reported_by: List<SourceRef>,
    /// The copy actually read, when it is not the first-appearance source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) read_in: Option<ReadIn>,
    /// Earlier claims this one answers, disputes, repeats or retracts.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<ClaimLink>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) responds_to: List<ClaimLink>,
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
    /// The commitments it is about, each with its stances.
    pub fn about(&self) -> &[Target] {
        &self.about
    }
    /// Ids of the commitments it is about.
    pub fn commitments(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.about.iter().map(|t| &*t.commitment)
    }
    /// What it says about one commitment (empty if it is not about it).
    pub fn stances_about(&self, commitment: &str) -> &[Stance] {
        self.about
            .iter()
            .find(|t| *t.commitment == *commitment)
            .map_or(&[], |t| &t.stances)
    }
    /// Whether it takes `stance` on any of its commitments.
    pub fn has_stance(&self, stance: Stance) -> bool {
        self.about.iter().any(|t| t.stances.contains(&stance))
    }
    /// The claim's words.
    pub fn quote(&self) -> Option<&ClaimQuote> {
        self.quote.as_ref()
    }
    /// Where the words first appeared.
    pub fn first_appearance(&self) -> &FirstAppearance {
        &self.first_appearance
    }
    /// Sources that reported it.
    pub fn reported_by(&self) -> &[SourceRef] {
        &self.reported_by
    }
    /// The copy actually read, when it is not the first-appearance source.
    pub fn read_in(&self) -> Option<&ReadIn> {
        self.read_in.as_ref()
    }
    /// The id of the source the words were read in: `read_in` if set, else the
    /// first-appearance source; `None` when neither is recorded.
    pub fn read_source(&self) -> Option<&str> {
        match (&self.read_in, &self.first_appearance.source) {
            (Some(r), _) => Some(&r.source),
            (None, Some(s)) => Some(&s.source),
            (None, None) => None,
        }
    }
    /// Earlier claims this one answers, disputes, repeats or retracts.
    pub fn responds_to(&self) -> &[ClaimLink] {
        &self.responds_to
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
