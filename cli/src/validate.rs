//! `assurances validate`: every rule of the library's checker, every error in one run.

use nato_assurances::check::Checker;
use nato_assurances::{Dataset, Diagnostic};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The workspace root: the nearest ancestor of the current directory with a Cargo.toml that
/// declares `[workspace]` and a `data/` directory.
pub fn find_root() -> Result<PathBuf, String> {
    let cwd =
        std::env::current_dir().map_err(|e| format!("cannot read the current directory: {e}"))?;
    for dir in cwd.ancestors() {
        let manifest = dir.join("Cargo.toml");
        if dir.join("data").is_dir() {
            if let Ok(text) = std::fs::read_to_string(&manifest) {
                if text.contains("[workspace]") {
                    return Ok(dir.to_path_buf());
                }
            }
        }
    }
    Err(format!(
        "not inside a nato-assurances checkout (no Cargo.toml with [workspace] and data/ above {}); pass --data DIR",
        cwd.display()
    ))
}

/// The data directory: `--data` or the checkout's `data/`, shown relative to the current
/// directory where possible.
pub fn data_dir(data: Option<PathBuf>) -> Result<PathBuf, String> {
    let dir = match data {
        Some(d) => d,
        None => find_root()?.join("data"),
    };
    let cwd = std::env::current_dir().unwrap_or_default();
    Ok(match dir.strip_prefix(&cwd) {
        Ok(rel) if rel.as_os_str().is_empty() => PathBuf::from("."),
        Ok(rel) => rel.to_path_buf(),
        Err(_) => dir,
    })
}

/// The checker as the CLI runs it: with today's date (UTC) for the future-date rule.
pub fn checker() -> Checker {
    Checker::new().today(chrono::Utc::now().date_naive())
}

/// Validate a data directory. Returns the dataset or every error.
pub fn validate_dir(dir: &Path) -> Result<Dataset, Vec<Diagnostic>> {
    checker()
        .check_dir(dir)
        .map_err(|e| e.into_diagnostics())
}

/// Print diagnostics and a summary; returns the exit code.
pub fn report(diags: &[Diagnostic]) -> ExitCode {
    for d in diags {
        println!("{d}");
    }
    let files: BTreeSet<&str> = diags.iter().map(|d| d.file()).collect();
    eprintln!(
        "{} error{} in {} file{}",
        diags.len(),
        if diags.len() == 1 { "" } else { "s" },
        files.len(),
        if files.len() == 1 { "" } else { "s" }
    );
    ExitCode::from(1)
}

/// `assurances validate`.
pub fn run(data: Option<PathBuf>) -> Result<ExitCode, String> {
    let dir = data_dir(data)?;
    match validate_dir(&dir) {
        Ok(ds) => {
            let [a, s, c, k, e] = ds.counts();
            let n = a + s + c + k + e;
            println!(
                "ok: {n} files in {} ({a} actors, {s} sources, {c} commitments, {k} claims, {e} events)",
                dir.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(diags) => Ok(report(&diags)),
    }
}
