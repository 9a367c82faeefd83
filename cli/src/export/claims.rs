//! The claim tables: claims, their targets, stances and reports.

use super::*;

pub(super) fn claims(ds: &Dataset) -> Table {
    Def::<&Claim>::new("claims", "One row per attributed claim about commitments.")
        .text("id", "Stable kebab-case id.", |k| k.id())
        .text("claimant_id", "Who made the claim.", |k| k.claimant())
        .date(
            "date",
            false,
            "When the claim was made (empty when no source dates it).",
            |k| k.date(),
        )
        .col(
            "claimant_group",
            Type::String,
            true,
            "Perspective group of the claimant on the claim's date, derived from roles, ownership and NATO membership (nato_member, ussr_russia, other_state, no_state).",
            |k| ds.claim_perspective(k).group().as_str().to_owned(),
        )
        .col(
            "claimant_state_id",
            Type::String,
            false,
            "The claimant's state on the claim's date, derived (empty when none).",
            |k| ds.claim_perspective(k).state().unwrap_or_default().to_owned(),
        )
        .opt_text(
            "first_appearance_occasion",
            "The occasion where the words were first said or published.",
            |k| k.first_appearance().occasion(),
        )
        .date(
            "first_appearance_date",
            false,
            "The occasion's date, where a source gives one that differs from the claim's.",
            |k| k.first_appearance().date(),
        )
        .opt_text(
            "first_appearance_source_id",
            "The source where the words first appeared, when recorded.",
            |k| k.first_appearance().source().map(|s| s.source()),
        )
        .opt_text("first_appearance_locator", "Where in that source.", |k| {
            k.first_appearance().source().and_then(|s| s.locator())
        })
        .read_in(
            "The copy actually read, when it is not the first appearance.",
            |k| k.read_in(),
        )
        .text(
            "summary",
            "Neutral summary of what the claimant says.",
            |k| k.summary(),
        )
        .vocab(
            "verification",
            true,
            &Verification::VOCABULARY,
            "How well it was checked.",
            |k| Some(k.verification().as_str()),
        )
        .opt_text("notes", "Editorial notes.", |k| k.notes())
        .withdrawn(|k| k.withdrawn())
        .key(&["id"])
        .fk("claimant_id", "actors", "id")
        .fk("claimant_state_id", "actors", "id")
        .fk("first_appearance_source_id", "sources", "id")
        .fk("read_in_source_id", "sources", "id")
        .covers(
            "Claim",
            &[
                "id",
                "claimant",
                "date",
                "first_appearance",
                "read_in",
                "summary",
                "verification",
                "notes",
                "withdrawn",
            ],
        )
        .covers("FirstAppearance", &["occasion", "date", "source"])
        .covers("ReadIn", &["source", "locator", "retrieved"])
        .covers("SourceRef", &["source", "locator"])
        .rows(ds.claims())
}

/// One row of `claim_targets`: a claim, one of its commitments, and one stance on it.
struct TargetStance<'a> {
    claim: &'a Claim,
    target: &'a Target,
    stance: Stance,
}

pub(super) fn claim_targets(ds: &Dataset) -> Table {
    let rows = ds.claims().flat_map(|claim| {
        claim.about().iter().flat_map(move |target| {
            target.stances().iter().map(move |&stance| TargetStance {
                claim,
                target,
                stance,
            })
        })
    });
    Def::<TargetStance>::new(
        "claim_targets",
        "What each claim says about each commitment it is about: one row per claim, commitment and stance.",
    )
    .text("claim_id", "The claim.", |x| x.claim.id())
    .text("commitment_id", "A commitment it is about.", |x| x.target.commitment())
    .vocab(
        "stance",
        true,
        &Stance::VOCABULARY,
        "What the claim says about that commitment.",
        |x| Some(x.stance.as_str()),
    )
    .key(&["claim_id", "commitment_id", "stance"])
    .fk("claim_id", "claims", "id")
    .fk("commitment_id", "commitments", "id")
    .covers("Claim", &["about"])
    .covers("Target", &["commitment", "stances"])
    .rows(rows)
}

pub(super) fn claim_links(ds: &Dataset) -> Table {
    Def::<Item<Claim, &ClaimLink>>::new(
        "claim_links",
        "Earlier claims a claim answers, disputes, repeats or retracts.",
    )
    .text("claim_id", "The later claim.", |x| x.record.id())
    .vocab(
        "relation",
        true,
        &ClaimRelation::VOCABULARY,
        "How it relates to the earlier claim.",
        |x| Some(x.item.relation().as_str()),
    )
    .text("target_claim_id", "The earlier claim.", |x| x.item.claim())
    .key(&["claim_id", "target_claim_id"])
    .fk("claim_id", "claims", "id")
    .fk("target_claim_id", "claims", "id")
    .covers("Claim", &["responds_to"])
    .covers("ClaimLink", &["relation", "claim"])
    .rows(items(ds.claims(), |k| k.responds_to()))
}

pub(super) fn claim_reported_by(ds: &Dataset) -> Table {
    Def::<Item<Claim, &SourceRef>>::new("claim_reported_by", "Other sources that carried a claim.")
        .text("claim_id", "The claim.", |x| x.record.id())
        .text("source_id", "A source that carried it.", |x| {
            x.item.source()
        })
        .opt_text("locator", "Where in that source.", |x| x.item.locator())
        .key(&["claim_id", "source_id"])
        .fk("claim_id", "claims", "id")
        .fk("source_id", "sources", "id")
        .covers("Claim", &["reported_by"])
        .covers("SourceRef", &["source", "locator"])
        .rows(items(ds.claims(), |k| k.reported_by()))
}
