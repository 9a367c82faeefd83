//! The text views of an event.

use super::{actor_label, commitment_label, date_or_empty, push, source_label};
use nato_assurances::{Dataset, Event};

/// The resolved text view of an event: its dates, actors, commitments and sources.
pub fn show(ds: &Dataset, e: &Event) -> String {
    let mut o = format!("event {}\n", e.id());
    push(&mut o, "title", e.title());
    push(&mut o, "kind", e.kind().as_str());
    push(&mut o, "date", e.date().to_string());
    push(&mut o, "end date", date_or_empty(e.end_date()));
    for a in e.actors() {
        push(
            &mut o,
            "actor",
            format!("{} — {}", actor_label(ds, a.actor()), a.role()),
        );
    }
    for c in e.commitments() {
        push(&mut o, "commitment", commitment_label(ds, c));
    }
    for r in e.sources() {
        push(&mut o, "source", source_label(ds, r.source(), r.locator()));
    }
    push(&mut o, "summary", e.summary());
    push(&mut o, "notes", e.notes().unwrap_or(""));
    o
}

/// The `list` line: date, kind, id, title.
pub fn row(e: &Event) -> String {
    format!(
        "{:<10}  {:<17} {}  {}",
        e.date(),
        e.kind(),
        e.id(),
        e.title()
    )
}
