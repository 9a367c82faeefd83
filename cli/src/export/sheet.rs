//! The flat sheet for spreadsheet users: one row per commitment, with names instead of ids
//! and counts instead of link tables. Every value is derived from the other tables, which stay
//! the reference; the sheet covers no record field of its own.

use super::*;

/// `a; b; c` of the actors' display names.
fn names<'a>(ds: &'a Dataset, ids: impl Iterator<Item = &'a str>) -> String {
    ids.map(|id| ds.actor(id).map_or(id, |a| a.name()))
        .collect::<Vec<_>>()
        .join("; ")
}

pub(super) fn commitments_sheet(ds: &Dataset) -> Table {
    let balance = ds.balance();
    let voices = move |id: &str| balance.commitments.iter().find(|c| c.id == id).cloned();
    Def::<&Commitment>::new(
        "commitments_sheet",
        "A flat sheet for spreadsheets: one row per commitment, with the names of who made it and to whom, its topics, and counts of its quotes, sources and claims by stance and perspective group. Derived from the other tables, which remain the reference.",
    )
    .text("id", "The commitment's id (commitments.id).", |c| c.id())
    .date("date", true, "When it was made or signed.", |c| Some(c.date()))
    .text("title", "Neutral title.", |c| c.title())
    .vocab("kind", true, &CommitmentKind::VOCABULARY, "Kind of commitment.", |c| {
        Some(c.kind().as_str())
    })
    .col("made_by", Type::String, true, "Who made it (names, `; `-separated).", move |c| {
        names(ds, c.made_by())
    })
    .col("made_to", Type::String, false, "To whom (names).", move |c| names(ds, c.made_to()))
    .col("parties", Type::String, false, "Signatories (names).", move |c| {
        names(ds, c.parties())
    })
    .vocab("form", true, &Form::VOCABULARY, "Form in which it was made.", |c| {
        Some(c.form().as_str())
    })
    .vocab("legal_status", true, &LegalStatus::VOCABULARY, "Legal status.", |c| {
        Some(c.legal_status().as_str())
    })
    .col("topics", Type::String, true, "Topics (`; `-separated).", |c| {
        c.topics().iter().map(|t| t.as_str()).collect::<Vec<_>>().join("; ")
    })
    .vocab("verification", true, &Verification::VOCABULARY, "How well it was checked.", |c| {
        Some(c.verification().as_str())
    })
    .col("quotes", Type::Integer, true, "Number of quotes.", |c| c.quotes().len().to_string())
    .col("sources", Type::Integer, true, "Number of sources.", |c| c.sources().len().to_string())
    .col("primary_sources", Type::Integer, true, "Number of its sources that are primary records.", move |c| {
        ds.sources_of(c.id()).iter().filter(|s| s.is_primary()).count().to_string()
    })
    .col("claims", Type::Integer, true, "Number of claims about it.", move |c| {
        ds.claims_about(c.id()).count().to_string()
    })
    .col("stances", Type::String, false, "Its claims' stances on it, counted (`asserts_made 3; denies_made 1`).", move |c| {
        let mut counts: std::collections::BTreeMap<Stance, usize> = Default::default();
        for k in ds.claims_about(c.id()) {
            for s in k.stances_about(c.id()) {
                *counts.entry(*s).or_default() += 1;
            }
        }
        counts.iter().map(|(s, n)| format!("{s} {n}")).collect::<Vec<_>>().join("; ")
    })
    .col("voices", Type::String, false, "Its claims by the claimant's perspective group (`nato_member 2; ussr_russia 3`).", {
        let voices = voices.clone();
        move |c| {
            voices(c.id())
                .map(|v| {
                    v.groups
                        .iter()
                        .map(|(g, x)| format!("{g} {}", x.claims.len()))
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default()
        }
    })
    .col("disputed", Type::Boolean, true, "Disputed: legal status `disputed`, or a claim that it was not made or was broken.", {
        let voices = voices.clone();
        move |c| voices(c.id()).is_some_and(|v| v.disputed).to_string()
    })
    .col("one_sided", Type::Boolean, true, "Disputed, and heard from one perspective group only (see `assurances balance`).", move |c| {
        voices(c.id()).is_some_and(|v| v.one_sided).to_string()
    })
    .key(&["id"])
    .fk("id", "commitments", "id")
    .derived()
    .rows(ds.commitments())
}
