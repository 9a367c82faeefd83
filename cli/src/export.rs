//! Exports for data consumers: CSV tables (one per record kind plus link tables for every
//! many-to-many relation) and a Frictionless Data Package describing them.
//!
//! The CSV files and `datapackage.json` are built from the same table definitions, so the
//! descriptor cannot drift from the files.

use nato_assurances::vocab::Vocabulary;
use nato_assurances::{
    ActorKind, AffiliationKind, CommitmentKind, Dataset, EventKind, Form, LegalStatus, PartialDate,
    Relation, SourceKind, Stance, Topic, Verification, Withdrawal,
};
use serde_json::{json, Value};

/// A Table Schema field type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// Text.
    String,
    /// A whole number.
    Integer,
    /// `true` / `false`.
    Boolean,
    /// An ISO 8601 day.
    Date,
}

impl Type {
    fn name(self) -> &'static str {
        match self {
            Type::String => "string",
            Type::Integer => "integer",
            Type::Boolean => "boolean",
            Type::Date => "date",
        }
    }
}

/// One column.
#[derive(Clone, Debug)]
pub struct Field {
    /// Column name.
    pub name: String,
    /// Table Schema type.
    pub kind: Type,
    /// What the column holds.
    pub description: String,
    /// Whether every row has a value.
    pub required: bool,
    /// Allowed values, for vocabulary columns.
    pub vocabulary: Option<&'static Vocabulary>,
}

/// One CSV table with its schema and rows.
#[derive(Clone, Debug)]
pub struct Table {
    /// Resource name and file stem (`actors` → `csv/actors.csv`).
    pub name: &'static str,
    /// What a row is.
    pub description: &'static str,
    /// Columns, in order.
    pub fields: Vec<Field>,
    /// Primary key columns.
    pub primary_key: Vec<&'static str>,
    /// (column, referenced table, referenced column).
    pub foreign_keys: Vec<(&'static str, &'static str, &'static str)>,
    /// Rows, each with one value per field ("" for none).
    pub rows: Vec<Vec<String>>,
}

impl Table {
    fn new(name: &'static str, description: &'static str) -> Self {
        Table {
            name,
            description,
            fields: Vec::new(),
            primary_key: Vec::new(),
            foreign_keys: Vec::new(),
            rows: Vec::new(),
        }
    }

    fn field(mut self, name: &str, kind: Type, required: bool, description: &str) -> Self {
        self.fields.push(Field {
            name: name.into(),
            kind,
            description: description.into(),
            required,
            vocabulary: None,
        });
        self
    }

    fn vocab(
        mut self,
        name: &str,
        required: bool,
        v: &'static Vocabulary,
        description: &str,
    ) -> Self {
        self.fields.push(Field {
            name: name.into(),
            kind: Type::String,
            description: description.into(),
            required,
            vocabulary: Some(v),
        });
        self
    }

    /// A partial date as three columns: the EDTF string and its first and last day.
    fn date(self, name: &str, required: bool, description: &str) -> Self {
        self.field(name, Type::String, required, &format!("{description} As written: YYYY, YYYY-MM or YYYY-MM-DD, optionally with ? (uncertain) or ~ (approximate)."))
            .field(&format!("{name}_earliest"), Type::Date, required, &format!("First day `{name}` can denote."))
            .field(&format!("{name}_latest"), Type::Date, required, &format!("Last day `{name}` can denote."))
    }

    fn withdrawn(self) -> Self {
        self.field(
            "withdrawn_date",
            Type::String,
            false,
            "When the record was withdrawn (empty if it is active).",
        )
        .field(
            "withdrawn_reason",
            Type::String,
            false,
            "Why it was withdrawn.",
        )
    }

    fn key(mut self, cols: &[&'static str]) -> Self {
        self.primary_key = cols.to_vec();
        self
    }

    fn fk(mut self, col: &'static str, table: &'static str, target: &'static str) -> Self {
        self.foreign_keys.push((col, table, target));
        self
    }

    fn row(&mut self, row: Vec<String>) {
        debug_assert_eq!(row.len(), self.fields.len(), "row width of {}", self.name);
        self.rows.push(row);
    }

    /// The table as RFC 4180 CSV (UTF-8, header row, CRLF line ends as the RFC prescribes).
    pub fn to_csv(&self) -> Result<String, String> {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        w.write_record(self.fields.iter().map(|f| f.name.as_str()))
            .map_err(|e| e.to_string())?;
        for r in &self.rows {
            w.write_record(r).map_err(|e| e.to_string())?;
        }
        let bytes = w.into_inner().map_err(|e| e.to_string())?;
        String::from_utf8(bytes).map_err(|e| e.to_string())
    }

    fn schema(&self) -> Value {
        let fields: Vec<Value> = self
            .fields
            .iter()
            .map(|f| {
                let mut v =
                    json!({ "name": f.name, "type": f.kind.name(), "description": f.description });
                let mut c = serde_json::Map::new();
                if f.required {
                    c.insert("required".into(), json!(true));
                }
                if let Some(voc) = f.vocabulary {
                    c.insert(
                        "enum".into(),
                        json!(voc.values.iter().map(|(s, _)| *s).collect::<Vec<_>>()),
                    );
                }
                if !c.is_empty() {
                    v["constraints"] = Value::Object(c);
                }
                v
            })
            .collect();
        let fks: Vec<Value> = self
            .foreign_keys
            .iter()
            .map(|(col, table, target)| {
                let resource = if *table == self.name { "" } else { table };
                json!({ "fields": col, "reference": { "resource": resource, "fields": target } })
            })
            .collect();
        let mut schema =
            json!({ "fields": fields, "primaryKey": self.primary_key, "missingValues": [""] });
        if !fks.is_empty() {
            schema["foreignKeys"] = Value::Array(fks);
        }
        schema
    }
}

fn s(x: &str) -> String {
    x.to_owned()
}

fn o(x: Option<&str>) -> String {
    x.unwrap_or_default().to_owned()
}

fn date(d: Option<PartialDate>) -> [String; 3] {
    match d {
        Some(d) => [
            d.to_string(),
            d.earliest().to_string(),
            d.latest().to_string(),
        ],
        None => [String::new(), String::new(), String::new()],
    }
}

fn withdrawn(w: Option<&Withdrawal>) -> [String; 2] {
    match w {
        Some(w) => [w.date().to_string(), w.reason().to_owned()],
        None => [String::new(), String::new()],
    }
}

fn row<const N: usize>(parts: impl IntoIterator<Item = [String; N]>) -> Vec<String> {
    parts.into_iter().flatten().collect()
}

/// Every table of the CSV export, in a stable order.
pub fn tables(ds: &Dataset) -> Vec<Table> {
    // ---- actors ----
    let mut actors = Table::new(
        "actors",
        "One row per actor: person, state, organization or media outlet.",
    )
    .field("id", Type::String, true, "Stable kebab-case id.")
    .vocab("kind", true, &ActorKind::VOCABULARY, "Kind of actor.")
    .field("name", Type::String, true, "Display name in English.")
    .vocab(
        "affiliation_kind",
        false,
        &AffiliationKind::VOCABULARY,
        "Affiliation label of an outlet or organization.",
    )
    .field(
        "affiliation_state_id",
        Type::String,
        false,
        "The state of a government or state-media affiliation.",
    )
    .field(
        "wikidata",
        Type::String,
        false,
        "Wikidata QID, where checked.",
    )
    .field("notes", Type::String, false, "Editorial notes.")
    .withdrawn()
    .key(&["id"])
    .fk("affiliation_state_id", "actors", "id");
    let mut names = Table::new(
        "actor_names",
        "Names of actors in other languages and scripts.",
    )
    .field("actor_id", Type::String, true, "The actor.")
    .field("language", Type::String, true, "BCP 47 language code.")
    .field("name", Type::String, true, "The name in that language.")
    .key(&["actor_id", "language"])
    .fk("actor_id", "actors", "id");
    let mut aliases = Table::new(
        "actor_aliases",
        "Other spellings of actors' names met in sources.",
    )
    .field("actor_id", Type::String, true, "The actor.")
    .field("alias", Type::String, true, "The spelling.")
    .key(&["actor_id", "alias"])
    .fk("actor_id", "actors", "id");
    let mut roles = Table::new("actor_roles", "Positions held by actors, with dates.")
        .field("actor_id", Type::String, true, "The actor.")
        .field(
            "position",
            Type::Integer,
            true,
            "Order of the role in the record (0-based).",
        )
        .field("title", Type::String, true, "Title in English.")
        .field(
            "organization_id",
            Type::String,
            false,
            "The organization or state the role belongs to.",
        )
        .date("from", false, "When the role began.")
        .date("to", false, "When the role ended.")
        .key(&["actor_id", "position"])
        .fk("actor_id", "actors", "id")
        .fk("organization_id", "actors", "id");
    for a in ds.actors() {
        let af = a.affiliation();
        actors.row(row([
            [s(a.id()), s(a.kind().as_str()), s(a.name())],
            [
                o(af.map(|x| x.kind().as_str())),
                o(af.and_then(|x| x.state())),
                o(a.wikidata()),
            ],
            [
                o(a.notes()),
                withdrawn(a.withdrawn())[0].clone(),
                withdrawn(a.withdrawn())[1].clone(),
            ],
        ]));
        for n in a.names() {
            names.row(vec![s(a.id()), s(n.language()), s(n.name())]);
        }
        for al in a.aliases() {
            aliases.row(vec![s(a.id()), s(al)]);
        }
        for (i, r) in a.roles().iter().enumerate() {
            let mut v = vec![s(a.id()), i.to_string(), s(r.title()), o(r.organization())];
            v.extend(date(r.from()));
            v.extend(date(r.to()));
            roles.row(v);
        }
    }

    // ---- sources ----
    let mut sources = Table::new("sources", "One row per source document.")
        .field("id", Type::String, true, "Stable kebab-case id.")
        .vocab("kind", true, &SourceKind::VOCABULARY, "Kind of document.")
        .field(
            "is_primary",
            Type::Boolean,
            true,
            "Whether the kind is a primary record.",
        )
        .field(
            "title",
            Type::String,
            true,
            "Title as printed (bracketed description for untitled documents).",
        )
        .field("publisher_id", Type::String, false, "The publishing actor.")
        .date(
            "published",
            false,
            "When the document was written, issued or published.",
        )
        .field("language", Type::String, true, "BCP 47 language code.")
        .field("url", Type::String, false, "Canonical https URL.")
        .field("archived_url", Type::String, false, "Archived copy.")
        .field(
            "archive_repository",
            Type::String,
            false,
            "Archive holding the document.",
        )
        .field(
            "archive_collection",
            Type::String,
            false,
            "Collection within the archive.",
        )
        .field(
            "archive_reference",
            Type::String,
            false,
            "Reference: FOIA case, fond/opis/delo, box and folder.",
        )
        .field(
            "archive_document_number",
            Type::String,
            false,
            "Document number in a publication.",
        )
        .date("declassified", false, "When the document was declassified.")
        .field(
            "republishes_id",
            Type::String,
            false,
            "The source this one reposts or translates.",
        )
        .field("notes", Type::String, false, "Editorial notes.")
        .withdrawn()
        .key(&["id"])
        .fk("publisher_id", "actors", "id")
        .fk("republishes_id", "sources", "id");
    let mut authors = Table::new("source_authors", "Authors of sources, as printed.")
        .field("source_id", Type::String, true, "The source.")
        .field(
            "position",
            Type::Integer,
            true,
            "Order of the author (0-based).",
        )
        .field("author", Type::String, true, "Name as printed.")
        .key(&["source_id", "position"])
        .fk("source_id", "sources", "id");
    let mut cites = Table::new(
        "source_cites",
        "The citation graph: which sources a source relies on.",
    )
    .field("source_id", Type::String, true, "The citing source.")
    .field(
        "cited_source_id",
        Type::String,
        true,
        "The source it relies on.",
    )
    .key(&["source_id", "cited_source_id"])
    .fk("source_id", "sources", "id")
    .fk("cited_source_id", "sources", "id");
    for x in ds.sources() {
        let ar = x.archive();
        let mut v = vec![
            s(x.id()),
            s(x.kind().as_str()),
            x.is_primary().to_string(),
            s(x.title()),
            o(x.publisher()),
        ];
        v.extend(date(x.published()));
        v.extend([s(x.language()), o(x.url()), o(x.archived_url())]);
        v.extend([
            o(ar.map(|a| a.repository())),
            o(ar.and_then(|a| a.collection())),
            o(ar.and_then(|a| a.reference())),
            o(ar.and_then(|a| a.document_number())),
        ]);
        v.extend(date(x.declassified()));
        v.extend([o(x.republishes()), o(x.notes())]);
        v.extend(withdrawn(x.withdrawn()));
        sources.row(v);
        for (i, a) in x.authors().enumerate() {
            authors.row(vec![s(x.id()), i.to_string(), s(a)]);
        }
        for c in x.cites() {
            cites.row(vec![s(x.id()), s(c)]);
        }
    }

    // ---- commitments ----
    let mut commitments = Table::new("commitments", "One row per commitment: pledge, assurance, treaty, declaration, agreement, concession, proposal or demand.")
        .field("id", Type::String, true, "Stable kebab-case id.")
        .vocab("kind", true, &CommitmentKind::VOCABULARY, "Kind of commitment.")
        .field("title", Type::String, true, "Neutral title.")
        .date("date", true, "When it was made or signed.")
        .date("end_date", false, "When a multi-day meeting or negotiation ended.")
        .field("place", Type::String, false, "Where it was made.")
        .vocab("form", true, &Form::VOCABULARY, "Form in which it was made.")
        .vocab("legal_status", true, &LegalStatus::VOCABULARY, "Legal status.")
        .field("summary", Type::String, true, "Neutral summary.")
        .vocab("verification", true, &Verification::VOCABULARY, "How well it was checked.")
        .field("notes", Type::String, false, "Editorial notes.")
        .withdrawn()
        .key(&["id"]);
    let roles_vocab: &'static Vocabulary = &Vocabulary {
        name: "commitment role",
        values: &[
            ("made_by", "The actor made the commitment."),
            ("made_to", "The commitment was made to the actor."),
            ("party", "The actor is a signatory of the instrument."),
        ],
    };
    let mut c_actors = Table::new(
        "commitment_actors",
        "Actors of commitments, by role: made_by, made_to, party.",
    )
    .field("commitment_id", Type::String, true, "The commitment.")
    .vocab("role", true, roles_vocab, "The actor's role.")
    .field("actor_id", Type::String, true, "The actor.")
    .field(
        "position",
        Type::Integer,
        true,
        "Order within the role (0-based).",
    )
    .key(&["commitment_id", "role", "actor_id"])
    .fk("commitment_id", "commitments", "id")
    .fk("actor_id", "actors", "id");
    let mut c_topics = Table::new("commitment_topics", "Topics of commitments.")
        .field("commitment_id", Type::String, true, "The commitment.")
        .vocab("topic", true, &Topic::VOCABULARY, "A topic.")
        .key(&["commitment_id", "topic"])
        .fk("commitment_id", "commitments", "id");
    let mut c_sources = Table::new(
        "commitment_sources",
        "Sources of commitments, with locators.",
    )
    .field("commitment_id", Type::String, true, "The commitment.")
    .field(
        "position",
        Type::Integer,
        true,
        "Order in the record (0-based).",
    )
    .field("source_id", Type::String, true, "The source.")
    .field("locator", Type::String, false, "Where in the source.")
    .key(&["commitment_id", "source_id"])
    .fk("commitment_id", "commitments", "id")
    .fk("source_id", "sources", "id");
    let mut quotes = Table::new(
        "quotes",
        "Verbatim quotes in commitments, with speaker and source.",
    )
    .field("commitment_id", Type::String, true, "The commitment.")
    .field(
        "position",
        Type::Integer,
        true,
        "Order in the record (0-based).",
    )
    .field(
        "text",
        Type::String,
        true,
        "The exact words as printed in the source.",
    )
    .field("language", Type::String, true, "Language of `text`.")
    .field("speaker_id", Type::String, true, "Who said or wrote it.")
    .field(
        "source_id",
        Type::String,
        true,
        "The source the text was taken from.",
    )
    .field("locator", Type::String, false, "Where in the source.")
    .field(
        "translation_of_language",
        Type::String,
        false,
        "If `text` is a translation: the language of the original.",
    )
    .field(
        "translation_of_text",
        Type::String,
        false,
        "The original text, where at hand.",
    )
    .field(
        "translator",
        Type::String,
        false,
        "Who translated it, as the source says.",
    )
    .key(&["commitment_id", "position"])
    .fk("commitment_id", "commitments", "id")
    .fk("speaker_id", "actors", "id")
    .fk("source_id", "sources", "id");
    let mut related = Table::new(
        "related_commitments",
        "Relations between commitments (codified_in, not_codified_in, reaffirms, …).",
    )
    .field("commitment_id", Type::String, true, "The commitment.")
    .vocab(
        "relation",
        true,
        &Relation::VOCABULARY,
        "How it relates to the target.",
    )
    .field(
        "target_commitment_id",
        Type::String,
        true,
        "The target commitment.",
    )
    .field("notes", Type::String, false, "Why.")
    .key(&["commitment_id", "relation", "target_commitment_id"])
    .fk("commitment_id", "commitments", "id")
    .fk("target_commitment_id", "commitments", "id");
    for c in ds.commitments() {
        let mut v = vec![s(c.id()), s(c.kind().as_str()), s(c.title())];
        v.extend(date(Some(c.date())));
        v.extend(date(c.end_date()));
        v.extend([
            o(c.place()),
            s(c.form().as_str()),
            s(c.legal_status().as_str()),
            s(c.summary()),
            s(c.verification().as_str()),
            o(c.notes()),
        ]);
        v.extend(withdrawn(c.withdrawn()));
        commitments.row(v);
        for (role, ids) in [
            ("made_by", c.made_by().collect::<Vec<_>>()),
            ("made_to", c.made_to().collect()),
            ("party", c.parties().collect()),
        ] {
            for (i, a) in ids.into_iter().enumerate() {
                c_actors.row(vec![s(c.id()), s(role), s(a), i.to_string()]);
            }
        }
        for t in c.topics() {
            c_topics.row(vec![s(c.id()), s(t.as_str())]);
        }
        for (i, r) in c.sources().iter().enumerate() {
            c_sources.row(vec![
                s(c.id()),
                i.to_string(),
                s(r.source()),
                o(r.locator()),
            ]);
        }
        for (i, q) in c.quotes().iter().enumerate() {
            let t = q.translation_of();
            quotes.row(vec![
                s(c.id()),
                i.to_string(),
                s(q.text()),
                s(q.language()),
                s(q.speaker()),
                s(q.source()),
                o(q.locator()),
                o(t.map(|t| t.language())),
                o(t.and_then(|t| t.text())),
                o(t.and_then(|t| t.translator())),
            ]);
        }
        for r in c.related() {
            related.row(vec![
                s(c.id()),
                s(r.relation().as_str()),
                s(r.commitment()),
                o(r.notes()),
            ]);
        }
    }

    // ---- claims ----
    let mut claims = Table::new("claims", "One row per attributed claim about commitments.")
        .field("id", Type::String, true, "Stable kebab-case id.")
        .field("claimant_id", Type::String, true, "Who made the claim.")
        .date(
            "date",
            false,
            "When the claim was made (empty when no source dates it).",
        )
        .field(
            "quote_text",
            Type::String,
            false,
            "The claim in the claimant's words.",
        )
        .field(
            "quote_language",
            Type::String,
            false,
            "Language of the quote.",
        )
        .field(
            "quote_translation_of_language",
            Type::String,
            false,
            "If the quote is a translation: the language of the original.",
        )
        .field(
            "quote_translation_of_text",
            Type::String,
            false,
            "The original text, where at hand.",
        )
        .field(
            "quote_translator",
            Type::String,
            false,
            "Who translated it.",
        )
        .field("source_id", Type::String, true, "Where the claim appeared.")
        .field(
            "source_locator",
            Type::String,
            false,
            "Where in that source.",
        )
        .field(
            "summary",
            Type::String,
            true,
            "Neutral summary of what the claimant says.",
        )
        .vocab(
            "verification",
            true,
            &Verification::VOCABULARY,
            "How well it was checked.",
        )
        .field("notes", Type::String, false, "Editorial notes.")
        .withdrawn()
        .key(&["id"])
        .fk("claimant_id", "actors", "id")
        .fk("source_id", "sources", "id");
    let mut targets = Table::new("claim_targets", "The commitments each claim is about.")
        .field("claim_id", Type::String, true, "The claim.")
        .field(
            "commitment_id",
            Type::String,
            true,
            "A commitment it is about.",
        )
        .key(&["claim_id", "commitment_id"])
        .fk("claim_id", "claims", "id")
        .fk("commitment_id", "commitments", "id");
    let mut stances = Table::new(
        "claim_stances",
        "What each claim says about its commitments.",
    )
    .field("claim_id", Type::String, true, "The claim.")
    .vocab("stance", true, &Stance::VOCABULARY, "A stance.")
    .key(&["claim_id", "stance"])
    .fk("claim_id", "claims", "id");
    let mut reported = Table::new("claim_reported_by", "Other sources that carried a claim.")
        .field("claim_id", Type::String, true, "The claim.")
        .field("source_id", Type::String, true, "A source that carried it.")
        .field("locator", Type::String, false, "Where in that source.")
        .key(&["claim_id", "source_id"])
        .fk("claim_id", "claims", "id")
        .fk("source_id", "sources", "id");
    for k in ds.claims() {
        let q = k.quote();
        let t = q.and_then(|q| q.translation_of());
        let mut v = vec![s(k.id()), s(k.claimant())];
        v.extend(date(k.date()));
        v.extend([
            o(q.map(|q| q.text())),
            o(q.map(|q| q.language())),
            o(t.map(|t| t.language())),
            o(t.and_then(|t| t.text())),
            o(t.and_then(|t| t.translator())),
            s(k.source().source()),
            o(k.source().locator()),
            s(k.summary()),
            s(k.verification().as_str()),
            o(k.notes()),
        ]);
        v.extend(withdrawn(k.withdrawn()));
        claims.row(v);
        for a in k.about() {
            targets.row(vec![s(k.id()), s(a)]);
        }
        for st in k.stances() {
            stances.row(vec![s(k.id()), s(st.as_str())]);
        }
        for r in k.reported_by() {
            reported.row(vec![s(k.id()), s(r.source()), o(r.locator())]);
        }
    }

    // ---- events ----
    let mut events = Table::new("events", "One row per context event.")
        .field("id", Type::String, true, "Stable kebab-case id.")
        .vocab("kind", true, &EventKind::VOCABULARY, "Kind of event.")
        .field("title", Type::String, true, "Neutral title.")
        .date("date", true, "When it happened or began.")
        .date("end_date", false, "When it ended.")
        .field("summary", Type::String, true, "Neutral summary.")
        .field("notes", Type::String, false, "Editorial notes.")
        .withdrawn()
        .key(&["id"]);
    let mut e_actors = Table::new("event_actors", "Actors involved in events.")
        .field("event_id", Type::String, true, "The event.")
        .field("actor_id", Type::String, true, "An actor involved.")
        .key(&["event_id", "actor_id"])
        .fk("event_id", "events", "id")
        .fk("actor_id", "actors", "id");
    let mut e_commitments = Table::new("event_commitments", "Commitments related to events.")
        .field("event_id", Type::String, true, "The event.")
        .field("commitment_id", Type::String, true, "A related commitment.")
        .key(&["event_id", "commitment_id"])
        .fk("event_id", "events", "id")
        .fk("commitment_id", "commitments", "id");
    let mut e_sources = Table::new("event_sources", "Sources of events, with locators.")
        .field("event_id", Type::String, true, "The event.")
        .field("source_id", Type::String, true, "A source recording it.")
        .field("locator", Type::String, false, "Where in the source.")
        .key(&["event_id", "source_id"])
        .fk("event_id", "events", "id")
        .fk("source_id", "sources", "id");
    for e in ds.events() {
        let mut v = vec![s(e.id()), s(e.kind().as_str()), s(e.title())];
        v.extend(date(Some(e.date())));
        v.extend(date(e.end_date()));
        v.extend([s(e.summary()), o(e.notes())]);
        v.extend(withdrawn(e.withdrawn()));
        events.row(v);
        for a in e.actors() {
            e_actors.row(vec![s(e.id()), s(a)]);
        }
        for c in e.commitments() {
            e_commitments.row(vec![s(e.id()), s(c)]);
        }
        for r in e.sources() {
            e_sources.row(vec![s(e.id()), s(r.source()), o(r.locator())]);
        }
    }

    vec![
        actors,
        names,
        aliases,
        roles,
        sources,
        authors,
        cites,
        commitments,
        c_actors,
        c_topics,
        c_sources,
        quotes,
        related,
        claims,
        targets,
        stances,
        reported,
        events,
        e_actors,
        e_commitments,
        e_sources,
    ]
}

/// The Frictionless Data Package descriptor for the CSV tables (paths relative to `exports/`).
pub fn datapackage(ds: &Dataset, tables: &[Table]) -> Value {
    let resources: Vec<Value> = tables
        .iter()
        .map(|t| {
            json!({
                "name": t.name,
                "path": format!("csv/{}.csv", t.name),
                "profile": "tabular-data-resource",
                "description": t.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "dialect": { "delimiter": ",", "lineTerminator": "\r\n", "quoteChar": "\"", "doubleQuote": true, "header": true },
                "schema": t.schema(),
            })
        })
        .collect();
    let sources: Vec<Value> = ds
        .sources()
        .filter_map(|s| s.url().map(|u| json!({ "title": s.title(), "path": u })))
        .collect();
    json!({
        "profile": "tabular-data-package",
        "name": "nato-assurances",
        "title": "NATO assurances: pledges, assurances, treaties and declarations between NATO, its members and the USSR/Russia since 1990",
        "description": "Commitments with their sources and the attributed claims made about them. One table per record kind plus link tables; partial dates are given as written (EDTF) and as first/last day. The same data as dataset.json.",
        "version": ds.version(),
        "licenses": [{
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 International",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }],
        "sources": sources,
        "resources": resources,
    })
}

/// Every export file (path relative to `exports/`, contents), deterministic.
pub fn export_files(ds: &Dataset) -> Result<Vec<(String, String)>, String> {
    let tables = tables(ds);
    let mut out = vec![("dataset.json".to_owned(), ds.to_json())];
    for t in &tables {
        out.push((format!("csv/{}.csv", t.name), t.to_csv()?));
    }
    out.push((
        "datapackage.json".to_owned(),
        crate::schema::pretty(&datapackage(ds, &tables)),
    ));
    Ok(out)
}
