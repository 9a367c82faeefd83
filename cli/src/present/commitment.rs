//! The text views of a commitment.

use super::{
    actor_label, claim_date, commitment_label, names, perspective, push, quote_line, source_label,
    stances_about,
};
use nato_assurances::{Commitment, Dataset, Quote, QuoteKind};

/// The resolved text view of a commitment: its fields, quotes, sources, related commitments,
/// and the claims and events about it.
pub fn show(ds: &Dataset, c: &Commitment) -> String {
    let mut o = format!("commitment {}\n", c.id());
    fields(&mut o, ds, c);
    for q in c.quotes() {
        quote(&mut o, ds, q);
    }
    references(&mut o, ds, c);
    push(&mut o, "notes", c.notes().unwrap_or(""));
    o
}

/// The `list` line: date, kind, id, title.
pub fn row(c: &Commitment) -> String {
    format!(
        "{:<10}  {:<22} {}  {}",
        c.date(),
        c.kind(),
        c.id(),
        c.title()
    )
}

fn fields(o: &mut String, ds: &Dataset, c: &Commitment) {
    push(o, "title", c.title());
    push(o, "kind", c.kind().as_str());
    let date = match c.end_date() {
        Some(e) => format!("{} – {e}", c.date()),
        None => c.date().to_string(),
    };
    push(o, "date", date);
    push(o, "place", c.place().unwrap_or(""));
    push(o, "made by", names(ds, c.made_by()));
    push(o, "made to", names(ds, c.made_to()));
    push(o, "parties", names(ds, c.parties()));
    push(o, "form", c.form().as_str());
    push(o, "legal status", c.legal_status().as_str());
    let topics: Vec<&str> = c.topics().iter().map(|t| t.as_str()).collect();
    push(o, "topics", topics.join(", "));
    push(o, "verification", c.verification().as_str());
    if let Some(w) = c.withdrawn() {
        push(o, "WITHDRAWN", format!("{}: {}", w.date(), w.reason()));
    }
    push(o, "summary", c.summary());
}

fn quote(o: &mut String, ds: &Dataset, q: &Quote) {
    o.push_str(&quote_line(
        ds,
        q.kind(),
        q.written_by(),
        q.text(),
        q.language(),
    ));
    let speaker = actor_label(ds, q.speaker());
    match q.kind() {
        QuoteKind::Indirect => {
            o.push_str(&format!("                — about what {speaker} said\n"))
        }
        _ => o.push_str(&format!("                — {speaker}\n")),
    }
    o.push_str(&format!(
        "                in {}\n",
        source_label(ds, q.source(), q.locator())
    ));
    if let Some(r) = q.read_in() {
        o.push_str(&format!(
            "                read in {}\n",
            source_label(ds, r.source(), r.locator())
        ));
    }
    if let Some(t) = q.translation_of() {
        let by = t
            .translator()
            .map(|b| format!(" by {b}"))
            .unwrap_or_default();
        o.push_str(&format!(
            "                translated from {}{by}\n",
            t.language()
        ));
    }
}

/// Sources, related commitments, claims and events.
fn references(o: &mut String, ds: &Dataset, c: &Commitment) {
    for s in ds.sources_of(c.id()) {
        let locator = c
            .sources()
            .iter()
            .find(|r| r.source() == s.id())
            .and_then(|r| r.locator());
        let primary = if s.is_primary() {
            "primary"
        } else {
            "secondary"
        };
        o.push_str(&format!(
            "source        {primary}: {}\n",
            source_label(ds, s.id(), locator)
        ));
    }
    for r in c.related() {
        let label = commitment_label(ds, r.commitment());
        o.push_str(&format!("related       {} {label}\n", r.relation()));
    }
    for k in ds.claims_about(c.id()) {
        o.push_str(&format!(
            "claim         {} {} [{}] {{{}}} ({})\n",
            claim_date(k),
            actor_label(ds, k.claimant()),
            stances_about(k, c.id()),
            perspective(ds, k),
            k.id()
        ));
    }
    for e in ds.events_about(c.id()) {
        o.push_str(&format!(
            "event         {} {} ({})\n",
            e.date(),
            e.title(),
            e.id()
        ));
    }
}
