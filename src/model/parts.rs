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

/// Who an outlet or organization is affiliated with, by the rule of [`AffiliationKind`].
///
/// ```
/// let sputnik = nato_assurances::dataset().actor("sputnik").unwrap();
/// let a = sputnik.affiliation().unwrap();
/// assert_eq!(a.kind(), nato_assurances::AffiliationKind::StateControlledMedia);
/// assert_eq!(a.state(), Some("russia"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Affiliation {
    /// The kind of affiliation.
    pub(crate) kind: AffiliationKind,
    /// The state, for government and state media affiliations.
    #[cfg_attr(feature = "schema", schemars(with = "Option<ActorId>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) state: Option<Str>,
}

impl Affiliation {
    /// The kind of affiliation.
    pub fn kind(&self) -> AffiliationKind {
        self.kind
    }
    /// The id of the state actor, for government and state media affiliations.
    pub fn state(&self) -> Option<&str> {
        opt(&self.state)
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

/// A verbatim quote inside a commitment, with its speaker and the source it was taken from.
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
    /// The language of `text`.
    #[cfg_attr(feature = "schema", schemars(with = "Language"))]
    pub(crate) language: Str,
    /// Who said or wrote it.
    #[cfg_attr(feature = "schema", schemars(with = "ActorId"))]
    pub(crate) speaker: Str,
    /// The source the text was taken from; it must be among `sources`.
    #[cfg_attr(feature = "schema", schemars(with = "SourceId"))]
    pub(crate) source: Str,
    /// Where in the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) locator: Option<Str>,
    /// Set when `text` is a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) translation_of: Option<Translation>,
}

impl Quote {
    /// The verbatim text.
    pub fn text(&self) -> &str {
        &self.text
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

/// The quote a claim makes, verbatim.
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
    /// The language of `text`.
    #[cfg_attr(feature = "schema", schemars(with = "Language"))]
    pub(crate) language: Str,
    /// Set when `text` is a translation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) translation_of: Option<Translation>,
}

impl ClaimQuote {
    /// The verbatim text.
    pub fn text(&self) -> &str {
        &self.text
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
