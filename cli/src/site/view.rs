//! The view models of the site's pages: each record as its canonical JSON plus what a reader
//! needs resolved beside it (names for ids, perspective groups, claims grouped by stance,
//! citation chains, reverse links). Templates only lay these out; every label shown here is
//! computed by the library's rules ([`Dataset::claim_perspective`],
//! [`Dataset::affiliation`], [`Dataset::allowed_verification`], [`Dataset::balance`]).

use super::{safe_url, script_json};
use crate::export::Release;
use nato_assurances::{
    Actor, Claim, Commitment, Dataset, PartialDate, PerspectiveGroup, Quote, Source, SourceKind,
    Stance, Verification,
};
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap};

/// A resolved reference to a record: what a link to it shows and where it points.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Ref {
    /// `commitment`, `claim`, `source`, `actor`, `event`, or `unknown`.
    pub kind: &'static str,
    /// The record id.
    pub id: String,
    /// Its title or name (a claim: claimant and date).
    pub label: String,
    /// Its page, relative to the site root (`None` for an unknown id).
    pub url: Option<String>,
    /// Its date, when it has one.
    pub date: Option<String>,
    /// Whether the record is withdrawn.
    pub withdrawn: bool,
}

impl Ref {
    /// The reference shown for an id that names no record: its id as label, no page.
    ///
    /// ```
    /// let r = nato_assurances_cli::site::view::Ref::unknown("no-such-id");
    /// assert_eq!((r.kind, r.label.as_str(), r.url), ("unknown", "no-such-id", None));
    /// ```
    pub fn unknown(id: &str) -> Ref {
        Ref {
            kind: "unknown",
            id: id.to_owned(),
            label: id.to_owned(),
            url: None,
            date: None,
            withdrawn: false,
        }
    }
}

/// The folder of a record kind's pages.
///
/// ```
/// assert_eq!(nato_assurances_cli::site::view::folder("claim"), "claims");
/// ```
pub fn folder(kind: &str) -> &'static str {
    match kind {
        "commitment" => "commitments",
        "claim" => "claims",
        "source" => "sources",
        "actor" => "actors",
        _ => "events",
    }
}

/// The page of a record, relative to the site root.
///
/// ```
/// use nato_assurances_cli::site::view::record_url;
/// assert_eq!(record_url("actor", "manfred-woerner"), "actors/manfred-woerner.html");
/// ```
pub fn record_url(kind: &str, id: &str) -> String {
    format!("{}/{id}.html", folder(kind))
}

/// A record as its canonical JSON object.
fn raw(record: &impl Serialize) -> Value {
    serde_json::to_value(record).unwrap_or(Value::Null)
}

/// `1990-02-09`, or a span `1990-05-29 – 1990-06-03`.
fn span_text(date: PartialDate, end: Option<PartialDate>) -> String {
    match end {
        Some(e) => format!("{date} – {e}"),
        None => date.to_string(),
    }
}

/// Source kinds that are a record of a meeting or an exchange, shown side by side when a
/// commitment has several of them.
fn is_meeting_record(kind: SourceKind) -> bool {
    matches!(
        kind,
        SourceKind::MemorandumOfConversation
            | SourceKind::Transcript
            | SourceKind::Telegram
            | SourceKind::Diary
            | SourceKind::Letter
            | SourceKind::ArchiveDocument
    )
}

/// The most rows on one page of a record list.
const LIST_PAGE: usize = 400;

/// The site's inputs and derived values shared by every page.
pub struct Site<'a> {
    ds: &'a Dataset,
    base_url: Option<String>,
    release: Release,
    groups: HashMap<&'a str, (PerspectiveGroup, Option<&'a str>)>,
}

impl<'a> Site<'a> {
    /// Prepare the site of `ds`. Fails on a record id that is not a safe file name, and on a
    /// base URL that is not `http(s)`.
    ///
    /// ```
    /// use nato_assurances_cli::site::view::Site;
    /// let ds = nato_assurances::dataset();
    /// assert!(Site::new(ds, Some("https://example.org/site")).is_ok());
    /// assert!(Site::new(ds, Some("file:///etc")).is_err());
    /// ```
    pub fn new(ds: &'a Dataset, base_url: Option<&str>) -> Result<Site<'a>, String> {
        for r in ds.select(&nato_assurances::Query::new()) {
            let id = r.id();
            if id.is_empty()
                || !id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            {
                return Err(format!("record id `{id}` is not a safe page name"));
            }
        }
        let base_url = match base_url {
            None => None,
            Some(u) => {
                let u = safe_url(u)
                    .ok_or_else(|| format!("--base-url `{u}` is not an http(s) address"))?;
                Some(if u.ends_with('/') {
                    u.to_owned()
                } else {
                    format!("{u}/")
                })
            }
        };
        let groups = ds
            .claims()
            .map(|k| {
                let p = ds.claim_perspective(k);
                (k.id(), (p.group(), p.state()))
            })
            .collect();
        Ok(Site {
            ds,
            base_url,
            release: Release::of(ds),
            groups,
        })
    }

    /// The label of a claim in links: claimant, date.
    fn claim_label(&self, k: &Claim) -> String {
        let who = self
            .ds
            .actor(k.claimant())
            .map_or(k.claimant(), |a| a.name());
        match k.date() {
            Some(d) => format!("{who}, {d}"),
            None => format!("{who}, undated"),
        }
    }

    /// Every record's [`Ref`], by id.
    ///
    /// ```
    /// use nato_assurances_cli::site::view::Site;
    /// let ds = nato_assurances::dataset();
    /// let refs = Site::new(ds, None).unwrap().refs();
    /// assert_eq!(refs["manfred-woerner"].url.as_deref(), Some("actors/manfred-woerner.html"));
    /// ```
    pub fn refs(&self) -> HashMap<String, Ref> {
        let ds = self.ds;
        let mut m = HashMap::new();
        let mut put =
            |kind: &'static str, id: &str, label: String, date: Option<String>, w: bool| {
                m.insert(
                    id.to_owned(),
                    Ref {
                        kind,
                        id: id.to_owned(),
                        label,
                        url: Some(record_url(kind, id)),
                        date,
                        withdrawn: w,
                    },
                );
            };
        for c in ds.commitments() {
            let w = c.withdrawn().is_some();
            put(
                "commitment",
                c.id(),
                c.title().to_owned(),
                Some(c.date().to_string()),
                w,
            );
        }
        for k in ds.claims() {
            let w = k.withdrawn().is_some();
            put(
                "claim",
                k.id(),
                self.claim_label(k),
                k.date().map(|d| d.to_string()),
                w,
            );
        }
        for s in ds.sources() {
            let w = s.withdrawn().is_some();
            put(
                "source",
                s.id(),
                s.title().to_owned(),
                s.published().map(|d| d.to_string()),
                w,
            );
        }
        for a in ds.actors() {
            put(
                "actor",
                a.id(),
                a.name().to_owned(),
                None,
                a.withdrawn().is_some(),
            );
        }
        for e in ds.events() {
            let w = e.withdrawn().is_some();
            put(
                "event",
                e.id(),
                e.title().to_owned(),
                Some(e.date().to_string()),
                w,
            );
        }
        m
    }

    /// What every page shows: version, release, counts.
    fn common(&self, root: &str, title: &str, nav: &str) -> Map<String, Value> {
        let [actors, sources, commitments, claims, events] = self.ds.counts();
        let mut m = Map::new();
        m.insert("root".into(), json!(root));
        m.insert("title".into(), json!(title));
        m.insert("nav".into(), json!(nav));
        m.insert(
            "site".into(),
            json!({
                "version": self.ds.version(),
                "released": self.release.released,
                "fingerprint": self.release.fingerprint,
                "counts": {
                    "commitments": commitments, "claims": claims, "sources": sources,
                    "actors": actors, "events": events,
                },
            }),
        );
        m
    }

    /// An absolute address when `--base-url` was given, else the relative one.
    fn absolute(&self, path: &str) -> String {
        match &self.base_url {
            Some(b) => format!("{b}{path}"),
            None => path.to_owned(),
        }
    }

    /// The claim's perspective group and state.
    fn group_of(&self, k: &Claim) -> (PerspectiveGroup, Option<&'a str>) {
        self.groups
            .get(k.id())
            .copied()
            .unwrap_or((PerspectiveGroup::NoState, None))
    }

    /// The first and last dated day in the record.
    fn coverage(&self) -> (Option<PartialDate>, Option<PartialDate>) {
        let ds = self.ds;
        let dates = ds
            .commitments()
            .map(|c| c.date())
            .chain(ds.events().map(|e| e.date()))
            .chain(ds.claims().filter_map(|k| k.date()));
        let mut lo: Option<PartialDate> = None;
        let mut hi: Option<PartialDate> = None;
        for d in dates {
            if lo.is_none_or(|l| d.earliest() < l.earliest()) {
                lo = Some(d);
            }
            if hi.is_none_or(|h| d.latest() > h.latest()) {
                hi = Some(d);
            }
        }
        (lo, hi)
    }

    /// The home page.
    pub fn home(&self) -> Result<Value, String> {
        let mut m = self.common("", "NATO assurances", "home");
        let cite = crate::cite::cite_with(self.ds, None, crate::cite::Format::Text, &self.release)?;
        let bibtex =
            crate::cite::cite_with(self.ds, None, crate::cite::Format::Bibtex, &self.release)?;
        let b = self.ds.balance();
        let groups: Vec<Value> = b
            .claims_by_group
            .iter()
            .map(|(g, n)| json!({"group": g.as_str(), "description": g.description(), "claims": n}))
            .collect();
        let (lo, hi) = self.coverage();
        let temporal = match (lo, hi) {
            (Some(l), Some(h)) => format!("{}/{}", l.earliest(), h.latest()),
            _ => String::new(),
        };
        let downloads = [
            ("downloads/dataset.json", "dataset.json", "every record in one JSON file, with the release fingerprint", "application/json"),
            ("downloads/datapackage.json", "datapackage.json", "Frictionless Data Package: the CSV tables with their column types and value labels", "application/json"),
            ("downloads/csv/commitments.csv", "CSV tables", "one table per record kind and link tables (see the codebook)", "text/csv"),
            ("downloads/codebook.md", "codebook.md", "every column and value explained, with worked examples", "text/markdown"),
        ];
        let dl: Vec<Value> = downloads
            .iter()
            .map(|(u, n, d, t)| json!({"url": u, "name": n, "description": d, "format": t}))
            .collect();
        let ld = json!({
            "@context": "https://schema.org",
            "@type": "Dataset",
            "name": crate::cite::TITLE,
            "description": "A curated, sourced dataset of the pledges, assurances, treaties and declarations made between NATO, its members and the USSR/Russia since 1990, with the sources that record them and the attributed claims made about them. It records who said what, when, to whom and where it is documented; it does not rule on who is right.",
            "url": self.absolute("index.html"),
            "version": self.ds.version(),
            "datePublished": self.release.released,
            "license": "https://creativecommons.org/licenses/by/4.0/",
            "isAccessibleForFree": true,
            "creator": {"@type": "Organization", "name": crate::cite::AUTHOR},
            "keywords": ["NATO", "Russia", "Soviet Union", "NATO enlargement", "assurances", "treaties", "diplomatic history"],
            "temporalCoverage": temporal,
            "citation": cite.trim(),
            "identifier": self.release.fingerprint,
            "distribution": downloads.iter().map(|(u, n, _, t)| json!({
                "@type": "DataDownload", "name": n, "encodingFormat": t, "contentUrl": self.absolute(u),
            })).collect::<Vec<_>>(),
        });
        m.insert("cite".into(), json!(cite.trim()));
        m.insert("bibtex".into(), json!(bibtex.trim()));
        m.insert("groups".into(), json!(groups));
        m.insert("one_sided".into(), json!(b.one_sided));
        m.insert("downloads".into(), json!(dl));
        m.insert("coverage".into(), json!(temporal));
        m.insert("jsonld".into(), json!(script_json(&ld)));
        Ok(Value::Object(m))
    }

    /// The editorial policy page, from its Markdown. Raw HTML in the Markdown is shown as
    /// text and only `http(s)` links stay links.
    pub fn editorial(&self, markdown: &str) -> Value {
        use pulldown_cmark::{Event, Parser, Tag, TagEnd};
        let mut in_unsafe_link = Vec::new();
        let events = Parser::new(markdown).filter_map(|ev| match ev {
            Event::Html(h) | Event::InlineHtml(h) => Some(Event::Text(h)),
            Event::Start(Tag::Link { ref dest_url, .. }) => {
                let ok = safe_url(dest_url).is_some() || dest_url.starts_with('#');
                in_unsafe_link.push(!ok);
                ok.then_some(ev)
            }
            Event::End(TagEnd::Link) => {
                let skip = in_unsafe_link.pop().unwrap_or(false);
                (!skip).then_some(ev)
            }
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
            other => Some(other),
        });
        let mut body = String::new();
        pulldown_cmark::html::push_html(&mut body, events);
        let mut m = self.common("", "Editorial policy", "editorial");
        m.insert("body".into(), json!(body));
        Value::Object(m)
    }

    /// The search page.
    pub fn search_page(&self) -> Value {
        Value::Object(self.common("", "Search", "search"))
    }

    /// The timeline page.
    pub fn timeline(&self) -> Value {
        let mut m = self.common("", "Timeline", "timeline");
        let t = super::timeline::layout(self.ds, self);
        m.insert("t".into(), raw(&t));
        Value::Object(m)
    }

    /// The timeline's list view: the same records, year by year, with full titles.
    pub fn timeline_list(&self) -> Value {
        let mut v = self.timeline();
        v["title"] = json!("Timeline, as a list");
        v
    }

    /// The stance matrix page: [`Dataset::balance`] laid out as commitments × perspective
    /// groups.
    pub fn matrix(&self) -> Value {
        let ds = self.ds;
        let b = ds.balance();
        let groups: Vec<Value> = PerspectiveGroup::ALL
            .iter()
            .map(|g| json!({"group": g.as_str(), "description": g.description()}))
            .collect();
        let rows: Vec<Value> = b
            .commitments
            .iter()
            .map(|c| {
                let cells: Vec<Value> = PerspectiveGroup::ALL
                    .iter()
                    .map(|g| {
                        let voices = c.groups.get(g);
                        let claims: Vec<Value> = voices
                            .map(|v| {
                                v.claims
                                    .iter()
                                    .filter_map(|id| ds.claim(id))
                                    .map(|k| {
                                        json!({
                                            "id": k.id(),
                                            "date": k.date().map(|d| d.to_string()),
                                            "stances": k.stances_about(c.id).iter().map(|s| s.as_str()).collect::<Vec<_>>(),
                                        })
                                    })
                                    .collect()
                            })
                            .unwrap_or_default();
                        let ids: Vec<&str> = voices.map(|v| v.claims.clone()).unwrap_or_default();
                        let stances: BTreeMap<&str, usize> = voices
                            .map(|v| v.stances.iter().map(|(s, n)| (s.as_str(), *n)).collect())
                            .unwrap_or_default();
                        json!({
                            "group": g.as_str(),
                            "claims": claims,
                            "ids": ids.join(" "),
                            "stances": script_json(&stances),
                        })
                    })
                    .collect();
                json!({
                    "id": c.id,
                    "disputed": c.disputed,
                    "one_sided": c.one_sided,
                    "legal_status": c.legal_status.as_str(),
                    "cells": cells,
                })
            })
            .collect();
        let mut m = self.common("", "Stance matrix", "matrix");
        m.insert("groups".into(), json!(groups));
        m.insert("rows".into(), json!(rows));
        m.insert("one_sided".into(), json!(b.one_sided));
        m.insert("unheard".into(), json!(b.unheard));
        m.insert("stances".into(), vocab_list("stance"));
        Value::Object(m)
    }

    /// The index page of each record kind: (path, view model).
    pub fn lists(&self) -> Vec<(String, Value)> {
        let ds = self.ds;
        let mut out = Vec::new();
        // Long lists are split into pages of LIST_PAGE rows, so that no page grows past the
        // size a phone loads quickly: index.html, page-2.html, …
        let mut list = |kind: &str, title: &str, rows: Vec<Value>| {
            let mut chunks: Vec<&[Value]> = rows.chunks(LIST_PAGE).collect();
            if chunks.is_empty() {
                // An empty collection still has its (empty) index page.
                chunks.push(&[]);
            }
            let name = |n: usize| {
                if n == 1 {
                    "index.html".to_owned()
                } else {
                    format!("page-{n}.html")
                }
            };
            let pages: Vec<Value> = (1..=chunks.len())
                .map(|n| json!({"n": n, "href": name(n)}))
                .collect();
            for (i, chunk) in chunks.iter().enumerate() {
                let mut m = self.common("../", title, folder(kind));
                m.insert("kind".into(), json!(kind));
                m.insert("rows".into(), json!(chunk));
                m.insert("total".into(), json!(rows.len()));
                m.insert("first".into(), json!(i * LIST_PAGE + 1));
                m.insert("page".into(), json!(i + 1));
                m.insert("pages".into(), json!(pages));
                out.push((
                    format!("{}/{}", folder(kind), name(i + 1)),
                    Value::Object(m),
                ));
            }
        };
        let mut cs: Vec<&Commitment> = ds.commitments().collect();
        cs.sort_by_key(|c| (c.date().earliest(), c.id().to_owned()));
        list(
            "commitment",
            "Commitments",
            cs.iter()
                .map(|c| json!({"id": c.id(), "date": c.date().to_string(), "kind": c.kind().as_str(), "detail": c.verification().as_str()}))
                .collect(),
        );
        let mut ks: Vec<&Claim> = ds.claims().collect();
        ks.sort_by_key(|k| (k.date().map(|d| d.earliest()), k.id().to_owned()));
        list(
            "claim",
            "Claims",
            ks.iter()
                .map(|k| json!({"id": k.id(), "date": k.date().map(|d| d.to_string()), "kind": self.group_of(k).0.as_str(), "detail": k.summary()}))
                .collect(),
        );
        list(
            "source",
            "Sources",
            ds.sources()
                .map(|s| json!({"id": s.id(), "date": s.published().map(|d| d.to_string()), "kind": s.kind().as_str(), "detail": ""}))
                .collect(),
        );
        list(
            "actor",
            "Actors",
            ds.actors()
                .map(|a| json!({"id": a.id(), "date": null, "kind": a.kind().as_str(), "detail": ""}))
                .collect(),
        );
        let mut es: Vec<_> = ds.events().collect();
        es.sort_by_key(|e| (e.date().earliest(), e.id().to_owned()));
        list(
            "event",
            "Events",
            es.iter()
                .map(|e| json!({"id": e.id(), "date": e.date().to_string(), "kind": e.kind().as_str(), "detail": ""}))
                .collect(),
        );
        out
    }

    /// How to cite one record (the dataset's citation with the record's id).
    fn record_cite(&self, id: &str) -> Value {
        json!(
            crate::cite::cite_with(self.ds, Some(id), crate::cite::Format::Text, &self.release)
                .map(|t| t.trim().to_owned())
                .unwrap_or_default()
        )
    }

    /// One page per record: (template, path, view model).
    pub fn records(&self) -> Vec<(&'static str, String, Value)> {
        let ds = self.ds;
        let mut out = Vec::new();
        for c in ds.commitments() {
            out.push((
                "commitment",
                record_url("commitment", c.id()),
                self.commitment(c),
            ));
        }
        for k in ds.claims() {
            out.push(("claim", record_url("claim", k.id()), self.claim(k)));
        }
        for s in ds.sources() {
            out.push(("source", record_url("source", s.id()), self.source(s)));
        }
        for a in ds.actors() {
            out.push(("actor", record_url("actor", a.id()), self.actor(a)));
        }
        for e in ds.events() {
            let mut m = self.common("../", e.title(), "events");
            m.insert("e".into(), raw(e));
            m.insert("date_text".into(), json!(span_text(e.date(), e.end_date())));
            m.insert("kind_text".into(), json!(e.kind().description()));
            m.insert(
                "sources".into(),
                self.source_refs(e.sources().iter().map(|r| (r.source(), r.locator()))),
            );
            out.push(("event", record_url("event", e.id()), Value::Object(m)));
        }
        for (_, path, ctx) in &mut out {
            let id = path
                .rsplit('/')
                .next()
                .and_then(|f| f.strip_suffix(".html"))
                .unwrap_or_default();
            ctx["record_cite"] = self.record_cite(id);
        }
        out
    }

    /// A quote of a commitment, with its provenance resolved.
    fn quote(&self, q: &Quote) -> Value {
        let mut v = raw(q);
        v["read_primary"] = json!(self.ds.is_record(q.read_source()));
        v
    }

    /// Source references with their kind and citation chain.
    fn source_refs<'s>(&self, refs: impl Iterator<Item = (&'s str, Option<&'s str>)>) -> Value {
        let v: Vec<Value> = refs
            .map(|(id, locator)| {
                let s = self.ds.source(id);
                let chain: Vec<&str> = self.ds.citation_chain(id).iter().map(|s| s.id()).collect();
                json!({
                    "id": id,
                    "locator": locator,
                    "kind": s.map(|s| s.kind().as_str()),
                    "primary": s.is_some_and(|s| s.is_primary()),
                    "chain": chain,
                })
            })
            .collect();
        json!(v)
    }

    /// Why a commitment has its verification label, in words.
    fn commitment_why(&self, c: &Commitment) -> Vec<String> {
        let quotes = c.quotes();
        if quotes.is_empty() {
            return vec![
                "No quote is recorded, so the record cannot be verified against a text.".into(),
            ];
        }
        let mut why = Vec::new();
        for (i, q) in quotes.iter().enumerate() {
            if !self.ds.is_record(q.read_source()) {
                let what = self
                    .ds
                    .source(q.read_source())
                    .map_or("an unrecorded source".to_owned(), |s| {
                        format!("“{}”, a {}", s.title(), s.kind().as_str().replace('_', " "))
                    });
                why.push(format!("Quote {} was read in {what}, not in a primary record or an archive publication.", i + 1));
            }
        }
        if why.is_empty() {
            why.push("Every quote was read in a primary record or an archive publication.".into());
        }
        why
    }

    fn commitment(&self, c: &Commitment) -> Value {
        let ds = self.ds;
        let mut m = self.common("../", c.title(), "commitments");
        m.insert("c".into(), raw(c));
        m.insert("date_text".into(), json!(span_text(c.date(), c.end_date())));
        m.insert("why".into(), json!(self.commitment_why(c)));
        m.insert(
            "defs".into(),
            json!({
                "kind": c.kind().description(),
                "form": c.form().description(),
                "legal_status": c.legal_status().description(),
                "verification": c.verification().description(),
            }),
        );
        // The records of the meeting, side by side, each with the quotes taken from it.
        let records: Vec<(&str, Option<&str>)> = c
            .sources()
            .iter()
            .filter(|r| {
                ds.source(r.source())
                    .is_some_and(|s| is_meeting_record(s.kind()))
            })
            .map(|r| (r.source(), r.locator()))
            .collect();
        let mut columns: Vec<(String, Vec<Value>)> = Vec::new();
        let mut others = Vec::new();
        for q in c.quotes() {
            let col = if records.len() >= 2 {
                records.iter().position(|(id, loc)| {
                    q.source() == *id
                        || loc.is_some_and(|l| {
                            !l.is_empty() && q.locator().is_some_and(|ql| ql.contains(l))
                        })
                })
            } else {
                None
            };
            match col {
                Some(i) => {
                    let id = records[i].0;
                    match columns.iter_mut().find(|(s, _)| s == id) {
                        Some((_, qs)) => qs.push(self.quote(q)),
                        None => columns.push((id.to_owned(), vec![self.quote(q)])),
                    }
                }
                None => others.push(self.quote(q)),
            }
        }
        if records.len() >= 2 {
            // Every record of the meeting gets a column, quoted or not, in the record's order.
            let cols: Vec<Value> = records
                .iter()
                .map(|(id, loc)| {
                    let qs = columns
                        .iter()
                        .find(|(s, _)| s == id)
                        .map(|(_, q)| q.clone())
                        .unwrap_or_default();
                    json!({"source": id, "locator": loc, "archive": ds.source(id).map(|s| raw(&s.archive())), "quotes": qs})
                })
                .collect();
            m.insert("records".into(), json!(cols));
        } else {
            m.insert("records".into(), json!([]));
        }
        m.insert("quotes".into(), json!(others));
        m.insert(
            "sources".into(),
            self.source_refs(c.sources().iter().map(|r| (r.source(), r.locator()))),
        );
        // Claims about it: by stance, then by perspective group, each in date order.
        let mut claims: Vec<&Claim> = ds.claims_about(c.id()).collect();
        claims.sort_by_key(|k| {
            (
                k.date()
                    .map(|d| d.earliest())
                    .unwrap_or(chrono::NaiveDate::MAX),
                k.id().to_owned(),
            )
        });
        let mut by_stance = Vec::new();
        for stance in Stance::ALL {
            let mut groups = Vec::new();
            for g in PerspectiveGroup::ALL {
                let ks: Vec<Value> = claims
                    .iter()
                    .filter(|k| {
                        self.group_of(k).0 == *g && k.stances_about(c.id()).contains(stance)
                    })
                    .map(|k| self.claim_line(k))
                    .collect();
                if !ks.is_empty() {
                    groups.push(json!({"group": g.as_str(), "claims": ks}));
                }
            }
            if !groups.is_empty() {
                by_stance.push(json!({"stance": stance.as_str(), "description": stance.description(), "groups": groups}));
            }
        }
        m.insert("by_stance".into(), json!(by_stance));
        m.insert("claim_count".into(), json!(claims.len()));
        let events: Vec<&str> = ds.events_about(c.id()).map(|e| e.id()).collect();
        m.insert("events".into(), json!(events));
        let cited_as_related: Vec<Value> = ds
            .commitments()
            .filter(|o| o.related().iter().any(|r| r.commitment() == c.id()))
            .map(|o| {
                let rel = o.related().iter().find(|r| r.commitment() == c.id());
                json!({"commitment": o.id(), "relation": rel.map(|r| r.relation().as_str())})
            })
            .collect();
        m.insert("related_from".into(), json!(cited_as_related));
        Value::Object(m)
    }

    /// A claim in a list: id, date, claimant, group, first appearance.
    fn claim_line(&self, k: &Claim) -> Value {
        let (g, state) = self.group_of(k);
        json!({
            "id": k.id(),
            "date": k.date().map(|d| d.to_string()),
            "claimant": k.claimant(),
            "group": g.as_str(),
            "state": state,
            "summary": k.summary(),
            "first": raw(k.first_appearance()),
            "withdrawn": k.withdrawn().is_some(),
        })
    }

    fn claim(&self, k: &Claim) -> Value {
        let ds = self.ds;
        let label = self.claim_label(k);
        let mut m = self.common("../", &format!("Claim: {label}"), "claims");
        let (g, state) = self.group_of(k);
        m.insert("k".into(), raw(k));
        m.insert(
            "group".into(),
            json!({"group": g.as_str(), "description": g.description(), "state": state}),
        );
        let about: Vec<Value> = k
            .about()
            .iter()
            .map(|t| json!({"commitment": t.commitment(), "stances": t.stances().iter().map(|s| json!({"stance": s.as_str(), "description": s.description()})).collect::<Vec<_>>()}))
            .collect();
        m.insert("about".into(), json!(about));
        let answered: Vec<Value> = ds
            .claims()
            .flat_map(|o| {
                o.responds_to()
                    .iter()
                    .filter(|l| l.claim() == k.id())
                    .map(move |l| json!({"claim": o.id(), "relation": l.relation().as_str()}))
            })
            .collect();
        m.insert("answered_by".into(), json!(answered));
        // Why the strongest label is what it is: the library's rule decides, the text explains.
        let why = if ds.allowed_claim_verification(k) == Verification::Verified {
            "The words were read in their first appearance."
        } else if k.first_appearance().source().is_none() {
            "No source of the first appearance is recorded, so the words were not read where they first appeared."
        } else {
            "The words were read in a copy, not in their first appearance."
        };
        m.insert("why".into(), json!(why));
        // schema.org Claim.
        let author_type = match ds.actor(k.claimant()).map(|a| a.kind().as_str()) {
            Some("person") => "Person",
            Some("state") => "GovernmentOrganization",
            _ => "Organization",
        };
        let work = |id: &str| -> Value {
            match ds.source(id) {
                Some(s) => {
                    let mut w = json!({"@type": "CreativeWork", "name": s.title()});
                    if let Some(u) = s.url().and_then(safe_url) {
                        w["url"] = json!(u);
                    }
                    if let Some(d) = s.published() {
                        w["datePublished"] = json!(d.to_string());
                    }
                    w
                }
                None => json!({"@type": "CreativeWork", "name": id}),
            }
        };
        let mut ld = json!({
            "@context": "https://schema.org",
            "@type": "Claim",
            "name": label,
            "url": self.absolute(&record_url("claim", k.id())),
            "abstract": k.summary(),
            "author": {"@type": author_type, "name": ds.actor(k.claimant()).map_or(k.claimant(), |a| a.name())},
            "appearance": k.reported_by().iter().map(|r| work(r.source())).collect::<Vec<_>>(),
        });
        if let Some(q) = k.quote() {
            ld["text"] = json!(q.text());
        }
        if let Some(d) = k.date() {
            ld["dateCreated"] = json!(d.to_string());
        }
        match k.first_appearance().source() {
            Some(f) => ld["firstAppearance"] = work(f.source()),
            None => {
                if let Some(o) = k.first_appearance().occasion() {
                    ld["firstAppearance"] = json!({"@type": "CreativeWork", "name": o});
                }
            }
        }
        m.insert("jsonld".into(), json!(script_json(&ld)));
        Value::Object(m)
    }

    fn source(&self, s: &Source) -> Value {
        let ds = self.ds;
        let id = s.id();
        let mut m = self.common("../", s.title(), "sources");
        m.insert("s".into(), raw(s));
        m.insert("primary".into(), json!(s.is_primary()));
        m.insert("kind_text".into(), json!(s.kind().description()));
        m.insert("url".into(), json!(s.url().and_then(safe_url)));
        m.insert(
            "archived_url".into(),
            json!(s.archived_url().and_then(safe_url)),
        );
        if let Some(p) = s.publisher() {
            m.insert("publisher".into(), self.affiliation(p));
        }
        let chain: Vec<&str> = ds.citation_chain(id).iter().map(|s| s.id()).collect();
        m.insert("chain".into(), json!(chain));
        let cited_by: Vec<&str> = ds.cited_by(id).map(|s| s.id()).collect();
        m.insert("cited_by".into(), json!(cited_by));
        let commitments: Vec<&str> = ds
            .commitments()
            .filter(|c| {
                c.sources().iter().any(|r| r.source() == id)
                    || c.quotes()
                        .iter()
                        .any(|q| q.source() == id || q.read_source() == id)
            })
            .map(|c| c.id())
            .collect();
        let first: Vec<&str> = ds
            .claims()
            .filter(|k| {
                k.first_appearance()
                    .source()
                    .is_some_and(|f| f.source() == id)
            })
            .map(|k| k.id())
            .collect();
        let reported: Vec<&str> = ds
            .claims()
            .filter(|k| {
                k.reported_by().iter().any(|r| r.source() == id)
                    || k.read_in().is_some_and(|r| r.source() == id)
            })
            .map(|k| k.id())
            .collect();
        let events: Vec<&str> = ds
            .events()
            .filter(|e| e.sources().iter().any(|r| r.source() == id))
            .map(|e| e.id())
            .collect();
        m.insert("used_by".into(), json!({"commitments": commitments, "first": first, "reported": reported, "events": events}));
        Value::Object(m)
    }

    /// An actor's computed affiliation and recorded ownership facts.
    fn affiliation(&self, id: &str) -> Value {
        let a = self.ds.affiliation(id);
        let facts = self
            .ds
            .actor(id)
            .map(|x| raw(&x.ownership()))
            .unwrap_or(json!([]));
        json!({
            "id": id,
            "label": a.kind().as_str(),
            "description": a.kind().description(),
            "state": a.state(),
            "facts": facts,
        })
    }

    fn actor(&self, a: &Actor) -> Value {
        let ds = self.ds;
        let id = a.id();
        let mut m = self.common("../", a.name(), "actors");
        m.insert("a".into(), raw(a));
        m.insert("kind_text".into(), json!(a.kind().description()));
        if a.kind().as_str() != "person" {
            m.insert("affiliation".into(), self.affiliation(id));
        }
        let of = |f: &dyn Fn(&Commitment) -> bool| -> Vec<&str> {
            ds.commitments().filter(|c| f(c)).map(|c| c.id()).collect()
        };
        m.insert("made".into(), json!(of(&|c| c.made_by().any(|x| x == id))));
        m.insert(
            "received".into(),
            json!(of(&|c| c.made_to().any(|x| x == id))),
        );
        m.insert("party".into(), json!(of(&|c| c.parties().any(|x| x == id))));
        m.insert(
            "spoke".into(),
            json!(of(&|c| c.quotes().iter().any(|q| q.speaker() == id))),
        );
        let mut claims: Vec<&Claim> = ds.claims().filter(|k| k.claimant() == id).collect();
        claims.sort_by_key(|k| (k.date().map(|d| d.earliest()), k.id().to_owned()));
        m.insert(
            "claims".into(),
            json!(claims
                .iter()
                .map(|k| self.claim_line(k))
                .collect::<Vec<_>>()),
        );
        let events: Vec<Value> = ds
            .events()
            .filter_map(|e| {
                e.actors()
                    .iter()
                    .find(|x| x.actor() == id)
                    .map(|x| json!({"event": e.id(), "role": x.role().as_str()}))
            })
            .collect();
        m.insert("events".into(), json!(events));
        let published: Vec<&str> = ds
            .sources()
            .filter(|s| s.publisher() == Some(id))
            .map(|s| s.id())
            .collect();
        m.insert("published".into(), json!(published));
        let holds: Vec<Value> = ds
            .actors()
            .filter_map(|o| {
                o.ownership()
                    .iter()
                    .find(|f| f.by() == Some(id))
                    .map(|f| json!({"actor": o.id(), "fact": f.fact().as_str()}))
            })
            .collect();
        m.insert("holds".into(), json!(holds));
        let members: Vec<Value> = ds
            .actors()
            .filter_map(|o| {
                o.roles()
                    .iter()
                    .find(|r| r.organization() == Some(id))
                    .map(|r| json!({"actor": o.id(), "title": r.title(), "from": r.from().map(|d| d.to_string()), "to": r.to().map(|d| d.to_string())}))
            })
            .collect();
        m.insert("members".into(), json!(members));
        Value::Object(m)
    }
}

/// A vocabulary's values with their descriptions, for a legend.
fn vocab_list(name: &str) -> Value {
    let values: Vec<Value> = nato_assurances::vocab::all_vocabularies()
        .iter()
        .filter(|v| v.name == name)
        .flat_map(|v| v.values.iter())
        .map(|(v, d)| json!({"value": v, "description": d}))
        .collect();
    json!(values)
}

impl Site<'_> {
    /// The release metadata of the dataset (its fingerprint, computed once).
    ///
    /// ```
    /// use nato_assurances_cli::site::view::Site;
    /// let ds = nato_assurances::dataset();
    /// let site = Site::new(ds, None).unwrap();
    /// assert_eq!(site.release().fingerprint, nato_assurances::DATA_FINGERPRINT);
    /// ```
    pub fn release(&self) -> &Release {
        &self.release
    }

    /// A claim's perspective group.
    pub fn claim_group(&self, k: &Claim) -> PerspectiveGroup {
        self.group_of(k).0
    }
}
