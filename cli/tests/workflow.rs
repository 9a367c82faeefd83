//! The contributor workflow end to end, as CONTRIBUTING.md describes it: on a copy of the
//! repository's data, correct a date and add a quote with a new source, then validate, fmt,
//! export, and check the exact record diff that `assurances diff` reports; and two
//! contributors' branches that edit and add different records merge without a conflict.

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

fn assurances(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_assurances"))
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

fn replace(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(
        text.contains(from),
        "{} does not contain {from:?}",
        path.display()
    );
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn a_contributor_corrects_a_date_and_adds_a_quote_with_a_new_source() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path();
    std::fs::write(ws.join("Cargo.toml"), "[workspace]\nmembers = []\n").unwrap();
    copy_dir(&root().join("data"), &ws.join("data"));
    let (code, _, err) = assurances(ws, &["export", "--data", "data", "--out", "before"]);
    assert_eq!(code, 0, "{err}");

    // 1. Fix a date: the archive publication dates the transcript only to the month.
    let transcript = ws.join("data/sources/woerner-khasbulatov-transcript-1992-02-25.json");
    replace(
        &transcript,
        "\"published\": \"1992-02-25\"",
        "\"published\": \"1992-02\"",
    );

    // 2. Add a source with `new`, as CONTRIBUTING.md says; validate explains the TODOs.
    let (code, _, _) = assurances(ws, &["new", "source", "--id", "example-book-2026"]);
    assert_eq!(code, 0);
    let (code, out, _) = assurances(ws, &["validate"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("data/sources/example-book-2026.json") && out.contains("error[placeholder]"),
        "{out}"
    );
    let book = ws.join("data/sources/example-book-2026.json");
    replace(&book, "\"TODO: one of ", "\"book\", \"x\": \"");
    let text = std::fs::read_to_string(&book).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let o = v.as_object_mut().unwrap();
    o.remove("x");
    o.insert("title".into(), "An example book".into());
    o.insert("publisher".into(), "national-security-archive".into());
    o.insert("published".into(), "2026".into());
    o.insert("url".into(), "https://example.org/book".into());
    std::fs::write(&book, serde_json::to_string(&v).unwrap()).unwrap();

    // 3. Add a quote from it to the commitment (and the source to its sources).
    let commitment = ws.join("data/commitments/woerner-khasbulatov-non-interference-1992.json");
    replace(
        &commitment,
        "  \"sources\": [\n",
        "  \"sources\": [\n    {\"source\": \"example-book-2026\", \"locator\": \"p. 12\"},\n",
    );
    replace(
        &commitment,
        "  \"quotes\": [\n",
        "  \"quotes\": [\n    {\"text\": \"An example quote.\", \"kind\": \"verbatim\", \"language\": \"en\", \"speaker\": \"manfred-woerner\", \"source\": \"example-book-2026\", \"locator\": \"p. 12\"},\n",
    );

    // validate: only formatting is left; fmt fixes it; validate is clean; export writes.
    let (code, out, _) = assurances(ws, &["validate"]);
    assert_eq!(code, 1);
    assert!(
        out.lines()
            .filter(|l| l.contains("error["))
            .all(|l| l.contains("error[format]")),
        "{out}"
    );
    let (code, out, _) = assurances(ws, &["fmt"]);
    assert_eq!(code, 0, "{out}");
    let (code, out, err) = assurances(ws, &["validate"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, _, err) = assurances(ws, &["export", "--data", "data", "--out", "after"]);
    assert_eq!(code, 0, "{err}");

    // The reviewer's view: exactly the records and fields that changed.
    let (code, out, _) = assurances(ws, &["diff", "before/dataset.json", "after/dataset.json"]);
    assert_eq!(code, 1, "exports differ");
    let expected = "added    source example-book-2026
changed  source woerner-khasbulatov-transcript-1992-02-25
  /published: \"1992-02-25\" → \"1992-02\"
  lost /published: \"1992-02-25\" (in no field of the new record)
changed  commitment woerner-khasbulatov-non-interference-1992
  /quotes/0: ∅ → {\"kind\":\"verbatim\",\"language\":\"en\",\"locator\":\"p. 12\",\"source\":\"example-book-2026\",\"speaker\":\"manfred-woerner\",\"text\":\"An example quote.\"}
  /sources/0: ∅ → {\"locator\":\"p. 12\",\"source\":\"example-book-2026\"}
1 added, 0 removed, 2 changed, 1 value lost (version {v} → {v})
";
    let v = nato_assurances::DATA_VERSION;
    assert_eq!(out, expected.replace("{v}", v));
}

/// `benches/scale.sh` measures on `synth` output, so that output must pass every check:
/// a synthetic record that fails would measure error reporting, not the real pipeline.
#[test]
fn synthetic_data_at_scale_two_validates() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path();
    std::fs::write(ws.join("Cargo.toml"), "[workspace]\nmembers = []\n").unwrap();
    let data = root().join("data");
    let (code, out, err) = assurances(
        ws,
        &[
            "synth",
            "--scale",
            "2",
            "--data",
            data.to_str().unwrap(),
            "--out",
            "data",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    // Records are in the kind directories (the data directory also holds voice-words.json).
    let real: usize = std::fs::read_dir(&data)
        .unwrap()
        .map(|d| d.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| std::fs::read_dir(p).unwrap().count())
        .sum();
    assert!(
        out.contains(&format!("wrote {} records", 2 * real)),
        "{out}"
    );
    let (code, out, err) = assurances(ws, &["validate"]);
    assert_eq!(code, 0, "synthetic data does not validate:\n{out}{err}");
}

fn git(dir: &Path, args: &[&str]) -> String {
    let o = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org"])
        .args(args)
        .output()
        .expect("git runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.status.success(), "git {args:?} failed:\n{text}");
    text
}

/// Two contributors follow CONTRIBUTING.md on two branches: one corrects a record, the other
/// adds a new one; each adds its changelog fragment. The branches merge with no conflict and
/// the merged data passes every check: nothing generated from data/ is committed (build.rs
/// bakes the tables, `assurances export` writes the exports), and changelog entries are one
/// file per change.
#[test]
fn two_pull_requests_that_touch_different_records_merge_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let ws = tmp.path();
    std::fs::write(ws.join("Cargo.toml"), "[workspace]\nmembers = []\n").unwrap();
    copy_dir(&root().join("data"), &ws.join("data"));
    copy_dir(&root().join("changelog.d"), &ws.join("changelog.d"));
    for f in ["CHANGELOG.md", ".gitattributes"] {
        std::fs::copy(root().join(f), ws.join(f)).unwrap();
    }
    git(ws, &["init", "-q", "-b", "main"]);
    git(ws, &["add", "-A"]);
    git(ws, &["commit", "-q", "-m", "base"]);

    // Contributor 1 corrects a date.
    git(ws, &["checkout", "-q", "-b", "fix-date"]);
    replace(
        &ws.join("data/sources/woerner-khasbulatov-transcript-1992-02-25.json"),
        "\"published\": \"1992-02-25\"",
        "\"published\": \"1992-02\"",
    );
    std::fs::write(
        ws.join("changelog.d/woerner-khasbulatov-transcript-1992-02-25.md"),
        "- Corrected: `woerner-khasbulatov-transcript-1992-02-25` is dated to the month its publication gives.\n",
    )
    .unwrap();
    let (code, out, _) = assurances(ws, &["validate"]);
    assert_eq!(code, 0, "{out}");
    git(ws, &["add", "-A"]);
    git(ws, &["commit", "-q", "-m", "fix a date"]);

    // Contributor 2, from the same base, adds an actor.
    git(ws, &["checkout", "-q", "main"]);
    git(ws, &["checkout", "-q", "-b", "add-actor"]);
    std::fs::write(
        ws.join("data/actors/example-person.json"),
        "{\"kind\": \"person\", \"id\": \"example-person\", \"name\": \"Example Person\"}",
    )
    .unwrap();
    let (code, out, _) = assurances(ws, &["fmt"]);
    assert_eq!(code, 0, "{out}");
    std::fs::write(
        ws.join("changelog.d/example-person.md"),
        "- Added: `example-person`.\n",
    )
    .unwrap();
    let (code, out, _) = assurances(ws, &["validate"]);
    assert_eq!(code, 0, "{out}");
    git(ws, &["add", "-A"]);
    git(ws, &["commit", "-q", "-m", "add an actor"]);

    // The maintainer merges both.
    git(ws, &["checkout", "-q", "main"]);
    git(ws, &["merge", "-q", "--no-edit", "fix-date"]);
    git(ws, &["merge", "-q", "--no-edit", "add-actor"]);
    assert_eq!(git(ws, &["status", "--porcelain"]), "");
    let (code, out, err) = assurances(ws, &["validate"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = assurances(ws, &["fmt", "--check"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, err) = assurances(ws, &["show", "example-person", "--data", "data"]);
    assert_eq!(code, 0, "{out}{err}");
}

/// What the merge above relies on: the repository commits no file generated from data/.
#[test]
fn nothing_generated_from_data_is_committed() {
    assert!(!root().join("src/generated.rs").exists());
    let ignored = std::fs::read_to_string(root().join(".gitignore")).unwrap();
    assert!(ignored.lines().any(|l| l == "/exports"), "{ignored}");
}
