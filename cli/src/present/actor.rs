//! The text views of an actor.

use super::{actor_label, claim_date, push, stances};
use nato_assurances::{Actor, ActorKind, Dataset, OwnershipFact, Role};

/// The resolved text view of an actor: names, roles, affiliation, and the commitments and
/// claims it made or is party to.
pub fn show(ds: &Dataset, a: &Actor) -> String {
    let mut o = format!("actor {}\n", a.id());
    push(&mut o, "name", a.name());
    push(&mut o, "kind", a.kind().as_str());
    for n in a.names() {
        push(&mut o, &format!("name ({})", n.language()), n.name());
    }
    push(
        &mut o,
        "aliases",
        a.aliases().collect::<Vec<_>>().join(", "),
    );
    for r in a.roles() {
        push(&mut o, "role", role(ds, r));
    }
    for f in a.ownership() {
        push(&mut o, "ownership", ownership(ds, f));
    }
    if a.kind() != ActorKind::Person {
        let af = ds.affiliation(a.id());
        let state = af
            .state()
            .map(|s| format!(", {}", actor_label(ds, s)))
            .unwrap_or_default();
        let line = format!("{}{state} (computed from the ownership facts)", af.kind());
        push(&mut o, "affiliation", line);
    }
    push(&mut o, "wikidata", a.wikidata().unwrap_or(""));
    for c in ds.commitments_by_actor(a.id()) {
        let line = format!("{} {} ({})", c.date(), c.title(), c.id());
        push(&mut o, "commitment", line);
    }
    for k in ds.claims().filter(|k| k.claimant() == a.id()) {
        let line = format!("{} [{}] ({})", claim_date(k), stances(k), k.id());
        push(&mut o, "claim", line);
    }
    push(&mut o, "notes", a.notes().unwrap_or(""));
    o
}

/// The `list` line: kind, id, name.
pub fn row(a: &Actor) -> String {
    format!("{:<13} {}  {}", a.kind(), a.id(), a.name())
}

/// `Title, Organization (id), from – to`, `?` for an open end.
fn role(ds: &Dataset, r: &Role) -> String {
    let org = r
        .organization()
        .map(|x| format!(", {}", actor_label(ds, x)))
        .unwrap_or_default();
    let date = |d: Option<nato_assurances::PartialDate>| {
        d.map(|d| d.to_string()).unwrap_or_else(|| "?".into())
    };
    format!("{}{org}, {} – {}", r.title(), date(r.from()), date(r.to()))
}

/// `fact by (share), as of date: “quote” — source`, or what was searched.
fn ownership(ds: &Dataset, f: &OwnershipFact) -> String {
    let mut line = f.fact().to_string();
    if let Some(by) = f.by() {
        line.push_str(&format!(" {}", actor_label(ds, by)));
    }
    if let Some(share) = f.share() {
        line.push_str(&format!(" ({share})"));
    }
    if let Some(d) = f.as_of() {
        line.push_str(&format!(", as of {d}"));
    }
    if let Some(q) = f.quote() {
        line.push_str(&format!(": “{q}”"));
    }
    if let Some(r) = f.source() {
        line.push_str(&format!(
            " — {}",
            super::source_label(ds, r.source(), r.locator())
        ));
    }
    if let Some(s) = f.searched() {
        line.push_str(&format!("; searched: {s}"));
    }
    line
}
