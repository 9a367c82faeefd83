//! `assurances export`: write the dataset for data consumers.

use crate::args::ExportFormat;
use crate::workspace::{load, write_atomic};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `assurances export --out DIR [--format F] [--data DIR]`.
pub fn run(out: &Path, format: ExportFormat, data: Option<PathBuf>) -> Result<ExitCode, String> {
    let ds = load(data)?;
    // The tables are built once, for the CSV files, the Data Package and the Parquet files.
    let tables = crate::export::tables(&ds);
    let release = crate::export::Release::of(&ds);
    for (name, text) in crate::export::export_files_of(&ds, &tables, &release)? {
        let wanted = match format {
            ExportFormat::All => true,
            ExportFormat::Json => name == "dataset.json",
            ExportFormat::Csv => name.starts_with("csv/"),
            ExportFormat::Datapackage => name != "dataset.json",
            ExportFormat::Parquet => false,
        };
        if wanted {
            let path = out.join(&name);
            write_atomic(&path, &text)?;
            crate::out::println(format_args!("wrote {}", path.display()));
        }
    }
    if matches!(format, ExportFormat::Parquet | ExportFormat::All) {
        for (name, bytes) in crate::export::parquet_files_of(&tables)? {
            let path = out.join(&name);
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            }
            std::fs::write(&path, bytes)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            crate::out::println(format_args!("wrote {}", path.display()));
        }
    }
    Ok(ExitCode::SUCCESS)
}
