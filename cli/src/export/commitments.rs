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
    .ordinal("Order within the role (0-based).", |x| x.position)
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
    .ordinal("Order in the record (0-based).", |x| x.position)
    .text("source_id", "The source.", |x| x.item.source())
    .opt_text("locator", "Where in the source.", |x| x.item.locator())
    .key(&["commitment_id", "source_id"])
    .fk("commitment_id", "commitments", "id")
    .fk("source_id", "sources", "id")
    .covers("Commitment", &["sources"])
    .covers("SourceRef", &["source", "locator"])
    .rows(items(ds.commitments(), |c| c.sources()))
}

/// One row of the `quotes` table: a commitment's quote, or a claim's.
enum QuoteRow<'a> {
    Commitment(&'a Commitment, usize, &'a Quote),
    Claim(&'a Claim, &'a ClaimQuote),
}

impl<'a> QuoteRow<'a> {
    fn text(&self) -> &'a str {
        match self {
            QuoteRow::Commitment(_, _, q) => q.text(),
            QuoteRow::Claim(_, q) => q.text(),
        }
    }
    fn kind(&self) -> QuoteKind {
        match self {
            QuoteRow::Commitment(_, _, q) => q.kind(),
            QuoteRow::Claim(_, q) => q.kind(),
        }
    }
    fn language(&self) -> &'a str {
        match self {
            QuoteRow::Commitment(_, _, q) => q.language(),
            QuoteRow::Claim(_, q) => q.language(),
        }
    }
    fn written_by(&self) -> Option<&'a str> {
        match self {
            QuoteRow::Commitment(_, _, q) => q.written_by(),
            QuoteRow::Claim(_, q) => q.written_by(),
        }
    }
    fn translation(&self) -> Option<&'a nato_assurances::Translation> {
        match self {
            QuoteRow::Commitment(_, _, q) => q.translation_of(),
            QuoteRow::Claim(_, q) => q.translation_of(),
        }
    }
    fn read_in(&self) -> Option<&'a nato_assurances::ReadIn> {
        match self {
            QuoteRow::Commitment(_, _, q) => q.read_in(),
            QuoteRow::Claim(k, _) => k.read_in(),
        }
    }
}

pub(super) fn quotes(ds: &Dataset) -> Table {
    let rows = ds
        .commitments()
        .flat_map(|c| {
            c.quotes()
                .iter()
                .enumerate()
                .map(move |(i, q)| QuoteRow::Commitment(c, i, q))
        })
        .chain(
            ds.claims()
                .filter_map(|k| k.quote().map(|q| QuoteRow::Claim(k, q))),
        );
    Def::<QuoteRow>::new(
        "quotes",
        "Every quote, of commitments and of claims, with its kind, speaker, source and the copy read: one table, so that all the quotes of one speaker are one query.",
    )
    .col(
        "quote_id",
        Type::String,
        true,
        "`<commitment id>#<ordinal>` or `<claim id>#quote`.",
        |x| match x {
            QuoteRow::Commitment(c, i, _) => format!("{}#{i}", c.id()),
            QuoteRow::Claim(k, _) => format!("{}#quote", k.id()),
        },
    )
    .col(
        "record_kind",
        Type::String,
        true,
        "`commitment` or `claim`: which record the quote belongs to.",
        |x| match x {
            QuoteRow::Commitment(..) => "commitment".to_owned(),
            QuoteRow::Claim(..) => "claim".to_owned(),
        },
    )
    .opt_text("commitment_id", "The commitment (for a commitment's quote).", |x| match x {
        QuoteRow::Commitment(c, _, _) => Some(c.id()),
        QuoteRow::Claim(..) => None,
    })
    .opt_text("claim_id", "The claim (for a claim's quote).", |x| match x {
        QuoteRow::Claim(k, _) => Some(k.id()),
        QuoteRow::Commitment(..) => None,
    })
    .col(
        "ordinal",
        Type::Integer,
        true,
        "Order of the quote in its record (0-based; a claim has one).",
        |x| match x {
            QuoteRow::Commitment(_, i, _) => i.to_string(),
            QuoteRow::Claim(..) => "0".to_owned(),
        },
    )
    .text("text", "The exact words as printed in the source.", |x| x.text())
    .vocab(
        "kind",
        true,
        &QuoteKind::VOCABULARY,
        "verbatim (the speaker's own words) or indirect (a record's indirect speech or paraphrase, never the speaker's own words).",
        |x| Some(x.kind().as_str()),
    )
    .text("language", "Language of `text`.", |x| x.language())
    .text(
        "speaker_id",
        "Who said or wrote it (a claim's claimant; for an indirect quote, whose words it reports).",
        |x| match x {
            QuoteRow::Commitment(_, _, q) => q.speaker(),
            QuoteRow::Claim(k, _) => k.claimant(),
        },
    )
    .opt_text("written_by_id", "For an indirect quote: who wrote the words.", |x| {
        x.written_by()
    })
    .opt_text(
        "source_id",
        "The source of the words: a commitment quote's source; a claim's first-appearance source (empty when not recorded).",
        |x| match x {
            QuoteRow::Commitment(_, _, q) => Some(q.source()),
            QuoteRow::Claim(k, _) => k.first_appearance().source().map(|s| s.source()),
        },
    )
    .opt_text("locator", "Where in that source.", |x| match x {
        QuoteRow::Commitment(_, _, q) => q.locator(),
        QuoteRow::Claim(k, _) => k.first_appearance().source().and_then(|s| s.locator()),
    })
    .read_in("The copy actually read, when it is not `source_id`.", |x| x.read_in())
    .opt_text(
        "translation_of_language",
        "If `text` is a translation: the language of the original.",
        |x| x.translation().map(|t| t.language()),
    )
    .opt_text("translation_of_text", "The original text, where at hand.", |x| {
        x.translation().and_then(|t| t.text())
    })
    .opt_text("translator", "Who translated it, as the source says.", |x| {
        x.translation().and_then(|t| t.translator())
    })
    .key(&["quote_id"])
    .fk("commitment_id", "commitments", "id")
    .fk("claim_id", "claims", "id")
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
    .covers("Claim", &["quote"])
    .covers(
        "ClaimQuote",
        &["text", "kind", "written_by", "language", "translation_of"],
    )
    .covers("ReadIn", &["source", "locator", "retrieved"])
    .covers("Translation", &["language", "text", "translator"])
    .rows(rows)
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
