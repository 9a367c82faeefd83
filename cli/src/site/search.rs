//! The client-side search index: one entry per record (title or name, with its id, names in
//! other scripts and aliases as extra words) and one per quote. The page's script folds each
//! entry and the query the same way (case, diacritics, and German umlauts also spelled out,
//! so "woerner" and "worner" both find Wörner and "Горбачёв" finds "Горбачев") and matches
//! every word of the query.

use super::view::record_url;
use nato_assurances::Dataset;
use serde::Serialize;

/// One search entry: `[kind, label, page, extra words]`; the label and the extra words are
/// searched.
#[derive(Debug, Serialize, PartialEq, Eq)]
pub struct Entry(pub &'static str, pub String, pub String, pub String);

/// The longest quote text indexed, in characters.
const QUOTE_CHARS: usize = 600;

/// The index of `ds`.
///
/// ```
/// let index = nato_assurances_cli::site::search::index(nato_assurances::dataset());
/// let w = index.iter().find(|e| e.2 == "actors/manfred-woerner.html").unwrap();
/// assert_eq!(w.1, "Manfred Wörner");
/// ```
pub fn index(ds: &Dataset) -> Vec<Entry> {
    let mut out = Vec::new();
    for a in ds.actors() {
        let mut text = vec![a.name().to_owned(), a.id().replace('-', " ")];
        text.extend(a.names().iter().map(|n| n.name().to_owned()));
        text.extend(a.aliases().map(str::to_owned));
        out.push(Entry(
            "actor",
            a.name().to_owned(),
            record_url("actor", a.id()),
            text[1..].join(" "),
        ));
    }
    for c in ds.commitments() {
        out.push(Entry(
            "commitment",
            c.title().to_owned(),
            record_url("commitment", c.id()),
            format!("{} {}", c.id().replace('-', " "), c.date()),
        ));
        for q in c.quotes() {
            let t: String = q.text().chars().take(QUOTE_CHARS).collect();
            out.push(Entry(
                "quote",
                t,
                record_url("commitment", c.id()),
                String::new(),
            ));
        }
    }
    for k in ds.claims() {
        let who = ds.actor(k.claimant()).map_or(k.claimant(), |a| a.name());
        let label = match k.date() {
            Some(d) => format!("{who}, {d}: {}", k.summary()),
            None => format!("{who}: {}", k.summary()),
        };
        let label: String = label.chars().take(QUOTE_CHARS).collect();
        out.push(Entry(
            "claim",
            label,
            record_url("claim", k.id()),
            k.id().replace('-', " "),
        ));
        if let Some(q) = k.quote() {
            let t: String = q.text().chars().take(QUOTE_CHARS).collect();
            out.push(Entry(
                "quote",
                t,
                record_url("claim", k.id()),
                String::new(),
            ));
        }
    }
    for e in ds.events() {
        out.push(Entry(
            "event",
            e.title().to_owned(),
            record_url("event", e.id()),
            e.id().replace('-', " "),
        ));
    }
    for s in ds.sources() {
        let mut text = vec![s.title().to_owned(), s.id().replace('-', " ")];
        text.extend(s.authors().map(str::to_owned));
        out.push(Entry(
            "source",
            s.title().to_owned(),
            record_url("source", s.id()),
            text[1..].join(" "),
        ));
    }
    out
}
