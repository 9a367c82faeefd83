//! One declaration of each record's shape: the JSON Schema is derived from the Rust types, and
//! every field it lists must be held by the CSV tables. Each table declares the fields its
//! columns cover (`Table::covers`); this test fails when a record type or one of its parts
//! has a field that no table covers, or a table claims a field the type does not have.
//! (The baked layout is compared with the schema by a unit test in the library,
//! `json_schema::tests`.)

use nato_assurances::{check::Checker, Dataset, RecordKind};
use nato_assurances_cli::export::tables;
use nato_assurances_cli::schema::record_schema;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

type Fields = BTreeMap<String, BTreeSet<String>>;

/// A small dataset loaded from JSON (not the baked tables, which a change of a type's fields
/// leaves stale until `generate` is run).
fn small_dataset() -> Dataset {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
    Checker::new()
        .check_dir(&dir)
        .expect("the valid fixture loads")
}

/// The schema name of a record kind's type (`commitment` → `Commitment`).
fn type_name(kind: RecordKind) -> String {
    let name = kind.name();
    name[..1].to_uppercase() + &name[1..]
}

fn properties(schema: &Value) -> Option<BTreeSet<String>> {
    Some(
        schema
            .get("properties")?
            .as_object()?
            .keys()
            .cloned()
            .collect(),
    )
}

/// The fields of every record type and part, from the derived JSON Schemas.
fn schema_fields() -> Fields {
    let mut out = Fields::new();
    for kind in RecordKind::ALL {
        let schema = record_schema(kind);
        out.insert(
            type_name(kind),
            properties(&schema).expect("records are objects"),
        );
        for (name, def) in schema["$defs"].as_object().into_iter().flatten() {
            if let Some(p) = properties(def) {
                out.insert(name.clone(), p);
            }
        }
    }
    out
}

/// The fields the CSV tables declare they cover, by type.
fn csv_fields() -> Fields {
    let mut out = Fields::new();
    for table in tables(&small_dataset()) {
        for (ty, fields) in &table.covers {
            let set = out.entry((*ty).to_owned()).or_default();
            set.extend(fields.iter().map(|f| (*f).to_owned()));
        }
    }
    out
}

#[test]
fn the_csv_tables_cover_every_field_of_every_record_type() {
    let schema = schema_fields();
    assert!(schema.len() >= 14, "{:?}", schema.keys());
    let csv = csv_fields();
    for (ty, fields) in &schema {
        let covered = csv.get(ty).cloned().unwrap_or_default();
        let missing: Vec<&String> = fields.difference(&covered).collect();
        assert!(
            missing.is_empty(),
            "{ty}: no CSV table covers {missing:?}; add a column (and list the field in the \
             table's `covers`) in cli/src/export.rs"
        );
    }
    for (ty, covered) in &csv {
        let fields = schema.get(ty).cloned().unwrap_or_default();
        let stale: Vec<&String> = covered.difference(&fields).collect();
        assert!(
            stale.is_empty(),
            "{ty}: CSV tables claim {stale:?}, which the type does not have"
        );
    }
}

#[test]
fn every_table_covers_some_field() {
    for table in tables(&small_dataset()) {
        assert!(
            table.derived == table.covers.is_empty(),
            "{}: a table covers record fields exactly when it is not a derived view",
            table.name
        );
    }
}
