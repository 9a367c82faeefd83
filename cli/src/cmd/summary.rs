//! `assurances summary`: counts by kind, year, topic and verification, and the
//! commitment × claimant stance matrix.

use crate::workspace::load;
use nato_assurances::Dataset;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// `assurances summary [--data DIR]`.
pub fn run(data: Option<PathBuf>) -> Result<ExitCode, String> {
    let ds = load(data)?;
    crate::out::print(format_args!("{}", summary_text(&ds)));
    Ok(ExitCode::SUCCESS)
}

/// The dataset summary: counts by kind, year, topic and verification, and the
/// commitment × claimant stance matrix.
pub fn summary_text(ds: &Dataset) -> String {
    let mut o = String::new();
    let [a, s, c, k, e] = ds.counts();
    let primary = ds.sources().filter(|x| x.is_primary()).count();
    let _ = writeln!(o, "version {}", ds.version());
    let _ = writeln!(
        o,
        "records: {a} actors, {s} sources, {c} commitments, {k} claims, {e} events"
    );
    let _ = writeln!(
        o,
        "sources: {primary} primary records, {} secondary",
        s - primary
    );
    for (title, values) in tallies(ds) {
        tally(&mut o, title, values);
    }
    stance_matrix(&mut o, ds);
    o
}

/// The value of every record for each tally, by tally title.
fn tallies(ds: &Dataset) -> Vec<(&'static str, Vec<String>)> {
    let s = |x: &dyn ToString| x.to_string();
    let claim_year = |d: Option<nato_assurances::PartialDate>| {
        d.map_or("undated".to_owned(), |d| d.year().to_string())
    };
    vec![
        (
            "actors by kind",
            ds.actors().map(|x| s(&x.kind())).collect(),
        ),
        (
            "sources by kind",
            ds.sources().map(|x| s(&x.kind())).collect(),
        ),
        (
            "commitments by kind",
            ds.commitments().map(|x| s(&x.kind())).collect(),
        ),
        (
            "commitments by year",
            ds.commitments().map(|x| s(&x.date().year())).collect(),
        ),
        (
            "commitments by topic",
            ds.commitments()
                .flat_map(|x| x.topics().iter().map(|t| s(t)))
                .collect(),
        ),
        (
            "commitments by verification",
            ds.commitments().map(|x| s(&x.verification())).collect(),
        ),
        (
            "commitments by legal status",
            ds.commitments().map(|x| s(&x.legal_status())).collect(),
        ),
        (
            "claims by year",
            ds.claims().map(|x| claim_year(x.date())).collect(),
        ),
        (
            "stances (one per claim, commitment and stance)",
            ds.claims()
                .flat_map(|x| {
                    x.about()
                        .iter()
                        .flat_map(|t| t.stances().iter().map(|t| s(t)))
                })
                .collect(),
        ),
        (
            "claims by perspective group of the claimant",
            ds.claims()
                .map(|x| s(&ds.claim_perspective(x).group()))
                .collect(),
        ),
        (
            "claims by verification",
            ds.claims().map(|x| s(&x.verification())).collect(),
        ),
        (
            "events by kind",
            ds.events().map(|x| s(&x.kind())).collect(),
        ),
    ]
}

/// A titled table of how often each value occurs, sorted by value.
fn tally(o: &mut String, title: &str, values: Vec<String>) {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for v in values {
        *counts.entry(v).or_default() += 1;
    }
    let _ = write!(o, "\n{title}\n");
    for (key, n) in counts {
        let _ = writeln!(o, "  {key:<32} {n}");
    }
}

/// For each commitment with claims: each claimant's stances on it.
fn stance_matrix(o: &mut String, ds: &Dataset) {
    o.push_str("\nstances by commitment and claimant\n");
    for c in ds.commitments() {
        let mut cells: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for claim in ds.claims_about(c.id()) {
            let cell = cells.entry(claim.claimant()).or_default();
            for st in claim.stances_about(c.id()) {
                if !cell.contains(&st.as_str()) {
                    cell.push(st.as_str());
                }
            }
        }
        if cells.is_empty() {
            continue;
        }
        let _ = writeln!(o, "  {}", c.id());
        for (who, st) in cells {
            let _ = writeln!(o, "    {who:<30} {}", st.join(", "));
        }
    }
}
