//! The codebook, `exports/README.md`: every table and column (type, meaning, allowed values with
//! their definitions), how the tables join (a Mermaid ER diagram), how to load them in DuckDB
//! and pandas with their types, and five worked examples. Generated from the table definitions
//! (the one declaration of each column), so it cannot drift from the files; `.ci/check_examples.py`
//! runs every example over the CSVs and the Parquet files and checks that the answers agree.

use super::{Table, Type};
use nato_assurances::vocab::Vocabulary;
use std::collections::BTreeMap;
use std::fmt::Write;

/// A worked example: the question, DuckDB SQL, and the same in pandas (assigning `result`).
struct Example {
    question: &'static str,
    sql: &'static str,
    pandas: &'static str,
}

const EXAMPLES: [Example; 5] = [
    Example {
        question: "Every claim that a 1990 assurance was broken: who made it, when, and where the words first appeared.",
        sql: "SELECT k.id AS claim, a.name AS claimant, k.date, k.claimant_group,
       t.commitment_id, k.first_appearance_occasion, s.title AS first_appearance
FROM claim_targets t
JOIN claims k ON k.id = t.claim_id
JOIN commitments c ON c.id = t.commitment_id
JOIN actors a ON a.id = k.claimant_id
LEFT JOIN sources s ON s.id = k.first_appearance_source_id
WHERE t.stance = 'asserts_broken'
  AND c.date_earliest >= DATE '1990-01-01' AND c.date_latest <= DATE '1990-12-31'
ORDER BY k.id, t.commitment_id;",
        pandas: "t, k, c = table(\"claim_targets\"), table(\"claims\"), table(\"commitments\")
a, s = table(\"actors\"), table(\"sources\")
c1990 = c[(c.date_earliest >= dt.date(1990, 1, 1)) & (c.date_latest <= dt.date(1990, 12, 31))]
m = (t[t.stance == \"asserts_broken\"]
     .merge(k, left_on=\"claim_id\", right_on=\"id\")
     .merge(c1990[[\"id\"]], left_on=\"commitment_id\", right_on=\"id\", suffixes=(\"\", \"_c\"))
     .merge(a[[\"id\", \"name\"]], left_on=\"claimant_id\", right_on=\"id\", suffixes=(\"\", \"_a\"))
     .merge(s[[\"id\", \"title\"]], left_on=\"first_appearance_source_id\", right_on=\"id\", how=\"left\", suffixes=(\"\", \"_s\")))
result = (m.rename(columns={\"claim_id\": \"claim\", \"name\": \"claimant\", \"title\": \"first_appearance\"})
          [[\"claim\", \"claimant\", \"date\", \"claimant_group\", \"commitment_id\", \"first_appearance_occasion\", \"first_appearance\"]]
          .sort_values([\"claim\", \"commitment_id\"]))",
    },
    Example {
        question: "Every quote of one speaker — commitments' and claims' alike — with the kind of quote and where it was read.",
        sql: "SELECT q.record_kind, coalesce(q.commitment_id, q.claim_id) AS record, q.ordinal, q.kind,
       q.text, q.source_id, q.read_in_source_id
FROM quotes q
WHERE q.speaker_id = 'vladimir-putin'
ORDER BY record, q.ordinal;",
        pandas: "q = table(\"quotes\")
q = q[q.speaker_id == \"vladimir-putin\"].assign(record=lambda d: d.commitment_id.fillna(d.claim_id))
result = q[[\"record_kind\", \"record\", \"ordinal\", \"kind\", \"text\", \"source_id\", \"read_in_source_id\"]].sort_values([\"record\", \"ordinal\"])",
    },
    Example {
        question: "Stances by the claimant's perspective group (the totals of `assurances balance`).",
        sql: "SELECT k.claimant_group, t.stance, count(*) AS n
FROM claim_targets t JOIN claims k ON k.id = t.claim_id
GROUP BY k.claimant_group, t.stance
ORDER BY k.claimant_group, t.stance;",
        pandas: "m = table(\"claim_targets\").merge(table(\"claims\"), left_on=\"claim_id\", right_on=\"id\")
result = (m.groupby([\"claimant_group\", \"stance\"]).size().reset_index(name=\"n\")
          .sort_values([\"claimant_group\", \"stance\"]))",
    },
    Example {
        question: "Media outlets by their computed affiliation label and the state it names.",
        sql: "SELECT affiliation_kind, affiliation_state_id, count(*) AS n
FROM actors
WHERE kind = 'media_outlet'
GROUP BY affiliation_kind, affiliation_state_id
ORDER BY affiliation_kind, affiliation_state_id NULLS FIRST;",
        pandas: "a = table(\"actors\")
a = a[a.kind == \"media_outlet\"]
result = (a.groupby([\"affiliation_kind\", \"affiliation_state_id\"], dropna=False).size()
          .reset_index(name=\"n\").sort_values([\"affiliation_kind\", \"affiliation_state_id\"], na_position=\"first\"))",
    },
    Example {
        question: "The states that joined NATO in the enlargements recorded here, with the date.",
        sql: "SELECT e.date, a.name AS state
FROM event_actors ea
JOIN events e ON e.id = ea.event_id
JOIN actors a ON a.id = ea.actor_id
WHERE e.kind = 'enlargement' AND ea.role = 'joined'
ORDER BY e.date, a.name;",
        pandas: "ea, e, a = table(\"event_actors\"), table(\"events\"), table(\"actors\")
m = (ea[ea.role == \"joined\"].merge(e[e.kind == \"enlargement\"], left_on=\"event_id\", right_on=\"id\")
     .merge(a[[\"id\", \"name\"]], left_on=\"actor_id\", right_on=\"id\", suffixes=(\"\", \"_a\")))
result = m.rename(columns={\"name\": \"state\"})[[\"date\", \"state\"]].sort_values([\"date\", \"state\"])",
    },
];

/// The DuckDB type of a column.
fn duckdb_type(t: Type) -> &'static str {
    match t {
        Type::String => "VARCHAR",
        Type::Integer => "BIGINT",
        Type::Boolean => "BOOLEAN",
        Type::Date => "DATE",
    }
}

/// Escapes `|` for a Markdown table cell and keeps it on one line.
fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

/// The codebook for `tables`, of the data with this version, release date and fingerprint.
pub fn codebook(
    tables: &[Table],
    version: &str,
    released: Option<&str>,
    fingerprint: &str,
) -> String {
    let mut o = String::new();
    let released = released.unwrap_or("not a release (the data differs from the released data)");
    let _ = writeln!(
        o,
        "# Codebook: the nato-assurances exports\n\n\
         Version {version}, released {released}; data fingerprint `{fingerprint}`.\n\n\
         Written by `assurances export` from the same table definitions as the files, so it\n\
         describes exactly what is here. `dataset.json` holds every record as JSON (see\n\
         `schema/dataset.schema.json`); `csv/` holds {n} tables, `parquet/` the same tables typed,\n\
         and `datapackage.json` describes the CSVs (Frictionless Data Package, with value labels).\n\
         The data is licensed CC BY 4.0; cite it with its version (README, \"How to cite\").\n",
        n = tables.len()
    );
    o.push_str(
        "## Conventions\n\n\
         - **Ids** are stable kebab-case strings; every `*_id` column joins to the `id` of the table\n\
         \x20 named in the diagram below.\n\
         - **Dates** carry their precision: a column like `date` holds the date as the source gives\n\
         \x20 it (`1990`, `1990-02`, `1990-02-09`, optionally with `?` uncertain or `~` approximate),\n\
         \x20 and `date_earliest` / `date_latest` the first and last day it can denote. Filter and sort\n\
         \x20 on the bounds; show the date as written.\n\
         - **Lists** are link tables (one row per item, with `ordinal`, its place in the record).\n\
         - **Empty** means not recorded. Labels such as `affiliation_kind` and `claimant_group` are\n\
         \x20 computed from recorded facts by one rule (docs/EDITORIAL.md), never typed by hand.\n\n",
    );
    // Loading.
    o.push_str("## Loading the tables with their types\n\nDuckDB, over the CSVs (run from this directory):\n\n```sql\n-- setup: csv\n");
    for t in tables {
        let cols: Vec<String> = t
            .fields
            .iter()
            .map(|f| format!("'{}': '{}'", f.name, duckdb_type(f.kind)))
            .collect();
        let _ = writeln!(
            o,
            "CREATE VIEW {name} AS SELECT * FROM read_csv('csv/{name}.csv', header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false, columns = {{{cols}}});",
            name = t.name,
            cols = cols.join(", ")
        );
    }
    o.push_str("```\n\nor over the Parquet files, which carry the types themselves:\n\n```sql\n-- setup: parquet\n");
    for t in tables {
        let _ = writeln!(
            o,
            "CREATE VIEW {name} AS SELECT * FROM read_parquet('parquet/{name}.parquet');",
            name = t.name
        );
    }
    o.push_str(
        "```\n\npandas, typed from `datapackage.json`:\n\n```python\n# setup\n\
         import datetime as dt\n\
         import json\n\
         import pandas as pd\n\n\
         package = json.load(open(\"datapackage.json\"))\n\n\
         def table(name):\n\
         \x20   \"\"\"One CSV table, with the types the Data Package gives its columns.\"\"\"\n\
         \x20   resource = next(r for r in package[\"resources\"] if r[\"name\"] == name)\n\
         \x20   fields = resource[\"schema\"][\"fields\"]\n\
         \x20   dtypes = {f[\"name\"]: {\"integer\": \"Int64\", \"boolean\": \"boolean\"}.get(f[\"type\"], \"string\") for f in fields}\n\
         \x20   df = pd.read_csv(resource[\"path\"], dtype=dtypes, keep_default_na=False, na_values=[\"\"])\n\
         \x20   for f in fields:\n\
         \x20       if f[\"type\"] == \"date\":\n\
         \x20           df[f[\"name\"]] = pd.to_datetime(df[f[\"name\"]]).dt.date\n\
         \x20   return df\n```\n\n",
    );
    // Joins.
    o.push_str("## How the tables join\n\n```mermaid\nerDiagram\n");
    for t in tables {
        for (col, target, _) in &t.foreign_keys {
            let _ = writeln!(o, "    {target} ||--o{{ {} : \"{col}\"", t.name);
        }
    }
    o.push_str("```\n\n");
    // Tables.
    o.push_str("## Tables\n\n");
    let mut vocabularies: BTreeMap<&str, &Vocabulary> = BTreeMap::new();
    for t in tables {
        let _ = writeln!(o, "### `{}`\n\n{}\n", t.name, t.description);
        let _ = writeln!(o, "Key: `{}`.\n", t.primary_key.join("`, `"));
        o.push_str("| column | type | required | meaning |\n|---|---|---|---|\n");
        for f in &t.fields {
            let mut meaning = cell(&f.description);
            if let Some(v) = f.vocabulary {
                vocabularies.insert(v.name, v);
                let _ = write!(meaning, " Values: see *{}* below.", v.name);
            }
            if let Some((_, target, key)) = t.foreign_keys.iter().find(|(c, _, _)| *c == f.name) {
                let _ = write!(meaning, " Joins `{target}.{key}`.");
            }
            let _ = writeln!(
                o,
                "| `{}` | {} | {} | {} |",
                f.name,
                f.kind_name(),
                if f.required { "yes" } else { "no" },
                meaning
            );
        }
        o.push('\n');
    }
    o.push_str("## Values\n\n");
    for (name, v) in vocabularies {
        let _ = writeln!(o, "### {name}\n\n| value | meaning |\n|---|---|");
        for (value, desc) in v.values {
            let _ = writeln!(o, "| `{value}` | {} |", cell(desc));
        }
        o.push('\n');
    }
    // Examples.
    o.push_str(
        "## Five worked examples\n\nEach runs after the setup above; CI runs every one over the CSVs\n\
         and over the Parquet files in DuckDB, and in pandas, and checks that the answers agree.\n\n",
    );
    for (i, e) in EXAMPLES.iter().enumerate() {
        let n = i + 1;
        let _ = writeln!(
            o,
            "### {n}. {}\n\n```sql\n-- example: {n}\n{}\n```\n\n```python\n# example: {n}\n{}\n```\n",
            e.question, e.sql, e.pandas
        );
    }
    o
}
