//! The text views of a source.

use super::{actor_label, date_or_empty, push, source_label};
use nato_assurances::{Dataset, Source};

/// The resolved text view of a source: its publication and archive details, and the
/// sources it cites, relies on and is cited by.
pub fn show(ds: &Dataset, s: &Source) -> String {
    let mut o = format!("source {}\n", s.id());
    push(&mut o, "title", s.title());
    let primary = if s.is_primary() {
        "primary record"
    } else {
        "secondary"
    };
    push(&mut o, "kind", format!("{} ({primary})", s.kind()));
    push(
        &mut o,
        "authors",
        s.authors().collect::<Vec<_>>().join("; "),
    );
    let publisher = s.publisher().map(|p| actor_label(ds, p));
    push(&mut o, "publisher", publisher.unwrap_or_default());
    push(&mut o, "published", date_or_empty(s.published()));
    push(&mut o, "language", s.language());
    push(&mut o, "url", s.url().unwrap_or(""));
    push(&mut o, "archived", s.archived_url().unwrap_or(""));
    if let Some(a) = s.archive() {
        let parts = [
            Some(a.repository()),
            a.collection(),
            a.reference(),
            a.document_number(),
        ];
        let parts: Vec<&str> = parts.into_iter().flatten().collect();
        push(&mut o, "archive", parts.join(", "));
    }
    push(&mut o, "declassified", date_or_empty(s.declassified()));
    let republishes = s.republishes().map(|r| source_label(ds, r, None));
    push(&mut o, "republishes", republishes.unwrap_or_default());
    citations(&mut o, ds, s);
    push(&mut o, "notes", s.notes().unwrap_or(""));
    o
}

/// The `list` line: publication date, kind, id, title.
pub fn row(s: &Source) -> String {
    let date = date_or_empty(s.published());
    format!("{date:<10}  {:<26} {}  {}", s.kind(), s.id(), s.title())
}

/// What the source cites, what those rely on in turn, and what cites it.
fn citations(o: &mut String, ds: &Dataset, s: &Source) {
    for c in s.cites() {
        push(o, "cites", source_label(ds, c, None));
    }
    for c in ds.citation_chain(s.id()).into_iter().skip(s.cites().len()) {
        push(o, "relies on", source_label(ds, c.id(), None));
    }
    for c in ds.cited_by(s.id()) {
        push(o, "cited by", source_label(ds, c.id(), None));
    }
}
