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
        false,
        &AffiliationKind::VOCABULARY,
        "Affiliation label of an outlet or organization.",
        |a| a.affiliation().map(|x| x.kind().as_str()),
    )
    .opt_text(
        "affiliation_state_id",
        "The state of a government or state-media affiliation.",
        |a| a.affiliation().and_then(|x| x.state()),
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
            "affiliation",
            "wikidata",
            "notes",
            "withdrawn",
        ],
    )
    .covers("Affiliation", &["kind", "state"])
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
        .position("Order of the role in the record (0-based).", |x| x.position)
        .text("title", "Title in English.", |x| x.item.title())
        .opt_text(
            "organization_id",
            "The organization or state the role belongs to.",
            |x| x.item.organization(),
        )
        .date("from", false, "When the role began.", |x| x.item.from())
        .date("to", false, "When the role ended.", |x| x.item.to())
        .key(&["actor_id", "position"])
        .fk("actor_id", "actors", "id")
        .fk("organization_id", "actors", "id")
        .covers("Actor", &["roles"])
        .covers("Role", &["title", "organization", "from", "to"])
        .rows(items(ds.actors(), |a| a.roles()))
}
