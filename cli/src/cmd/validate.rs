//! `assurances validate`: every rule of the library's checker, every error in one run.

use crate::validate::{report, validate_dir};
use crate::workspace::data_dir;
use std::path::PathBuf;
use std::process::ExitCode;

/// `assurances validate [--data DIR]`.
pub fn run(data: Option<PathBuf>) -> Result<ExitCode, String> {
    let dir = data_dir(data)?;
    match validate_dir(&dir) {
        Ok(ds) => {
            let [a, s, c, k, e] = ds.counts();
            let n = a + s + c + k + e;
            crate::out::println(format_args!(
                "ok: {n} files in {} ({a} actors, {s} sources, {c} commitments, {k} claims, {e} events)",
                dir.display()
            ));
            Ok(ExitCode::SUCCESS)
        }
        Err(diags) => Ok(report(&diags)),
    }
}
