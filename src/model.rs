//! The five record kinds and their parts.
//!
//! Fields are private: read them through accessor methods, so that the storage can
//! change without breaking users. Every type serves both the embedded (baked) tables
//! and records loaded from JSON.

use crate::date::PartialDate;
use crate::vocab::*;
use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
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
/// A list that is borrowed in the embedded tables and owned when loaded from JSON.
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
#[serde(deny_unknown_fields)]
pub struct Role {
    pub(crate) title: Str,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) organization: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) from: Option<PartialDate>,
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
#[serde(deny_unknown_fields)]
pub struct Affiliation {
    pub(crate) kind: AffiliationKind,
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
#[serde(deny_unknown_fields)]
pub struct Withdrawal {
    pub(crate) date: PartialDate,
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
#[serde(deny_unknown_fields)]
pub struct Archive {
    pub(crate) repository: Str,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) collection: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) reference: Option<Str>,
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
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    pub(crate) source: Str,
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
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub(crate) language: Str,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) text: Option<Str>,
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
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub(crate) text: Str,
    pub(crate) language: Str,
    pub(crate) speaker: Str,
    pub(crate) source: Str,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) locator: Option<Str>,
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
#[serde(deny_unknown_fields)]
pub struct Related {
    pub(crate) relation: Relation,
    pub(crate) commitment: Str,
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
#[serde(deny_unknown_fields)]
pub struct ClaimQuote {
    pub(crate) text: Str,
    pub(crate) language: Str,
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
#[serde(deny_unknown_fields)]
pub struct Actor {
    pub(crate) id: Str,
    pub(crate) kind: ActorKind,
    pub(crate) name: Str,
    #[serde(default, skip_serializing_if = "is_empty", with = "names_map")]
    pub(crate) names: List<LocalName>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) aliases: List<Str>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) roles: List<Role>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) affiliation: Option<Affiliation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) wikidata: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
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
#[serde(deny_unknown_fields)]
pub struct Source {
    pub(crate) id: Str,
    pub(crate) kind: SourceKind,
    pub(crate) title: Str,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) authors: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) publisher: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) published: Option<PartialDate>,
    pub(crate) language: Str,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) url: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) archived_url: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) archive: Option<Archive>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) declassified: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) cites: List<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) republishes: Option<Str>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
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
#[serde(deny_unknown_fields)]
pub struct Commitment {
    pub(crate) id: Str,
    pub(crate) kind: CommitmentKind,
    pub(crate) title: Str,
    pub(crate) date: PartialDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) end_date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) place: Option<Str>,
    pub(crate) made_by: List<Str>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) made_to: List<Str>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) parties: List<Str>,
    pub(crate) form: Form,
    pub(crate) legal_status: LegalStatus,
    pub(crate) topics: List<Topic>,
    pub(crate) summary: Str,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) quotes: List<Quote>,
    pub(crate) sources: List<SourceRef>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) related: List<Related>,
    pub(crate) verification: Verification,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
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
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub(crate) id: Str,
    pub(crate) claimant: Str,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) date: Option<PartialDate>,
    pub(crate) about: List<Str>,
    pub(crate) stances: List<Stance>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) quote: Option<ClaimQuote>,
    pub(crate) source: SourceRef,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) reported_by: List<SourceRef>,
    pub(crate) summary: Str,
    pub(crate) verification: Verification,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
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
#[serde(deny_unknown_fields)]
pub struct Event {
    pub(crate) id: Str,
    pub(crate) kind: EventKind,
    pub(crate) title: Str,
    pub(crate) date: PartialDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) end_date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) actors: List<Str>,
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) commitments: List<Str>,
    pub(crate) sources: List<SourceRef>,
    pub(crate) summary: Str,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) notes: Option<Str>,
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
