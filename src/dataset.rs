//! The [`Dataset`]: records sorted by id, with their secondary indexes, and its queries.

use crate::index::{fold_name, id_hash, to_u32, Index};
use crate::model::*;
use crate::vocab::{CommitmentKind, Topic};
use chrono::NaiveDate;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{HashSet, VecDeque};
use std::ops::RangeBounds;

/// The whole dataset: actors, sources, commitments, claims and events.
///
/// The embedded one is [`crate::dataset()`]. With the `validate` feature, `Dataset::from_json`
/// loads another export (a newer release or a fork) into the same types and runs every check
/// that `assurances validate` runs.
///
/// ```
/// let ds = nato_assurances::dataset();
/// assert_eq!(ds.version(), nato_assurances::DATA_VERSION);
/// assert_eq!(ds.counts()[2], ds.commitments().len());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dataset {
    pub(crate) version: Cow<'static, str>,
    pub(crate) actors: List<Actor>,
    pub(crate) sources: List<Source>,
    pub(crate) commitments: List<Commitment>,
    pub(crate) claims: List<Claim>,
    pub(crate) events: List<Event>,
    pub(crate) index: Index,
}

#[derive(Serialize)]
struct ExportOut<'a> {
    version: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    released: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<&'a str>,
    actors: &'a [Actor],
    sources: &'a [Source],
    commitments: &'a [Commitment],
    claims: &'a [Claim],
    events: &'a [Event],
}

/// The record with `id`: a binary search of the compact (hash, index) pairs, then one string
/// comparison per candidate (hash collisions are resolved, not assumed away).
fn find<'a, T>(
    items: &'a [T],
    by_hash: &[(u64, u32)],
    id: &str,
    key: impl Fn(&T) -> &str,
) -> Option<(usize, &'a T)> {
    let h = id_hash(id);
    let start = by_hash.partition_point(|p| p.0 < h);
    by_hash[start..]
        .iter()
        .take_while(|p| p.0 == h)
        .find_map(|&(_, i)| {
            let i = i as usize;
            items.get(i).filter(|x| key(x) == id).map(|x| (i, x))
        })
}

fn pairs_for(pairs: &[(u32, u32)], key: u32) -> &[(u32, u32)] {
    let start = pairs.partition_point(|p| p.0 < key);
    let end = pairs.partition_point(|p| p.0 <= key);
    &pairs[start..end]
}

impl Dataset {
    /// Build a dataset from records, sorting them by id and building the indexes.
    /// Runs no checks: the checker (feature `validate`) and `build.rs` call it on checked or
    /// strictly parsed records.
    #[cfg(any(feature = "validate", not(nato_assurances_lib)))]
    pub(crate) fn assemble(
        version: String,
        mut actors: Vec<Actor>,
        mut sources: Vec<Source>,
        mut commitments: Vec<Commitment>,
        mut claims: Vec<Claim>,
        mut events: Vec<Event>,
    ) -> Dataset {
        actors.sort_by(|a, b| a.id.cmp(&b.id));
        sources.sort_by(|a, b| a.id.cmp(&b.id));
        commitments.sort_by(|a, b| a.id.cmp(&b.id));
        claims.sort_by(|a, b| a.id.cmp(&b.id));
        events.sort_by(|a, b| a.id.cmp(&b.id));
        let index = Index::build(&actors, &sources, &commitments, &claims, &events);
        Dataset {
            version: version.into(),
            actors: actors.into(),
            sources: sources.into(),
            commitments: commitments.into(),
            claims: claims.into(),
            events: events.into(),
            index,
        }
    }

    /// A fresh, owned copy of the embedded dataset, decoded from the baked tables as
    /// [`crate::dataset()`] does once on first use (0.1–0.7 ms for the real data). Most programs
    /// want [`crate::dataset()`], which decodes once and shares the result.
    ///
    /// ```
    /// let copy = nato_assurances::Dataset::embedded();
    /// assert_eq!(&copy, nato_assurances::dataset());
    /// ```
    pub fn embedded() -> Dataset {
        crate::baked::decode(crate::generated::WORDS, crate::generated::STRINGS)
            .expect("the baked tables decode (build.rs writes them with the decoder's own layout)")
    }

    /// The dataset as canonical JSON: an object with `version`, `actors`, `sources`,
    /// `commitments`, `claims`, `events`; records sorted by id; 2-space indent; trailing newline.
    ///
    /// ```
    /// let json = nato_assurances::dataset().to_json();
    /// assert!(json.starts_with("{\n  \"version\": "));
    /// ```
    pub fn to_json(&self) -> String {
        self.export_json(None, None)
    }

    /// The export with its release metadata: `released` (the release date) and `fingerprint`
    /// (of the records, see [`crate::DATA_FINGERPRINT`]) after `version`. What `assurances
    /// export` writes as `dataset.json`.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let json = ds.export_json(Some("2026-12-04"), Some(nato_assurances::DATA_FINGERPRINT));
    /// assert!(json.contains("\"released\": \"2026-12-04\""));
    /// ```
    pub fn export_json(&self, released: Option<&str>, fingerprint: Option<&str>) -> String {
        let out = ExportOut {
            version: &self.version,
            released,
            fingerprint,
            actors: &self.actors,
            sources: &self.sources,
            commitments: &self.commitments,
            claims: &self.claims,
            events: &self.events,
        };
        // Serializing cannot fail: every map key is a string and no value's `Serialize`
        // returns an error.
        let mut s = serde_json::to_string_pretty(&out).expect("records serialize to JSON");
        s.push('\n');
        s
    }

    /// The canonical JSON of the records alone (no version or release metadata): what the
    /// fingerprint is a hash of, so that two copies of the same data have the same fingerprint
    /// whatever they are called.
    #[cfg_attr(all(nato_assurances_lib, not(feature = "validate")), allow(dead_code))]
    pub(crate) fn records_json(&self) -> String {
        #[derive(Serialize)]
        struct Records<'a> {
            actors: &'a [Actor],
            sources: &'a [Source],
            commitments: &'a [Commitment],
            claims: &'a [Claim],
            events: &'a [Event],
        }
        let r = Records {
            actors: &self.actors,
            sources: &self.sources,
            commitments: &self.commitments,
            claims: &self.claims,
            events: &self.events,
        };
        serde_json::to_string(&r).expect("records serialize to JSON")
    }

    /// The data version (semver) of this dataset.
    ///
    /// ```
    /// assert!(!nato_assurances::dataset().version().is_empty());
    /// ```
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The actor with this id.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// assert_eq!(ds.actor("nato").unwrap().name(), "North Atlantic Treaty Organization");
    /// assert!(ds.actor("no-such-actor").is_none());
    /// ```
    pub fn actor(&self, id: &str) -> Option<&Actor> {
        find(&self.actors, &self.index.actor_ids, id, |a| &a.id).map(|x| x.1)
    }

    /// The source with this id.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// assert!(ds.source("nsarchive-2024-04-04-nato-russia-honeymoon").is_some());
    /// ```
    pub fn source(&self, id: &str) -> Option<&Source> {
        find(&self.sources, &self.index.source_ids, id, |a| &a.id).map(|x| x.1)
    }

    /// The commitment with this id.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let c = ds.commitment("woerner-khasbulatov-non-interference-1992").unwrap();
    /// assert_eq!(c.date().to_string(), "1992-02-25");
    /// ```
    pub fn commitment(&self, id: &str) -> Option<&Commitment> {
        find(&self.commitments, &self.index.commitment_ids, id, |a| &a.id).map(|x| x.1)
    }

    /// The claim with this id.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let first = ds.claims().next().unwrap();
    /// assert_eq!(ds.claim(first.id()), Some(first));
    /// ```
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        find(&self.claims, &self.index.claim_ids, id, |a| &a.id).map(|x| x.1)
    }

    /// The event with this id.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let first = ds.events().next().unwrap();
    /// assert_eq!(ds.event(first.id()), Some(first));
    /// ```
    pub fn event(&self, id: &str) -> Option<&Event> {
        find(&self.events, &self.index.event_ids, id, |a| &a.id).map(|x| x.1)
    }

    /// All actors, in id order.
    ///
    /// ```
    /// let ids: Vec<_> = nato_assurances::dataset().actors().map(|a| a.id()).collect();
    /// assert!(ids.windows(2).all(|w| w[0] < w[1]));
    /// ```
    pub fn actors(&self) -> impl ExactSizeIterator<Item = &Actor> + DoubleEndedIterator + '_ {
        self.actors.iter()
    }

    /// All sources, in id order.
    ///
    /// ```
    /// assert!(nato_assurances::dataset().sources().len() >= 4);
    /// ```
    pub fn sources(&self) -> impl ExactSizeIterator<Item = &Source> + DoubleEndedIterator + '_ {
        self.sources.iter()
    }

    /// All commitments, in date order (then id).
    ///
    /// ```
    /// let dates: Vec<_> = nato_assurances::dataset().commitments().map(|c| c.date().earliest()).collect();
    /// assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    /// ```
    pub fn commitments(
        &self,
    ) -> impl ExactSizeIterator<Item = &Commitment> + DoubleEndedIterator + '_ {
        self.index
            .commitments_by_date
            .iter()
            .map(|&i| &self.commitments[i as usize])
    }

    /// All claims, in date order (then id); undated claims last.
    ///
    /// ```
    /// assert!(nato_assurances::dataset().claims().len() >= 1);
    /// ```
    pub fn claims(&self) -> impl ExactSizeIterator<Item = &Claim> + DoubleEndedIterator + '_ {
        self.index
            .claims_by_date
            .iter()
            .map(|&i| &self.claims[i as usize])
    }

    /// All events, in date order (then id).
    ///
    /// ```
    /// assert!(nato_assurances::dataset().events().len() >= 1);
    /// ```
    pub fn events(&self) -> impl ExactSizeIterator<Item = &Event> + DoubleEndedIterator + '_ {
        self.index
            .events_by_date
            .iter()
            .map(|&i| &self.events[i as usize])
    }

    /// Commitments an actor made, received or is party to, in date order.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let ids: Vec<_> = ds.commitments_by_actor("manfred-woerner").map(|c| c.id()).collect();
    /// assert!(ids.contains(&"woerner-khasbulatov-non-interference-1992"));
    /// assert_eq!(ds.commitments_by_actor("nobody").count(), 0);
    /// ```
    pub fn commitments_by_actor<'a>(
        &'a self,
        actor_id: &str,
    ) -> impl Iterator<Item = &'a Commitment> + 'a {
        let pairs = match find(&self.actors, &self.index.actor_ids, actor_id, |a| &a.id) {
            Some((i, _)) => pairs_for(&self.index.actor_commitments, to_u32(i)),
            None => &[],
        };
        pairs.iter().map(move |&(_, rank)| {
            &self.commitments[self.index.commitments_by_date[rank as usize] as usize]
        })
    }

    /// Commitments of one kind, in date order.
    ///
    /// ```
    /// use nato_assurances::CommitmentKind;
    /// let ds = nato_assurances::dataset();
    /// assert!(ds.commitments_of_kind(CommitmentKind::Assurance).all(|c| c.kind() == CommitmentKind::Assurance));
    /// ```
    pub fn commitments_of_kind(
        &self,
        kind: CommitmentKind,
    ) -> impl Iterator<Item = &Commitment> + '_ {
        self.commitments().filter(move |c| c.kind == kind)
    }

    /// Commitments on a topic, in date order.
    ///
    /// ```
    /// use nato_assurances::Topic;
    /// let ds = nato_assurances::dataset();
    /// assert!(ds.commitments_with_topic(Topic::NonInterference).count() >= 1);
    /// ```
    pub fn commitments_with_topic(&self, topic: Topic) -> impl Iterator<Item = &Commitment> + '_ {
        self.commitments()
            .filter(move |c| c.topics.contains(&topic))
    }

    /// Commitments whose dates overlap a range of days, in date order. A commitment dated
    /// `1992-02` overlaps any range that includes a day of February 1992; `end_date` extends it.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// let ds = nato_assurances::dataset();
    /// let from = NaiveDate::from_ymd_opt(1992, 1, 1).unwrap();
    /// let to = NaiveDate::from_ymd_opt(1992, 12, 31).unwrap();
    /// assert!(ds.commitments_between(from..=to).any(|c| c.id() == "woerner-khasbulatov-non-interference-1992"));
    /// ```
    pub fn commitments_between<R>(&self, range: R) -> impl Iterator<Item = &Commitment> + '_
    where
        R: RangeBounds<NaiveDate> + 'static,
    {
        self.commitments().filter(move |c| {
            let end = c.end_date.unwrap_or(c.date).latest();
            crate::query::overlaps(c.date.earliest(), end, &range)
        })
    }

    /// Claims about a commitment, in date order.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// assert!(ds.claims_about("woerner-khasbulatov-non-interference-1992").count() >= 1);
    /// ```
    pub fn claims_about<'a>(&'a self, commitment_id: &str) -> impl Iterator<Item = &'a Claim> + 'a {
        let pairs = match find(
            &self.commitments,
            &self.index.commitment_ids,
            commitment_id,
            |c| &c.id,
        ) {
            Some((i, _)) => pairs_for(&self.index.commitment_claims, to_u32(i)),
            None => &[],
        };
        pairs
            .iter()
            .map(move |&(_, rank)| &self.claims[self.index.claims_by_date[rank as usize] as usize])
    }

    /// The sources of a commitment, primary records first (otherwise in the record's order).
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let s = ds.sources_of("woerner-khasbulatov-non-interference-1992");
    /// assert!(s[0].is_primary());
    /// ```
    pub fn sources_of(&self, commitment_id: &str) -> Vec<&Source> {
        let Some(c) = self.commitment(commitment_id) else {
            return Vec::new();
        };
        let mut out: Vec<&Source> = c
            .sources
            .iter()
            .filter_map(|r| self.source(&r.source))
            .collect();
        out.sort_by_key(|s| !s.is_primary());
        out
    }

    /// Every source that `source_id` relies on, transitively (through `cites` and
    /// `republishes`), nearest first, without repeats. Empty for an unknown id.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let chain: Vec<_> = ds
    ///     .citation_chain("sputnik-2024-04-06-nato-pledge-not-to-meddle")
    ///     .iter()
    ///     .map(|s| s.id())
    ///     .collect();
    /// assert!(chain.contains(&"nsarchive-2024-04-04-nato-russia-honeymoon"));
    /// ```
    pub fn citation_chain(&self, source_id: &str) -> Vec<&Source> {
        let mut out = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut queue: VecDeque<&Source> = self.source(source_id).into_iter().collect();
        if let Some(s) = queue.front() {
            seen.insert(&s.id);
        }
        while let Some(s) = queue.pop_front() {
            for next in s.cites.iter().chain(s.republishes.iter()) {
                if let Some(n) = self.source(next) {
                    if seen.insert(&n.id) {
                        out.push(n);
                        queue.push_back(n);
                    }
                }
            }
        }
        out
    }

    /// The actor whose name, name in another script, alias or id matches `name`, ignoring
    /// case, diacritics and extra whitespace; German umlauts also match their transliteration
    /// (ö = oe), and a person is also found by surname alone. The first by id when several match.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// for n in ["werner", "Woerner", "Wörner", "MANFRED WÖRNER"] {
    ///     assert_eq!(ds.actor_by_name(n).unwrap().id(), "manfred-woerner");
    /// }
    /// assert!(ds.actor_by_name("nobody at all").is_none());
    /// ```
    pub fn actor_by_name(&self, name: &str) -> Option<&Actor> {
        self.actors_by_name(name).next()
    }

    /// Every actor matching `name` as in [`actor_by_name`](Self::actor_by_name), in id order.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// assert_eq!(ds.actors_by_name("Khasbulatov").count(), 1);
    /// ```
    pub fn actors_by_name(&self, name: &str) -> impl Iterator<Item = &Actor> + '_ {
        let key = fold_name(name);
        let names = &self.index.actor_names;
        let start = names.partition_point(|(k, _)| **k < *key);
        let end = names.partition_point(|(k, _)| **k <= *key);
        names[start..end]
            .iter()
            .map(move |(_, i)| &self.actors[*i as usize])
    }

    /// The actor who said a quote.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let c = ds.commitment("woerner-khasbulatov-non-interference-1992").unwrap();
    /// assert_eq!(ds.quote_speaker(&c.quotes()[0]).unwrap().id(), "manfred-woerner");
    /// ```
    pub fn quote_speaker(&self, quote: &Quote) -> Option<&Actor> {
        self.actor(&quote.speaker)
    }

    /// The source a quote was taken from.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let c = ds.commitment("woerner-khasbulatov-non-interference-1992").unwrap();
    /// assert!(ds.quote_source(&c.quotes()[0]).is_some());
    /// ```
    pub fn quote_source(&self, quote: &Quote) -> Option<&Source> {
        self.source(&quote.source)
    }

    /// Events related to a commitment, in date order.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// assert!(ds.events_about("woerner-khasbulatov-non-interference-1992").count() >= 1);
    /// ```
    pub fn events_about<'a>(
        &'a self,
        commitment_id: &'a str,
    ) -> impl Iterator<Item = &'a Event> + 'a {
        self.events()
            .filter(move |e| e.commitments.iter().any(|c| c == commitment_id))
    }

    /// Sources that cite (or republish) `source_id` directly.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// assert!(ds.cited_by("nsarchive-2024-04-04-nato-russia-honeymoon").count() >= 1);
    /// ```
    pub fn cited_by<'a>(&'a self, source_id: &'a str) -> impl Iterator<Item = &'a Source> + 'a {
        self.sources().filter(move |s| {
            s.cites.iter().any(|c| c == source_id) || s.republishes.as_deref() == Some(source_id)
        })
    }

    /// Counts of records by kind: actors, sources, commitments, claims, events.
    ///
    /// ```
    /// let [actors, ..] = nato_assurances::dataset().counts();
    /// assert!(actors > 0);
    /// ```
    pub fn counts(&self) -> [usize; 5] {
        [
            self.actors.len(),
            self.sources.len(),
            self.commitments.len(),
            self.claims.len(),
            self.events.len(),
        ]
    }
}
