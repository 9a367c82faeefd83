//! A downstream program: everything it uses is public API of `nato-assurances`, reached
//! through a path dependency exactly as another project would.
#![forbid(unsafe_code)]

use chrono::NaiveDate;
use nato_assurances::{dataset, CommitmentKind, Dataset, Topic, DATA_VERSION};

/// A short report on one actor: their commitments with quotes and sources, and the claims
/// made about each commitment.
pub fn report(ds: &Dataset, name: &str) -> Option<String> {
    let actor = ds.actor_by_name(name)?;
    let mut out = format!("{} ({}), data {}\n", actor.name(), actor.id(), ds.version());
    for c in ds.commitments_by_actor(actor.id()) {
        out.push_str(&format!("{} {} [{}]\n", c.date(), c.title(), c.kind()));
        for q in c.quotes() {
            let speaker = ds.quote_speaker(q)?.name();
            let source = ds.quote_source(q)?;
            out.push_str(&format!(
                "  “{}” — {speaker}, {}\n",
                q.text(),
                source.title()
            ));
        }
        for s in ds.sources_of(c.id()) {
            let chain: Vec<&str> = ds.citation_chain(s.id()).iter().map(|x| x.id()).collect();
            out.push_str(&format!(
                "  source {} (primary: {}) relies on {chain:?}\n",
                s.id(),
                s.is_primary()
            ));
        }
        for k in ds.claims_about(c.id()) {
            let who = ds.actor(k.claimant())?.name();
            out.push_str(&format!(
                "  claim by {who}: {:?}\n",
                k.stances_about(c.id())
            ));
        }
    }
    Some(out)
}

/// Counts through every other accessor, so that each is called at least once.
pub fn tour(ds: &Dataset) -> [usize; 12] {
    let from = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default();
    let to = NaiveDate::from_ymd_opt(1999, 12, 31).unwrap_or_default();
    let first = |id: Option<&str>| id.unwrap_or_default().to_owned();
    let c = first(ds.commitments().next().map(|c| c.id()));
    let k = first(ds.claims().next().map(|c| c.id()));
    let s = first(ds.sources().next().map(|c| c.id()));
    let a = first(ds.actors().next().map(|c| c.id()));
    let e = first(ds.events().next().map(|c| c.id()));
    [
        usize::from(ds.commitment(&c).is_some()),
        usize::from(ds.claim(&k).is_some()),
        usize::from(ds.source(&s).is_some()),
        usize::from(ds.actor(&a).is_some()),
        usize::from(ds.event(&e).is_some()),
        ds.commitments_of_kind(CommitmentKind::Assurance).count(),
        ds.commitments_with_topic(Topic::NonInterference).count(),
        ds.commitments_between(from..=to).count(),
        ds.claims_about(&c).count(),
        ds.sources_of(&c).len(),
        ds.citation_chain(&s).len(),
        Dataset::embedded().counts().iter().sum(),
    ]
}

fn main() {
    let ds = dataset();
    assert_eq!(ds.version(), DATA_VERSION);
    match report(ds, std::env::args().nth(1).as_deref().unwrap_or("Woerner")) {
        Some(r) => print!("{r}"),
        None => eprintln!("no such actor"),
    }
    println!("{:?}", tour(ds));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_downstream_crate_reaches_every_accessor() {
        let ds = dataset();
        let r = report(ds, "werner").expect("Wörner is found by a misspelling");
        assert!(r.contains("Manfred Wörner (manfred-woerner)"));
        assert!(r.contains("claim by Sputnik"));
        let t = tour(ds);
        assert_eq!(&t[..5], &[1, 1, 1, 1, 1], "lookups by id");
        assert!(
            t[5] >= 1 && t[6] >= 1 && t[7] >= 1,
            "filters find the 1992 assurance"
        );
        let [actors, sources, commitments, claims, events] = ds.counts();
        assert_eq!(
            t[11],
            actors + sources + commitments + claims + events,
            "a fresh decode holds every record"
        );
    }
}
