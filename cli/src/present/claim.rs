//! The text views of a claim.

use super::{
    actor_label, claim_date, commitment_label, perspective, push, quote_line, source_label,
    stances, stances_about,
};
use nato_assurances::{Claim, Dataset};

/// The resolved text view of a claim: claimant, stances, the commitments it is about, its
/// quote and the sources where it appeared.
pub fn show(ds: &Dataset, k: &Claim) -> String {
    let mut o = format!("claim {}\n", k.id());
    push(&mut o, "claimant", actor_label(ds, k.claimant()));
    push(&mut o, "date", claim_date(k));
    push(&mut o, "perspective", perspective(ds, k));
    for t in k.about() {
        let label = commitment_label(ds, t.commitment());
        push(
            &mut o,
            "about",
            format!("{label}: {}", stances_about(k, t.commitment())),
        );
    }
    if let Some(q) = k.quote() {
        o.push_str(&quote_line(
            ds,
            q.kind(),
            q.written_by(),
            q.text(),
            q.language(),
        ));
        if let Some(t) = q.translation_of() {
            o.push_str(&format!(
                "                translated from {}\n",
                t.language()
            ));
        }
    }
    let first = k.first_appearance();
    let occasion = [
        first.occasion().map(str::to_owned),
        first.date().map(|d| d.to_string()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    push(&mut o, "first said", occasion);
    if let Some(r) = first.source() {
        push(
            &mut o,
            "first source",
            source_label(ds, r.source(), r.locator()),
        );
    } else {
        push(&mut o, "first source", "not recorded");
    }
    for r in k.reported_by() {
        push(
            &mut o,
            "reported by",
            source_label(ds, r.source(), r.locator()),
        );
    }
    if let Some(r) = k.read_in() {
        let retrieved = r
            .retrieved()
            .map(|d| format!(", retrieved {d}"))
            .unwrap_or_default();
        let label = source_label(ds, r.source(), r.locator());
        push(&mut o, "read in", format!("{label}{retrieved}"));
    }
    for l in k.responds_to() {
        push(&mut o, l.relation().as_str(), claim_line(ds, l.claim()));
    }
    for later in ds.claims() {
        for l in later.responds_to().iter().filter(|l| l.claim() == k.id()) {
            let line = format!("{} by {}", l.relation(), claim_line(ds, later.id()));
            push(&mut o, "answered", line);
        }
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

/// `date Name (claimant-id) (claim-id)` of a claim, or `? (id)`.
fn claim_line(ds: &Dataset, id: &str) -> String {
    match ds.claim(id) {
        Some(k) => format!("{} {} ({id})", claim_date(k), actor_label(ds, k.claimant())),
        None => format!("? ({id})"),
    }
}
