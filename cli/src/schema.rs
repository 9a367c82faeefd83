//! The JSON Schemas (draft 2020-12) in `schema/`, derived from the Rust record types.
//!
//! The library's types derive `schemars::JsonSchema` (feature `schema`) from their serde
//! attributes and doc comments, so a field added to a type is in the schema with its
//! description, and the vocabularies and patterns come from the same definitions as the Rust
//! checks. Two project rules are applied here, to every schema:
//!
//! - optional fields are left out, never `null` ([`OmitNotNull`]);
//! - descriptions are plain text: doc examples and rustdoc link syntax are dropped
//!   ([`PlainDescriptions`]).

use nato_assurances::{patterns, Actor, Claim, Commitment, Event, RecordKind, Source};
use schemars::transform::{transform_subschemas, Transform};
use schemars::{generate::SchemaSettings, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Map, Value};

const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// Optional fields are omitted, never `null`: removes the `null` that `Option<T>` adds to a
/// property's schema (the canonical form never writes `null`, and the hand-written schemas
/// rejected it).
#[derive(Clone, Copy, Debug)]
pub struct OmitNotNull;

impl Transform for OmitNotNull {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(Value::Object(props)) = schema.get_mut("properties") {
            props.values_mut().for_each(drop_null);
        }
        transform_subschemas(self, schema);
    }
}

fn is_null_type(v: &Value) -> bool {
    v.get("type") == Some(&json!("null"))
}

/// `{"type": ["string", "null"]}` → `{"type": "string"}`;
/// `{"anyOf": [S, {"type": "null"}], …}` → `S` with the other keys (the description).
fn drop_null(prop: &mut Value) {
    let Value::Object(obj) = prop else { return };
    if let Some(Value::Array(types)) = obj.get_mut("type") {
        types.retain(|t| t != "null");
        if let [single] = types.as_slice() {
            let single = single.clone();
            obj.insert("type".into(), single);
        }
    }
    if let Some(Value::Array(values)) = obj.get_mut("enum") {
        values.retain(|v| !v.is_null());
    }
    let Some(Value::Array(any_of)) = obj.get("anyOf") else {
        return;
    };
    let rest: Vec<&Value> = any_of.iter().filter(|s| !is_null_type(s)).collect();
    if let ([Value::Object(inner)], 2) = (rest.as_slice(), any_of.len()) {
        let mut merged = inner.clone();
        obj.remove("anyOf");
        merged.extend(std::mem::take(obj));
        *obj = merged;
    }
}

/// Descriptions come from rustdoc comments: drops fenced code blocks (doc examples), unwraps
/// lines (keeping `- ` list items on their own lines) and turns links (``[`Name`](path)``,
/// ``[`Name`]``) into plain code spans.
#[derive(Clone, Copy, Debug)]
pub struct PlainDescriptions;

impl Transform for PlainDescriptions {
    fn transform(&mut self, schema: &mut Schema) {
        if let Some(Value::String(d)) = schema.get_mut("description") {
            *d = plain(d);
        }
        transform_subschemas(self, schema);
    }
}

fn plain(doc: &str) -> String {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in doc.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
        } else if !fenced {
            out.push(line);
        }
    }
    // Unwrap the comment's line breaks: lines of a paragraph join with a space, except
    // list items (`- `), which keep their own line; paragraphs stay apart.
    let mut text = String::new();
    for line in out.iter().map(|l| l.trim()) {
        if line.is_empty() {
            if !text.is_empty() && !text.ends_with("\n\n") {
                text.push_str("\n\n");
            }
        } else {
            if !(text.is_empty() || text.ends_with('\n')) {
                text.push(if line.starts_with("- ") { '\n' } else { ' ' });
            }
            text.push_str(line);
        }
    }
    let text = text.trim();
    // Links: [`x`](target) and [`x`] → `x`.
    let mut s = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("[`") {
        let Some(j) = rest[i..].find("`]").map(|j| i + j) else {
            break;
        };
        s.push_str(&rest[..i]);
        s.push_str(&rest[i + 1..j + 1]);
        rest = &rest[j + 2..];
        if rest.starts_with('(') {
            if let Some(k) = rest.find(')') {
                rest = &rest[k + 1..];
            }
        }
    }
    s.push_str(rest);
    s
}

/// The generator every schema in `schema/` is made with.
pub fn generator() -> SchemaGenerator {
    SchemaSettings::draft2020_12()
        .with_transform(OmitNotNull)
        .with_transform(PlainDescriptions)
        .into_generator()
}

fn root_for<T: JsonSchema>(kind: RecordKind) -> Value {
    let mut schema = generator().into_root_schema_for::<T>();
    schema.insert("$schema".into(), json!(DRAFT));
    schema.insert("title".into(), json!(format!("nato-assurances {kind}")));
    schema.to_value()
}

/// The schema for one record file of `kind`.
pub fn record_schema(kind: RecordKind) -> Value {
    match kind {
        RecordKind::Actor => root_for::<Actor>(kind),
        RecordKind::Source => root_for::<Source>(kind),
        RecordKind::Commitment => root_for::<Commitment>(kind),
        RecordKind::Claim => root_for::<Claim>(kind),
        RecordKind::Event => root_for::<Event>(kind),
    }
}

fn subschema(g: &mut SchemaGenerator, kind: RecordKind) -> Schema {
    match kind {
        RecordKind::Actor => g.subschema_for::<Actor>(),
        RecordKind::Source => g.subschema_for::<Source>(),
        RecordKind::Commitment => g.subschema_for::<Commitment>(),
        RecordKind::Claim => g.subschema_for::<Claim>(),
        RecordKind::Event => g.subschema_for::<Event>(),
    }
}

/// The schema for a full export (`exports/dataset.json`).
pub fn dataset_schema() -> Value {
    let mut g = generator();
    let mut properties = Map::new();
    properties.insert(
        "version".into(),
        json!({
            "type": "string",
            "description": "The data version (semver).",
            "pattern": patterns::VERSION,
        }),
    );
    properties.insert(
        "released".into(),
        json!({
            "type": "string",
            "description": "The release date of this version: the date of its section in CHANGELOG.md.",
            "pattern": patterns::PARTIAL_DATE,
        }),
    );
    properties.insert(
        "fingerprint".into(),
        json!({
            "type": "string",
            "description": "`sha256:` and the SHA-256 (lowercase hex) of the canonical JSON of the records alone (no version or date). Two copies hold the same data exactly when their fingerprints are equal; the loader checks it against the records.",
            "pattern": "^sha256:[0-9a-f]{64}$",
        }),
    );
    for kind in RecordKind::ALL {
        properties.insert(
            kind.dir().into(),
            json!({
                "type": "array",
                "description": format!("Every {kind} record, sorted by id."),
                "items": subschema(&mut g, kind),
            }),
        );
    }
    json!({
        "$schema": DRAFT,
        "title": "nato-assurances dataset export",
        "description": "Every record of the dataset, as written by `assurances export` to exports/dataset.json.",
        "type": "object",
        "additionalProperties": false,
        "required": ["version", "actors", "sources", "commitments", "claims", "events"],
        "properties": properties,
        "$defs": g.take_definitions(true),
    })
}

/// The names of the record fields whose value, or each item of it, has one of the `$defs`
/// types in `defs` (e.g. every field that holds a record id). Read from the derived schema, so
/// that tools which treat fields by type do not keep lists of their own.
///
/// ```
/// let ids = nato_assurances_cli::schema::fields_of_type(&["ActorId"]);
/// assert!(ids.contains("made_by") && ids.contains("speaker") && !ids.contains("title"));
/// ```
pub fn fields_of_type(defs: &[&str]) -> std::collections::BTreeSet<String> {
    fn refers(v: &Value, defs: &[&str]) -> bool {
        let direct = v
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/$defs/"))
            .is_some_and(|d| defs.contains(&d));
        direct
            || ["items", "anyOf", "oneOf", "allOf"]
                .iter()
                .filter_map(|k| v.get(*k))
                .any(|x| match x {
                    Value::Array(a) => a.iter().any(|y| refers(y, defs)),
                    y => refers(y, defs),
                })
    }
    let schema = dataset_schema();
    let objects = schema["$defs"]
        .as_object()
        .into_iter()
        .flat_map(|m| m.values());
    objects
        .filter_map(|o| o.get("properties").and_then(Value::as_object))
        .flat_map(|props| props.iter())
        .filter(|(_, prop)| refers(prop, defs))
        .map(|(name, _)| name.clone())
        .collect()
}

/// Every schema file: (file name, pretty JSON with trailing newline).
pub fn all_schema_files() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = RecordKind::ALL
        .into_iter()
        .map(|k| {
            (
                format!("{}.schema.json", k.name()),
                pretty(&record_schema(k)),
            )
        })
        .collect();
    out.push(("dataset.schema.json".into(), pretty(&dataset_schema())));
    out
}

/// Pretty JSON with a trailing newline.
pub fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}
