//! Presenters: the text views of records, one module per record kind. `show` prints
//! [`show`]; `list` prints one [`row`] per record.

pub mod actor;
pub mod claim;
pub mod commitment;
pub mod event;
pub mod source;

use nato_assurances::{Claim, Dataset, PartialDate, QuoteKind, Record};

/// The resolved text view of a record: names beside ids, quotes with their sources, the
/// records that refer to it.
pub fn show(ds: &Dataset, record: Record<'_>) -> String {
    match record {
        Record::Actor(x) => actor::show(ds, x),
        Record::Source(x) => source::show(ds, x),
        Record::Commitment(x) => commitment::show(ds, x),
        Record::Claim(x) => claim::show(ds, x),
        Record::Event(x) => event::show(ds, x),
    }
}

/// The one-line view of a record in `list`.
pub fn row(ds: &Dataset, record: Record<'_>) -> String {
    match record {
        Record::Actor(x) => actor::row(x),
        Record::Source(x) => source::row(x),
        Record::Commitment(x) => commitment::row(x),
        Record::Claim(x) => claim::row(ds, x),
        Record::Event(x) => event::row(x),
    }
}

/// `Name (id)`, or `? (id)` for an unknown actor.
pub(crate) fn actor_label(ds: &Dataset, id: &str) -> String {
    match ds.actor(id) {
        Some(a) => format!("{} ({id})", a.name()),
        None => format!("? ({id})"),
    }
}

/// `Title, Publisher, date [kind] (id)`, then the locator if any.
pub(crate) fn source_label(ds: &Dataset, id: &str, locator: Option<&str>) -> String {
    let mut s = match ds.source(id) {
        Some(src) => {
            let date = src
                .published()
                .map(|d| format!(", {d}"))
                .unwrap_or_default();
            let publisher = src
                .publisher()
                .and_then(|p| ds.actor(p))
                .map(|a| format!(", {}", a.name()))
                .unwrap_or_default();
            format!("{}{publisher}{date} [{}] ({id})", src.title(), src.kind())
        }
        None => format!("? ({id})"),
    };
    if let Some(l) = locator {
        s.push_str(&format!(", {l}"));
    }
    s
}

/// Actor labels joined with `; `.
pub(crate) fn names(ds: &Dataset, ids: impl Iterator<Item = impl AsRef<str>>) -> String {
    ids.map(|i| actor_label(ds, i.as_ref()))
        .collect::<Vec<_>>()
        .join("; ")
}

/// `Title (id)` of a commitment, `? (id)` if unknown.
pub(crate) fn commitment_label(ds: &Dataset, id: &str) -> String {
    let title = ds.commitment(id).map(|c| c.title()).unwrap_or("?");
    format!("{title} ({id})")
}

/// One `label         value` line; nothing for an empty value.
pub(crate) fn push(out: &mut String, label: &str, value: impl AsRef<str>) {
    let v = value.as_ref();
    if !v.is_empty() {
        out.push_str(&format!("{label:<14}{v}\n"));
    }
}

/// A claim's stances on one commitment, comma-separated.
pub(crate) fn stances_about(k: &Claim, commitment: &str) -> String {
    k.stances_about(commitment)
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A claim's stances: `s1, s2` when it is about one commitment, else `id: s1; id2: s2` (a
/// stance belongs to its commitment, never to the claim as a whole).
pub(crate) fn stances(k: &Claim) -> String {
    match k.about() {
        [one] => stances_about(k, one.commitment()),
        targets => targets
            .iter()
            .map(|t| format!("{}: {}", t.commitment(), stances_about(k, t.commitment())))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// `group` or `group, State (id)`: the derived perspective of a claim's claimant.
pub(crate) fn perspective(ds: &Dataset, k: &Claim) -> String {
    let p = ds.claim_perspective(k);
    match p.state() {
        Some(s) => format!("{}, {}", p.group(), actor_label(ds, s)),
        None => p.group().to_string(),
    }
}

/// The first line of a quote: `quote  “text” (lang)` for the speaker's own words, and
/// `indirect  Writer reports: “text” (lang)` for a record's indirect speech, which is never
/// shown as the speaker's words.
pub(crate) fn quote_line(
    ds: &Dataset,
    kind: QuoteKind,
    written_by: Option<&str>,
    text: &str,
    language: &str,
) -> String {
    match kind {
        QuoteKind::Indirect => {
            let by = written_by.map_or("?".to_owned(), |w| actor_label(ds, w));
            format!("indirect      {by} reports: “{text}” ({language})\n")
        }
        _ => format!("quote         “{text}” ({language})\n"),
    }
}

/// A claim's date, or `undated`.
pub(crate) fn claim_date(k: &Claim) -> String {
    k.date().map_or("undated".to_owned(), |d| d.to_string())
}

/// An optional date, or the empty string.
pub(crate) fn date_or_empty(d: Option<PartialDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}
