//! Where the data is: the enclosing checkout, its `data/` directory, the dataset to read,
//! and how files in it are written.

use crate::validate::validate_dir;
use nato_assurances::Dataset;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

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

/// The embedded dataset, or the dataset of `--data DIR` after validation.
pub fn load(data: Option<PathBuf>) -> Result<Cow<'static, Dataset>, String> {
    let Some(dir) = data else {
        return Ok(Cow::Borrowed(nato_assurances::dataset()));
    };
    match validate_dir(&dir) {
        Ok(ds) => Ok(Cow::Owned(ds)),
        Err(diags) => {
            for d in &diags {
                eprintln!("{d}");
            }
            Err(format!(
                "{} has {} error(s); run `assurances validate --data {}`",
                dir.display(),
                diags.len(),
                dir.display()
            ))
        }
    }
}

/// Write a file atomically (temporary file in the same directory, then rename).
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    std::fs::write(&tmp, contents).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot replace {}: {e}", path.display())
    })
}
