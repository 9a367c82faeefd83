//! The parts records are made of: names, roles, affiliations, archive references, source references, quotes, relations.

use super::*;

/// The name of an actor in one language or script.
///
/// ```
/// let woerner = nato_assurances::dataset().actor("manfred-woerner").unwrap();
/// let de = woerner.names().iter().find(|n| n.language() == "de").unwrap();
/// assert_eq!(de.name(), "Manfred Wörner");
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LocalName {
    pub(crate) language: Str,
    pub(crate) name: Str,
}

impl LocalName {
    /// The language (BCP 47 code, e.g. `ru`, `de`).
    pub fn language(&self) -> &str {
        &self.language
    }
    /// The name in that language or script.
    pub fn name(&self) -> &str {
        &self.name
    }
}

pub(crate) mod names_map {
    use super::*;
    use serde::ser::SerializeMap;

    pub fn serialize<S: Serializer>(names: &List<LocalName>, s: S) -> Result<S::Ok, S::Error> {
        let mut sorted: Vec<&LocalName> = names.iter().collect();
        sorted.sort_by(|a, b| a.language.cmp(&b.language));
        let mut map = s.serialize_map(Some(sorted.len()))?;
        for n in sorted {
            map.serialize_entry(&*n.language, &*n.name)?;
        }
        map.end()
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<List<LocalName>, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = List<LocalName>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object mapping language codes to names")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                let mut out: Vec<LocalName> = Vec::new();
                while let Some((language, name)) = map.next_entry::<String, String>()? {
                    if out.iter().any(|n| n.language == *language) {
                        return Err(serde::de::Error::custom(format!(
                            "duplicate language `{language}` in `names`"
                        )));
                    }
                    out.push(LocalName {
                        language: language.into(),
                        name: name.into(),
                    });
                }
                out.sort_by(|a, b| a.language.cmp(&b.language));
                Ok(Cow::Owned(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// A position an actor held.
///
/// ```
/// let woerner = nato_assurances::dataset().actor("manfred-woerner").unwrap();
/// let role = &woerner.roles()[0];
/// assert_eq!(role.title(), "Secretary General of NATO");
/// assert_eq!(role.organization(), Some("nato"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The title in English, e.g. `Secretary General of NATO`.
    pub(crate) title: Str,
    /// The organization or state the role belongs to.
    #[cfg_attr(feature = "schema", schemars(with = "Option<ActorId>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) organization: Option<Str>,
    /// When the role began.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) from: Option<PartialDate>,
    /// When the role ended.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) to: Option<PartialDate>,
}

impl Role {
    /// The title as an English phrase.
    pub fn title(&self) -> &str {
        &self.title
    }
    /// The id of the organization or state actor the role belongs to.
    pub fn organization(&self) -> Option<&str> {
        opt(&self.organization)
    }
    /// When the role began.
    pub fn from(&self) -> Option<PartialDate> {
        self.from
    }
    /// When the role ended.
    pub fn to(&self) -> Option<PartialDate> {
        self.to
    }
}

/// An actor's affiliation label, computed from its ownership facts by
/// [`crate::Dataset::affiliation`] (one rule for every state); never typed in the data.
///
/// ```
/// let ds = nato_assurances::dataset();
/// let nato = ds.affiliation("nato");
/// assert_eq!(nato.kind(), nato_assurances::AffiliationKind::Intergovernmental);
/// assert_eq!(nato.state(), None);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Affiliation {
    pub(crate) kind: AffiliationKind,
    pub(crate) state: Option<Str>,
}

impl Affiliation {
    /// The computed label.
    pub fn kind(&self) -> AffiliationKind {
        self.kind
    }
    /// The id of the owning or funding state, for `state`, `state_owned` and `state_funded`.
    pub fn state(&self) -> Option<&str> {
        opt(&self.state)
    }
}

/// One sourced fact about who owns or funds an outlet or organization. The affiliation label
/// is computed from these facts ([`crate::Dataset::affiliation`]).
///
/// ```
/// let ds = nato_assurances::dataset();
/// for a in ds.actors() {
///     for f in a.ownership() {
///         assert!(f.source().is_some() || f.searched().is_some());
///     }
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OwnershipFact {
    /// What the fact states.
    pub(crate) fact: OwnershipFactKind,
    /// The owner or funder (`owned_by`, `funded_by` only).
    #[cfg_attr(feature = "schema", schemars(with = "Option<ActorId>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) by: Option<Str>,
    /// How much `by` owns or funds, as the source says: required for `funded_by`; for
    /// `owned_by`, `part` for one of several owners (an owner without a share is the owner).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) share: Option<Share>,
    /// The date the source states the fact for (usually the source's own date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) as_of: Option<PartialDate>,
    /// The source that states the fact. Required except for `not_established`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) source: Option<SourceRef>,
    /// The source's own words that state the fact, verbatim. Required with `source`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) quote: Option<Str>,
    /// For `not_established`: what was searched, where, and what was lacking.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) searched: Option<Str>,
    /// Editorial notes: what could not be checked, conflicting sources, open questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
}

impl OwnershipFact {
    /// What the fact states.
    pub fn fact(&self) -> OwnershipFactKind {
        self.fact
    }
    /// The id of the owner or funder.
    pub fn by(&self) -> Option<&str> {
        opt(&self.by)
    }
    /// The share owned or funded.
    pub fn share(&self) -> Option<Share> {
        self.share
    }
    /// The date the source states the fact for.
    pub fn as_of(&self) -> Option<PartialDate> {
        self.as_of
    }
    /// The source that states the fact.
    pub fn source(&self) -> Option<&SourceRef> {
        self.source.as_ref()
    }
    /// The source's words that state it.
    pub fn quote(&self) -> Option<&str> {
        opt(&self.quote)
    }
    /// For `not_established`: what was searched.
    pub fn searched(&self) -> Option<&str> {
        opt(&self.searched)
    }
    /// Editorial notes.
    pub fn notes(&self) -> Option<&str> {
        opt(&self.notes)
    }
}

/// Where a claim's words first appeared: the occasion, and the source that records it when
/// that source is in the dataset.
///
/// ```
/// let ds = nato_assurances::dataset();
/// for k in ds.claims() {
///     let f = k.first_appearance();
///     assert!(f.occasion().is_some() || f.source().is_some());
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct FirstAppearance {
    /// The occasion, neutrally described (e.g. `Annual press conference, Moscow`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) occasion: Option<Str>,
    /// When, where a source gives a date for the occasion that differs from the claim's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) date: Option<PartialDate>,
    /// The source where the words were first said or published, when it is recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) source: Option<SourceRef>,
}

impl FirstAppearance {
    /// The occasion.
    pub fn occasion(&self) -> Option<&str> {
        opt(&self.occasion)
    }
    /// The occasion's date, where given.
    pub fn date(&self) -> Option<PartialDate> {
        self.date
    }
    /// The first-appearance source, when recorded.
    pub fn source(&self) -> Option<&SourceRef> {
        self.source.as_ref()
    }
}

/// The copy a curator actually read, when it is not the record's own source: a repost, a
/// mirror, a report or a work that quotes it.
///
/// ```
/// let ds = nato_assurances::dataset();
/// for k in ds.claims() {
///     if let Some(r) = k.read_in() { assert!(ds.source(r.source()).is_some()); }
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReadIn {
    /// The source read.
    #[cfg_attr(feature = "schema", schemars(with = "SourceId"))]
    pub(crate) source: Str,
    /// Where in it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) locator: Option<Str>,
    /// When it was retrieved, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) retrieved: Option<PartialDate>,
}

impl ReadIn {
    /// The id of the source read.
    pub fn source(&self) -> &str {
        &self.source
    }
    /// Where in it.
    pub fn locator(&self) -> Option<&str> {
        opt(&self.locator)
    }
    /// When it was retrieved.
    pub fn retrieved(&self) -> Option<PartialDate> {
        self.retrieved
    }
}

/// One commitment a claim is about, with what the claim says about it.
///
/// ```
/// let ds = nato_assurances::dataset();
/// for k in ds.claims() {
///     assert!(k.about().iter().all(|t| !t.stances().is_empty()));
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Target {
    /// The commitment.
    #[cfg_attr(feature = "schema", schemars(with = "CommitmentId"))]
    pub(crate) commitment: Str,
    /// What the claim says about it.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "BTreeSet<Stance>", length(min = 1))
    )]
    pub(crate) stances: List<Stance>,
}

impl Target {
    /// The id of the commitment.
    pub fn commitment(&self) -> &str {
        &self.commitment
    }
    /// What the claim says about it.
    pub fn stances(&self) -> &[Stance] {
        &self.stances
    }
}

/// A link from a claim to an earlier claim it answers, disputes, repeats or retracts.
///
/// ```
/// let ds = nato_assurances::dataset();
/// for k in ds.claims() {
///     for l in k.responds_to() { assert!(ds.claim(l.claim()).is_some()); }
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ClaimLink {
    /// How this claim relates to the other.
    pub(crate) relation: ClaimRelation,
    /// The earlier claim.
    #[cfg_attr(feature = "schema", schemars(with = "ClaimId"))]
    pub(crate) claim: Str,
}

impl ClaimLink {
    /// How this claim relates to the other.
    pub fn relation(&self) -> ClaimRelation {
        self.relation
    }
    /// The id of the other claim.
    pub fn claim(&self) -> &str {
        &self.claim
    }
}

/// An actor in an event, with the part it played.
///
/// ```
/// use nato_assurances::EventRole;
/// let ds = nato_assurances::dataset();
/// let e = ds.event("nato-enlargement-2023-04-04").unwrap();
/// assert!(e.actors().iter().any(|a| a.actor() == "finland" && a.role() == EventRole::Joined));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct EventActor {
    /// The actor.
    #[cfg_attr(feature = "schema", schemars(with = "ActorId"))]
    pub(crate) actor: Str,
    /// The part it played.
    pub(crate) role: EventRole,
}

impl EventActor {
    /// The id of the actor.
    pub fn actor(&self) -> &str {
        &self.actor
    }
    /// The part it played.
    pub fn role(&self) -> EventRole {
        self.role
    }
}

/// Why and when a record was withdrawn. Withdrawn records stay in the dataset so their ids
/// keep resolving.
///
/// ```
/// let ds = nato_assurances::dataset();
/// assert!(ds.commitments().all(|c| c.withdrawn().is_none_or(|w| !w.reason().is_empty())));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    /// When the record was withdrawn.
    pub(crate) date: PartialDate,
    /// Why: what was wrong, and where the correct record is.
    pub(crate) reason: Str,
}

impl Withdrawal {
    /// When the record was withdrawn.
    pub fn date(&self) -> PartialDate {
        self.date
    }
    /// Why it was withdrawn.
    pub fn reason(&self) -> &str {
        &self.reason
    }
}

/// Where a document is held: repository, collection, reference, document number.
///
/// ```
/// let ds = nato_assurances::dataset();
/// for s in ds.sources() {
///     if let Some(a) = s.archive() { assert!(!a.repository().is_empty()); }
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Archive {
    /// The archive or repository, e.g. `State Archive of the Russian Federation (GARF)`.
    pub(crate) repository: Str,
    /// The collection within it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) collection: Option<Str>,
    /// The reference: FOIA case, fond/opis/delo, box and folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) reference: Option<Str>,
    /// The document's number in a publication, e.g. `Document 05`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) document_number: Option<Str>,
}

impl Archive {
    /// The archive or repository holding the document.
    pub fn repository(&self) -> &str {
        &self.repository
    }
    /// The collection within the repository.
    pub fn collection(&self) -> Option<&str> {
        opt(&self.collection)
    }
    /// The reference: FOIA case, fond/opis/delo, box and folder.
    pub fn reference(&self) -> Option<&str> {
        opt(&self.reference)
    }
    /// The document's number in a publication (e.g. `Document 05`).
    pub fn document_number(&self) -> Option<&str> {
        opt(&self.document_number)
    }
}

/// A reference to a source, with an optional locator (page, paragraph, document number).
///
/// ```
/// let ds = nato_assurances::dataset();
/// let c = ds.commitment("woerner-khasbulatov-non-interference-1992").unwrap();
/// assert!(c.sources().iter().all(|r| ds.source(r.source()).is_some()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// The source.
    #[cfg_attr(feature = "schema", schemars(with = "SourceId"))]
    pub(crate) source: Str,
    /// Where in the source: page, paragraph, article, document number (e.g. `p. 3`, `Document
    /// 05`, `Art. 5(3)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) locator: Option<Str>,
}

impl SourceRef {
    /// The id of the source.
    pub fn source(&self) -> &str {
        &self.source
    }
    /// Where in the source: page, paragraph, article, document number.
    pub fn locator(&self) -> Option<&str> {
        opt(&self.locator)
    }
}

/// Marks a text as a translation and says what it translates.
///
/// ```
/// let ds = nato_assurances::dataset();
/// let c = ds.commitment("woerner-khasbulatov-non-interference-1992").unwrap();
/// let t = c.quotes()[0].translation_of().unwrap();
/// assert_eq!(t.language(), "ru");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Translation {
    /// The language of the original.
    #[cfg_attr(feature = "schema", schemars(with = "Language"))]
    pub(crate) language: Str,
    /// The original text, where it is at hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) text: Option<Str>,
    /// Who translated it, as the source says (e.g. `National Security Archive`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) translator: Option<Str>,
}

impl Translation {
    /// The language of the original (BCP 47).
    pub fn language(&self) -> &str {
        &self.language
    }
    /// The original text, where it is at hand.
    pub fn text(&self) -> Option<&str> {
        opt(&self.text)
    }
    /// Who made the translation, as the source says (e.g. the publisher).
    pub fn translator(&self) -> Option<&str> {
        opt(&self.translator)
    }
}

/// A quote inside a commitment, with its speaker, its kind (the speaker's own words or a
/// record's indirect speech) and the source it was taken from.
///
/// ```
/// let ds = nato_assurances::dataset();
/// let c = ds.commitment("woerner-khasbulatov-non-interference-1992").unwrap();
/// let q = &c.quotes()[0];
/// assert_eq!(ds.quote_speaker(q).unwrap().name(), "Manfred Wörner");
/// assert!(ds.quote_source(q).is_some());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The exact words as printed in the source. Use [brackets] for insertions and … for
    /// omissions, as the source does.
    pub(crate) text: Str,
    /// `verbatim` (the speaker's words) or `indirect` (a record's indirect speech or
    /// paraphrase, never shown as the speaker's own words).
    pub(crate) kind: QuoteKind,
    /// The language of `text`.
    #[cfg_attr(feature = "schema", schemars(with = "Language"))]
    pub(crate) language: Str,
    /// Who said or wrote it (for an indirect quote: whose words it reports).
    #[cfg_attr(feature = "schema", schemars(with = "ActorId"))]
    pub(crate) speaker: Str,
    /// For an indirect quote: who wrote these words (the record's author or publisher).
    #[cfg_attr(feature = "schema", schemars(with = "Option<ActorId>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) written_by: Option<Str>,
    /// The source the text was taken from; it must be among `sources`.
    #[cfg_attr(feature = "schema", schemars(with = "SourceId"))]
    pub(crate) source: Str,
    /// Where in the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) locator: Option<Str>,
    /// The copy actually read, when it is not `source` itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) read_in: Option<ReadIn>,
    /// Set when `text` is a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) translation_of: Option<Translation>,
}

impl Quote {
    /// The text as the source prints it.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// Whether `text` is the speaker's own words or a record's indirect speech.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }
    /// For an indirect quote: the id of the actor who wrote the words.
    pub fn written_by(&self) -> Option<&str> {
        opt(&self.written_by)
    }
    /// The copy actually read, when it is not the quote's own source.
    pub fn read_in(&self) -> Option<&ReadIn> {
        self.read_in.as_ref()
    }
    /// The id of the source the words were read in: `read_in` if set, else `source`.
    pub fn read_source(&self) -> &str {
        self.read_in.as_ref().map_or(&*self.source, |r| &*r.source)
    }
    /// The language of `text` (BCP 47).
    pub fn language(&self) -> &str {
        &self.language
    }
    /// The id of the actor who said or wrote it.
    pub fn speaker(&self) -> &str {
        &self.speaker
    }
    /// The id of the source the text was taken from.
    pub fn source(&self) -> &str {
        &self.source
    }
    /// Where in the source.
    pub fn locator(&self) -> Option<&str> {
        opt(&self.locator)
    }
    /// Set when `text` is a translation.
    pub fn translation_of(&self) -> Option<&Translation> {
        self.translation_of.as_ref()
    }
}

/// A relation from one commitment to another.
///
/// ```
/// let ds = nato_assurances::dataset();
/// for c in ds.commitments() {
///     for r in c.related() { assert!(ds.commitment(r.commitment()).is_some()); }
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Related {
    /// How this commitment relates to the target.
    pub(crate) relation: Relation,
    /// The target commitment.
    #[cfg_attr(feature = "schema", schemars(with = "CommitmentId"))]
    pub(crate) commitment: Str,
    /// Editorial notes: what could not be checked, conflicting sources, open questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
}

impl Related {
    /// How this commitment relates to the target.
    pub fn relation(&self) -> Relation {
        self.relation
    }
    /// The id of the target commitment.
    pub fn commitment(&self) -> &str {
        &self.commitment
    }
    /// Why, with sources where useful.
    pub fn notes(&self) -> Option<&str> {
        opt(&self.notes)
    }
}

/// The words of a claim: the claimant's own (`verbatim`) or a record's indirect speech.
///
/// ```
/// let ds = nato_assurances::dataset();
/// let claim = ds.claims().next().unwrap();
/// assert!(!claim.quote().unwrap().text().is_empty());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ClaimQuote {
    /// The exact words as printed in the source.
    pub(crate) text: Str,
    /// `verbatim` or `indirect`.
    pub(crate) kind: QuoteKind,
    /// For an indirect quote: who wrote these words (the record's author or publisher).
    #[cfg_attr(feature = "schema", schemars(with = "Option<ActorId>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) written_by: Option<Str>,
    /// The language of `text`.
    #[cfg_attr(feature = "schema", schemars(with = "Language"))]
    pub(crate) language: Str,
    /// Set when `text` is a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) translation_of: Option<Translation>,
}

impl ClaimQuote {
    /// The text as the source prints it.
    pub fn text(&self) -> &str {
        &self.text
    }
    /// Whether `text` is the claimant's own words or a record's indirect speech.
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }
    /// For an indirect quote: the id of the actor who wrote the words.
    pub fn written_by(&self) -> Option<&str> {
        opt(&self.written_by)
    }
    /// The language of `text`.
    pub fn language(&self) -> &str {
        &self.language
    }
    /// Set when `text` is a translation.
    pub fn translation_of(&self) -> Option<&Translation> {
        self.translation_of.as_ref()
    }
}
