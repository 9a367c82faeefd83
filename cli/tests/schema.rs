//! The JSON Schemas in schema/: up to date with the Rust types, and every data file and the
//! export validate against them (with the `jsonschema` crate, no network).

use nato_assurances::vocab::all_vocabularies;
use nato_assurances::RecordKind;
use nato_assurances_cli::schema::all_schema_files;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn read_json(p: &Path) -> Value {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn validator(name: &str) -> jsonschema::Validator {
    let schema = read_json(&root().join("schema").join(name));
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{name} does not compile: {e}"))
}

#[test]
fn schema_files_are_up_to_date() {
    for (name, text) in all_schema_files() {
        let committed =
            std::fs::read_to_string(root().join("schema").join(&name)).unwrap_or_default();
        assert!(
            committed == text,
            "schema/{name} is stale; run `cargo run -p nato-assurances-cli -- generate` and commit the result"
        );
    }
}

#[test]
fn every_data_file_validates_against_its_schema() {
    let mut checked = 0;
    for kind in RecordKind::ALL {
        let v = validator(&format!("{}.schema.json", kind.name()));
        let dir = root().join("data").join(kind.dir());
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        assert!(!paths.is_empty(), "no {kind} records");
        for p in paths {
            let instance = read_json(&p);
            let errors: Vec<String> = v
                .iter_errors(&instance)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", p.display());
            checked += 1;
        }
    }
    assert!(checked >= 5);
}

#[test]
fn the_export_validates_against_the_dataset_schema() {
    let v = validator("dataset.schema.json");
    let export: Value = serde_json::from_str(&nato_assurances::dataset().to_json()).unwrap();
    let errors: Vec<String> = v.iter_errors(&export).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn the_schemas_reject_what_the_loader_rejects() {
    let v = validator("commitment.schema.json");
    let good =
        read_json(&root().join("data/commitments/woerner-khasbulatov-non-interference-1992.json"));
    assert!(v.is_valid(&good));
    type Mutation = (&'static str, fn(&mut Value));
    let mutations: [Mutation; 6] = [
        ("unknown field", |c| c["titel"] = "x".into()),
        ("bad date", |c| c["date"] = "25.02.1992".into()),
        ("unknown kind", |c| c["kind"] = "assurence".into()),
        ("missing summary", |c| {
            c.as_object_mut().unwrap().remove("summary");
        }),
        ("bad id", |c| c["made_by"][0] = "Manfred Woerner".into()),
        ("empty topics", |c| c["topics"] = serde_json::json!([])),
    ];
    for (what, m) in mutations {
        let mut c = good.clone();
        m(&mut c);
        assert!(!v.is_valid(&c), "schema accepts {what}");
        let text = serde_json::to_string(&c).unwrap();
        assert!(
            nato_assurances::check::Checker::new()
                .format_record(RecordKind::Commitment, "x.json", text.as_bytes())
                .is_err()
                || what == "bad id"
                || what == "empty topics",
            "loader accepts {what}"
        );
    }
}

#[test]
fn schema_enums_list_exactly_the_rust_vocabularies() {
    let schema = read_json(&root().join("schema/dataset.schema.json"));
    let text = schema.to_string();
    // Computed labels are not fields of the data, so the schema does not list them.
    for v in all_vocabularies()
        .iter()
        .filter(|v| !nato_assurances::vocab::COMPUTED.contains(&v.name))
    {
        let values: Vec<Value> = v.values.iter().map(|(s, _)| Value::from(*s)).collect();
        let needle = Value::Array(values).to_string();
        assert!(
            text.contains(&needle),
            "schema lacks the {} enum {needle}",
            v.name
        );
    }
}
