//! Validation as the CLI runs it: the library's checker, with today's date.

use nato_assurances::check::Checker;
use nato_assurances::{Dataset, Diagnostic};
use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

/// The checker as the CLI runs it: with today's date (UTC) for the future-date rule.
pub fn checker() -> Checker {
    Checker::new().today(chrono::Utc::now().date_naive())
}

/// Validate a data directory. Returns the dataset or every error.
pub fn validate_dir(dir: &Path) -> Result<Dataset, Vec<Diagnostic>> {
    checker().check_dir(dir).map_err(|e| e.into_diagnostics())
}

/// Print diagnostics and a summary; returns the exit code.
pub fn report(diags: &[Diagnostic]) -> ExitCode {
    for d in diags {
        crate::out::println(format_args!("{d}"));
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
