//! `migrate-0-3 INPUT OUTPUT DECISIONS`: rewrites a 0.2 `data/` directory (INPUT) as 0.3 records
//! in OUTPUT, applying the structural rules below and the curators' recorded judgements in
//! DECISIONS (`migrations/0.3.0.json`). It reads JSON values, not the library's types, so it
//! runs whatever state the library's data is in. Run `assurances fmt` afterwards.
//!
//! Rules (what the 0.2 fields become):
//! - claim `source` (where the claim "appeared": first appearance, report and copy read, mixed)
//!   becomes `first_appearance.source`; when that source republishes another, the original is
//!   the first appearance and the cited copy becomes `read_in`. A decision may say otherwise
//!   (the words were first said elsewhere; the cited source only reported them).
//! - claim `about` + `stances` become `about: [{commitment, stances}]`, every target with the
//!   old stances unless a decision splits them.
//! - quotes get `kind` (`verbatim` unless a decision says `indirect`, with `written_by`) and,
//!   where decided, `read_in`.
//! - actor `affiliation` (typed by hand) is dropped: the label is computed from `ownership`
//!   facts, which the decisions supply.
//! - event `actors` become `[{actor, role}]` with role `participant`, or `joined` for the
//!   states a decision lists as joining.
//! - verification is lowered to what the evidence allows (the rule the checker enforces).
//!
//! Nothing else changes, and nothing is dropped: every 0.2 value is either kept in place or
//! moved to the field named above (compare the exports with `assurances diff`).

use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::{fs, process};

type Records = BTreeMap<String, Value>;

fn main() {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let [input, output, decisions] = args.as_slice() else {
        eprintln!("usage: migrate-0-3 INPUT_DATA_DIR OUTPUT_DATA_DIR DECISIONS_JSON");
        process::exit(2);
    };
    if let Err(e) = run(input, output, decisions) {
        eprintln!("error: {e}");
        process::exit(1);
    }
}

fn read(path: &Path) -> Result<Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

fn load(dir: &Path, kind: &str) -> Result<Records, String> {
    let mut out = Records::new();
    let d = dir.join(kind);
    let entries = fs::read_dir(&d).map_err(|e| format!("{}: {e}", d.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "json") {
            let v = read(&path)?;
            let id = v["id"]
                .as_str()
                .ok_or(format!("{}: no id", path.display()))?;
            out.insert(id.to_owned(), v);
        }
    }
    Ok(out)
}

fn save(dir: &Path, kind: &str, records: &Records) -> Result<(), String> {
    let d = dir.join(kind);
    fs::create_dir_all(&d).map_err(|e| e.to_string())?;
    for (id, v) in records {
        let text = serde_json::to_string_pretty(v).map_err(|e| e.to_string())? + "\n";
        fs::write(d.join(format!("{id}.json")), text).map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn obj(v: &mut Value) -> &mut Map<String, Value> {
    v.as_object_mut().expect("every record is a JSON object")
}

/// Kinds of source that are primary records (`SourceKind::is_primary`) or archive publications.
const PRIMARY_OR_ARCHIVE: &[&str] = &[
    "memorandum_of_conversation",
    "transcript",
    "telegram",
    "diary",
    "letter",
    "speech",
    "treaty_text",
    "declaration_text",
    "official_statement",
    "press_conference",
    "interview",
    "archive_document",
    "briefing_book",
];

fn run(input: &Path, output: &Path, decisions: &Path) -> Result<(), String> {
    let d = read(decisions)?;
    let mut actors = load(input, "actors")?;
    let mut sources = load(input, "sources")?;
    let mut commitments = load(input, "commitments")?;
    let mut claims = load(input, "claims")?;
    let mut events = load(input, "events")?;

    // Patches to existing actors and sources (ownership facts, publishers, kinds, notes).
    for (kind, records) in [("actors", &mut actors), ("sources", &mut sources)] {
        if let Some(patches) = d[kind].as_object() {
            for (id, patch) in patches {
                let r = records
                    .get_mut(id)
                    .ok_or(format!("decisions: no {kind} record `{id}`"))?;
                for (k, v) in patch.as_object().ok_or("patch is not an object")? {
                    obj(r).insert(k.clone(), v.clone());
                }
            }
        }
    }
    for a in actors.values_mut() {
        obj(a).remove("affiliation");
    }

    let kind_of = |id: &str| -> Option<String> {
        sources
            .get(id)
            .and_then(|s| s["kind"].as_str())
            .map(str::to_owned)
    };

    // Commitments: quote kinds and copies read; verification lowered to what the evidence allows.
    for (id, c) in commitments.iter_mut() {
        let decided = d["quotes"][id.as_str()]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut all_primary = true;
        if let Some(quotes) = obj(c).get_mut("quotes").and_then(Value::as_array_mut) {
            for (i, q) in quotes.iter_mut().enumerate() {
                let dq = decided.get(i).cloned().unwrap_or(Value::Null);
                let kind = dq["kind"].as_str().unwrap_or("verbatim").to_owned();
                let q = obj(q);
                let mut new = Map::new();
                for (k, v) in std::mem::take(q) {
                    new.insert(k.clone(), v);
                    if k == "text" {
                        new.insert("kind".into(), json!(kind));
                    }
                    if k == "speaker" && kind == "indirect" {
                        if let Some(w) = dq["written_by"].as_str() {
                            new.insert("written_by".into(), json!(w));
                        }
                    }
                }
                if let Some(r) = dq.get("read_in").filter(|r| r.is_object()) {
                    new.insert("read_in".into(), r.clone());
                }
                *q = new;
                let read = q
                    .get("read_in")
                    .and_then(|r| r["source"].as_str())
                    .or(q.get("source").and_then(Value::as_str))
                    .unwrap_or_default()
                    .to_owned();
                if !kind_of(&read).is_some_and(|k| PRIMARY_OR_ARCHIVE.contains(&k.as_str())) {
                    all_primary = false;
                }
            }
        }
        let has_quotes = c["quotes"].as_array().is_some_and(|q| !q.is_empty());
        if c["verification"] == "verified" && !(has_quotes && all_primary) {
            obj(c).insert("verification".into(), json!("secondary"));
        }
    }

    // Claims.
    for (id, k) in claims.iter_mut() {
        let dc = d["claims"][id.as_str()].clone();
        let old = std::mem::take(obj(k));
        let stances = old["stances"].clone();
        let about: Vec<Value> = match dc["about"].as_array() {
            Some(a) => a.clone(),
            None => old["about"]
                .as_array()
                .ok_or(format!("claim {id}: no about"))?
                .iter()
                .map(|c| json!({"commitment": c, "stances": stances}))
                .collect(),
        };
        let source = old["source"].clone();
        let (first, read_in) = if dc["first_appearance"].is_object() {
            (dc["first_appearance"].clone(), dc["read_in"].clone())
        } else {
            let sid = source["source"].as_str().unwrap_or_default();
            match sources.get(sid).and_then(|s| s["republishes"].as_str()) {
                Some(original) => (json!({"source": {"source": original}}), source.clone()),
                None => (json!({"source": source}), Value::Null),
            }
        };
        let reported_by = match dc["reported_by"].as_array() {
            Some(r) => Value::Array(r.clone()),
            None => old.get("reported_by").cloned().unwrap_or(json!([])),
        };
        let mut new = Map::new();
        for (key, v) in old {
            match key.as_str() {
                "about" => {
                    new.insert("about".into(), json!(about));
                }
                "stances" | "source" | "reported_by" => {}
                "quote" => {
                    let mut q = v.as_object().cloned().unwrap_or_default();
                    let kind = dc["quote_kind"].as_str().unwrap_or("verbatim");
                    let mut nq = Map::new();
                    for (qk, qv) in std::mem::take(&mut q) {
                        nq.insert(qk.clone(), qv);
                        if qk == "text" {
                            nq.insert("kind".into(), json!(kind));
                            if kind == "indirect" {
                                if let Some(w) = dc["quote_written_by"].as_str() {
                                    nq.insert("written_by".into(), json!(w));
                                }
                            }
                        }
                    }
                    new.insert("quote".into(), Value::Object(nq));
                }
                "summary" => {
                    new.insert("first_appearance".into(), first.clone());
                    if reported_by.as_array().is_some_and(|r| !r.is_empty()) {
                        new.insert("reported_by".into(), reported_by.clone());
                    }
                    if read_in.is_object() {
                        new.insert("read_in".into(), read_in.clone());
                    }
                    if let Some(l) = dc["responds_to"].as_array().filter(|l| !l.is_empty()) {
                        new.insert("responds_to".into(), json!(l));
                    }
                    new.insert("summary".into(), v);
                }
                _ => {
                    new.insert(key, v);
                }
            }
        }
        // A claim is verified only when its words were read in their first appearance.
        let read_first = !new.get("read_in").is_some_and(Value::is_object)
            && new["first_appearance"].get("source").is_some();
        if new["verification"] == "verified" && !read_first {
            new.insert("verification".into(), json!("secondary"));
        }
        *k = Value::Object(new);
    }

    // Events: actors with roles.
    for (id, e) in events.iter_mut() {
        let joined: Vec<String> = d["events"][id.as_str()]["joined"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let mut list: Vec<Value> = Vec::new();
        if let Some(old) = e.get("actors").and_then(Value::as_array) {
            for a in old {
                let a = a.as_str().unwrap_or_default();
                let role = if joined.iter().any(|j| j == a) {
                    "joined"
                } else {
                    "participant"
                };
                list.push(json!({"actor": a, "role": role}));
            }
        }
        for j in &joined {
            if !list.iter().any(|x| x["actor"] == json!(j)) {
                list.push(json!({"actor": j, "role": "joined"}));
            }
        }
        if !list.is_empty() {
            obj(e).insert("actors".into(), json!(list));
        }
    }

    // NATO membership roles of states (members before the first recorded enlargement).
    if let Some(roles) = d["roles"].as_object() {
        for (id, list) in roles {
            let a = actors
                .get_mut(id)
                .ok_or(format!("decisions: no actor `{id}`"))?;
            let mut existing = a["roles"].as_array().cloned().unwrap_or_default();
            existing.extend(list.as_array().cloned().unwrap_or_default());
            obj(a).insert("roles".into(), json!(existing));
        }
    }

    save(output, "actors", &actors)?;
    save(output, "sources", &sources)?;
    save(output, "commitments", &commitments)?;
    save(output, "claims", &claims)?;
    save(output, "events", &events)?;
    Ok(())
}
