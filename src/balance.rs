//! The balance report: whose voices the record holds about each commitment, computed from
//! the claims, their per-commitment stances and the claimants' derived perspective groups.
//! It measures what was **collected**; it says nothing about who is right.

use crate::model::Claim;
use crate::vocab::ActorKind;
use crate::vocab::{AffiliationKind, LegalStatus, PerspectiveGroup, Stance};
use crate::Dataset;
use serde::Serialize;
use std::collections::BTreeMap;

/// The balance report of a dataset ([`Dataset::balance`]).
///
/// ```
/// let ds = nato_assurances::dataset();
/// let b = ds.balance();
/// let total: usize = b.claims_by_group.values().sum();
/// assert_eq!(total, ds.claims().filter(|k| k.withdrawn().is_none()).count());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Balance<'a> {
    /// The data version the report is about.
    pub version: &'a str,
    /// How many claims each perspective group made.
    pub claims_by_group: BTreeMap<PerspectiveGroup, usize>,
    /// Stance totals by group: one per claim, commitment and stance.
    pub stances_by_group: BTreeMap<PerspectiveGroup, BTreeMap<Stance, usize>>,
    /// Every commitment that has claims or is disputed, in date order.
    pub commitments: Vec<CommitmentBalance<'a>>,
    /// Ids of the disputed commitments whose claims all come from one group.
    pub one_sided: Vec<&'a str>,
    /// Ids of the disputed commitments with no claim at all.
    pub unheard: Vec<&'a str>,
    /// Media outlets and publishers whose ownership is not established.
    pub ownership_not_established: Vec<OwnershipGap<'a>>,
    /// Ids of the claims whose first-appearance source is not recorded.
    pub claims_without_first_source: Vec<&'a str>,
}

/// The voices about one commitment.
///
/// ```
/// let ds = nato_assurances::dataset();
/// for c in ds.balance().commitments {
///     let n: usize = c.groups.values().map(|g| g.claims.len()).sum();
///     assert_eq!(n, ds.claims_about(c.id).filter(|k| k.withdrawn().is_none()).count());
/// }
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CommitmentBalance<'a> {
    /// The commitment's id.
    pub id: &'a str,
    /// Its title.
    pub title: &'a str,
    /// Its legal status.
    pub legal_status: LegalStatus,
    /// Disputed: legal status `disputed`, or a claim that denies it was made or says it was
    /// broken.
    pub disputed: bool,
    /// Disputed, with claims from one group only.
    pub one_sided: bool,
    /// Its claims by the claimant's group.
    pub groups: BTreeMap<PerspectiveGroup, GroupVoices<'a>>,
}

/// One group's claims about one commitment.
///
/// ```
/// let b = nato_assurances::dataset().balance();
/// for c in &b.commitments {
///     for g in c.groups.values() { assert!(!g.claims.is_empty()); }
/// }
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct GroupVoices<'a> {
    /// The ids of the claims, in date order.
    pub claims: Vec<&'a str>,
    /// How many of them take each stance on the commitment.
    pub stances: BTreeMap<Stance, usize>,
}

/// An outlet or publisher whose ownership is not established, and why.
///
/// ```
/// let b = nato_assurances::dataset().balance();
/// assert!(b.ownership_not_established.iter().all(|g| !g.id.is_empty()));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct OwnershipGap<'a> {
    /// The actor's id.
    pub id: &'a str,
    /// `true` when the record holds no ownership fact at all; `false` when it records that
    /// ownership was searched for and not established.
    pub no_facts: bool,
    /// How many sources name it as their publisher.
    pub sources: usize,
}

impl Dataset {
    /// The balance report (withdrawn records left out): claims by perspective group and stance
    /// for each commitment, the
    /// one-sided and unheard disputed commitments, stance totals by group, the outlets and
    /// publishers whose ownership is not established, and the claims whose first appearance
    /// has no recorded source.
    ///
    /// ```
    /// let b = nato_assurances::dataset().balance();
    /// assert!(b.one_sided.iter().all(|id| b.commitments.iter().any(|c| c.id == *id && c.one_sided)));
    /// ```
    pub fn balance(&self) -> Balance<'_> {
        let mut claims_by_group: BTreeMap<PerspectiveGroup, usize> = BTreeMap::new();
        let mut stances_by_group: BTreeMap<PerspectiveGroup, BTreeMap<Stance, usize>> =
            BTreeMap::new();
        // Withdrawn records stay for their ids, but are nobody's voice any more.
        let active = |k: &&Claim| k.withdrawn().is_none();
        // Each claim's group, derived once: the per-commitment tallies below look it up.
        let group_of: BTreeMap<&str, PerspectiveGroup> = self
            .claims()
            .filter(active)
            .map(|k| (k.id(), self.claim_perspective(k).group()))
            .collect();
        for k in self.claims().filter(active) {
            let g = group_of[k.id()];
            *claims_by_group.entry(g).or_default() += 1;
            for t in k.about() {
                for s in t.stances() {
                    *stances_by_group
                        .entry(g)
                        .or_default()
                        .entry(*s)
                        .or_default() += 1;
                }
            }
        }
        let mut commitments = Vec::new();
        for c in self.commitments().filter(|c| c.withdrawn().is_none()) {
            let mut groups: BTreeMap<PerspectiveGroup, GroupVoices<'_>> = BTreeMap::new();
            let mut contested = false;
            for k in self.claims_about(c.id()).filter(active) {
                let stances = k.stances_about(c.id());
                contested |= stances
                    .iter()
                    .any(|s| matches!(s, Stance::DeniesMade | Stance::AssertsBroken));
                let voices = groups.entry(group_of[k.id()]).or_default();
                voices.claims.push(k.id());
                for s in stances {
                    *voices.stances.entry(*s).or_default() += 1;
                }
            }
            let disputed = contested || c.legal_status() == LegalStatus::Disputed;
            if groups.is_empty() && !disputed {
                continue;
            }
            commitments.push(CommitmentBalance {
                id: c.id(),
                title: c.title(),
                legal_status: c.legal_status(),
                disputed,
                one_sided: disputed && groups.len() == 1,
                groups,
            });
        }
        let one_sided = commitments
            .iter()
            .filter(|c| c.one_sided)
            .map(|c| c.id)
            .collect();
        let unheard = commitments
            .iter()
            .filter(|c| c.disputed && c.groups.is_empty())
            .map(|c| c.id)
            .collect();
        let publishers: BTreeMap<&str, usize> =
            self.sources()
                .filter_map(|s| s.publisher())
                .fold(BTreeMap::new(), |mut m, p| {
                    *m.entry(p).or_default() += 1;
                    m
                });
        let ownership_not_established = self
            .actors()
            .filter(|a| {
                a.kind() == ActorKind::MediaOutlet
                    || (a.kind() == ActorKind::Organization && publishers.contains_key(a.id()))
            })
            .filter(|a| self.affiliation(a.id()).kind() == AffiliationKind::NotEstablished)
            .map(|a| OwnershipGap {
                id: a.id(),
                no_facts: a.ownership().is_empty(),
                sources: publishers.get(a.id()).copied().unwrap_or(0),
            })
            .collect();
        let claims_without_first_source = self
            .claims()
            .filter(active)
            .filter(|k| k.first_appearance().source().is_none())
            .map(Claim::id)
            .collect();
        // Every group appears in the totals, so that an absent voice shows as a zero.
        for g in PerspectiveGroup::ALL {
            claims_by_group.entry(*g).or_default();
            stances_by_group.entry(*g).or_default();
        }
        Balance {
            version: self.version(),
            claims_by_group,
            stances_by_group,
            commitments,
            one_sided,
            unheard,
            ownership_not_established,
            claims_without_first_source,
        }
    }
}
