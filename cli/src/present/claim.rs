//! The text views of a claim.

use super::{actor_label, claim_date, commitment_label, push, source_label, stances};
use nato_assurances::{Claim, Dataset};

/// The resolved text view of a claim: claimant, stances, the commitments it is about, its
/// quote and the sources where it appeared.
pub fn show(ds: &Dataset, k: &Claim) -> String {
    let mut o = format!("claim {}\n", k.id());
    push(&mut o, "claimant", actor_label(ds, k.claimant()));
    push(&mut o, "date", claim_date(k));
    push(&mut o, "stances", stances(k));
    for a in k.about() {
        push(&mut o, "about", commitment_label(ds, a));
    }
    if let Some(q) = k.quote() {
        o.push_str(&format!(
            "quote         “{}” ({})\n",
            q.text(),
            q.language()
        ));
        if let Some(t) = q.translation_of() {
            o.push_str(&format!(
                "                translated from {}\n",
                t.language()
            ));
        }
    }
    let source = k.source();
    push(
        &mut o,
        "source",
        source_label(ds, source.source(), source.locator()),
    );
    for r in k.reported_by() {
        push(
            &mut o,
            "reported by",
            source_label(ds, r.source(), r.locator()),
        );
    }
    push(&mut o, "summary", k.summary());
    push(&mut o, "verification", k.verification().as_str());
    push(&mut o, "notes", k.notes().unwrap_or(""));
    o
}

/// The `list` line: date, claimant's name, id, stances.
pub fn row(ds: &Dataset, k: &Claim) -> String {
    let who = ds.actor(k.claimant()).map(|a| a.name()).unwrap_or("?");
    format!(
        "{:<10}  {:<24} {}  [{}]",
        claim_date(k),
        who,
        k.id(),
        stances(k)
    )
}
