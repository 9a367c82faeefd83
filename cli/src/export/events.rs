//! The event tables: events, their actors, commitments and sources.

use super::*;

pub(super) fn events(ds: &Dataset) -> Table {
    Def::<&Event>::new("events", "One row per context event.")
        .text("id", "Stable kebab-case id.", |e| e.id())
        .vocab(
            "kind",
            true,
            &EventKind::VOCABULARY,
            "Kind of event.",
            |e| Some(e.kind().as_str()),
        )
        .text("title", "Neutral title.", |e| e.title())
        .date("date", true, "When it happened or began.", |e| {
            Some(e.date())
        })
        .date("end_date", false, "When it ended.", |e| e.end_date())
        .text("summary", "Neutral summary.", |e| e.summary())
        .opt_text("notes", "Editorial notes.", |e| e.notes())
        .withdrawn(|e| e.withdrawn())
        .key(&["id"])
        .covers(
            "Event",
            &[
                "id",
                "kind",
                "title",
                "date",
                "end_date",
                "summary",
                "notes",
                "withdrawn",
            ],
        )
        .rows(ds.events())
}

pub(super) fn event_actors(ds: &Dataset) -> Table {
    Def::<Item<Event, &EventActor>>::new(
        "event_actors",
        "Actors involved in events, with their roles (the states that joined, in enlargements).",
    )
    .text("event_id", "The event.", |x| x.record.id())
    .text("actor_id", "An actor involved.", |x| x.item.actor())
    .vocab(
        "role",
        true,
        &EventRole::VOCABULARY,
        "The part it played.",
        |x| Some(x.item.role().as_str()),
    )
    .key(&["event_id", "actor_id"])
    .fk("event_id", "events", "id")
    .fk("actor_id", "actors", "id")
    .covers("Event", &["actors"])
    .covers("EventActor", &["actor", "role"])
    .rows(items(ds.events(), |e| e.actors()))
}

pub(super) fn event_commitments(ds: &Dataset) -> Table {
    Def::<Item<Event, &str>>::new("event_commitments", "Commitments related to events.")
        .text("event_id", "The event.", |x| x.record.id())
        .text("commitment_id", "A related commitment.", |x| x.item)
        .key(&["event_id", "commitment_id"])
        .fk("event_id", "events", "id")
        .fk("commitment_id", "commitments", "id")
        .covers("Event", &["commitments"])
        .rows(items(ds.events(), |e| e.commitments()))
}

pub(super) fn event_sources(ds: &Dataset) -> Table {
    Def::<Item<Event, &SourceRef>>::new("event_sources", "Sources of events, with locators.")
        .text("event_id", "The event.", |x| x.record.id())
        .text("source_id", "A source recording it.", |x| x.item.source())
        .opt_text("locator", "Where in the source.", |x| x.item.locator())
        .key(&["event_id", "source_id"])
        .fk("event_id", "events", "id")
        .fk("source_id", "sources", "id")
        .covers("Event", &["sources"])
        .covers("SourceRef", &["source", "locator"])
        .rows(items(ds.events(), |e| e.sources()))
}
