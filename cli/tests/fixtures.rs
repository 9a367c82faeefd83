//! A suite of real mistakes a contributor is likely to make. Each case under
//! `tests/fixtures/invalid/<case>/` is a set of files laid over a copy of the small valid data
//! directory `tests/fixtures/valid/`; the full output of `validate` for it is a snapshot, so the
//! wording of every message is reviewed like code.

mod common;
use common::copy_dir;

use nato_assurances::Code;
use nato_assurances_cli::validate::validate_dir;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn run_case(case: &Path) -> String {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    copy_dir(&fixtures().join("valid"), &data);
    copy_dir(case, &data);
    let diags = match validate_dir(&data) {
        Ok(_) => panic!("{} validates, but it is a mistake", case.display()),
        Err(d) => d,
    };
    assert!(!diags.is_empty());
    let prefix = format!("{}/", tmp.path().display());
    let mut out = String::new();
    for d in &diags {
        out.push_str(&d.to_string().replace(&prefix, ""));
        out.push('\n');
        // Every problem names its file; problems inside a file name a position too.
        assert!(d.file().contains("data/"), "{d}");
        let whole_file = matches!(
            d.code(),
            Code::UnexpectedFile | Code::UnexpectedDirectory | Code::TooLarge | Code::Io
        );
        assert!(whole_file || (d.line() >= 1 && d.column() >= 1), "{d}");
    }
    out
}

#[test]
fn the_base_fixture_is_valid() {
    let ds = validate_dir(&fixtures().join("valid")).expect("valid fixture");
    assert_eq!(ds.counts(), [3, 2, 1, 2, 1]);
}

#[test]
fn every_mistake_is_reported_with_its_exact_message() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    cases.sort();
    assert!(cases.len() >= 30, "at least 30 cases");
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let output = run_case(&case);
        insta::assert_snapshot!(name.clone(), output);
    }
}

#[test]
fn the_cli_exits_1_on_a_mistake_and_0_on_the_base() {
    let bin = env!("CARGO_BIN_EXE_assurances");
    let ok = std::process::Command::new(bin)
        .args(["validate", "--data"])
        .arg(fixtures().join("valid"))
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0));
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixtures().join("valid"), &tmp.path().join("data"));
    copy_dir(
        &fixtures().join("invalid/03-date-february-30"),
        &tmp.path().join("data"),
    );
    let bad = std::process::Command::new(bin)
        .args(["validate", "--data", "data"])
        .current_dir(tmp.path())
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(1));
    let stdout = String::from_utf8(bad.stdout).unwrap();
    assert!(stdout.starts_with("data/commitments/example-assurance.json:5:11: error[invalid-value] at /date: invalid date `1990-02-30`: February 1990 has 28 days"), "{stdout}");
}

mod mutated {
    use super::*;
    use proptest::prelude::*;
    use proptest::sample::Index;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        /// `validate` on a data directory with one mutated file never panics: it reports the
        /// file (with a position) or accepts it.
        #[test]
        fn validate_survives_a_mutated_file(file in any::<Index>(), pos in any::<Index>(), byte in any::<u8>(), op in 0u8..4) {
            let tmp = tempfile::tempdir().unwrap();
            let data = tmp.path().join("data");
            copy_dir(&fixtures().join("valid"), &data);
            let mut files: Vec<PathBuf> = ["actors", "sources", "commitments", "claims", "events"]
                .iter()
                .flat_map(|k| std::fs::read_dir(data.join(k)).unwrap().map(|e| e.unwrap().path()))
                .collect();
            files.sort();
            let target = &files[file.index(files.len())];
            let mut bytes = std::fs::read(target).unwrap();
            let at = pos.index(bytes.len() + 1);
            match op {
                0 => bytes.insert(at, byte),
                1 => { if at < bytes.len() { bytes[at] = byte; } }
                2 => bytes.truncate(at),
                _ => bytes.splice(at..at, b"\0\xEF\xBB\xBF\xFF".iter().copied()).for_each(drop),
            }
            std::fs::write(target, &bytes).unwrap();
            if let Err(diags) = validate_dir(&data) {
                prop_assert!(!diags.is_empty());
                let name = target.file_name().unwrap().to_string_lossy().into_owned();
                prop_assert!(diags.iter().any(|d| d.file().ends_with(&name)), "the mutated file is named: {:?}", diags);
                for d in &diags {
                    prop_assert!(d.line() >= 1 && d.column() >= 1, "{}", d);
                }
            }
        }
    }
}
