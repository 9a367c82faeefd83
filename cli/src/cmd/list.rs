//! `assurances list [COLLECTION]`: records of one collection, filtered by a [`Query`].

use crate::args::{Collection, Common, Dates, ListArgs};
use crate::present;
use crate::workspace::load;
use nato_assurances::{Dataset, Kind, Query, Record, RecordKind};
use std::process::ExitCode;

/// `assurances list [COLLECTION] [--kind K] [--actor A] [--from D] [--to D] [--topic T]
/// [--json] [--data DIR]`: one line per record (and the count on stderr), or a JSON array.
pub fn run(args: ListArgs) -> Result<ExitCode, String> {
    let collection = args
        .collection
        .unwrap_or(Collection::Commitments(args.commitments));
    let common = common(&collection);
    let ds = load(common.data.clone())?;
    let query = query(&ds, &collection)?;
    let records: Vec<Record<'_>> = ds.select(&query).collect();
    if common.json {
        let value = serde_json::to_value(&records).map_err(|e| e.to_string())?;
        let text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
        crate::out::println(format_args!("{text}"));
    } else {
        for r in &records {
            crate::out::println(format_args!("{}", present::row(&ds, *r)));
        }
        eprintln!("{} record(s)", records.len());
    }
    Ok(ExitCode::SUCCESS)
}

fn common(c: &Collection) -> &Common {
    match c {
        Collection::Commitments(f) => &f.common,
        Collection::Claims(f) => &f.common,
        Collection::Sources(f) => &f.common,
        Collection::Actors(f) => &f.common,
        Collection::Events(f) => &f.common,
    }
}

/// The query for a collection and its filters; `--actor` is resolved by id, then by name.
fn query(ds: &Dataset, c: &Collection) -> Result<Query, String> {
    let (only, kind, topic, dates): (_, Option<Kind>, _, Option<&Dates>) = match c {
        Collection::Commitments(f) => (
            RecordKind::Commitment,
            f.kind.map(Kind::from),
            f.topic,
            Some(&f.dates),
        ),
        Collection::Claims(f) => (RecordKind::Claim, None, None, Some(&f.dates)),
        Collection::Sources(f) => (
            RecordKind::Source,
            f.kind.map(Kind::from),
            None,
            Some(&f.dates),
        ),
        Collection::Actors(f) => (RecordKind::Actor, f.kind.map(Kind::from), None, None),
        Collection::Events(f) => (
            RecordKind::Event,
            f.kind.map(Kind::from),
            None,
            Some(&f.dates),
        ),
    };
    let mut q = Query::new().only(only);
    if let Some(k) = kind {
        q = q.kind(k);
    }
    if let Some(t) = topic {
        q = q.topic(t);
    }
    if let Some(d) = dates.and_then(|d| d.from) {
        q = q.from(d);
    }
    if let Some(d) = dates.and_then(|d| d.to) {
        q = q.to(d);
    }
    if let Some(a) = &common(c).actor {
        let actor = ds.actor(a).or_else(|| ds.actor_by_name(a));
        let actor = actor.ok_or_else(|| format!("no actor with id or name `{a}`"))?;
        q = q.actor(actor.id());
    }
    Ok(q)
}
