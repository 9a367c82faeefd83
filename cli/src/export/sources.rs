//! The source tables: sources, their authors and citations.

use super::*;

pub(super) fn sources(ds: &Dataset) -> Table {
    Def::<&Source>::new("sources", "One row per source document.")
        .text("id", "Stable kebab-case id.", |x| x.id())
        .vocab(
            "kind",
            true,
            &SourceKind::VOCABULARY,
            "Kind of document.",
            |x| Some(x.kind().as_str()),
        )
        .col(
            "is_primary",
            Type::Boolean,
            true,
            "Whether the kind is a primary record.",
            |x| x.is_primary().to_string(),
        )
        .text(
            "title",
            "Title as printed (bracketed description for untitled documents).",
            |x| x.title(),
        )
        .opt_text("publisher_id", "The publishing actor.", |x| x.publisher())
        .date(
            "published",
            false,
            "When the document was written, issued or published.",
            |x| x.published(),
        )
        .text("language", "BCP 47 language code.", |x| x.language())
        .opt_text("url", "Canonical https URL.", |x| x.url())
        .opt_text("archived_url", "Archived copy.", |x| x.archived_url())
        .opt_text("archive_repository", "Archive holding the document.", |x| {
            x.archive().map(|a| a.repository())
        })
        .opt_text(
            "archive_collection",
            "Collection within the archive.",
            |x| x.archive().and_then(|a| a.collection()),
        )
        .opt_text(
            "archive_reference",
            "Reference: FOIA case, fond/opis/delo, box and folder.",
            |x| x.archive().and_then(|a| a.reference()),
        )
        .opt_text(
            "archive_document_number",
            "Document number in a publication.",
            |x| x.archive().and_then(|a| a.document_number()),
        )
        .date(
            "declassified",
            false,
            "When the document was declassified.",
            |x| x.declassified(),
        )
        .opt_text(
            "republishes_id",
            "The source this one reposts or translates.",
            |x| x.republishes(),
        )
        .opt_text("notes", "Editorial notes.", |x| x.notes())
        .withdrawn(|x| x.withdrawn())
        .key(&["id"])
        .fk("publisher_id", "actors", "id")
        .fk("republishes_id", "sources", "id")
        .covers(
            "Source",
            &[
                "id",
                "kind",
                "title",
                "publisher",
                "published",
                "language",
                "url",
                "archived_url",
                "archive",
                "declassified",
                "republishes",
                "notes",
                "withdrawn",
            ],
        )
        .covers(
            "Archive",
            &["repository", "collection", "reference", "document_number"],
        )
        .rows(ds.sources())
}

pub(super) fn source_authors(ds: &Dataset) -> Table {
    Def::<Item<Source, &str>>::new("source_authors", "Authors of sources, as printed.")
        .text("source_id", "The source.", |x| x.record.id())
        .ordinal("Order of the author (0-based).", |x| x.position)
        .text("author", "Name as printed.", |x| x.item)
        .key(&["source_id", "ordinal"])
        .fk("source_id", "sources", "id")
        .covers("Source", &["authors"])
        .rows(items(ds.sources(), |x| x.authors()))
}

pub(super) fn source_cites(ds: &Dataset) -> Table {
    Def::<Item<Source, &str>>::new(
        "source_cites",
        "The citation graph: which sources a source relies on.",
    )
    .text("source_id", "The citing source.", |x| x.record.id())
    .text("cited_source_id", "The source it relies on.", |x| x.item)
    .key(&["source_id", "cited_source_id"])
    .fk("source_id", "sources", "id")
    .fk("cited_source_id", "sources", "id")
    .covers("Source", &["cites"])
    .rows(items(ds.sources(), |x| x.cites()))
}
