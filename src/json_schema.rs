//! JSON Schemas of the record types (feature `schema`), derived with `schemars`.
//!
//! The record structs derive [`JsonSchema`] from their serde attributes and doc comments. The
//! types whose JSON form is a constrained string get manual impls here: [`Text`](crate::model)
//! (non-empty), [`PartialDate`] and the vocabularies (in `vocab.rs`). Strings that the Rust
//! type does not tell apart — ids, references to other records, language codes, URLs,
//! Wikidata ids — are named by the marker types below, which record fields select with
//! `#[schemars(with = "…")]`. Their patterns come from [`crate::patterns`].

use crate::model::Text;
use crate::{patterns, PartialDate};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use std::borrow::Cow;

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "minLength": 1,
            "description": "Text in Unicode NFC, without leading or trailing whitespace.",
        })
    }
}

impl JsonSchema for PartialDate {
    fn schema_name() -> Cow<'static, str> {
        "PartialDate".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "type": "string",
            "description": "A date at the precision the source gives (EDTF level-1 subset): YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by `?` (uncertain) or `~` (approximate). Never more precise than the source.",
            "pattern": patterns::PARTIAL_DATE,
            "examples": ["1990-02-09", "1991-03", "1990~"],
        })
    }
}

/// A constrained string: `type: string` with a pattern and a description.
macro_rules! pattern_string {
    ($(#[$meta:meta])* $name:ident, $pattern:expr, $description:literal) => {
        $(#[$meta])*
        pub enum $name {}

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "type": "string",
                    "description": $description,
                    "pattern": $pattern,
                })
            }
        }
    };
}

/// A reference to a record of one kind: an [`Id`] with a description of what it names.
macro_rules! reference {
    ($(#[$meta:meta])* $name:ident, $description:literal) => {
        $(#[$meta])*
        pub enum $name {}

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                let mut schema = generator.subschema_for::<Id>();
                schema.insert("description".into(), $description.into());
                schema
            }
        }
    };
}

pattern_string!(
    /// A record's own id.
    Id,
    patterns::ID,
    "A stable kebab-case slug: lowercase ASCII letters and digits separated by single hyphens. Equal to the file name without `.json`. Never reused or deleted."
);
pattern_string!(
    /// A BCP 47 language code.
    Language,
    patterns::LANGUAGE,
    "A BCP 47 language code, e.g. `en`, `ru`, `de`, `uk`."
);
pattern_string!(
    /// An absolute https URL.
    Url,
    patterns::HTTPS_URL,
    "An absolute https URL: the canonical address of the document."
);
pattern_string!(
    /// A Wikidata item id.
    WikidataId,
    patterns::WIKIDATA_ID,
    "A Wikidata item id (QID), e.g. `Q57674`."
);
reference!(
    /// The id of an actor.
    ActorId,
    "The id of an actor (data/actors/<id>.json)."
);
reference!(
    /// The id of a source.
    SourceId,
    "The id of a source (data/sources/<id>.json)."
);
reference!(
    /// The id of a commitment.
    CommitmentId,
    "The id of a commitment (data/commitments/<id>.json)."
);

/// The schema of `Actor::names` as written in JSON: an object mapping each
/// [`LocalName`](crate::LocalName)'s `language` to its `name`.
pub(crate) fn local_names(generator: &mut SchemaGenerator) -> Schema {
    json_schema!({
        "type": "object",
        "propertyNames": generator.subschema_for::<Language>(),
        "additionalProperties": generator.subschema_for::<Text>(),
    })
}
