//! `assurances validate`: JSON Schema + semantic checks, every error in one run.

use crate::schema;
use jsonschema::error::ValidationErrorKind;
use nato_assurances::check::{locate, locate_key};
use nato_assurances::load::{check_files, read_data_dir, DataFile};
use nato_assurances::vocab::nearest;
use nato_assurances::{Dataset, Diagnostic, RecordKind};
use serde_json::Value;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;
use std::process::ExitCode;

struct Schemas {
    validators: HashMap<RecordKind, jsonschema::Validator>,
    fields: HashMap<RecordKind, BTreeSet<String>>,
}

fn collect_fields(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Object(props)) = m.get("properties") {
                out.extend(props.keys().cloned());
            }
            m.values().for_each(|x| collect_fields(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect_fields(x, out)),
        _ => {}
    }
}

impl Schemas {
    fn new() -> Result<Self, String> {
        let mut validators = HashMap::new();
        let mut fields = HashMap::new();
        for kind in RecordKind::ALL {
            let s = schema::record_schema(kind);
            let v = jsonschema::options()
                .with_draft(jsonschema::Draft::Draft202012)
                .build(&s)
                .map_err(|e| format!("internal error: the {kind} schema does not compile: {e}"))?;
            let mut f = BTreeSet::new();
            collect_fields(&s, &mut f);
            validators.insert(kind, v);
            fields.insert(kind, f);
        }
        Ok(Schemas { validators, fields })
    }

    /// Schema errors of one file, located. Empty when the file is valid or is not JSON
    /// (the parser reports that with its position).
    fn check(&self, file: &DataFile) -> Vec<Diagnostic> {
        let Ok(text) = std::str::from_utf8(&file.bytes) else {
            return Vec::new();
        };
        let instance = match serde_json::from_str::<Value>(text) {
            Ok(v) => v,
            // Too deep for the JSON parser: the library words and locates this as it does
            // for every other JSON error.
            Err(e) if e.to_string().contains("recursion limit exceeded") => {
                return vec![nato_assurances::check::json_diagnostic(
                    &file.display,
                    text,
                    &e,
                )];
            }
            // Not JSON: the parser reports it with its position.
            Err(_) => return Vec::new(),
        };
        let validator = &self.validators[&file.kind];
        let mut out = Vec::new();
        for err in validator.iter_errors(&instance) {
            let base = err.instance_path().to_string();
            let (pointer, code, message, help) = match err.kind() {
                ValidationErrorKind::AdditionalProperties { unexpected } => {
                    for key in unexpected {
                        let pointer = format!("{base}/{}", nato_assurances::check::pointer_token(key));
                        let suggestion = nearest(key, self.fields[&file.kind].iter().map(String::as_str));
                        let help = match suggestion {
                            Some(s) => format!("did you mean `{s}`? Unknown fields are never dropped silently"),
                            None => format!("remove it or fix its spelling; schema/{}.schema.json lists the fields", file.kind),
                        };
                        let (line, column) = locate_key(text, &pointer);
                        let message = format!("unknown field `{key}`");
                        out.push(Diagnostic { file: file.display.clone(), line, column, pointer, code: "unknown-field", message, help });
                    }
                    continue;
                }
                _ if matches!(err.instance().as_ref(), Value::String(s) if s.starts_with("TODO")) => (
                    base,
                    "placeholder",
                    format!("placeholder not filled in: {}", err.instance()),
                    format!("replace it with the real value; see the field's description in schema/{}.schema.json", file.kind),
                ),
                ValidationErrorKind::Enum { options } => {
                    let valid: Vec<&str> = options.as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
                    let value = err.instance().as_str().map(str::to_owned).unwrap_or_else(|| err.instance().to_string());
                    let help = match nearest(&value, valid.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => "use one of the listed values".into(),
                    };
                    (base, "unknown-value", format!("unknown value `{value}` (expected one of: {})", valid.join(", ")), help)
                }
                ValidationErrorKind::Required { property } => {
                    let name = property.as_str().unwrap_or_default().to_owned();
                    (base, "missing-field", format!("missing required field `{name}`"), format!("add `{name}`; see schema/{}.schema.json", file.kind))
                }
                ValidationErrorKind::Pattern { .. } => {
                    let key = base.rsplit('/').find(|s| s.parse::<usize>().is_err()).unwrap_or("");
                    let help = match key {
                        "date" | "end_date" | "published" | "declassified" | "from" | "to" => {
                            "write the date as YYYY, YYYY-MM or YYYY-MM-DD (optionally followed by ? or ~), at the precision the source gives".to_owned()
                        }
                        "url" | "archived_url" => "write an absolute https:// URL".to_owned(),
                        "language" => "use a BCP 47 code such as `en`, `ru`, `de`".to_owned(),
                        "wikidata" => "write the item id with its Q, e.g. `Q57674`".to_owned(),
                        _ => "ids are kebab-case: lowercase letters and digits separated by hyphens".to_owned(),
                    };
                    let message = match key {
                        "url" | "archived_url" => format!("{} is not an https URL", err.instance()),
                        "language" => format!("{} is not a language code", err.instance()),
                        "wikidata" => format!("{} is not a Wikidata QID", err.instance()),
                        "date" | "end_date" | "published" | "declassified" | "from" | "to" => format!("{} is not a date", err.instance()),
                        _ => format!("{} is not a kebab-case id", err.instance()),
                    };
                    (base, "pattern", message, help)
                }
                ValidationErrorKind::Type { .. } => {
                    let found = match err.instance().as_ref() {
                        Value::Null => "null",
                        Value::Bool(_) => "a boolean",
                        Value::Number(_) => "a number",
                        Value::String(_) => "a string",
                        Value::Array(_) => "an array",
                        Value::Object(_) => "an object",
                    };
                    let message = format!("wrong type: {}, found {found}", err.to_string().rsplit_once(" is not of type ").map_or(String::new(), |(_, t)| format!("expected {t}")));
                    (base, "wrong-type", message, format!("see the field's type in schema/{}.schema.json", file.kind))
                }
                ValidationErrorKind::MinItems { .. } => {
                    let field = base.rsplit('/').next().unwrap_or("").to_owned();
                    (base, "empty-list", format!("`{field}` must list at least one entry"), format!("add at least one entry to `{field}`"))
                }
                ValidationErrorKind::UniqueItems => {
                    let field = base.rsplit('/').next().unwrap_or("").to_owned();
                    (base, "duplicate-entry", format!("`{field}` lists the same entry twice"), "remove the repeated entry".to_owned())
                }
                ValidationErrorKind::MinLength { .. } => (base, "empty-text", "empty string".to_owned(), "fill it in or remove the field".to_owned()),
                _ => (base, "schema", err.to_string(), format!("see schema/{}.schema.json", file.kind)),
            };
            out.push(located(file, text, pointer, code, message, help));
        }
        if !out.is_empty() {
            // The file is not parsed further, so report its other placeholders now too.
            let mut todo = Vec::new();
            placeholders(&instance, String::new(), &mut todo);
            for (pointer, value) in todo {
                if !out.iter().any(|d| d.pointer == pointer) {
                    let message = format!("placeholder not filled in: {value:?}");
                    let help = format!("replace it with the real value; see the field's description in schema/{}.schema.json", file.kind);
                    out.push(located(file, text, pointer, "placeholder", message, help));
                }
            }
            out.sort();
        }
        out
    }
}

fn placeholders(v: &Value, pointer: String, out: &mut Vec<(String, String)>) {
    match v {
        Value::String(s) if s.starts_with("TODO") => out.push((pointer, s.clone())),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| placeholders(x, format!("{pointer}/{i}"), out)),
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| placeholders(x, format!("{pointer}/{k}"), out)),
        _ => {}
    }
}

fn located(
    file: &DataFile,
    text: &str,
    pointer: String,
    code: &'static str,
    message: String,
    help: String,
) -> Diagnostic {
    let (line, column) = locate(text, &pointer);
    Diagnostic {
        file: file.display.clone(),
        line,
        column,
        pointer,
        code,
        message,
        help,
    }
}

/// Validate a data directory: schema and semantic checks. Returns the dataset or every error.
pub fn validate_dir(dir: &Path) -> Result<(Dataset, usize), Vec<Diagnostic>> {
    let (files, mut diags) = read_data_dir(dir);
    let schemas = match Schemas::new() {
        Ok(s) => s,
        Err(e) => {
            diags.push(Diagnostic {
                file: "schema".into(),
                line: 0,
                column: 0,
                pointer: String::new(),
                code: "internal",
                message: e,
                help: String::new(),
            });
            return Err(diags);
        }
    };
    let mut skip = vec![false; files.len()];
    for (i, f) in files.iter().enumerate() {
        let errs = schemas.check(f);
        if !errs.is_empty() {
            skip[i] = true;
            diags.extend(errs);
        }
    }
    match check_files(&files, &skip) {
        Ok(ds) if diags.is_empty() => Ok((ds, files.len())),
        Ok(_) => Err(diags),
        Err(more) => {
            diags.extend(more);
            diags.sort();
            diags.dedup();
            Err(diags)
        }
    }
}

/// Print diagnostics and a summary; returns the exit code.
pub fn report(diags: &[Diagnostic]) -> ExitCode {
    for d in diags {
        println!("{d}");
    }
    let files: BTreeSet<&str> = diags.iter().map(|d| d.file.as_str()).collect();
    eprintln!(
        "{} error{} in {} file{}",
        diags.len(),
        if diags.len() == 1 { "" } else { "s" },
        files.len(),
        if files.len() == 1 { "" } else { "s" }
    );
    ExitCode::from(1)
}
