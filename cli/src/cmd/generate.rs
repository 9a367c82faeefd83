//! `assurances generate [--check]`: write the JSON Schemas, derived from the record types, and
//! `CITATION.cff`, from the release metadata.
//! (The baked tables are written by build.rs at build time and the exports by `assurances
//! export`; neither is committed.)

use crate::schema;
use crate::workspace::{find_root, write_atomic};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Every generated file, relative to the workspace root, with its contents.
pub fn generated_files() -> Vec<(PathBuf, String)> {
    let mut files: Vec<(PathBuf, String)> = schema::all_schema_files()
        .into_iter()
        .map(|(name, text)| (Path::new("schema").join(name), text))
        .collect();
    files.push((PathBuf::from("CITATION.cff"), crate::cite::citation_cff()));
    files
}

/// Files in the generated directories that generate would not write (left over from an
/// earlier layout), relative to `root`.
fn leftovers(root: &Path, expected: &[(PathBuf, String)]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["schema"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let rel = Path::new(dir).join(e.file_name());
            if e.path().is_file() && !expected.iter().any(|(p, _)| *p == rel) {
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

/// `assurances generate [--check]`.
pub fn run(check: bool) -> Result<ExitCode, String> {
    let root = find_root()?;
    let files = generated_files();
    let mut stale = Vec::new();
    for (rel, text) in &files {
        let path = root.join(rel);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != *text {
            stale.push(rel.display().to_string());
            if !check {
                write_atomic(&path, text)?;
            }
        }
    }
    for rel in leftovers(&root, &files) {
        stale.push(format!("{} (not generated any more)", rel.display()));
        if !check {
            std::fs::remove_file(root.join(&rel))
                .map_err(|e| format!("cannot remove {}: {e}", rel.display()))?;
        }
    }
    Ok(if check {
        report_check(&stale)
    } else {
        report_written(&stale)
    })
}

/// What `generate --check` found.
fn report_check(stale: &[String]) -> ExitCode {
    for s in stale {
        crate::out::println(format_args!("stale: {s}"));
    }
    if !stale.is_empty() {
        eprintln!("generated files are stale; run `cargo run -p nato-assurances-cli -- generate`");
        return ExitCode::from(1);
    }
    crate::out::println(format_args!("generated files are up to date"));
    ExitCode::SUCCESS
}

/// What `generate` wrote.
fn report_written(written: &[String]) -> ExitCode {
    for s in written {
        crate::out::println(format_args!("wrote {s}"));
    }
    if written.is_empty() {
        crate::out::println(format_args!("generated files were already up to date"));
    }
    ExitCode::SUCCESS
}
