//! Loading a `data/` directory of one-record-per-file JSON, with every check.
//!
//! This is what `assurances validate`, `fmt` and `generate` use. The embedded dataset is
//! *not* loaded this way at run time: it is baked into static tables by `assurances generate`.

use crate::check::{self, line_col, Diagnostic, Input, Locator, Options, Problem};
use crate::model::*;
use crate::{Dataset, RecordKind};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One data file as read from disk.
///
/// ```no_run
/// let (files, problems) = nato_assurances::load::read_data_dir("data".as_ref());
/// assert!(problems.is_empty());
/// println!("{} files", files.len());
/// ```
#[derive(Debug, Clone)]
pub struct DataFile {
    /// The kind of record, from the directory the file is in.
    pub kind: RecordKind,
    /// The path on disk.
    pub path: PathBuf,
    /// The path as shown in messages.
    pub display: String,
    /// The raw bytes.
    pub bytes: Vec<u8>,
}

impl DataFile {
    /// The id the file name promises (`x` for `x.json`).
    pub fn stem(&self) -> String {
        self.path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    }
}

fn diag(
    file: &str,
    line: usize,
    column: usize,
    code: &'static str,
    message: String,
    help: &str,
) -> Diagnostic {
    Diagnostic {
        file: file.to_owned(),
        line,
        column,
        pointer: String::new(),
        code,
        message,
        help: help.to_owned(),
    }
}

/// Read every record file under `dir` (`actors/`, `sources/`, `commitments/`, `claims/`,
/// `events/`), in a stable order. Unexpected files and directories are reported.
///
/// ```no_run
/// let (files, problems) = nato_assurances::load::read_data_dir("data".as_ref());
/// for p in &problems { eprintln!("{p}"); }
/// ```
pub fn read_data_dir(dir: &Path) -> (Vec<DataFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let show = |p: &Path| p.display().to_string();
    let top = match std::fs::read_dir(dir) {
        Ok(t) => t,
        Err(e) => {
            problems.push(diag(&show(dir), 0, 0, "io", format!("cannot read the data directory: {e}"), "pass the directory that holds actors/, sources/, commitments/, claims/ and events/ with --data"));
            return (files, problems);
        }
    };
    let mut top: Vec<PathBuf> = top.filter_map(|e| e.ok().map(|e| e.path())).collect();
    top.sort();
    for entry in top {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let is_dir = entry.is_dir();
        if !is_dir {
            if !(name.ends_with(".md") || name.starts_with('.')) {
                problems.push(diag(
                    &show(&entry),
                    0,
                    0,
                    "unexpected-file",
                    "unexpected file in the data directory".into(),
                    "records go in actors/, sources/, commitments/, claims/ or events/",
                ));
            }
            continue;
        }
        let Ok(kind) = name.parse::<RecordKind>().map_err(|_| ()).and_then(|k| {
            if k.dir() == name {
                Ok(k)
            } else {
                Err(())
            }
        }) else {
            problems.push(diag(
                &show(&entry),
                0,
                0,
                "unexpected-directory",
                format!("unexpected directory `{name}`"),
                "record directories are actors, sources, commitments, claims and events",
            ));
            continue;
        };
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(&entry) {
            Ok(rd) => rd.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(e) => {
                problems.push(diag(
                    &show(&entry),
                    0,
                    0,
                    "io",
                    format!("cannot read directory: {e}"),
                    "check permissions",
                ));
                continue;
            }
        };
        paths.sort();
        for path in paths {
            let fname = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if fname.starts_with('.') {
                continue;
            }
            if path.is_dir() || !fname.ends_with(".json") {
                problems.push(diag(
                    &show(&path),
                    0,
                    0,
                    "unexpected-file",
                    "not a `.json` record file".into(),
                    "one record per file, named `<id>.json`",
                ));
                continue;
            }
            match std::fs::read(&path) {
                Ok(bytes) => files.push(DataFile {
                    kind,
                    display: show(&path),
                    path,
                    bytes,
                }),
                Err(e) => problems.push(diag(
                    &show(&path),
                    0,
                    0,
                    "io",
                    format!("cannot read file: {e}"),
                    "check permissions",
                )),
            }
        }
    }
    (files, problems)
}

/// The canonical text of a record: stable key order, 2-space indent, trailing newline.
///
/// ```
/// let ds = nato_assurances::dataset();
/// let text = nato_assurances::load::canonical_json(ds.actor("nato").unwrap());
/// assert!(text.starts_with("{\n  \"id\": \"nato\",\n"));
/// assert!(text.ends_with("}\n"));
/// ```
pub fn canonical_json<T: Serialize>(record: &T) -> String {
    let mut s = serde_json::to_string_pretty(record).unwrap_or_default();
    s.push('\n');
    s
}

/// A parsed record of any kind.
#[derive(Debug, Clone, PartialEq)]
pub enum AnyRecord {
    /// An actor.
    Actor(Actor),
    /// A source.
    Source(Source),
    /// A commitment.
    Commitment(Commitment),
    /// A claim.
    Claim(Claim),
    /// An event.
    Event(Event),
}

impl AnyRecord {
    /// The record's id.
    pub fn id(&self) -> &str {
        match self {
            AnyRecord::Actor(r) => r.id(),
            AnyRecord::Source(r) => r.id(),
            AnyRecord::Commitment(r) => r.id(),
            AnyRecord::Claim(r) => r.id(),
            AnyRecord::Event(r) => r.id(),
        }
    }

    /// The record's canonical text (see [`canonical_json`]).
    pub fn canonical(&self) -> String {
        match self {
            AnyRecord::Actor(r) => canonical_json(r),
            AnyRecord::Source(r) => canonical_json(r),
            AnyRecord::Commitment(r) => canonical_json(r),
            AnyRecord::Claim(r) => canonical_json(r),
            AnyRecord::Event(r) => canonical_json(r),
        }
    }
}

/// Decode and strictly parse one record file. Rejects invalid UTF-8, a byte order mark,
/// unknown fields, bad dates and unknown vocabulary values, with file, line:column and pointer.
///
/// ```
/// use nato_assurances::{load::parse_record, RecordKind};
/// let err = parse_record(RecordKind::Actor, "x.json", b"{\"id\": \"x\", \"kind\": \"person\", \"nmae\": \"X\"}").unwrap_err();
/// assert_eq!(err.code, "unknown-field");
/// assert_eq!((err.line, err.column), (1, 31));
/// assert_eq!(err.pointer, "/nmae");
/// assert!(err.help.contains("did you mean `name`?"));
/// ```
pub fn parse_record(kind: RecordKind, file: &str, bytes: &[u8]) -> Result<AnyRecord, Diagnostic> {
    let text = decode(file, bytes)?;
    Ok(match kind {
        RecordKind::Actor => {
            AnyRecord::Actor(check::parse_strict(file, text, check::MAX_RECORD_BYTES)?)
        }
        RecordKind::Source => {
            AnyRecord::Source(check::parse_strict(file, text, check::MAX_RECORD_BYTES)?)
        }
        RecordKind::Commitment => {
            AnyRecord::Commitment(check::parse_strict(file, text, check::MAX_RECORD_BYTES)?)
        }
        RecordKind::Claim => {
            AnyRecord::Claim(check::parse_strict(file, text, check::MAX_RECORD_BYTES)?)
        }
        RecordKind::Event => {
            AnyRecord::Event(check::parse_strict(file, text, check::MAX_RECORD_BYTES)?)
        }
    })
}

/// Decode bytes as UTF-8 without BOM, or say where they are not.
///
/// ```
/// let err = nato_assurances::load::decode("x.json", b"{\n\"a\": \"\xff\"}").unwrap_err();
/// assert_eq!((err.line, err.column, err.code), (2, 7, "invalid-utf8"));
/// ```
pub fn decode<'b>(file: &str, bytes: &'b [u8]) -> Result<&'b str, Diagnostic> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Err(diag(
            file,
            1,
            1,
            "bom",
            "file starts with a UTF-8 byte order mark".into(),
            "save the file as UTF-8 without BOM",
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let good = &bytes[..e.valid_up_to()];
        let text = std::str::from_utf8(good).unwrap_or("");
        let (line, column) = line_col(text, text.len());
        diag(
            file,
            line,
            column,
            "invalid-utf8",
            "file is not valid UTF-8".into(),
            "save the file as UTF-8",
        )
    })
}

/// The first line where `text` differs from `canonical`, as (line, column 1).
fn first_difference(text: &str, canonical: &str) -> (usize, usize) {
    let mut a = text.split('\n');
    let mut b = canonical.split('\n');
    let mut line = 1;
    loop {
        match (a.next(), b.next()) {
            (Some(x), Some(y)) if x == y => line += 1,
            (None, None) => return (line, 1),
            _ => return (line, 1),
        }
    }
}

/// The records of a data directory after parsing, with where each came from.
struct Parsed {
    actors: Vec<Actor>,
    sources: Vec<Source>,
    commitments: Vec<Commitment>,
    claims: Vec<Claim>,
    events: Vec<Event>,
    /// For each kind, the file index of each record, in record order.
    origin: HashMap<RecordKind, Vec<usize>>,
}

/// Check files that were read with [`read_data_dir`] and build the dataset.
///
/// `skip[i]` marks files already reported invalid by another check (e.g. the JSON Schema):
/// they are not parsed again, and references to their ids are not reported as dangling.
/// Every problem is returned, sorted by file and position.
///
/// ```no_run
/// use nato_assurances::load::{check_files, read_data_dir};
/// let (files, _) = read_data_dir("data".as_ref());
/// let dataset = check_files(&files, &vec![false; files.len()]).unwrap();
/// ```
pub fn check_files(files: &[DataFile], skip: &[bool]) -> Result<Dataset, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut parsed = Parsed {
        actors: Vec::new(),
        sources: Vec::new(),
        commitments: Vec::new(),
        claims: Vec::new(),
        events: Vec::new(),
        origin: HashMap::new(),
    };
    let mut options = Options {
        skip_duplicates: true,
        ..Options::default()
    };
    let mut by_id: HashMap<(RecordKind, String), usize> = HashMap::new();
    let mut any_skipped = false;

    // Parse every file first, so that for a duplicated id the file named after the id keeps
    // it and the copy is reported, whatever the order of the files.
    let mut records: Vec<Option<AnyRecord>> = Vec::with_capacity(files.len());
    for (fi, f) in files.iter().enumerate() {
        if skip.get(fi).copied().unwrap_or(false) {
            options.unloadable.insert((f.kind, f.stem()));
            any_skipped = true;
            records.push(None);
            continue;
        }
        match parse_record(f.kind, &f.display, &f.bytes) {
            Ok(r) => records.push(Some(r)),
            Err(d) => {
                diags.push(d);
                options.unloadable.insert((f.kind, f.stem()));
                records.push(None);
            }
        }
    }
    for (fi, r) in records.iter().enumerate() {
        if let Some(r) = r {
            let key = (files[fi].kind, r.id().to_owned());
            let named = files[fi].stem() == r.id();
            match by_id.get(&key) {
                Some(&other) if !named || files[other].stem() == r.id() => {}
                _ => {
                    by_id.insert(key, fi);
                }
            }
        }
    }

    for (fi, (f, record)) in files.iter().zip(records).enumerate() {
        let Some(record) = record else { continue };
        let text = std::str::from_utf8(&f.bytes).unwrap_or("");
        let id = record.id().to_owned();
        let locator = Locator::new(text);
        let owner = by_id[&(f.kind, id.clone())];
        if owner != fi {
            let (line, column) = locator.locate("/id");
            let named = if f.stem() == id {
                String::new()
            } else {
                format!(" (this file is named `{}.json`)", f.stem())
            };
            diags.push(Diagnostic {
                file: f.display.clone(),
                line,
                column,
                pointer: "/id".into(),
                code: "duplicate-id",
                message: format!("duplicate {} id `{id}`: already used by {}{named}", f.kind, files[owner].display),
                help: "give this record its own id and name the file after it; to correct a record, edit its file instead of copying it".into(),
            });
            continue;
        }
        if f.stem() != id {
            let (line, column) = locator.locate("/id");
            diags.push(Diagnostic {
                file: f.display.clone(),
                line,
                column,
                pointer: "/id".into(),
                code: "file-name",
                message: format!("file name `{}.json` does not match the id `{id}`", f.stem()),
                help: format!("rename the file to `{id}.json` or correct the id"),
            });
        }
        let canonical = record.canonical();
        if canonical != text {
            let (line, column) = first_difference(text, &canonical);
            diags.push(Diagnostic {
                file: f.display.clone(),
                line,
                column,
                pointer: String::new(),
                code: "format",
                message:
                    "file is not in canonical form (key order, 2-space indent, trailing newline)"
                        .into(),
                help: "run `assurances fmt`".into(),
            });
        }
        parsed.origin.entry(f.kind).or_default().push(fi);
        match record {
            AnyRecord::Actor(r) => parsed.actors.push(r),
            AnyRecord::Source(r) => parsed.sources.push(r),
            AnyRecord::Commitment(r) => parsed.commitments.push(r),
            AnyRecord::Claim(r) => parsed.claims.push(r),
            AnyRecord::Event(r) => parsed.events.push(r),
        }
    }

    let input = Input {
        actors: &parsed.actors,
        sources: &parsed.sources,
        commitments: &parsed.commitments,
        claims: &parsed.claims,
        events: &parsed.events,
    };
    let problems: Vec<Problem> = check::semantic(&input, &options);
    let mut locators: HashMap<usize, Locator<'_>> = HashMap::new();
    for p in problems {
        let fi = parsed.origin[&p.kind][p.index];
        let f = &files[fi];
        let locator = locators
            .entry(fi)
            .or_insert_with(|| Locator::new(std::str::from_utf8(&f.bytes).unwrap_or("")));
        let (line, column) = locator.locate(&p.pointer);
        diags.push(Diagnostic {
            file: f.display.clone(),
            line,
            column,
            pointer: p.pointer,
            code: p.code,
            message: p.message,
            help: p.help,
        });
    }
    if !diags.is_empty() || any_skipped {
        diags.sort();
        diags.dedup();
        return Err(diags);
    }
    Ok(Dataset::assemble(
        crate::DATA_VERSION.to_owned(),
        parsed.actors,
        parsed.sources,
        parsed.commitments,
        parsed.claims,
        parsed.events,
    ))
}

/// Read, parse and check a whole data directory (without the JSON Schema, which the CLI adds).
///
/// ```no_run
/// let ds = nato_assurances::load::load_dir("data".as_ref()).unwrap();
/// assert_eq!(ds, *nato_assurances::dataset());
/// ```
pub fn load_dir(dir: &Path) -> Result<Dataset, Vec<Diagnostic>> {
    let (files, mut problems) = read_data_dir(dir);
    let result = check_files(&files, &vec![false; files.len()]);
    match result {
        Ok(ds) if problems.is_empty() => Ok(ds),
        Ok(_) => Err(problems),
        Err(mut d) => {
            problems.append(&mut d);
            problems.sort();
            Err(problems)
        }
    }
}

/// Ids of every record in a set of files, by kind, for suggestions and scaffolding.
///
/// ```no_run
/// let (files, _) = nato_assurances::load::read_data_dir("data".as_ref());
/// let ids = nato_assurances::load::ids_by_kind(&files);
/// ```
pub fn ids_by_kind(files: &[DataFile]) -> HashMap<RecordKind, HashSet<String>> {
    let mut m: HashMap<RecordKind, HashSet<String>> = HashMap::new();
    for f in files {
        m.entry(f.kind).or_default().insert(f.stem());
    }
    m
}
