//! `assurances diff OLD.json NEW.json`: records added, removed and changed, field by field.
//!
//! Works on the JSON of any export version (it does not require either side to pass the
//! current checks), so reviewers can compare releases and forks.

use nato_assurances::RecordKind;
use serde::Serialize;
use serde_json::Value;
use std::collections::BTreeMap;

/// One changed value inside a record.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    /// JSON pointer inside the record.
    pub pointer: String,
    /// The old value (absent when added).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old: Option<Value>,
    /// The new value (absent when removed).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new: Option<Value>,
}

/// A record present in one export only, or changed between them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordDiff {
    /// The record kind (`commitment`, …).
    pub kind: String,
    /// The record id.
    pub id: String,
    /// The field changes (empty for added and removed records).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    /// Values of the old record (texts, numbers, booleans) that appear nowhere in the new one,
    /// at any place: what a change of shape dropped, as opposed to moved.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lost: Vec<Change>,
}

/// The difference between two exports.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Diff {
    /// Version of the old export.
    pub old_version: String,
    /// Version of the new export.
    pub new_version: String,
    /// Records only in the new export.
    pub added: Vec<RecordDiff>,
    /// Records only in the old export.
    pub removed: Vec<RecordDiff>,
    /// Records in both, with differences.
    pub changed: Vec<RecordDiff>,
}

impl Diff {
    /// Whether the exports hold the same records.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.changed.is_empty()
    }
}

/// One entry present on either side: compared further when on both, else added or removed.
fn entry(pointer: String, old: Option<&Value>, new: Option<&Value>, out: &mut Vec<Change>) {
    match (old, new) {
        (Some(x), Some(y)) => compare(&pointer, x, y, out),
        (None, None) => {}
        (old, new) => out.push(Change {
            pointer,
            old: old.cloned(),
            new: new.cloned(),
        }),
    }
}

fn compare(pointer: &str, old: &Value, new: &Value, out: &mut Vec<Change>) {
    match (old, new) {
        (Value::Object(a), Value::Object(b)) => {
            let keys: std::collections::BTreeSet<&String> = a.keys().chain(b.keys()).collect();
            for k in keys {
                entry(
                    format!("{pointer}/{}", nato_assurances::check::pointer_token(k)),
                    a.get(k),
                    b.get(k),
                    out,
                );
            }
        }
        (Value::Array(a), Value::Array(b)) if a.len() != b.len() => {
            // Entries inserted or removed: align the two lists (longest common subsequence) so
            // that one added quote shows as one addition, not as every later quote changing.
            for (i, j) in align(a, b) {
                match (i, j) {
                    (Some(i), None) => entry(format!("{pointer}/{i}"), Some(&a[i]), None, out),
                    (None, Some(j)) => entry(format!("{pointer}/{j}"), None, Some(&b[j]), out),
                    _ => {}
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(&format!("{pointer}/{i}"), x, y, out);
            }
        }
        _ if old != new => out.push(Change {
            pointer: pointer.to_owned(),
            old: Some(old.clone()),
            new: Some(new.clone()),
        }),
        _ => {}
    }
}

/// Every scalar value under `v` (texts, numbers, booleans), with its pointer.
fn leaves<'v>(v: &'v Value, pointer: String, out: &mut Vec<(String, &'v Value)>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                let p = format!("{pointer}/{}", nato_assurances::check::pointer_token(k));
                leaves(x, p, out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                leaves(x, format!("{pointer}/{i}"), out);
            }
        }
        Value::Null => {}
        _ => out.push((pointer, v)),
    }
}

/// The old record's scalar values that occur nowhere in the new record.
fn lost(old: &Value, new: &Value) -> Vec<Change> {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    leaves(old, String::new(), &mut a);
    leaves(new, String::new(), &mut b);
    let kept: std::collections::HashSet<&Value> = b.into_iter().map(|(_, v)| v).collect();
    a.into_iter()
        .filter(|(_, v)| !kept.contains(v))
        .map(|(pointer, v)| Change {
            pointer,
            old: Some(v.clone()),
            new: None,
        })
        .collect()
}

/// Pairs of (old index, new index) from a longest-common-subsequence alignment; unmatched
/// entries have `None` on the other side. Lists in records are short, so O(n·m) is fine.
fn align(a: &[Value], b: &[Value]) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            out.push((Some(i), Some(j)));
            i += 1;
            j += 1;
        } else if j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j]) {
            out.push((None, Some(j)));
            j += 1;
        } else {
            out.push((Some(i), None));
            i += 1;
        }
    }
    out
}

type Records = BTreeMap<(RecordKind, String), Value>;

fn records(name: &str, export: &Value) -> Result<(String, Records), String> {
    let obj = export
        .as_object()
        .ok_or_else(|| format!("{name}: not an export (expected a JSON object)"))?;
    let version = obj
        .get("version")
        .and_then(Value::as_str)
        .unwrap_or("?")
        .to_owned();
    let mut out = BTreeMap::new();
    for kind in RecordKind::ALL {
        let Some(list) = obj.get(kind.dir()) else {
            continue;
        };
        let list = list
            .as_array()
            .ok_or_else(|| format!("{name}: /{} is not an array", kind.dir()))?;
        for (i, r) in list.iter().enumerate() {
            let id = r
                .get("id")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("{name}: /{}/{i} has no string `id`", kind.dir()))?;
            if out.insert((kind, id.to_owned()), r.clone()).is_some() {
                return Err(format!("{name}: duplicate {kind} id `{id}`"));
            }
        }
    }
    Ok((version, out))
}

/// Compare two exports given as JSON values.
pub fn diff(old: &Value, new: &Value) -> Result<Diff, String> {
    let (old_version, a) = records("OLD", old)?;
    let (new_version, b) = records("NEW", new)?;
    let mut d = Diff {
        old_version,
        new_version,
        ..Diff::default()
    };
    let rd = |(kind, id): &(RecordKind, String), changes| RecordDiff {
        kind: kind.name().into(),
        id: id.clone(),
        changes,
        lost: Vec::new(),
    };
    for (key, x) in &a {
        match b.get(key) {
            None => d.removed.push(rd(key, Vec::new())),
            Some(y) => {
                let mut changes = Vec::new();
                compare("", x, y, &mut changes);
                if !changes.is_empty() {
                    let mut r = rd(key, changes);
                    r.lost = lost(x, y);
                    d.changed.push(r);
                }
            }
        }
    }
    for key in b.keys() {
        if !a.contains_key(key) {
            d.added.push(rd(key, Vec::new()));
        }
    }
    Ok(d)
}

fn show(v: &Option<Value>) -> String {
    match v {
        Some(v) => v.to_string(),
        None => "∅".into(),
    }
}

/// The diff as text for reviewers and release notes.
pub fn render(d: &Diff) -> String {
    let mut o = String::new();
    for r in &d.added {
        o.push_str(&format!("added    {} {}\n", r.kind, r.id));
    }
    for r in &d.removed {
        o.push_str(&format!("removed  {} {}\n", r.kind, r.id));
    }
    for r in &d.changed {
        o.push_str(&format!("changed  {} {}\n", r.kind, r.id));
        for c in &r.changes {
            o.push_str(&format!(
                "  {}: {} → {}\n",
                c.pointer,
                show(&c.old),
                show(&c.new)
            ));
        }
        for c in &r.lost {
            o.push_str(&format!(
                "  lost {}: {} (in no field of the new record)\n",
                c.pointer,
                show(&c.old)
            ));
        }
    }
    let lost: usize = d.changed.iter().map(|r| r.lost.len()).sum();
    let values = if lost == 1 { "value" } else { "values" };
    o.push_str(&format!(
        "{} added, {} removed, {} changed, {lost} {values} lost (version {} → {})\n",
        d.added.len(),
        d.removed.len(),
        d.changed.len(),
        d.old_version,
        d.new_version
    ));
    o
}
