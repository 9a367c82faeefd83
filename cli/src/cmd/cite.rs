//! `assurances cite [ID] [--format text|bibtex|csl-json]`.

use crate::cite::{cite, Format};
use crate::workspace::load;
use std::path::PathBuf;
use std::process::ExitCode;

/// Print the citation of the dataset or of the record `id`.
pub fn run(id: Option<&str>, format: Format, data: Option<PathBuf>) -> Result<ExitCode, String> {
    let ds = load(data)?;
    crate::out::print(cite(&ds, id, format)?);
    Ok(ExitCode::SUCCESS)
}
