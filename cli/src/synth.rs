//! A synthetic data generator for scale measurements (`assurances synth`, hidden from help):
//! writes a valid data directory with N copies of every real record, ids and references
//! renamed per copy, so the records have the real ones' shape and the checks pass.

use crate::workspace::write_atomic;
use nato_assurances::check::{canonical_json, read_data_dir, Checker};
use serde_json::Value;
use std::collections::HashSet;
use std::path::Path;
use std::process::ExitCode;

/// Renames, in copy `copy` of a record, its id and every reference to a record (the fields
/// in `references`), and tells copies of titles and URLs apart.
fn rename(v: &mut Value, key: &str, ids: &Ids, copy: usize) {
    match v {
        Value::String(s) if copy > 0 => {
            if ids.references.contains(key) && ids.ids.contains(s.as_str()) {
                *s = format!("{s}-copy-{copy}");
            } else if key == "title" {
                // Sources without a URL are told apart by title, date and publisher.
                *s = format!("{s} (copy {copy})");
            } else if key == "url" || key == "archived_url" {
                let sep = if s.contains('?') { '&' } else { '?' };
                *s = format!("{s}{sep}copy={copy}");
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| rename(x, key, ids, copy)),
        Value::Object(m) => m.iter_mut().for_each(|(k, x)| rename(x, k, ids, copy)),
        _ => {}
    }
}

/// The record ids, and the fields that hold them (from the derived schema).
struct Ids {
    ids: HashSet<String>,
    references: std::collections::BTreeSet<String>,
}

/// Write `scale` copies of every record under `from` into `out`.
pub fn synth(from: &Path, out: &Path, scale: usize) -> Result<ExitCode, String> {
    if scale == 0 {
        return Err("--scale must be at least 1".into());
    }
    let (files, problems) = read_data_dir(from);
    if !problems.is_empty() {
        return Err(format!(
            "{} has problems; run validate first",
            from.display()
        ));
    }
    let ids = Ids {
        ids: files.iter().map(|f| f.stem()).collect(),
        references: crate::schema::fields_of_type(&["Id", "ActorId", "SourceId", "CommitmentId"]),
    };
    let mut written = 0;
    let checker = Checker::new();
    for f in &files {
        let text = std::str::from_utf8(&f.bytes).map_err(|e| format!("{}: {e}", f.display))?;
        let record: Value =
            serde_json::from_str(text).map_err(|e| format!("{}: {e}", f.display))?;
        for copy in 0..scale {
            let mut r = record.clone();
            rename(&mut r, "", &ids, copy);
            let id = r["id"].as_str().unwrap_or_default().to_owned();
            let path = out.join(f.kind.dir()).join(format!("{id}.json"));
            // Through the typed record, so the file is in canonical key order.
            let canonical = checker
                .format_record(f.kind, &f.display, canonical_json(&r).as_bytes())
                .map_err(|e| e.to_string())?;
            write_atomic(&path, &canonical)?;
            written += 1;
        }
    }
    crate::out::println(format_args!("wrote {written} records to {}", out.display()));
    Ok(ExitCode::SUCCESS)
}
