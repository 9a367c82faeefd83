//! `assurances balance`: whose voices the record holds about each commitment, by perspective
//! group and stance ([`nato_assurances::Dataset::balance`]), as text or JSON.

use crate::workspace::load;
use nato_assurances::{Balance, Dataset, PerspectiveGroup, Stance};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// `assurances balance [--json] [--data DIR]`.
pub fn run(json: bool, data: Option<PathBuf>) -> Result<ExitCode, String> {
    let ds = load(data)?;
    if json {
        crate::out::println(format_args!("{}", balance_json(&ds)));
    } else {
        crate::out::print(format_args!("{}", balance_text(&ds)));
    }
    Ok(ExitCode::SUCCESS)
}

/// The report as pretty-printed JSON.
pub fn balance_json(ds: &Dataset) -> String {
    serde_json::to_string_pretty(&ds.balance()).unwrap_or_default()
}

/// `asserts_made 3, qualifies 1`.
fn stance_counts(counts: &BTreeMap<Stance, usize>) -> String {
    counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(s, n)| format!("{s} {n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `1 disputed commitment`, `2 disputed commitments`.
fn disputed(n: usize) -> String {
    format!("{n} disputed commitment{}", if n == 1 { "" } else { "s" })
}

/// The report as text.
pub fn balance_text(ds: &Dataset) -> String {
    let b: Balance<'_> = ds.balance();
    let mut o = String::new();
    let _ = writeln!(o, "balance of the record, version {}", b.version);
    o.push_str(
        "Groups are derived from each claimant's state on the claim's date (roles, ownership,\n\
         NATO membership); the report measures what was collected, not who is right.\n",
    );
    o.push_str("\nclaims by group\n");
    for (g, n) in &b.claims_by_group {
        let _ = writeln!(o, "  {:<14} {n}", g.as_str());
    }
    o.push_str("\nstances by group (one per claim, commitment and stance)\n");
    for (g, counts) in &b.stances_by_group {
        let line = stance_counts(counts);
        let _ = writeln!(
            o,
            "  {:<14} {}",
            g.as_str(),
            if line.is_empty() { "—" } else { &line }
        );
    }
    let _ = writeln!(
        o,
        "\none-sided: {} with claims from one group only",
        disputed(b.one_sided.len())
    );
    for id in &b.one_sided {
        let c = b.commitments.iter().find(|c| c.id == *id);
        let group = c
            .and_then(|c| c.groups.keys().next())
            .map_or("?", |g: &PerspectiveGroup| g.as_str());
        let _ = writeln!(o, "  {id}  (only {group})");
    }
    let _ = writeln!(
        o,
        "\nunheard: {} disputed commitments with no claim",
        b.unheard.len()
    );
    for id in &b.unheard {
        let _ = writeln!(o, "  {id}");
    }
    o.push_str("\nby commitment (disputed marked *)\n");
    for c in &b.commitments {
        let mark = if c.one_sided {
            " * one-sided"
        } else if c.disputed {
            " *"
        } else {
            ""
        };
        let _ = writeln!(o, "  {}{mark}", c.id);
        for (g, v) in &c.groups {
            let n = v.claims.len();
            let claims = format!("{n} {}:", if n == 1 { "claim" } else { "claims" });
            let _ = writeln!(
                o,
                "    {:<14} {claims:<10} {}",
                g.as_str(),
                stance_counts(&v.stances)
            );
        }
    }
    let _ = writeln!(
        o,
        "\nownership not established: {} outlets and publishers",
        b.ownership_not_established.len()
    );
    for g in &b.ownership_not_established {
        let why = if g.no_facts {
            "no ownership facts"
        } else {
            "searched, not established"
        };
        let sources = match g.sources {
            1 => "1 source".to_owned(),
            n => format!("{n} sources"),
        };
        let _ = writeln!(o, "  {:<40} {why}; publisher of {sources}", g.id);
    }
    let _ = writeln!(
        o,
        "\nclaims whose first appearance has no recorded source: {}",
        b.claims_without_first_source.len()
    );
    for id in &b.claims_without_first_source {
        let _ = writeln!(o, "  {id}");
    }
    o
}
