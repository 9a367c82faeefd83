//! Labels computed from recorded facts, each by one rule in code, the same for every side:
//! an actor's affiliation (from its ownership facts), its state and perspective group on a
//! date (from roles, ownership and the enlargement events), and the strongest verification
//! label the evidence of a commitment or claim allows. Nothing here is typed in the data.

use crate::model::{Actor, Affiliation, Claim, Commitment, Text};
use crate::vocab::{
    ActorKind, AffiliationKind, EventKind, EventRole, OwnershipFactKind, PerspectiveGroup,
    SourceKind, Verification,
};
use crate::{Dataset, PartialDate};

/// The id of the organization whose membership decides the `nato_member` group.
pub const NATO: &str = "nato";
/// The ids of the states in the `ussr_russia` group.
pub const USSR_RUSSIA: [&str; 2] = ["soviet-union", "russia"];
/// How many owners deep a chain is followed (chains are short; this only stops a cycle).
const MAX_CHAIN: usize = 16;

/// A voice's state on a date and its perspective group, derived by
/// [`Dataset::perspective`].
///
/// ```
/// use nato_assurances::PerspectiveGroup;
/// let p = nato_assurances::dataset().perspective("russia", None);
/// assert_eq!(p.group(), PerspectiveGroup::UssrRussia);
/// assert_eq!(p.state(), Some("russia"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Perspective<'a> {
    state: Option<&'a str>,
    group: PerspectiveGroup,
}

impl<'a> Perspective<'a> {
    /// The id of the actor's state on that date, if it has one.
    pub fn state(&self) -> Option<&'a str> {
        self.state
    }
    /// The group that state falls in on that date.
    pub fn group(&self) -> PerspectiveGroup {
        self.group
    }
}

impl Dataset {
    /// The affiliation label of an actor, computed from its ownership facts by one rule:
    ///
    /// 1. a state is `state`;
    /// 2. an actor with a `member_states` fact is `intergovernmental`;
    /// 3. an actor whose owner (sole or majority: not a `part` share) is a state, or is (by
    ///    this rule) `state_owned`, is `state_owned` by that state;
    /// 4. otherwise, an actor whose such owner is `state_funded`, or whose sole or main funder
    ///    is a state or an actor labelled `state`, `state_owned` or `state_funded`, is
    ///    `state_funded` by that state;
    /// 5. otherwise, an actor with owners or funders recorded is `non_state` (a chain stops at
    ///    an owner that has no facts of its own);
    /// 6. otherwise — no facts, or only `not_established` — it is `not_established`.
    ///
    /// Persons and unknown ids are `not_established`. A minority stake or partial funding
    /// (`share: part`) is recorded and shown but does not change the label.
    ///
    /// ```
    /// use nato_assurances::AffiliationKind;
    /// let ds = nato_assurances::dataset();
    /// assert_eq!(ds.affiliation("russia").kind(), AffiliationKind::State);
    /// assert_eq!(ds.affiliation("no-such-actor").kind(), AffiliationKind::NotEstablished);
    /// ```
    pub fn affiliation(&self, actor_id: &str) -> Affiliation {
        self.affiliation_at_depth(actor_id, 0)
    }

    fn affiliation_at_depth(&self, actor_id: &str, depth: usize) -> Affiliation {
        let label = |kind, state: Option<&str>| Affiliation {
            kind,
            state: state.map(Text::from),
        };
        let Some(a) = self.actor(actor_id) else {
            return label(AffiliationKind::NotEstablished, None);
        };
        if a.kind() == ActorKind::State {
            return label(AffiliationKind::State, Some(a.id()));
        }
        if depth >= MAX_CHAIN {
            return label(AffiliationKind::NotEstablished, None);
        }
        let facts = a.ownership();
        if facts
            .iter()
            .any(|f| f.fact() == OwnershipFactKind::MemberStates)
        {
            return label(AffiliationKind::Intergovernmental, None);
        }
        let upstream = |kind: OwnershipFactKind, decisive_only: bool| {
            facts
                .iter()
                .filter(move |f| f.fact() == kind)
                .filter(move |f| !decisive_only || f.share().is_none_or(|s| s.is_decisive()))
                .filter_map(|f| f.by())
                .map(move |by| self.affiliation_at_depth(by, depth + 1))
        };
        let owners: Vec<Affiliation> = upstream(OwnershipFactKind::OwnedBy, true).collect();
        let funders: Vec<Affiliation> = upstream(OwnershipFactKind::FundedBy, true).collect();
        use AffiliationKind as K;
        if let Some(o) = owners
            .iter()
            .find(|o| matches!(o.kind, K::State | K::StateOwned))
        {
            return label(K::StateOwned, o.state());
        }
        let funding_state = owners
            .iter()
            .find(|o| o.kind == K::StateFunded)
            .or_else(|| {
                funders
                    .iter()
                    .find(|f| matches!(f.kind, K::State | K::StateOwned | K::StateFunded))
            });
        if let Some(f) = funding_state {
            return label(K::StateFunded, f.state());
        }
        let recorded = facts.iter().any(|f| {
            matches!(
                f.fact(),
                OwnershipFactKind::OwnedBy | OwnershipFactKind::FundedBy
            )
        });
        if recorded {
            label(K::NonState, None)
        } else {
            label(K::NotEstablished, None)
        }
    }

    /// Whether `state_id` was a NATO member on `date` (any day of it), from the state's roles
    /// in the organization `nato` and the enlargement events that list it as `joined`. With no
    /// date: whether it has ever been a member.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let d = "2022".parse().ok();
    /// assert!(ds.nato_member("finland", "2024".parse().ok()));
    /// assert!(!ds.nato_member("finland", d));
    /// ```
    pub fn nato_member(&self, state_id: &str, date: Option<PartialDate>) -> bool {
        let by_role = self
            .actor(state_id)
            .is_some_and(|s| offices_on(s, date).any(|o| o == NATO));
        by_role
            || self.events().any(|e| {
                e.kind() == EventKind::Enlargement
                    && e.actors()
                        .iter()
                        .any(|a| a.actor() == state_id && a.role() == EventRole::Joined)
                    && date.is_none_or(|d| e.date().earliest() <= d.latest())
            })
    }

    /// The state an actor speaks for on `date`: a state itself; a person, the state of the
    /// organization of the role they held on that date (for an undated claim, the state all
    /// their roles agree on); an outlet or organization, the state that owns or funds it by
    /// [`Dataset::affiliation`]. `None` for scholars, NGOs, intergovernmental bodies, and
    /// people who held no office on that date.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// assert_eq!(ds.state_of("russia", None), Some("russia"));
    /// assert_eq!(ds.state_of("nato", None), None);
    /// ```
    pub fn state_of(&self, actor_id: &str, date: Option<PartialDate>) -> Option<&str> {
        let a = self.actor(actor_id)?;
        match a.kind() {
            ActorKind::Person => self.person_state(a, date),
            _ => self.organization_state(a.id()),
        }
    }

    fn organization_state(&self, id: &str) -> Option<&str> {
        let aff = self.affiliation(id);
        // The label holds its own copy of the id; return the dataset's.
        aff.state().and_then(|s| self.actor(s)).map(Actor::id)
    }

    fn person_state(&self, a: &Actor, date: Option<PartialDate>) -> Option<&str> {
        let mut states = offices_on(a, date).filter_map(|o| self.organization_state(o));
        match date {
            Some(_) => states.next(),
            None => {
                let first = states.next()?;
                states.all(|s| s == first).then_some(first)
            }
        }
    }

    /// The perspective group of an actor's voice on `date`, derived from [`Dataset::state_of`]
    /// and [`Dataset::nato_member`]: `ussr_russia` for the USSR and Russia, `nato_member` for a
    /// state that was a NATO member on that date (and for NATO itself and its officials in
    /// office, who speak for its members), `other_state` for any other state, and `no_state`
    /// when the actor has no state.
    ///
    /// ```
    /// use nato_assurances::PerspectiveGroup;
    /// let ds = nato_assurances::dataset();
    /// assert_eq!(ds.perspective("united-states", None).group(), PerspectiveGroup::NatoMember);
    /// ```
    pub fn perspective(&self, actor_id: &str, date: Option<PartialDate>) -> Perspective<'_> {
        let state = self.state_of(actor_id, date);
        let group = match state {
            None if self.speaks_for_nato(actor_id, date) => PerspectiveGroup::NatoMember,
            None => PerspectiveGroup::NoState,
            Some(s) if USSR_RUSSIA.contains(&s) => PerspectiveGroup::UssrRussia,
            Some(s) if self.nato_member(s, date) => PerspectiveGroup::NatoMember,
            Some(_) => PerspectiveGroup::OtherState,
        };
        Perspective { state, group }
    }

    /// Whether the actor is NATO itself, or a person holding an office in NATO on `date` (for
    /// an undated claim: whose every office with an organization is in NATO). NATO and its
    /// officials speak for the alliance of its members: group `nato_member`, with no one state.
    fn speaks_for_nato(&self, actor_id: &str, date: Option<PartialDate>) -> bool {
        let Some(a) = self.actor(actor_id) else {
            return false;
        };
        if a.id() == NATO {
            return true;
        }
        if a.kind() != ActorKind::Person {
            return false;
        }
        let mut offices = offices_on(a, date).peekable();
        match date {
            Some(_) => offices.any(|o| o == NATO),
            None => offices.peek().is_some() && offices.all(|o| o == NATO),
        }
    }

    /// The perspective of a claim's claimant on the claim's date.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// let k = ds.claims().next().unwrap();
    /// let _ = ds.claim_perspective(k).group();
    /// ```
    pub fn claim_perspective(&self, claim: &Claim) -> Perspective<'_> {
        self.perspective(claim.claimant(), claim.date())
    }

    /// Whether a source counts as the record itself: a primary record or an archive
    /// publication (a briefing book). The rule of [`Dataset::allowed_verification`] asks this of
    /// the copy each quote was read in; `false` for an unknown id.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// assert!(ds.is_record("baker-gorbachev-memcon-1990-02-09"));
    /// assert!(!ds.is_record("no-such-source"));
    /// ```
    pub fn is_record(&self, source_id: &str) -> bool {
        self.source(source_id)
            .is_some_and(|s| is_record_kind(s.kind()))
    }

    /// The strongest verification label a commitment's evidence allows: `verified` only when
    /// it has quotes and each was read (its `read_in`, else its `source`) in a primary record
    /// or an archive publication; otherwise `secondary`. The checker rejects a stronger label.
    ///
    /// ```
    /// use nato_assurances::Verification;
    /// let ds = nato_assurances::dataset();
    /// assert!(ds.commitments().all(|c| c.verification() <= ds.allowed_verification(c)));
    /// ```
    pub fn allowed_verification(&self, c: &Commitment) -> Verification {
        commitment_verification(c, |id| self.is_record(id))
    }

    /// The strongest verification label a claim's evidence allows: `verified` only when its
    /// words were read in their first appearance (a first-appearance source is recorded, and
    /// no other copy was read); otherwise `secondary`. The checker rejects a stronger label.
    ///
    /// ```
    /// let ds = nato_assurances::dataset();
    /// assert!(ds.claims().all(|k| k.verification() <= ds.allowed_claim_verification(k)));
    /// ```
    pub fn allowed_claim_verification(&self, k: &Claim) -> Verification {
        claim_verification(k)
    }
}

/// Whether a source of this kind counts as the record itself (primary or archive publication).
pub(crate) fn is_record_kind(kind: SourceKind) -> bool {
    kind.is_primary() || kind == SourceKind::BriefingBook
}

/// The rule of [`Dataset::allowed_verification`], with `is_record` telling whether a source id
/// names a primary record or an archive publication (the checker runs it before a dataset
/// exists).
pub(crate) fn commitment_verification(
    c: &Commitment,
    is_record: impl Fn(&str) -> bool,
) -> Verification {
    let quotes = c.quotes();
    if !quotes.is_empty() && quotes.iter().all(|q| is_record(q.read_source())) {
        Verification::Verified
    } else {
        Verification::Secondary
    }
}

/// The rule of [`Dataset::allowed_claim_verification`].
pub(crate) fn claim_verification(k: &Claim) -> Verification {
    let first = k.first_appearance().source().map(|s| s.source());
    let read_first = match (first, k.read_in()) {
        (Some(_), None) => true,
        (Some(f), Some(r)) => r.source() == f,
        (None, _) => false,
    };
    if read_first {
        Verification::Verified
    } else {
        Verification::Secondary
    }
}

/// The organizations of an actor's roles on `date`, in the order the record lists them: the
/// roles held on any day of it, or every role when there is no date. [`Dataset::state_of`], the
/// NATO-official test and [`Dataset::nato_member`] (a state's membership role) all read roles
/// through this one rule.
fn offices_on(a: &Actor, date: Option<PartialDate>) -> impl Iterator<Item = &str> {
    a.roles()
        .iter()
        .filter(move |r| overlaps(r.from(), r.to(), date))
        .filter_map(|r| r.organization())
}

/// Whether the span `from`..=`to` (open where absent) shares a day with `date` (any date when
/// `None`).
fn overlaps(from: Option<PartialDate>, to: Option<PartialDate>, date: Option<PartialDate>) -> bool {
    let Some(d) = date else { return true };
    from.is_none_or(|f| f.earliest() <= d.latest()) && to.is_none_or(|t| t.latest() >= d.earliest())
}
