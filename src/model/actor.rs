//! [`Actor`]: a person, state, organization or media outlet.

use super::*;

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
    /// For outlets and organizations: who owns and funds them, each fact with its source.
    /// The affiliation label is computed from these facts by one rule, the same for every
    /// state ([`crate::Dataset::affiliation`]).
    #[cfg_attr(feature = "schema", schemars(with = "BTreeSet<OwnershipFact>"))]
    #[serde(default, skip_serializing_if = "is_empty")]
    pub(crate) ownership: List<OwnershipFact>,
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
    /// For outlets and organizations: the sourced facts on who owns and funds them.
    pub fn ownership(&self) -> &[OwnershipFact] {
        &self.ownership
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
