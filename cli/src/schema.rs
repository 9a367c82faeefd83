//! The JSON Schemas (draft 2020-12) in `schema/`, generated from the Rust vocabularies so
//! the two cannot drift apart.

use nato_assurances::vocab::{all_vocabularies, Vocabulary};
use nato_assurances::RecordKind;
use serde_json::{json, Map, Value};

const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

fn vocab(name: &str) -> &'static Vocabulary {
    all_vocabularies()
        .iter()
        .find(|v| v.name == name)
        .unwrap_or_else(|| panic!("no vocabulary named {name}"))
}

fn enum_def(name: &str, description: &str) -> Value {
    let v = vocab(name);
    let values: Vec<&str> = v.values.iter().map(|(s, _)| *s).collect();
    let doc: Vec<String> = v
        .values
        .iter()
        .map(|(s, d)| format!("`{s}`: {d}"))
        .collect();
    json!({
        "type": "string",
        "description": format!("{description}\n\n{}", doc.join("\n")),
        "enum": values,
    })
}

fn r(def: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{def}") })
}

fn described(def: &str, description: &str) -> Value {
    json!({ "$ref": format!("#/$defs/{def}"), "description": description })
}

fn list(item: Value, description: &str, min: usize) -> Value {
    let mut v =
        json!({ "type": "array", "description": description, "items": item, "uniqueItems": true });
    if min > 0 {
        v["minItems"] = json!(min);
    }
    v
}

fn object(description: &str, required: &[&str], properties: Value) -> Value {
    json!({
        "type": "object",
        "description": description,
        "additionalProperties": false,
        "required": required,
        "properties": properties,
    })
}

/// Definitions shared by every schema.
fn shared_defs() -> Map<String, Value> {
    let mut defs = Map::new();
    let mut add = |k: &str, v: Value| {
        defs.insert(k.to_owned(), v);
    };
    add(
        "id",
        json!({
            "type": "string",
            "description": "A stable kebab-case slug: lowercase ASCII letters and digits separated by single hyphens. Equal to the file name without `.json`. Never reused or deleted.",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$",
        }),
    );
    add(
        "actor_id",
        json!({ "$ref": "#/$defs/id", "description": "The id of an actor (data/actors/<id>.json)." }),
    );
    add(
        "source_id",
        json!({ "$ref": "#/$defs/id", "description": "The id of a source (data/sources/<id>.json)." }),
    );
    add(
        "commitment_id",
        json!({ "$ref": "#/$defs/id", "description": "The id of a commitment (data/commitments/<id>.json)." }),
    );
    add(
        "text",
        json!({
            "type": "string",
            "minLength": 1,
            "description": "Text in Unicode NFC, without leading or trailing whitespace.",
        }),
    );
    add(
        "partial_date",
        json!({
            "type": "string",
            "description": "A date at the precision the source gives (EDTF level-1 subset): YYYY, YYYY-MM or YYYY-MM-DD, optionally followed by `?` (uncertain) or `~` (approximate). Never more precise than the source.",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[?~]?$",
            "examples": ["1990-02-09", "1991-03", "1990~"],
        }),
    );
    add(
        "language",
        json!({
            "type": "string",
            "description": "A BCP 47 language code, e.g. `en`, `ru`, `de`, `uk`.",
            "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
        }),
    );
    add(
        "url",
        json!({
            "type": "string",
            "description": "An absolute https URL: the canonical address of the document.",
            "pattern": "^https://[^\\s/]+\\.[^\\s]+$",
        }),
    );
    add(
        "source_ref",
        object(
            "A reference to a source, with a locator saying where in it.",
            &["source"],
            json!({
                "source": r("source_id"),
                "locator": described("text", "Where in the source: page, paragraph, article, document number (e.g. `p. 3`, `Document 05`, `Art. 5(3)`)."),
            }),
        ),
    );
    add(
        "translation",
        object(
            "Marks a text as a translation and says what it translates.",
            &["language"],
            json!({
                "language": described("language", "The language of the original."),
                "text": described("text", "The original text, where it is at hand."),
                "translator": described("text", "Who translated it, as the source says (e.g. `National Security Archive`)."),
            }),
        ),
    );
    add(
        "withdrawal",
        object(
            "Marks a record as withdrawn. Withdrawn records stay so that their ids keep resolving.",
            &["date", "reason"],
            json!({
                "date": described("partial_date", "When the record was withdrawn."),
                "reason": described("text", "Why: what was wrong, and where the correct record is."),
            }),
        ),
    );
    add(
        "notes",
        json!({ "$ref": "#/$defs/text", "description": "Editorial notes: what could not be checked, conflicting sources, open questions." }),
    );
    defs
}

fn actor_def() -> Value {
    object(
        "A person, state, organization or media outlet.",
        &["id", "kind", "name"],
        json!({
            "id": r("id"),
            "kind": enum_def("actor kind", "What kind of actor."),
            "name": described("text", "The display name in English, e.g. `Manfred Wörner`."),
            "names": {
                "type": "object",
                "description": "Names in other languages and scripts, keyed by BCP 47 language code, e.g. {\"ru\": \"…\"}. Only where checked against a source.",
                "propertyNames": r("language"),
                "additionalProperties": r("text"),
            },
            "aliases": list(r("text"), "Other spellings met in sources (`Woerner`, `Werner`), so that searches find the actor.", 0),
            "roles": list(object(
                "A position the actor held.",
                &["title"],
                json!({
                    "title": described("text", "The title in English, e.g. `Secretary General of NATO`."),
                    "organization": described("actor_id", "The organization or state the role belongs to."),
                    "from": described("partial_date", "When the role began."),
                    "to": described("partial_date", "When the role ended."),
                }),
            ), "Positions held, with dates.", 0),
            "affiliation": object(
                "For outlets and organizations: who they are affiliated with. The same rule applies to every side.",
                &["kind"],
                json!({
                    "kind": enum_def("affiliation kind", "The kind of affiliation."),
                    "state": described("actor_id", "The state, for government and state media affiliations."),
                }),
            ),
            "wikidata": { "type": "string", "pattern": "^Q[0-9]+$", "description": "The Wikidata QID, only where checked." },
            "notes": r("notes"),
            "withdrawn": r("withdrawal"),
        }),
    )
}

fn source_def() -> Value {
    object(
        "A document: a primary record (memcon, telegram, treaty text, transcript…) or a work that cites one (briefing book, article, book).",
        &["id", "kind", "title", "language"],
        json!({
            "id": r("id"),
            "kind": enum_def("source kind", "What kind of document. Whether it is a primary record follows from its kind."),
            "title": described("text", "The title as printed; for untitled documents a description in square brackets."),
            "authors": list(r("text"), "Authors' names as printed.", 0),
            "publisher": described("actor_id", "The publishing actor (outlet, archive, government)."),
            "published": described("partial_date", "When the document was written or issued (records) or published (works)."),
            "language": described("language", "The language of the document."),
            "url": described("url", "The canonical https URL."),
            "archived_url": described("url", "An archived copy (e.g. the Wayback Machine)."),
            "archive": object(
                "Where the document is held.",
                &["repository"],
                json!({
                    "repository": described("text", "The archive or repository, e.g. `State Archive of the Russian Federation (GARF)`."),
                    "collection": described("text", "The collection within it."),
                    "reference": described("text", "The reference: FOIA case, fond/opis/delo, box and folder."),
                    "document_number": described("text", "The document's number in a publication, e.g. `Document 05`."),
                }),
            ),
            "declassified": described("partial_date", "When the document was declassified."),
            "cites": list(r("source_id"), "Sources this one relies on (the citation graph; must be acyclic).", 0),
            "republishes": described("source_id", "The source this one reposts or translates, when it is a republication."),
            "notes": r("notes"),
            "withdrawn": r("withdrawal"),
        }),
    )
}

fn commitment_def() -> Value {
    object(
        "A pledge, assurance, treaty, declaration, agreement, memorandum, concession, proposal or demand, made by one side to another.",
        &["id", "kind", "title", "date", "made_by", "form", "legal_status", "topics", "summary", "sources", "verification"],
        json!({
            "id": r("id"),
            "kind": enum_def("commitment kind", "What kind of commitment."),
            "title": described("text", "A neutral, factual title: who, what, to whom."),
            "date": described("partial_date", "When it was made or signed."),
            "end_date": described("partial_date", "When a multi-day meeting or negotiation ended."),
            "place": described("text", "Where it was made, e.g. `Moscow`."),
            "made_by": list(r("actor_id"), "The actors who made it.", 1),
            "made_to": list(r("actor_id"), "The actors it was made to.", 0),
            "parties": list(r("actor_id"), "The signatories of an instrument.", 0),
            "form": enum_def("form", "The form in which it was made."),
            "legal_status": enum_def("legal status", "Its legal status as the instrument or the record shows it; `disputed` where the parties disagree."),
            "topics": list(enum_def("topic", "A topic."), "What it is about.", 1),
            "summary": described("text", "A neutral summary of what was said or agreed. Judgements belong in claims."),
            "quotes": list(object(
                "A verbatim quote, with its speaker and the source it was taken from.",
                &["text", "language", "speaker", "source"],
                json!({
                    "text": described("text", "The exact words as printed in the source. Use [brackets] for insertions and … for omissions, as the source does."),
                    "language": described("language", "The language of `text`."),
                    "speaker": described("actor_id", "Who said or wrote it."),
                    "source": described("source_id", "The source the text was taken from; it must be among `sources`."),
                    "locator": described("text", "Where in the source."),
                    "translation_of": r("translation"),
                }),
            ), "Verbatim quotes.", 0),
            "sources": list(r("source_ref"), "The records of it and the works that cite it, each with a locator.", 1),
            "related": list(object(
                "A relation to another commitment.",
                &["relation", "commitment"],
                json!({
                    "relation": enum_def("relation", "How this commitment relates to the target."),
                    "commitment": r("commitment_id"),
                    "notes": r("notes"),
                }),
            ), "Relations to other commitments.", 0),
            "verification": enum_def("verification", "How well the record was checked."),
            "notes": r("notes"),
            "withdrawn": r("withdrawal"),
        }),
    )
}

fn claim_def() -> Value {
    object(
        "An attributed statement about one or more commitments: who said a promise was made, not made, broken, kept or binding, when and where.",
        &["id", "claimant", "about", "stances", "source", "summary", "verification"],
        json!({
            "id": r("id"),
            "claimant": described("actor_id", "Who made the claim (a person, government or outlet in its own voice)."),
            "date": described("partial_date", "When the claim was made. Leave it out only when no source at hand dates the claim, and say so in `notes`; never infer a date."),
            "about": list(r("commitment_id"), "The commitments it is about.", 1),
            "stances": list(enum_def("stance", "A stance."), "What it says about them.", 1),
            "quote": object(
                "The claim in the claimant's words, verbatim.",
                &["text", "language"],
                json!({
                    "text": r("text"),
                    "language": r("language"),
                    "translation_of": r("translation"),
                }),
            ),
            "source": described("source_ref", "Where the claim appeared."),
            "reported_by": list(r("source_ref"), "Other sources that carried the claim.", 0),
            "summary": described("text", "A neutral summary of what the claimant says, attributed (\"X says …\")."),
            "verification": enum_def("verification", "How well the record was checked."),
            "notes": r("notes"),
            "withdrawn": r("withdrawal"),
        }),
    )
}

fn event_def() -> Value {
    object(
        "Context: an enlargement, summit, suspension, withdrawal, document release or armed conflict.",
        &["id", "kind", "title", "date", "sources", "summary"],
        json!({
            "id": r("id"),
            "kind": enum_def("event kind", "What kind of event."),
            "title": described("text", "A neutral title."),
            "date": described("partial_date", "When it happened or began."),
            "end_date": described("partial_date", "When it ended."),
            "actors": list(r("actor_id"), "The actors involved.", 0),
            "commitments": list(r("commitment_id"), "Related commitments.", 0),
            "sources": list(r("source_ref"), "Sources that record it.", 1),
            "summary": described("text", "A neutral summary."),
            "notes": r("notes"),
            "withdrawn": r("withdrawal"),
        }),
    )
}

fn record_def(kind: RecordKind) -> Value {
    match kind {
        RecordKind::Actor => actor_def(),
        RecordKind::Source => source_def(),
        RecordKind::Commitment => commitment_def(),
        RecordKind::Claim => claim_def(),
        RecordKind::Event => event_def(),
    }
}

/// The schema for one record file of `kind`.
pub fn record_schema(kind: RecordKind) -> Value {
    let mut schema = record_def(kind);
    let obj = schema.as_object_mut().expect("record schemas are objects");
    let mut head = Map::new();
    head.insert("$schema".into(), json!(DRAFT));
    head.insert("title".into(), json!(format!("nato-assurances {kind}")));
    head.extend(std::mem::take(obj));
    head.insert("$defs".into(), Value::Object(shared_defs()));
    Value::Object(head)
}

/// The schema for a full export (`exports/dataset.json`).
pub fn dataset_schema() -> Value {
    let mut defs = shared_defs();
    let mut properties = Map::new();
    properties.insert(
        "version".into(),
        json!({
            "type": "string",
            "description": "The data version (semver).",
            "pattern": "^[0-9]+\\.[0-9]+\\.[0-9]+",
        }),
    );
    for kind in RecordKind::ALL {
        defs.insert(kind.name().into(), record_def(kind));
        properties.insert(
            kind.dir().into(),
            json!({
                "type": "array",
                "description": format!("Every {kind} record, sorted by id."),
                "items": r(kind.name()),
            }),
        );
    }
    json!({
        "$schema": DRAFT,
        "title": "nato-assurances dataset export",
        "description": "Every record of the dataset, as written by `assurances export` to exports/dataset.json.",
        "type": "object",
        "additionalProperties": false,
        "required": ["version", "actors", "sources", "commitments", "claims", "events"],
        "properties": properties,
        "$defs": defs,
    })
}

/// Every schema file: (file name, pretty JSON with trailing newline).
pub fn all_schema_files() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = RecordKind::ALL
        .into_iter()
        .map(|k| {
            (
                format!("{}.schema.json", k.name()),
                pretty(&record_schema(k)),
            )
        })
        .collect();
    out.push(("dataset.schema.json".into(), pretty(&dataset_schema())));
    out
}

/// Pretty JSON with a trailing newline.
pub fn pretty(v: &Value) -> String {
    let mut s = serde_json::to_string_pretty(v).unwrap_or_default();
    s.push('\n');
    s
}
