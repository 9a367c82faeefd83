//! `assurances show ID`: one record, resolved, or its canonical JSON.

use crate::present;
use crate::workspace::load;
use nato_assurances::check::canonical_json;
use nato_assurances::{Dataset, Query, RecordKind};
use std::path::PathBuf;
use std::process::ExitCode;

/// `assurances show ID [--json] [--data DIR]`.
pub fn run(id: &str, json: bool, data: Option<PathBuf>) -> Result<ExitCode, String> {
    let ds = load(data)?;
    let Some(record) = ds.get(id) else {
        return Err(not_found(&ds, id));
    };
    if json {
        crate::out::print(format_args!("{}", canonical_json(&record)));
    } else {
        crate::out::print(format_args!("{}", present::show(&ds, record)));
    }
    Ok(ExitCode::SUCCESS)
}

/// The error for an unknown id, with the nearest id of any kind as a suggestion (on a tie,
/// commitments first, then claims, sources, actors and events).
fn not_found(ds: &Dataset, id: &str) -> String {
    use RecordKind::{Actor, Claim, Commitment, Event, Source};
    let all = [Commitment, Claim, Source, Actor, Event]
        .into_iter()
        .flat_map(|k| ds.select(&Query::new().only(k)).map(|r| r.id()));
    let hint = nato_assurances::check::nearest(id, all)
        .map(|s| format!("; did you mean `{s}`?"))
        .unwrap_or_default();
    format!("no record with id `{id}`{hint}")
}
