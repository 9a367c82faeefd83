//! Exports for data consumers: CSV tables (one per record kind plus link tables for every
//! many-to-many relation) and a Frictionless Data Package describing them.
//!
//! The CSV files and `datapackage.json` are built from the same table definitions, so the
//! descriptor cannot drift from the files.

use nato_assurances::vocab::Vocabulary;
use nato_assurances::{
    Actor, ActorKind, AffiliationKind, Claim, ClaimLink, ClaimQuote, ClaimRelation, Commitment,
    CommitmentKind, Dataset, Event, EventActor, EventKind, EventRole, Form, LegalStatus, LocalName,
    OwnershipFact, OwnershipFactKind, PartialDate, Quote, QuoteKind, ReadIn, Related, Relation,
    Role, Share, Source, SourceKind, SourceRef, Stance, Target, Topic, Verification, Withdrawal,
};
use serde_json::{json, Value};

mod actors;
mod claims;
pub mod codebook;
mod commitments;
mod events;
pub mod parquet;
mod sheet;
mod sources;

use actors::*;
use claims::*;
use commitments::*;
use events::*;
use sheet::*;
use sources::*;

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

impl Field {
    /// The Table Schema type name.
    pub fn kind_name(&self) -> &'static str {
        self.kind.name()
    }
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
    /// A view derived from the other tables (the spreadsheet sheet): it covers no field.
    pub derived: bool,
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
                    // Table Schema v2 value labels: each allowed value with its definition.
                    v["categories"] = json!(voc
                        .values
                        .iter()
                        .map(|(value, label)| json!({ "value": value, "label": label }))
                        .collect::<Vec<_>>());
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
            derived: false,
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

    /// The place of an item in its record's list (0-based), as the column `ordinal`.
    fn ordinal(self, description: &str, value: fn(&R) -> usize) -> Self {
        self.col("ordinal", Type::Integer, true, description, move |r| {
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
        value: impl Fn(&R) -> Option<PartialDate> + Copy + 'a,
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

    /// The columns of a `read_in` (the copy actually read): its source (described by `what`),
    /// locator and retrieval date.
    fn read_in(self, what: &str, value: fn(&R) -> Option<&ReadIn>) -> Self {
        self.opt_text("read_in_source_id", what, move |r| {
            value(r).map(|x| x.source())
        })
        .opt_text("read_in_locator", "Where in that copy.", move |r| {
            value(r).and_then(|x| x.locator())
        })
        .date(
            "read_in_retrieved",
            false,
            "When the copy was retrieved.",
            move |r| value(r).and_then(|x| x.retrieved()),
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

    /// Marks the table as a view derived from the others (it covers no record field).
    fn derived(mut self) -> Self {
        self.table.derived = true;
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

/// Every table of the CSV export, in a stable order.
pub fn tables(ds: &Dataset) -> Vec<Table> {
    let all: [fn(&Dataset) -> Table; 23] = [
        actors,
        actor_names,
        actor_aliases,
        actor_roles,
        actor_ownership,
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
        claim_links,
        claim_reported_by,
        events,
        event_actors,
        event_commitments,
        event_sources,
        commitments_sheet,
    ];
    all.iter().map(|table| table(ds)).collect()
}

/// The Frictionless Data Package descriptor for the CSV tables (paths relative to `exports/`),
/// carrying `release`'s fingerprint and date.
pub fn datapackage(ds: &Dataset, tables: &[Table], release: &Release) -> Value {
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
    let mut package = json!({
        "profile": "tabular-data-package",
        "name": "nato-assurances",
        "title": "NATO assurances: pledges, assurances, treaties and declarations between NATO, its members and the USSR/Russia since 1990",
        "description": "Commitments with their sources and the attributed claims made about them. One table per record kind plus link tables; partial dates are given as written (EDTF) and as first/last day. The same data as dataset.json.",
        "version": ds.version(),
        "fingerprint": release.fingerprint,
        "keywords": ["NATO", "NATO enlargement", "Russia", "Soviet Union", "assurances", "treaties", "Cold War", "European security", "diplomatic history"],
        "contributors": [{ "title": "The nato-assurances contributors", "role": "author" }],
        "licenses": [{
            "name": "CC-BY-4.0",
            "title": "Creative Commons Attribution 4.0 International",
            "path": "https://creativecommons.org/licenses/by/4.0/",
        }],
        "sources": sources,
        "resources": resources,
    });
    if let Some(date) = release.released {
        package["created"] = json!(format!("{date}T00:00:00Z"));
    }
    package
}

/// The release metadata an export carries: the fingerprint of its records and, when they are
/// the released data of this version (their fingerprint is
/// [`nato_assurances::DATA_RELEASE_FINGERPRINT`]),
/// the release date. Data that differs from the release (a working copy, a fork) has no release
/// date.
pub struct Release {
    /// `sha256:` and the hash of the records (see `nato_assurances::check::fingerprint`).
    pub fingerprint: String,
    /// The release date, for the released data only.
    pub released: Option<&'static str>,
}

impl Release {
    /// The release metadata of `ds`.
    pub fn of(ds: &Dataset) -> Release {
        let fingerprint = nato_assurances::check::fingerprint(ds);
        let released = (fingerprint == nato_assurances::DATA_RELEASE_FINGERPRINT
            && ds.version() == nato_assurances::DATA_VERSION)
            .then_some(nato_assurances::DATA_RELEASED);
        Release {
            fingerprint,
            released,
        }
    }
}

/// The Parquet files (path relative to `exports/`, bytes): one per CSV table.
pub fn parquet_files(ds: &Dataset) -> Result<Vec<(String, Vec<u8>)>, String> {
    parquet_files_of(&tables(ds))
}

/// [`parquet_files`] of tables already built (`export --format all` builds them once).
pub fn parquet_files_of(tables: &[Table]) -> Result<Vec<(String, Vec<u8>)>, String> {
    tables
        .iter()
        .map(|t| {
            Ok((
                format!("parquet/{}.parquet", t.name),
                parquet::to_parquet(t)?,
            ))
        })
        .collect()
}

/// Every export file (path relative to `exports/`, contents), deterministic.
pub fn export_files(ds: &Dataset) -> Result<Vec<(String, String)>, String> {
    export_files_of(ds, &tables(ds), &Release::of(ds))
}

/// [`export_files`] with the tables and the release metadata of `ds` already computed
/// (`export --format all` builds the tables once; the site has the release already).
pub fn export_files_of(
    ds: &Dataset,
    tables: &[Table],
    release: &Release,
) -> Result<Vec<(String, String)>, String> {
    let json = ds.export_json(release.released, Some(&release.fingerprint));
    let mut out = vec![("dataset.json".to_owned(), json)];
    for t in tables {
        out.push((format!("csv/{}.csv", t.name), t.to_csv()?));
    }
    out.push((
        "datapackage.json".to_owned(),
        crate::schema::pretty(&datapackage(ds, tables, release)),
    ));
    out.push((
        "README.md".to_owned(),
        codebook::codebook(tables, ds.version(), release.released, &release.fingerprint),
    ));
    Ok(out)
}
