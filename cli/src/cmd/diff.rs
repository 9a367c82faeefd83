//! `assurances diff OLD.json NEW.json`: records added, removed and changed, field by field.

use crate::diff::{diff, render};
use serde_json::Value;
use std::path::Path;
use std::process::ExitCode;

fn read(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}:{}:{}: invalid JSON: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })
}

/// `assurances diff`: exit 0 when the exports hold the same records, 1 when they differ.
pub fn run(old: &Path, new: &Path, json: bool) -> Result<ExitCode, String> {
    let d = diff(&read(old)?, &read(new)?)?;
    if json {
        let v = serde_json::to_value(&d).map_err(|e| e.to_string())?;
        crate::out::println(format_args!(
            "{}",
            serde_json::to_string_pretty(&v).map_err(|e| e.to_string())?
        ));
    } else {
        crate::out::print(format_args!("{}", render(&d)));
    }
    Ok(if d.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
