//! The commitment tables: commitments, their actors, topics, sources, quotes and relations.

use super::*;

pub(super) fn commitments(ds: &Dataset) -> Table {
    Def::<&Commitment>::new("commitments", "One row per commitment: pledge, assurance, treaty, declaration, agreement, concession, proposal or demand.")
        .text("id", "Stable kebab-case id.", |c| c.id())
        .vocab("kind", true, &CommitmentKind::VOCABULARY, "Kind of commitment.", |c| Some(c.kind().as_str()))
        .text("title", "Neutral title.", |c| c.title())
        .date("date", true, "When it was made or signed.", |c| Some(c.date()))
        .date("end_date", false, "When a multi-day meeting or negotiation ended.", |c| c.end_date())
        .opt_text("place", "Where it was made.", |c| c.place())
        .vocab("form", true, &Form::VOCABULARY, "Form in which it was made.", |c| Some(c.form().as_str()))
        .vocab("legal_status", true, &LegalStatus::VOCABULARY, "Legal status.", |c| Some(c.legal_status().as_str()))
        .text("summary", "Neutral summary.", |c| c.summary())
        .vocab("verification", true, &Verification::VOCABULARY, "How well it was checked.", |c| Some(c.verification().as_str()))
        .opt_text("notes", "Editorial notes.", |c| c.notes())
        .withdrawn(|c| c.withdrawn())
        .key(&["id"])
        .covers(
            "Commitment",
            &[
                "id", "kind", "title", "date", "end_date", "place", "form", "legal_status",
                "summary", "verification", "notes", "withdrawn",
            ],
        )
        .rows(ds.commitments())
}

/// The roles an actor can have in a commitment (`commitment_actors.role`).
static COMMITMENT_ROLES: Vocabulary = Vocabulary {
    name: "commitment role",
    values: &[
        ("made_by", "The actor made the commitment."),
        ("made_to", "The commitment was made to the actor."),
        ("party", "The actor is a signatory of the instrument."),
    ],
};

pub(super) fn commitment_actors(ds: &Dataset) -> Table {
    let rows = ds.commitments().flat_map(|c| {
        let by = items([c], |c| c.made_by().map(|a| ("made_by", a)));
        let to = items([c], |c| c.made_to().map(|a| ("made_to", a)));
        by.chain(to)
            .chain(items([c], |c| c.parties().map(|a| ("party", a))))
    });
    Def::<Item<Commitment, (&'static str, &str)>>::new(
        "commitment_actors",
        "Actors of commitments, by role: made_by, made_to, party.",
    )
    .text("commitment_id", "The commitment.", |x| x.record.id())
    .vocab("role", true, &COMMITMENT_ROLES, "The actor's role.", |x| {
        Some(x.item.0)
    })
    .text("actor_id", "The actor.", |x| x.item.1)
    .position("Order within the role (0-based).", |x| x.position)
    .key(&["commitment_id", "role", "actor_id"])
    .fk("commitment_id", "commitments", "id")
    .fk("actor_id", "actors", "id")
    .covers("Commitment", &["made_by", "made_to", "parties"])
    .rows(rows)
}

pub(super) fn commitment_topics(ds: &Dataset) -> Table {
    Def::<Item<Commitment, &Topic>>::new("commitment_topics", "Topics of commitments.")
        .text("commitment_id", "The commitment.", |x| x.record.id())
        .vocab("topic", true, &Topic::VOCABULARY, "A topic.", |x| {
            Some(x.item.as_str())
        })
        .key(&["commitment_id", "topic"])
        .fk("commitment_id", "commitments", "id")
        .covers("Commitment", &["topics"])
        .rows(items(ds.commitments(), |c| c.topics()))
}

pub(super) fn commitment_sources(ds: &Dataset) -> Table {
    Def::<Item<Commitment, &SourceRef>>::new(
        "commitment_sources",
        "Sources of commitments, with locators.",
    )
    .text("commitment_id", "The commitment.", |x| x.record.id())
    .position("Order in the record (0-based).", |x| x.position)
    .text("source_id", "The source.", |x| x.item.source())
    .opt_text("locator", "Where in the source.", |x| x.item.locator())
    .key(&["commitment_id", "source_id"])
    .fk("commitment_id", "commitments", "id")
    .fk("source_id", "sources", "id")
    .covers("Commitment", &["sources"])
    .covers("SourceRef", &["source", "locator"])
    .rows(items(ds.commitments(), |c| c.sources()))
}

pub(super) fn quotes(ds: &Dataset) -> Table {
    Def::<Item<Commitment, &Quote>>::new(
        "quotes",
        "Quotes in commitments, with their kind, speaker, source and the copy read.",
    )
    .text("commitment_id", "The commitment.", |x| x.record.id())
    .position("Order in the record (0-based).", |x| x.position)
    .text("text", "The exact words as printed in the source.", |x| {
        x.item.text()
    })
    .vocab(
        "kind",
        true,
        &QuoteKind::VOCABULARY,
        "verbatim (the speaker's own words) or indirect (a record's indirect speech or paraphrase).",
        |x| Some(x.item.kind().as_str()),
    )
    .text("language", "Language of `text`.", |x| x.item.language())
    .text("speaker_id", "Who said or wrote it.", |x| x.item.speaker())
    .opt_text(
        "written_by_id",
        "For an indirect quote: who wrote the words.",
        |x| x.item.written_by(),
    )
    .text("source_id", "The source the text was taken from.", |x| {
        x.item.source()
    })
    .opt_text("locator", "Where in the source.", |x| x.item.locator())
    .opt_text(
        "read_in_source_id",
        "The copy actually read, when it is not `source_id`.",
        |x| x.item.read_in().map(|r| r.source()),
    )
    .opt_text("read_in_locator", "Where in that copy.", |x| {
        x.item.read_in().and_then(|r| r.locator())
    })
    .date("read_in_retrieved", false, "When the copy was retrieved.", |x| {
        x.item.read_in().and_then(|r| r.retrieved())
    })
    .opt_text(
        "translation_of_language",
        "If `text` is a translation: the language of the original.",
        |x| x.item.translation_of().map(|t| t.language()),
    )
    .opt_text(
        "translation_of_text",
        "The original text, where at hand.",
        |x| x.item.translation_of().and_then(|t| t.text()),
    )
    .opt_text(
        "translator",
        "Who translated it, as the source says.",
        |x| x.item.translation_of().and_then(|t| t.translator()),
    )
    .key(&["commitment_id", "position"])
    .fk("commitment_id", "commitments", "id")
    .fk("speaker_id", "actors", "id")
    .fk("written_by_id", "actors", "id")
    .fk("source_id", "sources", "id")
    .fk("read_in_source_id", "sources", "id")
    .covers("Commitment", &["quotes"])
    .covers(
        "Quote",
        &[
            "text",
            "kind",
            "language",
            "speaker",
            "written_by",
            "source",
            "locator",
            "read_in",
            "translation_of",
        ],
    )
    .covers("ReadIn", &["source", "locator", "retrieved"])
    .covers("Translation", &["language", "text", "translator"])
    .rows(items(ds.commitments(), |c| c.quotes()))
}

pub(super) fn related_commitments(ds: &Dataset) -> Table {
    Def::<Item<Commitment, &Related>>::new(
        "related_commitments",
        "Relations between commitments (codified_in, not_codified_in, reaffirms, …).",
    )
    .text("commitment_id", "The commitment.", |x| x.record.id())
    .vocab(
        "relation",
        true,
        &Relation::VOCABULARY,
        "How it relates to the target.",
        |x| Some(x.item.relation().as_str()),
    )
    .text("target_commitment_id", "The target commitment.", |x| {
        x.item.commitment()
    })
    .opt_text("notes", "Why.", |x| x.item.notes())
    .key(&["commitment_id", "relation", "target_commitment_id"])
    .fk("commitment_id", "commitments", "id")
    .fk("target_commitment_id", "commitments", "id")
    .covers("Commitment", &["related"])
    .covers("Related", &["relation", "commitment", "notes"])
    .rows(items(ds.commitments(), |c| c.related()))
}
