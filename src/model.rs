//! The five record kinds and their parts.
//!
//! Fields are private: read them through accessor methods, so that the storage can
//! change without breaking users. Every type serves both the embedded (baked) tables
//! and records loaded from JSON.

use crate::date::PartialDate;
#[cfg(feature = "schema")]
use crate::json_schema::{ActorId, CommitmentId, Id, Language, SourceId, Url, WikidataId};
use crate::vocab::*;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
#[cfg(feature = "schema")]
use std::collections::BTreeSet;
use std::fmt;

/// A string: a slice of the embedded string blob in the baked tables, or owned when loaded
/// from JSON. Baked strings are (offset, length) pairs into one `&'static str`, which keeps
/// the generated code small and cheap to compile even at 100× the data.
pub(crate) type Str = Text;

/// See [`Str`].
#[derive(Clone)]
pub(crate) enum Text {
    /// A slice `offset..offset + len` of the embedded string blob.
    Static(u32, u32),
    /// An owned string (records loaded from JSON).
    Owned(Box<str>),
}

impl Text {
    /// The text.
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Text::Static(start, len) => {
                let start = *start as usize;
                crate::generated::STRINGS
                    .get(start..start + *len as usize)
                    .unwrap_or("")
            }
            Text::Owned(s) => s,
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Text {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Text {}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl PartialOrd for Text {
    fn partial_cmp(&self, other: &Text) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Text {
    fn cmp(&self, other: &Text) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::hash::Hash for Text {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        self.as_str().hash(h)
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl From<String> for Text {
    fn from(s: String) -> Text {
        Text::Owned(s.into_boxed_str())
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Text {
        Text::Owned(s.into())
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        String::deserialize(d).map(Text::from)
    }
}
/// A list of record parts. Decoded and loaded lists are owned; an empty list decoded from the
/// baked tables borrows a static empty slice, so that it costs no allocation.
pub(crate) type List<T> = Cow<'static, [T]>;

fn is_empty<T: Clone>(l: &List<T>) -> bool {
    l.is_empty()
}

fn opt(s: &Option<Str>) -> Option<&str> {
    s.as_deref()
}

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

mod names_map {
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

/// A person, state, organization or media outlet.
///
/// ```
/// let ds = nato_assurances::dataset();
/// let a = ds.actor_by_name("Woerner").unwrap();
/// assert_eq!(a.id(), "manfred-woerner");
/// assert_eq!(a.kind(), nato_assurances::ActorKind::Person);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// The record's id, equal to its file name without `.json`.
    #[cfg_attr(feature = "schema", schemars(with = "Id"))]
    pub(crate) id: Str,
    /// What kind of actor.
    pub(crate) kind: ActorKind,
    /// The display name in English, e.g. `Manfred Wörner`.
    pub(crate) name: Str,
    /// Names in other languages and scripts, keyed by BCP 47 language code, e.g. {"ru": "…"}.
    /// Only where checked against a source.
    #[cfg_attr(
        feature = "schema",
        schemars(schema_with = "crate::json_schema::local_names")
    )]
    #[serde(default, skip_serializing_if = "is_empty", with = "names_map")]
    pub(crate) names: List<LocalName>,
    /// Other spellings met in sources (`Woerner`, `Werner`), so that searches find the actor.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<Text>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) aliases: List<Str>,
    /// Positions held, with dates.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<Role>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) roles: List<Role>,
    /// For outlets and organizations: who they are affiliated with. The same rule applies to
    /// every side.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) affiliation: Option<Affiliation>,
    /// The Wikidata QID, only where checked.
    #[cfg_attr(feature = "schema", schemars(with = "Option<WikidataId>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) wikidata: Option<Str>,
    /// Editorial notes: what could not be checked, conflicting sources, open questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
    /// Set when the record is withdrawn. Withdrawn records stay so that their ids keep
    /// resolving.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) withdrawn: Option<Withdrawal>,
}

impl Actor {
    /// The stable kebab-case id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// Person, state, organization or media outlet.
    pub fn kind(&self) -> ActorKind {
        self.kind
    }
    /// The display name in English.
    pub fn name(&self) -> &str {
        &self.name
    }
    /// Names in other languages and scripts, sorted by language code.
    pub fn names(&self) -> &[LocalName] {
        &self.names
    }
    /// Other spellings met in sources.
    pub fn aliases(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.aliases.iter().map(|a| &**a)
    }
    /// Positions held, with dates.
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }
    /// For outlets and organizations: who they are affiliated with.
    pub fn affiliation(&self) -> Option<&Affiliation> {
        self.affiliation.as_ref()
    }
    /// The Wikidata QID, where checked.
    pub fn wikidata(&self) -> Option<&str> {
        opt(&self.wikidata)
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

/// A document: a primary record (memcon, treaty text, transcript…) or a work that cites one.
///
/// ```
/// let ds = nato_assurances::dataset();
/// let s = ds.source("sputnik-2024-04-06-nato-pledge-not-to-meddle").unwrap();
/// assert_eq!(s.kind(), nato_assurances::SourceKind::NewsArticle);
/// assert!(!s.is_primary());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// The record's id, equal to its file name without `.json`.
    #[cfg_attr(feature = "schema", schemars(with = "Id"))]
    pub(crate) id: Str,
    /// What kind of document. Whether it is a primary record follows from its kind.
    pub(crate) kind: SourceKind,
    /// The title as printed; for untitled documents a description in square brackets.
    pub(crate) title: Str,
    /// Authors' names as printed.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<Text>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) authors: List<Str>,
    /// The publishing actor (outlet, archive, government).
    #[cfg_attr(feature = "schema", schemars(with = "Option<ActorId>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) publisher: Option<Str>,
    /// When the document was written or issued (records) or published (works).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) published: Option<PartialDate>,
    /// The language of the document.
    #[cfg_attr(feature = "schema", schemars(with = "Language"))]
    pub(crate) language: Str,
    /// The canonical https URL.
    #[cfg_attr(feature = "schema", schemars(with = "Option<Url>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) url: Option<Str>,
    /// An archived copy (e.g. the Wayback Machine).
    #[cfg_attr(feature = "schema", schemars(with = "Option<Url>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) archived_url: Option<Str>,
    /// Where the document is held.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) archive: Option<Archive>,
    /// When the document was declassified.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) declassified: Option<PartialDate>,
    /// Sources this one relies on (the citation graph; must be acyclic).
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<SourceId>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) cites: List<Str>,
    /// The source this one reposts or translates, when it is a republication.
    #[cfg_attr(feature = "schema", schemars(with = "Option<SourceId>"))]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) republishes: Option<Str>,
    /// Editorial notes: what could not be checked, conflicting sources, open questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
    /// Set when the record is withdrawn. Withdrawn records stay so that their ids keep
    /// resolving.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) withdrawn: Option<Withdrawal>,
}

impl Source {
    /// The stable kebab-case id.
    pub fn id(&self) -> &str {
        &self.id
    }
    /// What kind of document it is.
    pub fn kind(&self) -> SourceKind {
        self.kind
    }
    /// Whether it is a primary record (follows from [`kind`](Self::kind)).
    pub fn is_primary(&self) -> bool {
        self.kind.is_primary()
    }
    /// The title as printed (or a bracketed description where the document has none).
    pub fn title(&self) -> &str {
        &self.title
    }
    /// Authors' names as printed.
    pub fn authors(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.authors.iter().map(|a| &**a)
    }
    /// The id of the publishing actor.
    pub fn publisher(&self) -> Option<&str> {
        opt(&self.publisher)
    }
    /// When the document was written or issued (records) or published (works).
    pub fn published(&self) -> Option<PartialDate> {
        self.published
    }
    /// The language of the document (BCP 47).
    pub fn language(&self) -> &str {
        &self.language
    }
    /// The canonical https URL.
    pub fn url(&self) -> Option<&str> {
        opt(&self.url)
    }
    /// An archived copy (e.g. the Wayback Machine).
    pub fn archived_url(&self) -> Option<&str> {
        opt(&self.archived_url)
    }
    /// Where the document is held.
    pub fn archive(&self) -> Option<&Archive> {
        self.archive.as_ref()
    }
    /// When it was declassified.
    pub fn declassified(&self) -> Option<PartialDate> {
        self.declassified
    }
    /// Ids of the sources this one relies on.
    pub fn cites(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.cites.iter().map(|a| &**a)
    }
    /// The id of the source this one reposts or translates, if it is a republication.
    pub fn republishes(&self) -> Option<&str> {
        opt(&self.republishes)
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
    /// The actors involved.
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<ActorId>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) actors: List<Str>,
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
    /// Ids of the actors involved.
    pub fn actors(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        self.actors.iter().map(|a| &**a)
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
