//! The `assurances` binary end to end, on copies of data/ in temporary directories.

mod common;
use common::copy_dir;

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_assurances"))
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(dir: &Path, args: &[&str]) -> Out {
    let o = bin().current_dir(dir).args(args).output().expect("runs");
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// A temporary directory holding a copy of data/ as `data/`.
fn data_copy() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&root().join("data"), &tmp.path().join("data"));
    tmp
}

fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).unwrap();
    let new = f(text.clone());
    assert_ne!(new, text, "edit of {} changed nothing", path.display());
    std::fs::write(path, new).unwrap();
}

#[test]
fn validate_passes_on_the_real_data() {
    let out = run(&root(), &["validate"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.starts_with("ok: "));
}

#[test]
fn validate_reports_one_located_error_per_problem() {
    let tmp = data_copy();
    let data = tmp.path().join("data");
    // 1. A duplicate id: a record copied to a new file.
    std::fs::copy(
        data.join("actors/nato.json"),
        data.join("actors/nato-copy.json"),
    )
    .unwrap();
    // 2. A dangling actor reference.
    edit(
        &data.join("commitments/woerner-khasbulatov-non-interference-1992.json"),
        |t| {
            t.replacen(
                "\"made_to\": [\n    \"ruslan-khasbulatov\"",
                "\"made_to\": [\n    \"ruslan-khasbulatow\"",
                1,
            )
        },
    );
    // 3. An impossible date.
    edit(
        &data.join("events/nsarchive-release-2024-04-04.json"),
        |t| t.replace("\"date\": \"2024-04-04\"", "\"date\": \"1990-02-30\""),
    );
    // 4. An unknown field.
    edit(&data.join("actors/russia.json"), |t| {
        t.replacen(
            "\"name\": \"Russia\",",
            "\"name\": \"Russia\",\n  \"capital\": \"Moscow\",",
            1,
        )
    });
    // 5. An http:// URL.
    edit(
        &data.join("sources/sputnik-2024-04-06-nato-pledge-not-to-meddle.json"),
        |t| t.replace("\"url\": \"https://", "\"url\": \"http://"),
    );
    // 6. A file that is not JSON.
    std::fs::write(
        data.join("claims/notes.json"),
        "these are my notes, not JSON\n",
    )
    .unwrap();

    let out = run(tmp.path(), &["validate", "--data", "data"]);
    assert_eq!(out.code, 1, "{}", out.stdout);
    let lines: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| !l.starts_with("  help:"))
        .collect();
    assert_eq!(lines.len(), 6, "one error per problem:\n{}", out.stdout);
    for l in &lines {
        let mut parts = l.splitn(4, ':');
        let (file, line, col) = (
            parts.next().unwrap(),
            parts.next().unwrap(),
            parts.next().unwrap(),
        );
        assert!(file.starts_with("data/") && file.ends_with(".json"), "{l}");
        assert!(
            line.parse::<usize>().unwrap() > 0 && col.parse::<usize>().unwrap() > 0,
            "{l}"
        );
    }
    assert!(out.stderr.contains("6 errors in 6 files"), "{}", out.stderr);
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn fmt_check_and_fmt() {
    let tmp = data_copy();
    let file = tmp.path().join("data/actors/nato.json");
    assert_eq!(
        run(tmp.path(), &["fmt", "--check", "--data", "data"]).code,
        0
    );
    let canonical = std::fs::read_to_string(&file).unwrap();
    let compact: serde_json::Value = serde_json::from_str(&canonical).unwrap();
    std::fs::write(&file, serde_json::to_string(&compact).unwrap()).unwrap();

    let check = run(tmp.path(), &["fmt", "--check", "--data", "data"]);
    assert_eq!(check.code, 1);
    assert_eq!(check.stdout.trim(), "data/actors/nato.json");
    let validate = run(tmp.path(), &["validate", "--data", "data"]);
    assert_eq!(validate.code, 1);
    assert!(
        validate.stdout.contains("error[format]"),
        "{}",
        validate.stdout
    );

    assert_eq!(run(tmp.path(), &["fmt", "--data", "data"]).code, 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), canonical);
    let again = run(tmp.path(), &["fmt", "--data", "data"]);
    assert_eq!(
        (again.code, again.stdout.as_str()),
        (0, ""),
        "fmt is idempotent"
    );
}

#[test]
fn fmt_never_rewrites_an_invalid_file() {
    let tmp = data_copy();
    let file = tmp.path().join("data/actors/russia.json");
    let broken =
        "{\"id\": \"russia\", \"kind\": \"state\", \"name\": \"Russia\", \"capital\": \"Moscow\"}";
    std::fs::write(&file, broken).unwrap();
    let out = run(tmp.path(), &["fmt", "--data", "data"]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("unknown field `capital`"),
        "{}",
        out.stdout
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), broken);
}

#[test]
fn new_scaffolds_a_record_that_validate_explains() {
    let tmp = data_copy();
    let out = run(
        tmp.path(),
        &[
            "new",
            "commitment",
            "--id",
            "example-new-commitment",
            "--data",
            "data",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let path = tmp
        .path()
        .join("data/commitments/example-new-commitment.json");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("\"id\": \"example-new-commitment\""));
    let v = run(tmp.path(), &["validate", "--data", "data"]);
    assert_eq!(v.code, 1);
    insta::assert_snapshot!(v.stdout);
    // A second `new` with the same id refuses to overwrite.
    let again = run(
        tmp.path(),
        &[
            "new",
            "commitment",
            "--id",
            "example-new-commitment",
            "--data",
            "data",
        ],
    );
    assert_ne!(again.code, 0);
    assert!(again.stderr.contains("already exists"));
    for kind in ["claim", "source", "actor", "event"] {
        let id = format!("example-new-{kind}");
        assert_eq!(
            run(tmp.path(), &["new", kind, "--id", &id, "--data", "data"]).code,
            0
        );
    }
    // Every template has the current shape: what validate reports about them is only the
    // placeholders left to fill.
    let v = run(tmp.path(), &["validate", "--data", "data"]);
    let errors: Vec<&str> = v
        .stdout
        .lines()
        .filter(|l| l.contains("example-new-") && l.contains(": error["))
        .collect();
    assert!(!errors.is_empty());
    assert!(
        errors.iter().all(|l| l.contains("error[placeholder]")),
        "{}",
        v.stdout
    );
    let bad = run(
        tmp.path(),
        &["new", "actor", "--id", "Not Kebab", "--data", "data"],
    );
    assert_eq!(bad.code, 2);
}

#[test]
fn generate_writes_the_schemas_and_check_detects_staleness() {
    let tmp = data_copy();
    std::fs::write(tmp.path().join("Cargo.toml"), "[workspace]\nmembers = []\n").unwrap();
    let stale = run(tmp.path(), &["generate", "--check"]);
    assert_eq!(stale.code, 1);
    assert!(
        stale
            .stdout
            .contains("stale: schema/commitment.schema.json"),
        "{}",
        stale.stdout
    );
    assert!(stale
        .stderr
        .contains("cargo run -p nato-assurances-cli -- generate"));
    assert_eq!(run(tmp.path(), &["generate"]).code, 0);
    assert_eq!(run(tmp.path(), &["generate", "--check"]).code, 0);
    for f in [
        "schema/commitment.schema.json",
        "schema/dataset.schema.json",
    ] {
        let fresh = std::fs::read_to_string(tmp.path().join(f)).unwrap();
        let committed = std::fs::read_to_string(root().join(f)).unwrap();
        assert!(
            fresh == committed,
            "{f} in the repository differs from a fresh generate"
        );
    }
    // Nothing else is generated into the checkout: the tables are baked at build time and
    // the exports are written on request.
    assert!(!tmp.path().join("src/generated.rs").exists());
    assert!(!tmp.path().join("exports").exists());
}

#[test]
fn export_json_is_the_embedded_dataset() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(tmp.path(), &["export", "--out", "out", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let a = std::fs::read_to_string(tmp.path().join("out/dataset.json")).unwrap();
    // The export carries the fingerprint of the embedded data, and the release date only when
    // that data is the released data (on main after a data change it is not).
    let released = (nato_assurances::DATA_FINGERPRINT == nato_assurances::DATA_RELEASE_FINGERPRINT)
        .then_some(nato_assurances::DATA_RELEASED);
    let expected =
        nato_assurances::dataset().export_json(released, Some(nato_assurances::DATA_FINGERPRINT));
    assert!(a == expected);
}

#[test]
fn list_filters() {
    let all = run(&root(), &["list", "commitments"]);
    assert_eq!(all.code, 0);
    let n = all.stdout.lines().count();
    assert!(n >= 1);
    let woerner = run(&root(), &["list", "commitments", "--actor", "Woerner"]);
    assert!(woerner
        .stdout
        .contains("woerner-khasbulatov-non-interference-1992"));
    let none = run(
        &root(),
        &["list", "commitments", "--from", "2030", "--to", "2031"],
    );
    assert_eq!((none.code, none.stdout.as_str()), (0, ""));
    let topic = run(
        &root(),
        &[
            "list",
            "commitments",
            "--topic",
            "non_interference",
            "--json",
        ],
    );
    let v: serde_json::Value = serde_json::from_str(&topic.stdout).unwrap();
    assert!(v.as_array().unwrap().iter().all(|c| c["topics"]
        .as_array()
        .unwrap()
        .contains(&"non_interference".into())));
    let bad = run(&root(), &["list", "commitments", "--kind", "assurence"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("did you mean `assurance`?"));
    let bad_date = run(&root(), &["list", "claims", "--from", "1990-02-30"]);
    assert!(bad_date.stderr.contains("February 1990 has 28 days"));
    // On the fixture data, so that data pull requests do not all change one snapshot.
    let fixture = root().join("cli/tests/fixtures/valid");
    let sources = run(
        &root(),
        &["list", "sources", "--data", fixture.to_str().unwrap()],
    );
    insta::assert_snapshot!("list_sources", sources.stdout);
}

#[test]
fn list_arguments_are_typed_per_collection() {
    // Without a collection, `list` lists commitments, with the commitment filters.
    let default = run(&root(), &["list", "--actor", "Woerner"]);
    let explicit = run(&root(), &["list", "commitments", "--actor", "Woerner"]);
    assert_eq!(default.code, 0, "{}", default.stderr);
    assert_eq!(default.stdout, explicit.stdout);
    assert!(default
        .stdout
        .contains("woerner-khasbulatov-non-interference-1992"));
    // Filters a collection does not have are clap errors: claims have no kind, actors no
    // dates, only commitments have topics.
    for args in [
        &["list", "claims", "--kind", "assurance"][..],
        &["list", "actors", "--from", "1990"],
        &["list", "sources", "--topic", "nato_enlargement"],
    ] {
        let out = run(&root(), args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains("unexpected argument"), "{}", out.stderr);
    }
    // A bad kind names the valid values of that collection's vocabulary.
    let bad = run(&root(), &["list", "sources", "--kind", "newsarticle"]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr.contains("did you mean `news_article`?")
            && bad
                .stderr
                .contains("expected one of: memorandum_of_conversation,"),
        "{}",
        bad.stderr
    );
    let help = run(&root(), &["list", "events", "--help"]);
    assert!(
        help.stdout
            .contains("[possible values: enlargement, summit,"),
        "{}",
        help.stdout
    );
}

#[test]
fn show_unknown_id_suggests() {
    let out = run(&root(), &["show", "manfred-worner"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("did you mean `manfred-woerner`?"),
        "{}",
        out.stderr
    );
}

#[test]
fn show_every_record_resolved() {
    insta::glob!("../../data", "*/*.json", |path| {
        let id = path.file_stem().unwrap().to_str().unwrap();
        let out = run(&root(), &["show", id]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        insta::assert_snapshot!(out.stdout);
        let json = run(&root(), &["show", id, "--json"]);
        assert_eq!(
            json.stdout,
            std::fs::read_to_string(path).unwrap(),
            "show --json prints the canonical file"
        );
    });
}

#[test]
fn runs_from_a_subdirectory_and_fails_cleanly_outside_a_checkout() {
    let out = run(&root().join("cli/src"), &["validate"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let tmp = tempfile::tempdir().unwrap();
    let out = run(tmp.path(), &["validate"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("pass --data DIR"), "{}", out.stderr);
}
