//! The actor tables: actors, their names, aliases and roles.

use super::*;

pub(super) fn actors(ds: &Dataset) -> Table {
    Def::<&Actor>::new(
        "actors",
        "One row per actor: person, state, organization or media outlet.",
    )
    .text("id", "Stable kebab-case id.", |a| a.id())
    .vocab(
        "kind",
        true,
        &ActorKind::VOCABULARY,
        "Kind of actor.",
        |a| Some(a.kind().as_str()),
    )
    .text("name", "Display name in English.", |a| a.name())
    .vocab(
        "affiliation_kind",
        true,
        &AffiliationKind::VOCABULARY,
        "Affiliation label, computed from the actor's ownership facts by one rule (see actor_ownership); never typed by hand.",
        |a| Some(ds.affiliation(a.id()).kind().as_str()),
    )
    .col(
        "affiliation_state_id",
        Type::String,
        false,
        "The state the label names (the state itself, or the owning or funding state).",
        |a| ds.affiliation(a.id()).state().unwrap_or_default().to_owned(),
    )
    .opt_text("wikidata", "Wikidata QID, where checked.", |a| a.wikidata())
    .opt_text("notes", "Editorial notes.", |a| a.notes())
    .withdrawn(|a| a.withdrawn())
    .key(&["id"])
    .fk("affiliation_state_id", "actors", "id")
    .covers(
        "Actor",
        &[
            "id",
            "kind",
            "name",
            "wikidata",
            "notes",
            "withdrawn",
        ],
    )
    .covers("Withdrawal", &["date", "reason"])
    .rows(ds.actors())
}

pub(super) fn actor_names(ds: &Dataset) -> Table {
    Def::<Item<Actor, &LocalName>>::new(
        "actor_names",
        "Names of actors in other languages and scripts.",
    )
    .text("actor_id", "The actor.", |x| x.record.id())
    .text("language", "BCP 47 language code.", |x| x.item.language())
    .text("name", "The name in that language.", |x| x.item.name())
    .key(&["actor_id", "language"])
    .fk("actor_id", "actors", "id")
    .covers("Actor", &["names"])
    .rows(items(ds.actors(), |a| a.names()))
}

pub(super) fn actor_aliases(ds: &Dataset) -> Table {
    Def::<Item<Actor, &str>>::new(
        "actor_aliases",
        "Other spellings of actors' names met in sources.",
    )
    .text("actor_id", "The actor.", |x| x.record.id())
    .text("alias", "The spelling.", |x| x.item)
    .key(&["actor_id", "alias"])
    .fk("actor_id", "actors", "id")
    .covers("Actor", &["aliases"])
    .rows(items(ds.actors(), |a| a.aliases()))
}

pub(super) fn actor_roles(ds: &Dataset) -> Table {
    Def::<Item<Actor, &Role>>::new("actor_roles", "Positions held by actors, with dates.")
        .text("actor_id", "The actor.", |x| x.record.id())
        .ordinal("Order of the role in the record (0-based).", |x| x.position)
        .text("title", "Title in English.", |x| x.item.title())
        .opt_text(
            "organization_id",
            "The organization or state the role belongs to.",
            |x| x.item.organization(),
        )
        .date(
            "role_start",
            false,
            "When the role began (the record's `from`).",
            |x| x.item.from(),
        )
        .date(
            "role_end",
            false,
            "When the role ended (the record's `to`).",
            |x| x.item.to(),
        )
        .key(&["actor_id", "ordinal"])
        .fk("actor_id", "actors", "id")
        .fk("organization_id", "actors", "id")
        .covers("Actor", &["roles"])
        .covers("Role", &["title", "organization", "from", "to"])
        .rows(items(ds.actors(), |a| a.roles()))
}

pub(super) fn actor_ownership(ds: &Dataset) -> Table {
    Def::<Item<Actor, &OwnershipFact>>::new(
        "actor_ownership",
        "Sourced facts on who owns and funds outlets and organizations; the affiliation label in `actors` is computed from them.",
    )
    .text("actor_id", "The outlet or organization.", |x| x.record.id())
    .ordinal("Order of the fact in the record (0-based).", |x| x.position)
    .vocab(
        "fact",
        true,
        &OwnershipFactKind::VOCABULARY,
        "What the fact states.",
        |x| Some(x.item.fact().as_str()),
    )
    .opt_text("by_id", "The owner or funder (owned_by, funded_by).", |x| x.item.by())
    .vocab(
        "share",
        false,
        &Share::VOCABULARY,
        "How much the owner owns or the funder gives, as the source says (`part`: one of several).",
        |x| x.item.share().map(|s| s.as_str()),
    )
    .date("as_of", false, "The date the source states the fact for.", |x| x.item.as_of())
    .opt_text("source_id", "The source that states it.", |x| {
        x.item.source().map(|s| s.source())
    })
    .opt_text("source_locator", "Where in that source.", |x| {
        x.item.source().and_then(|s| s.locator())
    })
    .opt_text("quote", "The source's words that state it.", |x| x.item.quote())
    .opt_text("searched", "For not_established: what was searched.", |x| {
        x.item.searched()
    })
    .opt_text("notes", "Editorial notes.", |x| x.item.notes())
    .key(&["actor_id", "ordinal"])
    .fk("actor_id", "actors", "id")
    .fk("by_id", "actors", "id")
    .fk("source_id", "sources", "id")
    .covers("Actor", &["ownership"])
    .covers(
        "OwnershipFact",
        &["fact", "by", "share", "as_of", "source", "quote", "searched", "notes"],
    )
    .rows(items(ds.actors(), |a| a.ownership()))
}
