//! The claim tables: claims, their targets, stances and reports.

use super::*;

pub(super) fn claims(ds: &Dataset) -> Table {
    fn translation(k: &Claim) -> Option<&nato_assurances::Translation> {
        k.quote().and_then(|q| q.translation_of())
    }
    Def::<&Claim>::new("claims", "One row per attributed claim about commitments.")
        .text("id", "Stable kebab-case id.", |k| k.id())
        .text("claimant_id", "Who made the claim.", |k| k.claimant())
        .date(
            "date",
            false,
            "When the claim was made (empty when no source dates it).",
            |k| k.date(),
        )
        .opt_text("quote_text", "The claim in the claimant's words.", |k| {
            k.quote().map(|q| q.text())
        })
        .opt_text("quote_language", "Language of the quote.", |k| {
            k.quote().map(|q| q.language())
        })
        .opt_text(
            "quote_translation_of_language",
            "If the quote is a translation: the language of the original.",
            |k| translation(k).map(|t| t.language()),
        )
        .opt_text(
            "quote_translation_of_text",
            "The original text, where at hand.",
            |k| translation(k).and_then(|t| t.text()),
        )
        .opt_text("quote_translator", "Who translated it.", |k| {
            translation(k).and_then(|t| t.translator())
        })
        .text("source_id", "Where the claim appeared.", |k| {
            k.source().source()
        })
        .opt_text("source_locator", "Where in that source.", |k| {
            k.source().locator()
        })
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
        .fk("source_id", "sources", "id")
        .covers(
            "Claim",
            &[
                "id",
                "claimant",
                "date",
                "quote",
                "source",
                "summary",
                "verification",
                "notes",
                "withdrawn",
            ],
        )
        .covers("ClaimQuote", &["text", "language", "translation_of"])
        .covers("Translation", &["language", "text", "translator"])
        .covers("SourceRef", &["source", "locator"])
        .rows(ds.claims())
}

pub(super) fn claim_targets(ds: &Dataset) -> Table {
    Def::<Item<Claim, &str>>::new("claim_targets", "The commitments each claim is about.")
        .text("claim_id", "The claim.", |x| x.record.id())
        .text("commitment_id", "A commitment it is about.", |x| x.item)
        .key(&["claim_id", "commitment_id"])
        .fk("claim_id", "claims", "id")
        .fk("commitment_id", "commitments", "id")
        .covers("Claim", &["about"])
        .rows(items(ds.claims(), |k| k.about()))
}

pub(super) fn claim_stances(ds: &Dataset) -> Table {
    Def::<Item<Claim, &Stance>>::new(
        "claim_stances",
        "What each claim says about its commitments.",
    )
    .text("claim_id", "The claim.", |x| x.record.id())
    .vocab("stance", true, &Stance::VOCABULARY, "A stance.", |x| {
        Some(x.item.as_str())
    })
    .key(&["claim_id", "stance"])
    .fk("claim_id", "claims", "id")
    .covers("Claim", &["stances"])
    .rows(items(ds.claims(), |k| k.stances()))
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
