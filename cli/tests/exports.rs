//! The exports for data consumers: deterministic, internally consistent, and their shape under
//! snapshot. (They are not committed: `assurances export` writes them, CI validates them, and
//! releases carry them; so two data pull requests never conflict in them.)

use nato_assurances::{dataset, Dataset};
use nato_assurances_cli::cmd::balance::{balance_json, balance_text};
use nato_assurances_cli::cmd::generate::generated_files;
use nato_assurances_cli::cmd::summary::summary_text;
use nato_assurances_cli::diff::{diff, render};
use nato_assurances_cli::export::{datapackage, tables, Release};
use serde_json::{json, Value};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[test]
fn every_generated_file_is_up_to_date() {
    for (rel, text) in generated_files() {
        let committed = std::fs::read(root().join(&rel)).unwrap_or_default();
        assert!(
            committed == text.as_bytes(),
            "{} is stale; run `cargo run -p nato-assurances-cli -- generate` and commit the result",
            rel.display()
        );
    }
}

/// `assurances export --format all` into a new directory.
fn export_all() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_assurances"))
        .args(["export", "--format", "all", "--out"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(status.status.success(), "{status:?}");
    dir
}

/// One export of the embedded dataset, shared by the tests that read it.
fn exported() -> &'static Path {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    DIR.get_or_init(export_all).path()
}

#[test]
fn export_is_byte_identical_on_rerun() {
    let again = export_all();
    let files = nato_assurances_cli::export::export_files(dataset()).unwrap();
    assert!(files.len() > 20);
    for (rel, text) in files {
        let x = std::fs::read(exported().join(&rel)).unwrap();
        let y = std::fs::read(again.path().join(&rel)).unwrap();
        assert!(x == y && x == text.as_bytes(), "{rel} differs between runs");
    }
}

fn read_csv(name: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let path = exported().join("csv").join(format!("{name}.csv"));
    let mut r = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_path(&path)
        .unwrap();
    let header = r.headers().unwrap().iter().map(str::to_owned).collect();
    let rows = r
        .records()
        .map(|x| x.unwrap().iter().map(str::to_owned).collect())
        .collect();
    (header, rows)
}

#[test]
fn csv_tables_agree_with_the_datapackage_and_the_dataset() {
    let ds = dataset();
    let package: Value = serde_json::from_str(
        &std::fs::read_to_string(exported().join("datapackage.json")).unwrap(),
    )
    .unwrap();
    let resources = package["resources"].as_array().unwrap();
    let mut keys: BTreeMap<String, (Vec<String>, Vec<Vec<String>>)> = BTreeMap::new();
    for r in resources {
        let name = r["name"].as_str().unwrap();
        let (header, rows) = read_csv(name);
        let fields: Vec<&str> = r["schema"]["fields"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["name"].as_str().unwrap())
            .collect();
        assert_eq!(header, fields, "{name}: CSV header = schema fields");
        assert!(
            rows.iter().all(|row| row.len() == header.len()),
            "{name}: every row has every column"
        );
        // The primary key is unique.
        let pk: Vec<usize> = r["schema"]["primaryKey"]
            .as_array()
            .unwrap()
            .iter()
            .map(|k| {
                header
                    .iter()
                    .position(|h| h == k.as_str().unwrap())
                    .unwrap()
            })
            .collect();
        let mut seen = HashSet::new();
        for row in &rows {
            let key: Vec<&str> = pk.iter().map(|&i| row[i].as_str()).collect();
            assert!(
                seen.insert(key.join("\u{1f}")),
                "{name}: duplicate primary key {key:?}"
            );
        }
        keys.insert(name.to_owned(), (header, rows));
    }
    // Foreign keys resolve (frictionless checks this too, in .ci/run).
    for r in resources {
        let name = r["name"].as_str().unwrap();
        for fk in r["schema"]["foreignKeys"].as_array().into_iter().flatten() {
            let col = fk["fields"].as_str().unwrap();
            let target = match fk["reference"]["resource"].as_str().unwrap() {
                "" => name,
                t => t,
            };
            let (th, trows) = &keys[target];
            let ti = th
                .iter()
                .position(|h| h == fk["reference"]["fields"].as_str().unwrap())
                .unwrap();
            let ids: HashSet<&str> = trows.iter().map(|row| row[ti].as_str()).collect();
            let (h, rows) = &keys[name];
            let ci = h.iter().position(|x| x == col).unwrap();
            for row in rows.iter().filter(|row| !row[ci].is_empty()) {
                assert!(
                    ids.contains(row[ci].as_str()),
                    "{name}.{col} = {} not in {target}",
                    row[ci]
                );
            }
        }
    }
    // Row counts follow from the dataset.
    let [a, s, c, k, e] = ds.counts();
    assert_eq!(
        (
            keys["actors"].1.len(),
            keys["sources"].1.len(),
            keys["commitments"].1.len(),
            keys["claims"].1.len(),
            keys["events"].1.len()
        ),
        (a, s, c, k, e)
    );
    let roles: usize = ds
        .commitments()
        .map(|c| c.made_by().len() + c.made_to().len() + c.parties().len())
        .sum();
    assert_eq!(keys["commitment_actors"].1.len(), roles);
    // One quotes table: the commitments' quotes and the claims'.
    let quotes: usize = ds.commitments().map(|c| c.quotes().len()).sum::<usize>()
        + ds.claims().filter(|k| k.quote().is_some()).count();
    assert_eq!(keys["quotes"].1.len(), quotes);
    assert_eq!(keys["commitments_sheet"].1.len(), c);
    let stances: usize = ds
        .claims()
        .flat_map(|c| c.about())
        .map(|t| t.stances().len())
        .sum();
    assert_eq!(keys["claim_targets"].1.len(), stances);
    let links: usize = ds.claims().map(|c| c.responds_to().len()).sum();
    assert_eq!(keys["claim_links"].1.len(), links);
    let facts: usize = ds.actors().map(|a| a.ownership().len()).sum();
    assert_eq!(keys["actor_ownership"].1.len(), facts);
    // Dates: the EDTF string and its bounds.
    let (h, rows) = &keys["commitments"];
    let (d, de, dl) = (
        h.iter().position(|x| x == "date").unwrap(),
        h.iter().position(|x| x == "date_earliest").unwrap(),
        h.iter().position(|x| x == "date_latest").unwrap(),
    );
    for row in rows {
        let pd: nato_assurances::PartialDate = row[d].parse().unwrap();
        assert_eq!(
            (row[de].as_str(), row[dl].as_str()),
            (
                pd.earliest().to_string().as_str(),
                pd.latest().to_string().as_str()
            )
        );
    }
}

/// The small fictional dataset of the fixtures: snapshots of whole-dataset views use it, so
/// that a data pull request never changes them (two would conflict in the same lines).
fn fixture() -> Dataset {
    nato_assurances_cli::validate::validate_dir(&root().join("cli/tests/fixtures/valid"))
        .expect("the valid fixture validates")
}

#[test]
fn export_shape_snapshot() {
    let ds = &fixture();
    let mut o = String::new();
    for t in tables(ds) {
        o.push_str(&format!(
            "{} ({} rows)\n  {}\n",
            t.name,
            t.rows.len(),
            t.fields
                .iter()
                .map(|f| f.name.as_str())
                .collect::<Vec<_>>()
                .join(",")
        ));
    }
    let package = datapackage(ds, &tables(ds), &Release::of(ds));
    o.push_str(&format!(
        "datapackage: {} resources, licence {}\n",
        package["resources"].as_array().unwrap().len(),
        package["licenses"][0]["name"]
    ));
    insta::assert_snapshot!(o);
}

#[test]
fn dataset_summary_snapshot() {
    insta::assert_snapshot!(summary_text(&fixture()));
}

/// The balance report of the fixture: a claim from a state-owned organization (its owning
/// state is not in NATO) and one from a person out of office, disputing each other.
#[test]
fn balance_report_snapshot() {
    let ds = fixture();
    insta::assert_snapshot!(balance_text(&ds));
    insta::assert_snapshot!(balance_json(&ds));
}

/// On the real data, the report's totals add up to the records they count.
#[test]
fn balance_report_of_the_embedded_data_adds_up() {
    let ds = dataset();
    let b = ds.balance();
    let active = || ds.claims().filter(|k| k.withdrawn().is_none());
    assert_eq!(b.claims_by_group.values().sum::<usize>(), active().count());
    let stances: usize = active()
        .flat_map(|k| k.about())
        .map(|t| t.stances().len())
        .sum();
    let counted: usize = b.stances_by_group.values().flat_map(|m| m.values()).sum();
    assert_eq!(counted, stances);
    for id in &b.one_sided {
        let c = b.commitments.iter().find(|c| c.id == *id).unwrap();
        assert!(c.disputed && c.groups.len() == 1, "{id}");
    }
    let json: Value = serde_json::from_str(&balance_json(ds)).unwrap();
    assert_eq!(json["version"], ds.version());
}

fn export() -> Value {
    serde_json::from_str(&dataset().to_json()).unwrap()
}

#[test]
fn diff_of_identical_exports_is_empty() {
    let d = diff(&export(), &export()).unwrap();
    assert!(d.is_empty());
    let v = nato_assurances::DATA_VERSION;
    assert!(render(&d).ends_with(&format!(
        "0 added, 0 removed, 0 changed, 0 values lost (version {v} → {v})\n"
    )));
}

#[test]
fn diff_reports_a_correction_field_by_field() {
    let old = export();
    let mut new = old.clone();
    new["version"] = json!("0.1.1");
    // A corrected date, a new quote with a new source, and a withdrawn claim removed from a fork.
    let c = new["commitments"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c["id"] == "woerner-khasbulatov-non-interference-1992")
        .unwrap();
    c["date"] = json!("1992-02");
    let (nq, ns) = (
        c["quotes"].as_array().unwrap().len(),
        c["sources"].as_array().unwrap().len(),
    );
    c["quotes"].as_array_mut().unwrap().push(json!({"text": "T", "kind": "verbatim", "language": "en", "speaker": "manfred-woerner", "source": "new-source"}));
    c["sources"]
        .as_array_mut()
        .unwrap()
        .push(json!({"source": "new-source"}));
    new["sources"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "new-source", "kind": "book", "title": "A book", "language": "en"}));
    new["claims"]
        .as_array_mut()
        .unwrap()
        .retain(|k| k["id"] != "globaleuronews-2024-04-05-woerner-assured-non-interference");
    let d = diff(&old, &new).unwrap();
    assert_eq!(d.added.len(), 1);
    assert_eq!(d.removed.len(), 1);
    assert_eq!(d.changed.len(), 1);
    let pointers: Vec<&str> = d.changed[0]
        .changes
        .iter()
        .map(|c| c.pointer.as_str())
        .collect();
    assert_eq!(
        pointers,
        [
            "/date".to_owned(),
            format!("/quotes/{nq}"),
            format!("/sources/{ns}")
        ]
    );
    insta::assert_snapshot!(render(&d));
    // The loader accepts the corrected fork, so the diff compares two loadable versions.
    assert!(Dataset::from_json(&new.to_string()).is_ok());
}

#[test]
fn diff_rejects_what_is_not_an_export() {
    assert!(diff(&json!([]), &export())
        .unwrap_err()
        .contains("not an export"));
    assert!(diff(&json!({"actors": [{"name": "x"}]}), &export())
        .unwrap_err()
        .contains("has no string `id`"));
}

/// The Parquet files hold the same tables as the CSVs: the same columns, the same number of
/// rows, dates as DATE and vocabularies dictionary-encoded.
#[test]
fn parquet_tables_match_the_csv_tables() {
    use arrow_schema::DataType;
    use parquet::arrow::arrow_reader::ParquetRecordBatchReaderBuilder;
    let ds = fixture();
    let files = nato_assurances_cli::export::parquet_files(&ds).unwrap();
    let tables = tables(&ds);
    assert_eq!(files.len(), tables.len());
    for (t, (name, bytes)) in tables.iter().zip(files) {
        assert_eq!(name, format!("parquet/{}.parquet", t.name));
        let reader = ParquetRecordBatchReaderBuilder::try_new(bytes::Bytes::from(bytes))
            .unwrap()
            .build()
            .unwrap();
        let batches: Vec<_> = reader.map(Result::unwrap).collect();
        let rows: usize = batches.iter().map(|b| b.num_rows()).sum();
        assert_eq!(rows, t.rows.len(), "{}", t.name);
        let Some(b) = batches.first() else { continue };
        let schema = b.schema();
        let names: Vec<&str> = schema.fields().iter().map(|f| f.name().as_str()).collect();
        let expected: Vec<&str> = t.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, expected, "{}", t.name);
        for (f, field) in t.fields.iter().zip(schema.fields()) {
            let want = match (f.kind, f.vocabulary) {
                (nato_assurances_cli::export::Type::Date, _) => "date",
                (_, Some(_)) => "dictionary",
                (nato_assurances_cli::export::Type::Integer, _) => "integer",
                _ => "other",
            };
            let got = match field.data_type() {
                DataType::Date32 => "date",
                DataType::Dictionary(..) => "dictionary",
                DataType::Int64 => "integer",
                _ => "other",
            };
            assert_eq!(got, want, "{}.{}", t.name, f.name);
        }
    }
}
