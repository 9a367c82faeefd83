//! [`Source`]: a document.

use super::*;

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
