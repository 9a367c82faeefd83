//! Exports for data consumers: CSV tables (one per record kind plus link tables for every
//! many-to-many relation) and a Frictionless Data Package describing them.
//!
//! The CSV files and `datapackage.json` are built from the same table definitions, so the
//! descriptor cannot drift from the files.

use nato_assurances::vocab::Vocabulary;
use nato_assurances::{
    Actor, ActorKind, AffiliationKind, Claim, Commitment, CommitmentKind, Dataset, Event,
    EventKind, Form, LegalStatus, LocalName, PartialDate, Quote, Related, Relation, Role, Source,
    SourceKind, SourceRef, Stance, Topic, Verification, Withdrawal,
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
    /// The record fields the columns hold: (record type or part, JSON field names).
    pub covers: Vec<(&'static str, &'static [&'static str])>,
    /// Rows, each with one value per field ("" for none).
    pub rows: Vec<Vec<String>>,
}

impl Table {
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

/// How a column's value is computed from a row.
type CellFn<'a, R> = Box<dyn Fn(&R) -> String + 'a>;

/// A table being declared, column by column: each column is declared once, with its name,
/// type, description and the function that computes its value from a row of type `R`.
struct Def<'a, R> {
    table: Table,
    values: Vec<CellFn<'a, R>>,
}

impl<'a, R: 'a> Def<'a, R> {
    fn new(name: &'static str, description: &'static str) -> Self {
        let table = Table {
            name,
            description,
            fields: Vec::new(),
            primary_key: Vec::new(),
            foreign_keys: Vec::new(),
            covers: Vec::new(),
            rows: Vec::new(),
        };
        Def {
            table,
            values: Vec::new(),
        }
    }

    /// A column of any type, with its value.
    fn col(
        mut self,
        name: &str,
        kind: Type,
        required: bool,
        description: &str,
        value: impl Fn(&R) -> String + 'a,
    ) -> Self {
        self.table.fields.push(Field {
            name: name.into(),
            kind,
            description: description.into(),
            required,
            vocabulary: None,
        });
        self.values.push(Box::new(value));
        self
    }

    /// A text column that every row fills.
    fn text(self, name: &str, description: &str, value: impl Fn(&R) -> &str + 'a) -> Self {
        self.col(name, Type::String, true, description, move |r| {
            value(r).to_owned()
        })
    }

    /// A text column that may be empty.
    fn opt_text(
        self,
        name: &str,
        description: &str,
        value: impl Fn(&R) -> Option<&str> + 'a,
    ) -> Self {
        self.col(name, Type::String, false, description, move |r| {
            value(r).unwrap_or_default().to_owned()
        })
    }

    /// The position of an item in its list (0-based).
    fn position(self, description: &str, value: fn(&R) -> usize) -> Self {
        self.col("position", Type::Integer, true, description, move |r| {
            value(r).to_string()
        })
    }

    /// A column of vocabulary values; the datapackage lists the allowed values.
    fn vocab(
        mut self,
        name: &str,
        required: bool,
        v: &'static Vocabulary,
        description: &str,
        value: impl Fn(&R) -> Option<&'static str> + 'a,
    ) -> Self {
        self = self.col(name, Type::String, required, description, move |r| {
            value(r).unwrap_or_default().to_owned()
        });
        if let Some(f) = self.table.fields.last_mut() {
            f.vocabulary = Some(v);
        }
        self
    }

    /// A partial date as three columns: the EDTF string and its first and last day.
    fn date(
        self,
        name: &str,
        required: bool,
        description: &str,
        value: fn(&R) -> Option<PartialDate>,
    ) -> Self {
        let show = move |r: &R, f: fn(PartialDate) -> String| value(r).map(f).unwrap_or_default();
        let as_written = format!(
            "{description} As written: YYYY, YYYY-MM or YYYY-MM-DD, \
             optionally with ? (uncertain) or ~ (approximate)."
        );
        let first = format!("First day `{name}` can denote.");
        let last = format!("Last day `{name}` can denote.");
        self.col(name, Type::String, required, &as_written, move |r| {
            show(r, |d| d.to_string())
        })
        .col(
            &format!("{name}_earliest"),
            Type::Date,
            required,
            &first,
            move |r| show(r, |d| d.earliest().to_string()),
        )
        .col(
            &format!("{name}_latest"),
            Type::Date,
            required,
            &last,
            move |r| show(r, |d| d.latest().to_string()),
        )
    }

    /// The two columns of a record's `withdrawn`.
    fn withdrawn(self, value: fn(&R) -> Option<&Withdrawal>) -> Self {
        self.col(
            "withdrawn_date",
            Type::String,
            false,
            "When the record was withdrawn (empty if it is active).",
            move |r| value(r).map(|w| w.date().to_string()).unwrap_or_default(),
        )
        .col(
            "withdrawn_reason",
            Type::String,
            false,
            "Why it was withdrawn.",
            move |r| value(r).map(|w| w.reason().to_owned()).unwrap_or_default(),
        )
    }

    fn key(mut self, cols: &[&'static str]) -> Self {
        self.table.primary_key = cols.to_vec();
        self
    }

    fn fk(mut self, col: &'static str, table: &'static str, target: &'static str) -> Self {
        self.table.foreign_keys.push((col, table, target));
        self
    }

    /// Declares that the table's columns hold these fields of the record type (or part)
    /// `ty`, by their JSON names. `tests/shape.rs` checks that every field is covered.
    fn covers(mut self, ty: &'static str, fields: &'static [&'static str]) -> Self {
        self.table.covers.push((ty, fields));
        self
    }

    /// The table with one row per item of `rows`.
    fn rows(mut self, rows: impl IntoIterator<Item = R>) -> Table {
        for r in rows {
            let row = self.values.iter().map(|v| v(&r)).collect();
            self.table.rows.push(row);
        }
        self.table
    }
}

/// A row of a link table: an item of a record's list, with the record and its position.
struct Item<'a, P, T> {
    record: &'a P,
    position: usize,
    item: T,
}

/// Every item of `list` in every record, in order.
fn items<'a, P: 'a, T, I: IntoIterator<Item = T>>(
    records: impl IntoIterator<Item = &'a P>,
    list: impl Fn(&'a P) -> I + Copy,
) -> impl Iterator<Item = Item<'a, P, T>> {
    records.into_iter().flat_map(move |record| {
        list(record)
            .into_iter()
            .enumerate()
            .map(move |(position, item)| Item {
                record,
                position,
                item,
            })
    })
}

fn actors(ds: &Dataset) -> Table {
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

fn actor_names(ds: &Dataset) -> Table {
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

fn actor_aliases(ds: &Dataset) -> Table {
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

fn actor_roles(ds: &Dataset) -> Table {
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

fn sources(ds: &Dataset) -> Table {
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

fn source_authors(ds: &Dataset) -> Table {
    Def::<Item<Source, &str>>::new("source_authors", "Authors of sources, as printed.")
        .text("source_id", "The source.", |x| x.record.id())
        .position("Order of the author (0-based).", |x| x.position)
        .text("author", "Name as printed.", |x| x.item)
        .key(&["source_id", "position"])
        .fk("source_id", "sources", "id")
        .covers("Source", &["authors"])
        .rows(items(ds.sources(), |x| x.authors()))
}

fn source_cites(ds: &Dataset) -> Table {
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

fn commitments(ds: &Dataset) -> Table {
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

fn commitment_actors(ds: &Dataset) -> Table {
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

fn commitment_topics(ds: &Dataset) -> Table {
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

fn commitment_sources(ds: &Dataset) -> Table {
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

fn quotes(ds: &Dataset) -> Table {
    Def::<Item<Commitment, &Quote>>::new(
        "quotes",
        "Verbatim quotes in commitments, with speaker and source.",
    )
    .text("commitment_id", "The commitment.", |x| x.record.id())
    .position("Order in the record (0-based).", |x| x.position)
    .text("text", "The exact words as printed in the source.", |x| {
        x.item.text()
    })
    .text("language", "Language of `text`.", |x| x.item.language())
    .text("speaker_id", "Who said or wrote it.", |x| x.item.speaker())
    .text("source_id", "The source the text was taken from.", |x| {
        x.item.source()
    })
    .opt_text("locator", "Where in the source.", |x| x.item.locator())
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
    .fk("source_id", "sources", "id")
    .covers("Commitment", &["quotes"])
    .covers(
        "Quote",
        &[
            "text",
            "language",
            "speaker",
            "source",
            "locator",
            "translation_of",
        ],
    )
    .covers("Translation", &["language", "text", "translator"])
    .rows(items(ds.commitments(), |c| c.quotes()))
}

fn related_commitments(ds: &Dataset) -> Table {
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

fn claims(ds: &Dataset) -> Table {
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

fn claim_targets(ds: &Dataset) -> Table {
    Def::<Item<Claim, &str>>::new("claim_targets", "The commitments each claim is about.")
        .text("claim_id", "The claim.", |x| x.record.id())
        .text("commitment_id", "A commitment it is about.", |x| x.item)
        .key(&["claim_id", "commitment_id"])
        .fk("claim_id", "claims", "id")
        .fk("commitment_id", "commitments", "id")
        .covers("Claim", &["about"])
        .rows(items(ds.claims(), |k| k.about()))
}

fn claim_stances(ds: &Dataset) -> Table {
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

fn claim_reported_by(ds: &Dataset) -> Table {
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

fn events(ds: &Dataset) -> Table {
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

fn event_actors(ds: &Dataset) -> Table {
    Def::<Item<Event, &str>>::new("event_actors", "Actors involved in events.")
        .text("event_id", "The event.", |x| x.record.id())
        .text("actor_id", "An actor involved.", |x| x.item)
        .key(&["event_id", "actor_id"])
        .fk("event_id", "events", "id")
        .fk("actor_id", "actors", "id")
        .covers("Event", &["actors"])
        .rows(items(ds.events(), |e| e.actors()))
}

fn event_commitments(ds: &Dataset) -> Table {
    Def::<Item<Event, &str>>::new("event_commitments", "Commitments related to events.")
        .text("event_id", "The event.", |x| x.record.id())
        .text("commitment_id", "A related commitment.", |x| x.item)
        .key(&["event_id", "commitment_id"])
        .fk("event_id", "events", "id")
        .fk("commitment_id", "commitments", "id")
        .covers("Event", &["commitments"])
        .rows(items(ds.events(), |e| e.commitments()))
}

fn event_sources(ds: &Dataset) -> Table {
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

/// Every table of the CSV export, in a stable order.
pub fn tables(ds: &Dataset) -> Vec<Table> {
    let all: [fn(&Dataset) -> Table; 21] = [
        actors,
        actor_names,
        actor_aliases,
        actor_roles,
        sources,
        source_authors,
        source_cites,
        commitments,
        commitment_actors,
        commitment_topics,
        commitment_sources,
        quotes,
        related_commitments,
        claims,
        claim_targets,
        claim_stances,
        claim_reported_by,
        events,
        event_actors,
        event_commitments,
        event_sources,
    ];
    all.iter().map(|table| table(ds)).collect()
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
