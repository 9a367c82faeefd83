//! `Dataset::get`, `Dataset::select` and `Query` against straightforward filters over the
//! collections, for fixed and random queries.

use chrono::NaiveDate;
use nato_assurances::{
    dataset, ActorKind, CommitmentKind, EventKind, Kind, PartialDate, Query, Record, RecordKind,
    SourceKind, Topic,
};
use proptest::prelude::*;

/// A query's filters, kept as plain values so the reference filter can read them.
#[derive(Clone, Debug, Default)]
struct Spec {
    actor: Option<String>,
    from: Option<PartialDate>,
    to: Option<PartialDate>,
    topic: Option<Topic>,
    kind: Option<Kind>,
}

impl Spec {
    fn query(&self) -> Query {
        let mut q = Query::new();
        if let Some(a) = &self.actor {
            q = q.actor(a.clone());
        }
        if let Some(d) = self.from {
            q = q.from(d);
        }
        if let Some(d) = self.to {
            q = q.to(d);
        }
        if let Some(t) = self.topic {
            q = q.topic(t);
        }
        if let Some(k) = self.kind {
            q = q.kind(k);
        }
        q
    }

    fn undated_ok(&self) -> bool {
        self.from.is_none() && self.to.is_none()
    }

    /// The reference date rule: the span's last day is not before `from`'s first day, and its
    /// first day is not after `to`'s last day.
    fn dated(&self, date: PartialDate, end: Option<PartialDate>) -> bool {
        let last = end.unwrap_or(date).latest();
        self.from.is_none_or(|f| last >= f.earliest())
            && self.to.is_none_or(|t| date.earliest() <= t.latest())
    }

    fn actor_is(&self, f: impl Fn(&str) -> bool) -> bool {
        self.actor.as_deref().is_none_or(f)
    }
}

/// Ids of the matching records of each collection, by the reference filters.
fn expected(s: &Spec) -> [Vec<&'static str>; 5] {
    let ds = dataset();
    let actors = ds
        .actors()
        .filter(|a| {
            s.topic.is_none()
                && s.undated_ok()
                && s.kind.is_none_or(|k| k == Kind::Actor(a.kind()))
                && s.actor_is(|x| a.id() == x)
        })
        .map(|a| a.id())
        .collect();
    let sources = ds
        .sources()
        .filter(|x| {
            s.topic.is_none()
                && x.published().map_or(s.undated_ok(), |d| s.dated(d, None))
                && s.kind.is_none_or(|k| k == Kind::Source(x.kind()))
                && s.actor_is(|a| x.publisher() == Some(a))
        })
        .map(|x| x.id())
        .collect();
    let commitments = ds
        .commitments()
        .filter(|c| {
            s.topic.is_none_or(|t| c.topics().contains(&t))
                && s.dated(c.date(), c.end_date())
                && s.kind.is_none_or(|k| k == Kind::Commitment(c.kind()))
                && s.actor_is(|a| {
                    c.made_by()
                        .chain(c.made_to())
                        .chain(c.parties())
                        .any(|x| x == a)
                })
        })
        .map(|c| c.id())
        .collect();
    let claims = ds
        .claims()
        .filter(|k| {
            s.topic.is_none()
                && s.kind.is_none()
                && k.date().map_or(s.undated_ok(), |d| s.dated(d, None))
                && s.actor_is(|a| k.claimant() == a)
        })
        .map(|k| k.id())
        .collect();
    let events = ds
        .events()
        .filter(|e| {
            s.topic.is_none()
                && s.dated(e.date(), e.end_date())
                && s.kind.is_none_or(|k| k == Kind::Event(e.kind()))
                && s.actor_is(|a| e.actors().iter().any(|x| x.actor() == a))
        })
        .map(|e| e.id())
        .collect();
    [actors, sources, commitments, claims, events]
}

fn actual(s: &Spec) -> [Vec<&'static str>; 5] {
    let ds = dataset();
    let q = s.query();
    [
        q.actors(ds).map(|x| x.id()).collect(),
        q.sources(ds).map(|x| x.id()).collect(),
        q.commitments(ds).map(|x| x.id()).collect(),
        q.claims(ds).map(|x| x.id()).collect(),
        q.events(ds).map(|x| x.id()).collect(),
    ]
}

fn check(s: &Spec) {
    let want = expected(s);
    assert_eq!(actual(s), want, "{s:?}");
    // select: the same records, collection by collection, and each restricted to one.
    let ds = dataset();
    let q = s.query();
    let all: Vec<&str> = ds.select(&q).map(|r| r.id()).collect();
    assert_eq!(all, want.concat(), "{s:?}");
    for (kind, ids) in RecordKind::ALL.into_iter().zip(&want) {
        let only: Vec<&str> = ds.select(&q.clone().only(kind)).map(|r| r.id()).collect();
        assert_eq!(&only, ids, "{s:?} only {kind}");
    }
}

fn date(s: &str) -> PartialDate {
    s.parse().unwrap()
}

#[test]
fn the_empty_query_matches_everything() {
    let ds = dataset();
    let [a, s, c, k, e] = ds.counts();
    assert_eq!(ds.select(&Query::new()).count(), a + s + c + k + e);
    check(&Spec::default());
}

#[test]
fn fixed_queries_match_the_reference_filters() {
    let specs = [
        Spec {
            actor: Some("manfred-woerner".into()),
            ..Spec::default()
        },
        Spec {
            actor: Some("nato".into()),
            from: Some(date("1997")),
            ..Spec::default()
        },
        Spec {
            from: Some(date("1992-02")),
            to: Some(date("1992-02-25")),
            ..Spec::default()
        },
        Spec {
            topic: Some(Topic::NatoEnlargement),
            to: Some(date("1991")),
            ..Spec::default()
        },
        Spec {
            kind: Some(Kind::Commitment(CommitmentKind::Assurance)),
            ..Spec::default()
        },
        Spec {
            kind: Some(Kind::Source(SourceKind::NewsArticle)),
            from: Some(date("2020")),
            ..Spec::default()
        },
        Spec {
            kind: Some(Kind::Actor(ActorKind::Person)),
            ..Spec::default()
        },
        Spec {
            kind: Some(Kind::Event(EventKind::Enlargement)),
            to: Some(date("2004-03-29")),
            ..Spec::default()
        },
    ];
    for s in &specs {
        check(s);
    }
    // The filters select something: a query matching nothing would pass vacuously.
    assert!(actual(&specs[0])[2].contains(&"woerner-khasbulatov-non-interference-1992"));
    assert!(!actual(&specs[2])[2].is_empty());
    assert!(!actual(&specs[4])[2].is_empty());
    assert!(!actual(&specs[7])[4].is_empty());
}

#[test]
fn dates_overlap_partial_dates_and_spans() {
    let ds = dataset();
    let id = "woerner-khasbulatov-non-interference-1992";
    let c = Record::Commitment(ds.commitment(id).unwrap());
    assert_eq!(c.id(), id);
    for (from, to, hit) in [
        ("1992", "1992", true),
        ("1992-02-25", "1992-02-25", true),
        ("1992-02-26", "1993", false),
        ("1990", "1992-02-24", false),
        ("1992-02", "1992-02", true),
    ] {
        let q = Query::new().from(date(from)).to(date(to));
        assert_eq!(q.matches(c), hit, "{from}..{to}");
    }
    // A date range never matches an actor (no dates) nor an undated claim.
    let nato = ds.get("nato").unwrap();
    assert!(Query::new().matches(nato));
    assert!(!Query::new().from(date("1949")).matches(nato));
}

#[test]
fn between_agrees_with_commitments_between() {
    let ds = dataset();
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let ranges = [
        (d(1990, 1, 1), d(1990, 12, 31)),
        (d(1992, 2, 25), d(1992, 2, 25)),
        (d(1997, 5, 27), d(2010, 1, 1)),
    ];
    for (a, b) in ranges {
        let want: Vec<_> = ds.commitments_between(a..=b).map(|c| c.id()).collect();
        let got: Vec<_> = Query::new()
            .between(a..=b)
            .commitments(ds)
            .map(|c| c.id())
            .collect();
        assert_eq!(got, want);
        let want: Vec<_> = ds.commitments_between(a..b).map(|c| c.id()).collect();
        let got: Vec<_> = Query::new()
            .between(a..b)
            .commitments(ds)
            .map(|c| c.id())
            .collect();
        assert_eq!(got, want);
    }
}

#[test]
fn get_finds_every_record_of_every_kind() {
    let ds = dataset();
    let mut n = 0;
    for r in ds.select(&Query::new()) {
        assert_eq!(ds.get(r.id()), Some(r));
        n += 1;
    }
    assert_eq!(n, ds.counts().iter().sum::<usize>());
    assert_eq!(ds.get("manfred-woerner").unwrap().kind(), RecordKind::Actor);
    assert_eq!(ds.get("no-such-id"), None);
    assert_eq!(ds.get(""), None);
}

#[test]
fn a_record_serializes_as_itself() {
    let ds = dataset();
    let c = ds
        .commitment("woerner-khasbulatov-non-interference-1992")
        .unwrap();
    assert_eq!(
        serde_json::to_string(&Record::Commitment(c)).unwrap(),
        serde_json::to_string(c).unwrap()
    );
}

fn any_date() -> impl Strategy<Value = PartialDate> {
    (1988u16..2026, 0u8..13, 0u8..29).prop_map(|(y, m, d)| match (m, d) {
        (0, _) => PartialDate::y(y).unwrap(),
        (m, 0) => PartialDate::ym(y, m).unwrap(),
        (m, d) => PartialDate::ymd(y, m, d).unwrap(),
    })
}

fn any_kind() -> impl Strategy<Value = Kind> {
    prop_oneof![
        prop::sample::select(ActorKind::ALL).prop_map(Kind::Actor),
        prop::sample::select(SourceKind::ALL).prop_map(Kind::Source),
        prop::sample::select(CommitmentKind::ALL).prop_map(Kind::Commitment),
        prop::sample::select(EventKind::ALL).prop_map(Kind::Event),
    ]
}

fn any_spec() -> impl Strategy<Value = Spec> {
    let ids: Vec<String> = dataset().actors().map(|a| a.id().to_owned()).collect();
    (
        prop::option::of(prop::sample::select(ids)),
        prop::option::of(any_date()),
        prop::option::of(any_date()),
        prop::option::weighted(0.3, prop::sample::select(Topic::ALL)),
        prop::option::weighted(0.3, any_kind()),
    )
        .prop_map(|(actor, from, to, topic, kind)| Spec {
            actor,
            from,
            to,
            topic,
            kind,
        })
}

proptest! {
    #[test]
    fn random_queries_match_the_reference_filters(s in any_spec()) {
        check(&s);
    }
}
