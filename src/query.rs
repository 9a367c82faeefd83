//! Finding records: [`Dataset::get`] for any record by id, and [`Query`] for filtered
//! iteration over one or all collections.
//!
//! This module is the single home of the date-overlap rule ([`overlaps`]): a record matches a
//! date range when any day of its date span lies in the range.

use crate::{
    Actor, ActorKind, Claim, Commitment, CommitmentKind, Dataset, Event, EventKind, PartialDate,
    RecordKind, Source, SourceKind, Topic,
};
use chrono::NaiveDate;
use serde::{Serialize, Serializer};
use std::ops::{Bound, RangeBounds};

/// A record of any kind, borrowed from a [`Dataset`]. Ids are unique across kinds, so an id
/// names at most one record.
///
/// It serializes as the record itself (the JSON of its data file).
///
/// ```
/// use nato_assurances::{Record, RecordKind};
/// let ds = nato_assurances::dataset();
/// let r = ds.get("manfred-woerner").unwrap();
/// assert!(matches!(r, Record::Actor(a) if a.name() == "Manfred Wörner"));
/// assert_eq!(r.kind(), RecordKind::Actor);
/// ```
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Record<'a> {
    /// An actor.
    Actor(&'a Actor),
    /// A source.
    Source(&'a Source),
    /// A commitment.
    Commitment(&'a Commitment),
    /// A claim.
    Claim(&'a Claim),
    /// An event.
    Event(&'a Event),
}

impl<'a> Record<'a> {
    /// The record's id.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let id = "woerner-khasbulatov-non-interference-1992";
    /// assert_eq!(ds.get(id).unwrap().id(), id);
    /// ```
    pub fn id(self) -> &'a str {
        match self {
            Record::Actor(x) => x.id(),
            Record::Source(x) => x.id(),
            Record::Commitment(x) => x.id(),
            Record::Claim(x) => x.id(),
            Record::Event(x) => x.id(),
        }
    }

    /// Which collection the record belongs to.
    ///
    /// ```
    /// use nato_assurances::RecordKind;
    /// let ds = nato_assurances::dataset();
    /// let r = ds.get("woerner-khasbulatov-non-interference-1992").unwrap();
    /// assert_eq!(r.kind(), RecordKind::Commitment);
    /// ```
    pub fn kind(self) -> RecordKind {
        match self {
            Record::Actor(_) => RecordKind::Actor,
            Record::Source(_) => RecordKind::Source,
            Record::Commitment(_) => RecordKind::Commitment,
            Record::Claim(_) => RecordKind::Claim,
            Record::Event(_) => RecordKind::Event,
        }
    }
}

impl Serialize for Record<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Record::Actor(x) => x.serialize(s),
            Record::Source(x) => x.serialize(s),
            Record::Commitment(x) => x.serialize(s),
            Record::Claim(x) => x.serialize(s),
            Record::Event(x) => x.serialize(s),
        }
    }
}

impl Dataset {
    /// The record with this id, whatever its kind.
    ///
    /// ```
    /// use nato_assurances::Record;
    /// let ds = nato_assurances::dataset();
    /// let c = ds.commitment("woerner-khasbulatov-non-interference-1992").unwrap();
    /// assert_eq!(ds.get(c.id()), Some(Record::Commitment(c)));
    /// assert_eq!(ds.get("nato"), ds.actor("nato").map(Record::Actor));
    /// assert_eq!(ds.get("no-such-record"), None);
    /// ```
    pub fn get(&self, id: &str) -> Option<Record<'_>> {
        if let Some(x) = self.commitment(id) {
            return Some(Record::Commitment(x));
        }
        if let Some(x) = self.actor(id) {
            return Some(Record::Actor(x));
        }
        if let Some(x) = self.source(id) {
            return Some(Record::Source(x));
        }
        if let Some(x) = self.claim(id) {
            return Some(Record::Claim(x));
        }
        self.event(id).map(Record::Event)
    }

    /// The records that match `query`: actors, sources, commitments, claims, then events,
    /// each collection in its own order (see [`Dataset::commitments`] and the others).
    ///
    /// ```
    /// use nato_assurances::{Query, Record};
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().actor("manfred-woerner");
    /// let ids: Vec<_> = ds.select(&q).map(|r| r.id()).collect();
    /// assert!(ids.contains(&"manfred-woerner"));
    /// assert!(ids.contains(&"woerner-khasbulatov-non-interference-1992"));
    /// ```
    pub fn select<'a>(&'a self, query: &Query) -> impl Iterator<Item = Record<'a>> + 'a {
        let q = query.clone();
        let wanted = |k: RecordKind| query.only.is_none_or(|o| o == k);
        let actors = wanted(RecordKind::Actor).then(|| self.actors().map(Record::Actor));
        let sources = wanted(RecordKind::Source).then(|| self.sources().map(Record::Source));
        let commitments =
            wanted(RecordKind::Commitment).then(|| self.commitments().map(Record::Commitment));
        let claims = wanted(RecordKind::Claim).then(|| self.claims().map(Record::Claim));
        let events = wanted(RecordKind::Event).then(|| self.events().map(Record::Event));
        let all = actors.into_iter().flatten();
        let all = all.chain(sources.into_iter().flatten());
        let all = all.chain(commitments.into_iter().flatten());
        let all = all.chain(claims.into_iter().flatten());
        let all = all.chain(events.into_iter().flatten());
        all.filter(move |r| q.matches(*r))
    }
}

/// The kind of a record within its collection: a value of that collection's kind vocabulary.
/// Claims have no kind.
///
/// ```
/// use nato_assurances::{CommitmentKind, Kind, RecordKind};
/// let k = Kind::from(CommitmentKind::Assurance);
/// assert_eq!(k, Kind::Commitment(CommitmentKind::Assurance));
/// assert_eq!(k.record_kind(), RecordKind::Commitment);
/// assert_eq!(k.to_string(), "assurance");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// An actor kind.
    Actor(ActorKind),
    /// A source kind.
    Source(SourceKind),
    /// A commitment kind.
    Commitment(CommitmentKind),
    /// An event kind.
    Event(EventKind),
}

impl Kind {
    /// The collection whose records have kinds of this vocabulary.
    ///
    /// ```
    /// use nato_assurances::{EventKind, Kind, RecordKind};
    /// assert_eq!(Kind::from(EventKind::Summit).record_kind(), RecordKind::Event);
    /// ```
    pub fn record_kind(self) -> RecordKind {
        match self {
            Kind::Actor(_) => RecordKind::Actor,
            Kind::Source(_) => RecordKind::Source,
            Kind::Commitment(_) => RecordKind::Commitment,
            Kind::Event(_) => RecordKind::Event,
        }
    }

    /// The value as written in JSON (snake_case).
    ///
    /// ```
    /// use nato_assurances::{Kind, SourceKind};
    /// assert_eq!(Kind::from(SourceKind::NewsArticle).as_str(), "news_article");
    /// ```
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Actor(k) => k.as_str(),
            Kind::Source(k) => k.as_str(),
            Kind::Commitment(k) => k.as_str(),
            Kind::Event(k) => k.as_str(),
        }
    }

    /// The kind of a record; `None` for claims, which have none.
    ///
    /// ```
    /// use nato_assurances::{ActorKind, Kind};
    /// let ds = nato_assurances::dataset();
    /// let nato = ds.get("nato").unwrap();
    /// assert_eq!(Kind::of(nato), Some(Kind::Actor(ActorKind::Organization)));
    /// ```
    pub fn of(record: Record<'_>) -> Option<Kind> {
        match record {
            Record::Actor(x) => Some(Kind::Actor(x.kind())),
            Record::Source(x) => Some(Kind::Source(x.kind())),
            Record::Commitment(x) => Some(Kind::Commitment(x.kind())),
            Record::Claim(_) => None,
            Record::Event(x) => Some(Kind::Event(x.kind())),
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

macro_rules! kind_from {
    ($($vocab:ident => $variant:ident),+) => {
        $(impl From<$vocab> for Kind {
            fn from(k: $vocab) -> Kind {
                Kind::$variant(k)
            }
        })+
    };
}
kind_from!(ActorKind => Actor, SourceKind => Source, CommitmentKind => Commitment, EventKind => Event);

/// Whether the span of days `start..=end` overlaps `range`.
///
/// The one definition of date overlap in the crate: [`Query`] uses it, and
/// `Dataset::commitments_between` uses it too.
pub(crate) fn overlaps(
    start: NaiveDate,
    end: NaiveDate,
    range: &impl RangeBounds<NaiveDate>,
) -> bool {
    let after_start = match range.start_bound() {
        Bound::Included(s) => end >= *s,
        Bound::Excluded(s) => end > *s,
        Bound::Unbounded => true,
    };
    let before_end = match range.end_bound() {
        Bound::Included(e) => start <= *e,
        Bound::Excluded(e) => start < *e,
        Bound::Unbounded => true,
    };
    after_start && before_end
}

/// A range of days; unbounded on both sides by default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Days {
    start: Bound<NaiveDate>,
    end: Bound<NaiveDate>,
}

impl Default for Days {
    fn default() -> Self {
        Days {
            start: Bound::Unbounded,
            end: Bound::Unbounded,
        }
    }
}

impl RangeBounds<NaiveDate> for Days {
    fn start_bound(&self) -> Bound<&NaiveDate> {
        self.start.as_ref()
    }
    fn end_bound(&self) -> Bound<&NaiveDate> {
        self.end.as_ref()
    }
}

/// A filter over the dataset's records, built step by step. Every filter set must hold
/// (they combine with "and"); a record without the filtered property does not match: a
/// query with a topic matches commitments only, one with a date range matches no actor and
/// no undated claim or source, one with a [`Kind`] matches that kind's collection only.
///
/// What each filter means per collection:
///
/// | filter | commitments | claims | sources | actors | events |
/// |---|---|---|---|---|---|
/// | [`actor`](Query::actor) | made by, to or party | claimant | publisher | the actor | among `actors` |
/// | [`from`](Query::from) / [`to`](Query::to) / [`between`](Query::between) | `date`–`end_date` overlaps | `date` overlaps | `published` overlaps | never | `date`–`end_date` overlaps |
/// | [`topic`](Query::topic) | among `topics` | never | never | never | never |
/// | [`kind`](Query::kind) | `kind` | never | `kind` | `kind` | `kind` |
///
/// ```
/// use nato_assurances::{CommitmentKind, PartialDate, Query, Topic};
/// let ds = nato_assurances::dataset();
/// let q = Query::new()
///     .actor("manfred-woerner")
///     .from("1992".parse::<PartialDate>().unwrap())
///     .to("1992-12".parse::<PartialDate>().unwrap())
///     .topic(Topic::NonInterference);
/// let ids: Vec<_> = q.commitments(ds).map(|c| c.id()).collect();
/// assert_eq!(ids, ["woerner-khasbulatov-non-interference-1992"]);
/// ```
#[derive(Clone, Debug, Default)]
pub struct Query {
    only: Option<RecordKind>,
    kind: Option<Kind>,
    actor: Option<String>,
    topic: Option<Topic>,
    days: Days,
}

impl Query {
    /// A query that matches every record.
    ///
    /// ```
    /// use nato_assurances::Query;
    /// let ds = nato_assurances::dataset();
    /// let [a, s, c, k, e] = ds.counts();
    /// assert_eq!(ds.select(&Query::new()).count(), a + s + c + k + e);
    /// ```
    pub fn new() -> Query {
        Query::default()
    }

    /// Only records of this collection.
    ///
    /// ```
    /// use nato_assurances::{Query, RecordKind};
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().only(RecordKind::Event);
    /// assert_eq!(ds.select(&q).count(), ds.events().len());
    /// ```
    pub fn only(mut self, collection: RecordKind) -> Query {
        self.only = Some(collection);
        self
    }

    /// Only records of this kind (which implies its collection).
    ///
    /// ```
    /// use nato_assurances::{CommitmentKind, Query, Record};
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().kind(CommitmentKind::Assurance);
    /// assert!(ds.select(&q).all(|r| matches!(r, Record::Commitment(c) if c.kind() == CommitmentKind::Assurance)));
    /// assert_eq!(q.commitments(ds).count(), ds.commitments_of_kind(CommitmentKind::Assurance).count());
    /// ```
    pub fn kind(mut self, kind: impl Into<Kind>) -> Query {
        self.kind = Some(kind.into());
        self
    }

    /// Only records involving the actor with this id (see the table at [`Query`]).
    ///
    /// ```
    /// use nato_assurances::Query;
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().actor("manfred-woerner");
    /// assert!(q.commitments(ds).eq(ds.commitments_by_actor("manfred-woerner")));
    /// assert!(q.claims(ds).all(|k| k.claimant() == "manfred-woerner"));
    /// ```
    pub fn actor(mut self, id: impl Into<String>) -> Query {
        self.actor = Some(id.into());
        self
    }

    /// Only commitments on this topic.
    ///
    /// ```
    /// use nato_assurances::{Query, Topic};
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().topic(Topic::NonInterference);
    /// assert!(q.commitments(ds).eq(ds.commitments_with_topic(Topic::NonInterference)));
    /// assert_eq!(q.claims(ds).count(), 0);
    /// ```
    pub fn topic(mut self, topic: Topic) -> Query {
        self.topic = Some(topic);
        self
    }

    /// Only records dated on or after `date` (whose span reaches its first day).
    /// A commitment dated `1992-02` matches `from(1992-02-25)`.
    ///
    /// ```
    /// use nato_assurances::{PartialDate, Query};
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().from("2000".parse::<PartialDate>().unwrap());
    /// assert!(q.claims(ds).all(|k| k.date().is_some_and(|d| d.year() >= 2000)));
    /// ```
    pub fn from(mut self, date: PartialDate) -> Query {
        self.days.start = Bound::Included(date.earliest());
        self
    }

    /// Only records dated on or before `date` (whose span starts by its last day).
    ///
    /// ```
    /// use nato_assurances::{PartialDate, Query};
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().to("1992".parse::<PartialDate>().unwrap());
    /// assert!(q.commitments(ds).any(|c| c.id() == "woerner-khasbulatov-non-interference-1992"));
    /// assert!(q.commitments(ds).all(|c| c.date().year() <= 1992));
    /// ```
    pub fn to(mut self, date: PartialDate) -> Query {
        self.days.end = Bound::Included(date.latest());
        self
    }

    /// Only records whose dates overlap a range of days (replacing [`from`](Query::from)
    /// and [`to`](Query::to)).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use nato_assurances::Query;
    /// let ds = nato_assurances::dataset();
    /// let day = NaiveDate::from_ymd_opt(1992, 2, 25).unwrap();
    /// let q = Query::new().between(day..=day);
    /// assert!(q.commitments(ds).eq(ds.commitments_between(day..=day)));
    /// ```
    pub fn between(mut self, range: impl RangeBounds<NaiveDate>) -> Query {
        self.days = Days {
            start: range.start_bound().cloned(),
            end: range.end_bound().cloned(),
        };
        self
    }

    /// Whether a record matches every filter of the query.
    ///
    /// ```
    /// use nato_assurances::{Query, Topic};
    /// let ds = nato_assurances::dataset();
    /// let r = ds.get("woerner-khasbulatov-non-interference-1992").unwrap();
    /// assert!(Query::new().topic(Topic::NonInterference).matches(r));
    /// assert!(!Query::new().actor("nato").matches(r));
    /// ```
    pub fn matches(&self, record: Record<'_>) -> bool {
        if self.only.is_some_and(|o| o != record.kind())
            || self.kind.is_some_and(|k| Kind::of(record) != Some(k))
        {
            return false;
        }
        match record {
            Record::Actor(a) => {
                self.topic.is_none() && self.dated(None, None) && self.involves(|x| a.id() == x)
            }
            Record::Source(s) => {
                self.topic.is_none()
                    && self.dated(s.published(), None)
                    && self.involves(|x| s.publisher() == Some(x))
            }
            Record::Commitment(c) => {
                self.topic.is_none_or(|t| c.topics().contains(&t))
                    && self.dated(Some(c.date()), c.end_date())
                    && self.involves(|x| c.involves(x))
            }
            Record::Claim(k) => {
                self.topic.is_none()
                    && self.dated(k.date(), None)
                    && self.involves(|x| k.claimant() == x)
            }
            Record::Event(e) => {
                self.topic.is_none()
                    && self.dated(Some(e.date()), e.end_date())
                    && self.involves(|x| e.actors().iter().any(|a| a.actor() == x))
            }
        }
    }

    /// The matching commitments, in date order.
    ///
    /// ```
    /// use nato_assurances::Query;
    /// let ds = nato_assurances::dataset();
    /// assert!(Query::new().commitments(ds).eq(ds.commitments()));
    /// ```
    pub fn commitments<'a>(&self, ds: &'a Dataset) -> impl Iterator<Item = &'a Commitment> + 'a {
        let q = self.clone();
        ds.commitments()
            .filter(move |x| q.matches(Record::Commitment(x)))
    }

    /// The matching claims, in date order (undated last).
    ///
    /// ```
    /// use nato_assurances::Query;
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().actor("vladimir-putin");
    /// assert!(q.claims(ds).all(|k| k.claimant() == "vladimir-putin"));
    /// ```
    pub fn claims<'a>(&self, ds: &'a Dataset) -> impl Iterator<Item = &'a Claim> + 'a {
        let q = self.clone();
        ds.claims().filter(move |x| q.matches(Record::Claim(x)))
    }

    /// The matching sources, in id order.
    ///
    /// ```
    /// use nato_assurances::{Query, SourceKind};
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().kind(SourceKind::TreatyText);
    /// assert!(q.sources(ds).all(|s| s.is_primary()));
    /// ```
    pub fn sources<'a>(&self, ds: &'a Dataset) -> impl Iterator<Item = &'a Source> + 'a {
        let q = self.clone();
        ds.sources().filter(move |x| q.matches(Record::Source(x)))
    }

    /// The matching actors, in id order.
    ///
    /// ```
    /// use nato_assurances::{ActorKind, Query};
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().kind(ActorKind::Organization);
    /// assert!(q.actors(ds).any(|a| a.id() == "nato"));
    /// ```
    pub fn actors<'a>(&self, ds: &'a Dataset) -> impl Iterator<Item = &'a Actor> + 'a {
        let q = self.clone();
        ds.actors().filter(move |x| q.matches(Record::Actor(x)))
    }

    /// The matching events, in date order.
    ///
    /// ```
    /// use nato_assurances::{EventKind, Query};
    /// let ds = nato_assurances::dataset();
    /// let q = Query::new().kind(EventKind::DocumentRelease);
    /// assert!(q.events(ds).any(|e| e.id() == "nsarchive-release-2024-04-04"));
    /// ```
    pub fn events<'a>(&self, ds: &'a Dataset) -> impl Iterator<Item = &'a Event> + 'a {
        let q = self.clone();
        ds.events().filter(move |x| q.matches(Record::Event(x)))
    }

    /// Whether the actor filter, if any, holds.
    fn involves(&self, test: impl Fn(&str) -> bool) -> bool {
        self.actor.as_deref().is_none_or(test)
    }

    /// Whether a record dated `start` (to `end`, if given) passes the date filter; an
    /// undated record passes only when there is none.
    fn dated(&self, start: Option<PartialDate>, end: Option<PartialDate>) -> bool {
        match start {
            None => self.days == Days::default(),
            Some(d) => overlaps(d.earliest(), end.unwrap_or(d).latest(), &self.days),
        }
    }
}
