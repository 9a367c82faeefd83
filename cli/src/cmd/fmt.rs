//! `assurances fmt [--check]`: rewrite data files in canonical form.

use crate::validate::{checker, report};
use crate::workspace::{data_dir, write_atomic};
use nato_assurances::check::read_data_dir;
use std::path::PathBuf;
use std::process::ExitCode;

/// `assurances fmt [--check] [--data DIR]`. An invalid file is reported, never rewritten.
pub fn run(check: bool, data: Option<PathBuf>) -> Result<ExitCode, String> {
    let dir = data_dir(data)?;
    let (files, mut errors) = read_data_dir(&dir);
    let mut differ = Vec::new();
    let checker = checker();
    for f in &files {
        match checker.format_record(f.kind, &f.display, &f.bytes) {
            Ok(canonical) => {
                if canonical.as_bytes() != f.bytes.as_slice() {
                    differ.push(f.display.clone());
                    if !check {
                        write_atomic(&f.path, &canonical)?;
                    }
                }
            }
            Err(e) => errors.extend(e.into_diagnostics()),
        }
    }
    for f in &differ {
        crate::out::println(format_args!("{}{f}", if check { "" } else { "formatted " }));
    }
    if check && !differ.is_empty() {
        eprintln!(
            "{} file(s) not in canonical form; run `assurances fmt`",
            differ.len()
        );
    }
    if !errors.is_empty() {
        return Ok(report(&errors));
    }
    Ok(if check && !differ.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
