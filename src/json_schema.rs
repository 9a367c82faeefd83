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
reference!(
    /// The id of a claim.
    ClaimId,
    "The id of a claim (data/claims/<id>.json)."
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

#[cfg(test)]
mod tests {
    use crate::model::*;
    use schemars::SchemaGenerator;
    use serde_json::Value;
    use std::collections::{BTreeMap, BTreeSet};

    /// The baked layout's field list of every type that has one, by schema name.
    fn baked() -> BTreeMap<&'static str, &'static [&'static str]> {
        BTreeMap::from([
            ("Actor", Actor::FIELDS),
            ("Source", Source::FIELDS),
            ("Commitment", Commitment::FIELDS),
            ("Claim", Claim::FIELDS),
            ("Event", Event::FIELDS),
            ("Role", Role::FIELDS),
            ("OwnershipFact", OwnershipFact::FIELDS),
            ("FirstAppearance", FirstAppearance::FIELDS),
            ("ReadIn", ReadIn::FIELDS),
            ("Target", Target::FIELDS),
            ("ClaimLink", ClaimLink::FIELDS),
            ("EventActor", EventActor::FIELDS),
            ("Withdrawal", Withdrawal::FIELDS),
            ("Archive", Archive::FIELDS),
            ("SourceRef", SourceRef::FIELDS),
            ("Translation", Translation::FIELDS),
            ("Quote", Quote::FIELDS),
            ("Related", Related::FIELDS),
            ("ClaimQuote", ClaimQuote::FIELDS),
        ])
    }

    fn properties(schema: &Value) -> Option<BTreeSet<&str>> {
        let props = schema.get("properties")?.as_object()?;
        Some(props.keys().map(String::as_str).collect())
    }

    /// The field names of every object schema (the records and their parts), by type name.
    fn schema_fields() -> BTreeMap<String, BTreeSet<String>> {
        let mut g = SchemaGenerator::default();
        let mut out = BTreeMap::new();
        let owned = |s: BTreeSet<&str>| s.into_iter().map(str::to_owned).collect();
        for (name, schema) in [
            ("Actor", g.root_schema_for::<Actor>()),
            ("Source", g.root_schema_for::<Source>()),
            ("Commitment", g.root_schema_for::<Commitment>()),
            ("Claim", g.root_schema_for::<Claim>()),
            ("Event", g.root_schema_for::<Event>()),
        ] {
            let schema = schema.to_value();
            out.insert(name.to_owned(), owned(properties(&schema).unwrap()));
            for (def, s) in schema["$defs"].as_object().unwrap() {
                if let Some(p) = properties(s) {
                    out.insert(def.clone(), owned(p));
                }
            }
        }
        out
    }

    #[test]
    fn the_baked_layout_has_every_field_of_the_schema_and_no_other() {
        let baked = baked();
        let schema = schema_fields();
        assert_eq!(
            schema.keys().map(String::as_str).collect::<Vec<_>>(),
            baked.keys().copied().collect::<Vec<_>>(),
            "the record types and parts with a schema and with a baked layout differ"
        );
        for (name, fields) in &schema {
            let layout: BTreeSet<String> = baked[name.as_str()]
                .iter()
                .map(|f| (*f).to_owned())
                .collect();
            assert_eq!(
                &layout, fields,
                "{name}: the baked layout (left) and the JSON Schema (right) list different fields"
            );
        }
    }

    #[test]
    fn local_names_are_the_actor_names_map() {
        // `LocalName` is written as one entry of `names`: language → name.
        assert_eq!(LocalName::FIELDS, ["language", "name"]);
        let actor = schemars::schema_for!(Actor).to_value();
        let names = &actor["properties"]["names"];
        assert_eq!(names["propertyNames"]["$ref"], "#/$defs/Language");
        assert_eq!(names["additionalProperties"]["$ref"], "#/$defs/Text");
    }

    /// Property names by the `$defs` type their value (or each item of it) refers to, over
    /// every record type and part.
    fn fields_by_type() -> BTreeMap<String, BTreeSet<String>> {
        fn refs(v: &Value, out: &mut Vec<String>) {
            if let Some(r) = v.get("$ref").and_then(Value::as_str) {
                out.push(r.trim_start_matches("#/$defs/").to_owned());
            }
            for key in ["items", "anyOf", "oneOf", "allOf"] {
                match v.get(key) {
                    Some(Value::Array(a)) => a.iter().for_each(|x| refs(x, out)),
                    Some(x) => refs(x, out),
                    None => {}
                }
            }
        }
        let mut g = SchemaGenerator::default();
        let roots = [
            g.root_schema_for::<Actor>().to_value(),
            g.root_schema_for::<Source>().to_value(),
            g.root_schema_for::<Commitment>().to_value(),
            g.root_schema_for::<Claim>().to_value(),
            g.root_schema_for::<Event>().to_value(),
        ];
        let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for root in &roots {
            let defs = root["$defs"]
                .as_object()
                .into_iter()
                .flat_map(|m| m.values());
            for schema in std::iter::once(root).chain(defs) {
                let Some(props) = schema.get("properties").and_then(Value::as_object) else {
                    continue;
                };
                for (name, prop) in props {
                    let mut found = Vec::new();
                    refs(prop, &mut found);
                    for def in found {
                        out.entry(def).or_default().insert(name.clone());
                    }
                }
            }
        }
        out
    }

    /// The checker's format rules apply by field name; the names must be exactly the fields
    /// the schema gives that format, so a new date or URL field cannot escape its rule.
    #[cfg(feature = "validate")]
    #[test]
    fn the_checker_applies_each_format_rule_to_the_fields_the_schema_gives_it() {
        use crate::check::text;
        let by_type = fields_by_type();
        for (def, keys) in [
            ("Id", text::ID_KEYS),
            ("Url", text::URL_KEYS),
            ("Language", text::LANGUAGE_KEYS),
            ("WikidataId", text::WIKIDATA_KEYS),
            ("PartialDate", text::DATE_KEYS),
        ] {
            let keys: BTreeSet<String> = keys.iter().map(|k| (*k).to_owned()).collect();
            assert_eq!(by_type.get(def), Some(&keys), "fields of type {def}");
        }
    }
}
