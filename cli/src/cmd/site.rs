//! `assurances site`: write the browsable static site.

use crate::workspace::load;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `assurances site --out DIR [--base-url URL] [--data DIR]`.
pub fn run(out: &Path, base_url: Option<&str>, data: Option<PathBuf>) -> Result<ExitCode, String> {
    let ds = load(data)?;
    let started = std::time::Instant::now();
    let report = crate::site::build(&ds, out, base_url)?;
    crate::out::println(format_args!(
        "wrote {} pages ({} files, {} bytes) to {} in {:.2} s; largest page {} ({} bytes)",
        report.pages,
        report.files,
        report.bytes,
        out.display(),
        started.elapsed().as_secs_f64(),
        report.largest.0,
        report.largest.1
    ));
    Ok(ExitCode::SUCCESS)
}
