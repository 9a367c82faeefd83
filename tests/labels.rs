//! The labels computed from recorded facts — affiliation, perspective group, NATO membership,
//! the strongest verification — each by one rule, tested on small fictional datasets built for
//! each case (so the expected answer follows from the facts in the test, not from real data).

use nato_assurances::{AffiliationKind, Dataset, PerspectiveGroup, Verification};
use serde_json::{json, Value};

/// An export with the given actors, sources, commitments, claims and events.
fn export(
    actors: Value,
    sources: Value,
    commitments: Value,
    claims: Value,
    events: Value,
) -> Dataset {
    let v = json!({
        "version": "0.0.0",
        "actors": actors,
        "sources": sources,
        "commitments": commitments,
        "claims": claims,
        "events": events,
    });
    Dataset::from_json(&v.to_string()).unwrap_or_else(|e| panic!("{e}"))
}

fn fact(fact: &str, by: &str, share: Option<&str>) -> Value {
    let mut f = json!({
        "fact": fact,
        "by": by,
        "source": { "source": "registry" },
        "quote": "As the registry says."
    });
    if let Some(s) = share {
        f["share"] = json!(s);
    }
    f
}

fn actor(id: &str, kind: &str, ownership: Vec<Value>) -> Value {
    let mut a = json!({ "id": id, "kind": kind, "name": id });
    if !ownership.is_empty() {
        a["ownership"] = Value::Array(ownership);
    }
    a
}

fn registry() -> Value {
    json!([{ "id": "registry", "kind": "official_statement", "title": "Register", "language": "en" }])
}

/// Outlets whose label follows from chains of owners and funders.
fn outlets() -> Dataset {
    let actors = json!([
        actor("state-a", "state", vec![]),
        actor("state-b", "state", vec![]),
        actor(
            "agency",
            "organization",
            vec![fact("owned_by", "state-a", None)]
        ),
        actor(
            "holding",
            "organization",
            vec![fact("owned_by", "person-x", None)]
        ),
        actor("person-x", "person", vec![]),
        // Owned by an agency that a state owns: state-owned, through the chain.
        actor(
            "broadcaster",
            "media_outlet",
            vec![fact("owned_by", "agency", None)]
        ),
        // Owned privately but mainly funded by a state: state-funded.
        actor(
            "grantee",
            "media_outlet",
            vec![
                fact("owned_by", "holding", None),
                fact("funded_by", "state-b", Some("main")),
            ]
        ),
        // Partly funded by a state: the share does not decide the label.
        actor(
            "paper",
            "media_outlet",
            vec![
                fact("owned_by", "holding", None),
                fact("funded_by", "state-b", Some("part")),
            ]
        ),
        // Owned by an outlet that is state-funded: state-funded too.
        actor(
            "subsidiary",
            "media_outlet",
            vec![fact("owned_by", "grantee", None)]
        ),
        // Two outlets that own each other: the cycle ends, no state is reached.
        actor(
            "loop-a",
            "media_outlet",
            vec![fact("owned_by", "loop-b", None)]
        ),
        actor(
            "loop-b",
            "media_outlet",
            vec![fact("owned_by", "loop-a", None)]
        ),
        actor(
            "unknown",
            "media_outlet",
            vec![json!({
                "fact": "not_established",
                "searched": "The register and the outlet's own pages."
            })]
        ),
        actor(
            "alliance",
            "organization",
            vec![json!({
                "fact": "member_states",
                "source": { "source": "registry" },
                "quote": "Its members are states."
            })]
        ),
    ]);
    export(actors, registry(), json!([]), json!([]), json!([]))
}

#[test]
fn the_affiliation_label_follows_the_ownership_chain_the_same_way_for_every_state() {
    let ds = outlets();
    let label = |id: &str| {
        let a = ds.affiliation(id);
        (a.kind(), a.state().map(str::to_owned))
    };
    use AffiliationKind as K;
    let s = |x: &str| Some(x.to_owned());
    assert_eq!(label("state-a"), (K::State, s("state-a")));
    assert_eq!(label("agency"), (K::StateOwned, s("state-a")));
    assert_eq!(label("broadcaster"), (K::StateOwned, s("state-a")));
    assert_eq!(label("grantee"), (K::StateFunded, s("state-b")));
    assert_eq!(label("subsidiary"), (K::StateFunded, s("state-b")));
    assert_eq!(label("paper"), (K::NonState, None));
    assert_eq!(label("holding"), (K::NonState, None));
    assert_eq!(label("loop-a"), (K::NonState, None));
    assert_eq!(label("unknown"), (K::NotEstablished, None));
    assert_eq!(label("alliance"), (K::Intergovernmental, None));
    assert_eq!(label("person-x"), (K::NotEstablished, None));
}

#[test]
fn swapping_the_states_swaps_the_labels() {
    // The rule never looks at which state it is: rename the states and the labels follow.
    let ds = outlets();
    let text = ds
        .to_json()
        .replace("\"state-a\"", "\"tmp\"")
        .replace("\"state-b\"", "\"state-a\"")
        .replace("\"tmp\"", "\"state-b\"");
    let swapped = Dataset::from_json(&text).unwrap();
    // (The states themselves are renamed, so only the other actors keep their ids.)
    for a in ds.actors().filter(|a| !a.id().starts_with("state-")) {
        let (x, y) = (ds.affiliation(a.id()), swapped.affiliation(a.id()));
        assert_eq!(x.kind(), y.kind(), "{}", a.id());
        fn flip(s: Option<&str>) -> Option<&str> {
            match s {
                Some("state-a") => Some("state-b"),
                Some("state-b") => Some("state-a"),
                other => other,
            }
        }
        assert_eq!(flip(x.state()), y.state(), "{}", a.id());
    }
}

/// A person with two offices, an enlargement and claims on several dates.
fn voices() -> Dataset {
    let mut actors = json!([
        actor(
            "nato",
            "organization",
            vec![json!({
                "fact": "member_states",
                "source": { "source": "registry" },
                "quote": "Its members are states."
            })]
        ),
        actor("russia", "state", vec![]),
        actor("old-member", "state", vec![]),
        actor("new-member", "state", vec![]),
        actor("scholar", "person", vec![]),
        actor("minister", "person", vec![]),
    ]);
    actors[2]["roles"] =
        json!([{ "title": "Member state", "organization": "nato", "from": "1949" }]);
    actors[5]["roles"] = json!([
        { "title": "Minister", "organization": "new-member", "from": "2000", "to": "2010" },
        { "title": "Envoy", "organization": "russia", "from": "2012", "to": "2014" }
    ]);
    let sources = registry();
    let commitments = json!([{
        "id": "pledge",
        "kind": "pledge",
        "title": "A pledge",
        "date": "1990",
        "made_by": ["old-member"],
        "form": "oral",
        "legal_status": "disputed",
        "topics": ["nato_enlargement"],
        "summary": "A pledge.",
        "sources": [{ "source": "registry" }],
        "verification": "secondary"
    }]);
    let claim = |id: &str, who: &str, date: &str, stance: &str| {
        json!({
            "id": id,
            "claimant": who,
            "date": date,
            "about": [{ "commitment": "pledge", "stances": [stance] }],
            "first_appearance": { "occasion": "A statement" },
            "summary": "X says so.",
            "verification": "secondary"
        })
    };
    let claims = json!([
        claim("k-2001", "minister", "2001", "asserts_made"),
        claim("k-2005", "minister", "2005", "asserts_made"),
        claim("k-2011", "minister", "2011", "asserts_made"),
        claim("k-2013", "minister", "2013", "denies_made"),
        claim("k-scholar", "scholar", "2013", "asserts_made"),
    ]);
    let events = json!([{
        "id": "enlargement-2004",
        "kind": "enlargement",
        "title": "A state joins",
        "date": "2004-03-29",
        "actors": [{ "actor": "nato", "role": "host" }, { "actor": "new-member", "role": "joined" }],
        "sources": [{ "source": "registry" }],
        "summary": "A state joins."
    }]);
    export(actors, sources, commitments, claims, events)
}

#[test]
fn a_voice_is_grouped_by_its_state_on_the_day_it_spoke() {
    let ds = voices();
    let group = |id: &str| ds.claim_perspective(ds.claim(id).unwrap()).group();
    use PerspectiveGroup as G;
    // A minister of a state that joined NATO in 2004: other state before, member after.
    assert_eq!(group("k-2001"), G::OtherState);
    assert_eq!(group("k-2005"), G::NatoMember);
    // Between offices a person speaks for no state; in a Russian office, for Russia.
    assert_eq!(group("k-2011"), G::NoState);
    assert_eq!(group("k-2013"), G::UssrRussia);
    assert_eq!(group("k-scholar"), G::NoState);
    assert!(ds.nato_member("old-member", "1990".parse().ok()));
    assert!(!ds.nato_member("new-member", "2004-03-28".parse().ok()));
    assert!(ds.nato_member("new-member", "2004-03-29".parse().ok()));
}

#[test]
fn the_balance_report_counts_voices_by_group_and_finds_one_sided_records() {
    let ds = voices();
    let b = ds.balance();
    use PerspectiveGroup as G;
    assert_eq!(
        b.claims_by_group
            .iter()
            .map(|(g, n)| (*g, *n))
            .collect::<Vec<_>>(),
        [
            (G::NatoMember, 1),
            (G::UssrRussia, 1),
            (G::OtherState, 1),
            (G::NoState, 2)
        ]
    );
    let pledge = &b.commitments[0];
    assert!(pledge.disputed && !pledge.one_sided);
    assert_eq!(pledge.groups[&G::NoState].claims, ["k-2011", "k-scholar"]);
    assert!(b.one_sided.is_empty() && b.unheard.is_empty());
    assert_eq!(b.claims_without_first_source.len(), 5);

    // Keep only the scholar's claim: the disputed pledge is heard from one group only.
    let mut v: Value = serde_json::from_str(&ds.to_json()).unwrap();
    v["claims"]
        .as_array_mut()
        .unwrap()
        .retain(|k| k["id"] == "k-scholar");
    let one = Dataset::from_json(&v.to_string()).unwrap();
    assert_eq!(one.balance().one_sided, ["pledge"]);
    // And with no claim at all it is unheard.
    v["claims"] = json!([]);
    let none = Dataset::from_json(&v.to_string()).unwrap();
    assert_eq!(none.balance().unheard, ["pledge"]);
}

#[test]
fn verification_is_derived_from_what_was_read() {
    let ds = voices();
    let c = ds.commitment("pledge").unwrap();
    // No quotes: nothing was read as the record's words.
    assert_eq!(ds.allowed_verification(c), Verification::Secondary);
    let k = ds.claim("k-2001").unwrap();
    // No first-appearance source recorded.
    assert_eq!(ds.allowed_claim_verification(k), Verification::Secondary);

    let mut v: Value = serde_json::from_str(&ds.to_json()).unwrap();
    v["commitments"][0]["quotes"] = json!([{
        "text": "A pledge.", "kind": "verbatim", "language": "en",
        "speaker": "old-member", "source": "registry"
    }]);
    v["claims"][0]["first_appearance"]["source"] = json!({ "source": "registry" });
    let read = Dataset::from_json(&v.to_string()).unwrap();
    assert_eq!(
        read.allowed_verification(read.commitment("pledge").unwrap()),
        Verification::Verified
    );
    assert_eq!(
        read.allowed_claim_verification(read.claim("k-2001").unwrap()),
        Verification::Verified
    );
    // Claiming `verified` without the evidence is rejected, naming the field.
    v["claims"][1]["verification"] = json!("verified");
    let err = Dataset::from_json(&v.to_string()).unwrap_err();
    let d = &err.diagnostics()[0];
    assert_eq!(
        (d.code(), d.pointer()),
        (
            nato_assurances::Code::Verification,
            "/claims/1/verification"
        )
    );
}

#[test]
fn nato_and_its_officials_in_office_speak_for_its_members() {
    let ds = voices();
    let mut v: Value = serde_json::from_str(&ds.to_json()).unwrap();
    v["actors"].as_array_mut().unwrap().push(json!({
        "id": "secretary",
        "kind": "person",
        "name": "Secretary",
        "roles": [{ "title": "Secretary General", "organization": "nato", "from": "2009", "to": "2014" }]
    }));
    let ds = Dataset::from_json(&v.to_string()).unwrap();
    let at = |who: &str, date: &str| ds.perspective(who, date.parse().ok()).group();
    assert_eq!(at("nato", "2000"), PerspectiveGroup::NatoMember);
    assert_eq!(at("secretary", "2010"), PerspectiveGroup::NatoMember);
    // Out of office, a former official speaks for no state.
    assert_eq!(at("secretary", "2020"), PerspectiveGroup::NoState);
    assert_eq!(
        ds.perspective("secretary", None).group(),
        PerspectiveGroup::NatoMember
    );
}

#[test]
fn a_minority_stake_does_not_decide_the_label() {
    let actors = json!([
        actor("state-a", "state", vec![]),
        actor(
            "fund",
            "organization",
            vec![fact("owned_by", "state-a", None)]
        ),
        actor("founder", "person", vec![]),
        // A state fund holds a minority stake; a person holds the rest: not state-owned.
        actor(
            "publisher",
            "organization",
            vec![
                fact("owned_by", "fund", Some("part")),
                fact("owned_by", "founder", Some("part")),
            ]
        ),
        actor(
            "daily",
            "media_outlet",
            vec![fact("owned_by", "publisher", None)]
        ),
        // The same fund with a majority stake decides it.
        actor(
            "other-daily",
            "media_outlet",
            vec![fact("owned_by", "fund", Some("main"))]
        ),
    ]);
    let ds = export(actors, registry(), json!([]), json!([]), json!([]));
    assert_eq!(ds.affiliation("daily").kind(), AffiliationKind::NonState);
    assert_eq!(
        ds.affiliation("other-daily").kind(),
        AffiliationKind::StateOwned
    );
    assert_eq!(ds.affiliation("other-daily").state(), Some("state-a"));
}
