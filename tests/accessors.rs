//! The typed accessors, checked against the data rather than against hard-coded answers:
//! every index agrees with a linear scan of the records it indexes.

use chrono::NaiveDate;
use nato_assurances::{dataset, fold_name, CommitmentKind, Dataset, Stance, Topic};
use std::collections::BTreeSet;

fn ds() -> &'static Dataset {
    dataset()
}

#[test]
fn lookups_by_id_find_every_record_and_nothing_else() {
    let d = ds();
    for a in d.actors() {
        assert_eq!(d.actor(a.id()), Some(a));
    }
    for s in d.sources() {
        assert_eq!(d.source(s.id()), Some(s));
    }
    for c in d.commitments() {
        assert_eq!(d.commitment(c.id()), Some(c));
    }
    for k in d.claims() {
        assert_eq!(d.claim(k.id()), Some(k));
    }
    for e in d.events() {
        assert_eq!(d.event(e.id()), Some(e));
    }
    for missing in ["", "zzz", "manfred-woerner-x", "-"] {
        assert!(d.actor(missing).is_none() && d.commitment(missing).is_none());
    }
    // A commitment id is not an actor id: lookups are per kind.
    let c = d.commitments().next().unwrap();
    assert!(d.actor(c.id()).is_none());
}

#[test]
fn iterators_are_in_documented_order() {
    let d = ds();
    let ids: Vec<&str> = d.actors().map(|a| a.id()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "actors in id order");
    let ids: Vec<&str> = d.sources().map(|a| a.id()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "sources in id order");
    let keys: Vec<_> = d
        .commitments()
        .map(|c| (c.date().earliest(), c.id()))
        .collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "commitments in date order"
    );
    let keys: Vec<_> = d
        .claims()
        .map(|c| (c.date().map_or(NaiveDate::MAX, |x| x.earliest()), c.id()))
        .collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "claims in date order"
    );
    let keys: Vec<_> = d.events().map(|c| (c.date().earliest(), c.id())).collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "events in date order"
    );
}

#[test]
fn commitments_by_actor_match_a_scan() {
    let d = ds();
    for a in d.actors() {
        let indexed: Vec<&str> = d.commitments_by_actor(a.id()).map(|c| c.id()).collect();
        let scanned: Vec<&str> = d
            .commitments()
            .filter(|c| c.involves(a.id()))
            .map(|c| c.id())
            .collect();
        assert_eq!(indexed, scanned, "actor {}", a.id());
    }
    assert!(d
        .commitments_by_actor("manfred-woerner")
        .any(|c| c.made_by().any(|m| m == "manfred-woerner")));
    assert!(d
        .commitments_by_actor("ruslan-khasbulatov")
        .any(|c| c.made_to().any(|m| m == "ruslan-khasbulatov")));
}

#[test]
fn claims_about_match_a_scan() {
    let d = ds();
    for c in d.commitments() {
        let indexed: Vec<&str> = d.claims_about(c.id()).map(|k| k.id()).collect();
        let scanned: Vec<&str> = d
            .claims()
            .filter(|k| k.commitments().any(|a| a == c.id()))
            .map(|k| k.id())
            .collect();
        assert_eq!(indexed, scanned, "commitment {}", c.id());
    }
    assert_eq!(d.claims_about("no-such-commitment").count(), 0);
    let woerner = d.claims_about("woerner-khasbulatov-non-interference-1992");
    assert!(woerner.into_iter().any(|k| k
        .stances_about("woerner-khasbulatov-non-interference-1992")
        .contains(&Stance::AssertsBroken)));
}

#[test]
fn kind_topic_and_date_filters_match_a_scan() {
    let d = ds();
    for kind in CommitmentKind::ALL {
        let n = d.commitments_of_kind(*kind).count();
        assert_eq!(n, d.commitments().filter(|c| c.kind() == *kind).count());
    }
    for topic in Topic::ALL {
        let got: BTreeSet<&str> = d.commitments_with_topic(*topic).map(|c| c.id()).collect();
        let want: BTreeSet<&str> = d
            .commitments()
            .filter(|c| c.topics().contains(topic))
            .map(|c| c.id())
            .collect();
        assert_eq!(got, want);
    }
    let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
    // A day-precise date is inside a range that includes the day and outside one that ends before it.
    let c = d
        .commitment("woerner-khasbulatov-non-interference-1992")
        .unwrap();
    let on = c.date().earliest();
    assert!(d.commitments_between(on..=on).any(|x| x.id() == c.id()));
    assert!(!d
        .commitments_between(day(1990, 1, 1)..on)
        .any(|x| x.id() == c.id()));
    assert!(d.commitments_between(..).count() == d.commitments().len());
}

#[test]
fn sources_of_lists_primary_records_first_and_every_cited_source() {
    let d = ds();
    for c in d.commitments() {
        let s = d.sources_of(c.id());
        assert_eq!(s.len(), c.sources().len());
        let first_secondary = s.iter().position(|x| !x.is_primary()).unwrap_or(s.len());
        assert!(
            s[first_secondary..].iter().all(|x| !x.is_primary()),
            "primary first for {}",
            c.id()
        );
    }
    assert!(d.sources_of("nope").is_empty());
}

#[test]
fn citation_chain_is_transitive_and_excludes_the_start() {
    let d = ds();
    for s in d.sources() {
        let chain: Vec<&str> = d.citation_chain(s.id()).iter().map(|x| x.id()).collect();
        assert!(!chain.contains(&s.id()));
        let unique: BTreeSet<&&str> = chain.iter().collect();
        assert_eq!(unique.len(), chain.len(), "no repeats");
        // Every direct citation is in the chain, and the chain of each member is contained in it.
        for c in s.cites().chain(s.republishes()) {
            assert!(chain.contains(&c));
            for deeper in d.citation_chain(c) {
                assert!(deeper.id() == s.id() || chain.contains(&deeper.id()));
            }
        }
    }
    // The transnational.live repost reaches the transcript through the briefing book it republishes.
    let chain = d.citation_chain("transnational-2024-04-08-nato-russia-honeymoon");
    let ids: Vec<&str> = chain.iter().map(|s| s.id()).collect();
    assert_eq!(
        ids,
        [
            "nsarchive-2024-04-04-nato-russia-honeymoon",
            "woerner-khasbulatov-transcript-1992-02-25"
        ]
    );
}

#[test]
fn actor_by_name_finds_every_name_and_alias_in_any_case() {
    let d = ds();
    for a in d.actors() {
        let mut names: Vec<String> = vec![a.name().to_owned()];
        names.extend(a.aliases().map(str::to_owned));
        names.extend(a.names().iter().map(|n| n.name().to_owned()));
        for n in names {
            for variant in [
                n.clone(),
                n.to_uppercase(),
                n.to_lowercase(),
                format!("  {n} "),
            ] {
                let found: Vec<&str> = d.actors_by_name(&variant).map(|x| x.id()).collect();
                assert!(
                    found.contains(&a.id()),
                    "{variant:?} should find {}",
                    a.id()
                );
            }
        }
    }
    for n in ["werner", "Woerner", "Wörner", "WÖRNER", "Вёрнер", "вернер"] {
        assert_eq!(
            d.actor_by_name(n).map(|a| a.id()),
            Some("manfred-woerner"),
            "{n}"
        );
    }
    assert!(d.actor_by_name("").is_none());
    assert_eq!(fold_name("Ruslan  KHASBULATOV"), "ruslan khasbulatov");
}

#[test]
fn quotes_navigate_to_speaker_and_source() {
    let d = ds();
    for c in d.commitments() {
        for q in c.quotes() {
            let speaker = d.quote_speaker(q).expect("speaker resolves");
            assert_eq!(speaker.id(), q.speaker());
            let source = d.quote_source(q).expect("source resolves");
            assert!(c.sources().iter().any(|r| r.source() == source.id()));
        }
    }
}

#[test]
fn json_round_trip_gives_an_equal_dataset() {
    let d = ds();
    let json = d.to_json();
    let back = Dataset::from_json(&json).expect("export loads");
    assert_eq!(&back, d);
    assert_eq!(back.to_json(), json, "to_json is canonical");
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for k in [
        "version",
        "actors",
        "sources",
        "commitments",
        "claims",
        "events",
    ] {
        assert!(keys.contains(&k));
    }
}
