//! A `data/` directory of one-record-per-file JSON: reading it, and the rules that concern
//! files (encoding, size, file name = id, one file per id, canonical form).

use super::de::from_tree;
use super::rules::{self, Input, Options};
use super::text::TextRules;
use super::tree::Tree;
use super::voice::VOICE_WORDS_FILE;
use super::{Checker, Code, Diagnostic, Error};
use crate::model::*;
use crate::{Dataset, RecordKind};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Largest single record file accepted, in bytes (1 MiB).
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// One data file as read from disk.
///
/// ```no_run
/// let (files, problems) = nato_assurances::check::read_data_dir("data".as_ref());
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

/// Read every record file under `dir` (`actors/`, `sources/`, `commitments/`, `claims/`,
/// `events/`), in a stable order. Unexpected files and directories are reported.
///
/// ```no_run
/// let (files, problems) = nato_assurances::check::read_data_dir("data".as_ref());
/// for p in &problems { eprintln!("{p}"); }
/// ```
pub fn read_data_dir(dir: &Path) -> (Vec<DataFile>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let top = match sorted_entries(dir) {
        Ok(top) => top,
        Err(e) => {
            let help = "pass the directory that holds actors/, sources/, commitments/, claims/ and events/ with --data";
            let message = format!("cannot read the data directory: {e}");
            problems.push(Diagnostic::file_level(&show(dir), Code::Io, message, help));
            return (files, problems);
        }
    };
    for entry in top {
        let name = file_name(&entry);
        if !entry.is_dir() {
            if !(name.ends_with(".md") || name.starts_with('.') || name == VOICE_WORDS_FILE) {
                problems.push(Diagnostic::file_level(
                    &show(&entry),
                    Code::UnexpectedFile,
                    "unexpected file in the data directory",
                    "records go in actors/, sources/, commitments/, claims/ or events/",
                ));
            }
            continue;
        }
        match RecordKind::ALL.into_iter().find(|k| k.dir() == name) {
            Some(kind) => read_kind(kind, &entry, &mut files, &mut problems),
            None => problems.push(Diagnostic::file_level(
                &show(&entry),
                Code::UnexpectedDirectory,
                format!("unexpected directory `{name}`"),
                "record directories are actors, sources, commitments, claims and events",
            )),
        }
    }
    (files, problems)
}

fn show(p: &Path) -> String {
    p.display().to_string()
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The entries of a directory, sorted.
fn sorted_entries(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    Ok(paths)
}

/// The record files of one kind's directory; hidden files are skipped, anything else reported.
fn read_kind(
    kind: RecordKind,
    dir: &Path,
    files: &mut Vec<DataFile>,
    problems: &mut Vec<Diagnostic>,
) {
    let paths = match sorted_entries(dir) {
        Ok(paths) => paths,
        Err(e) => {
            let message = format!("cannot read directory: {e}");
            problems.push(Diagnostic::file_level(
                &show(dir),
                Code::Io,
                message,
                "check permissions",
            ));
            return;
        }
    };
    for path in paths {
        let name = file_name(&path);
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() || !name.ends_with(".json") {
            problems.push(Diagnostic::file_level(
                &show(&path),
                Code::UnexpectedFile,
                "not a `.json` record file",
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
            Err(e) => {
                let message = format!("cannot read file: {e}");
                problems.push(Diagnostic::file_level(
                    &show(&path),
                    Code::Io,
                    message,
                    "check permissions",
                ));
            }
        }
    }
}

/// The canonical text of a record: stable key order, 2-space indent, trailing newline.
///
/// ```
/// let ds = nato_assurances::dataset();
/// let text = nato_assurances::check::canonical_json(ds.actor("nato").unwrap());
/// assert!(text.starts_with("{\n  \"id\": \"nato\",\n"));
/// assert!(text.ends_with("}\n"));
/// ```
pub fn canonical_json<T: Serialize>(record: &T) -> String {
    // Serializing cannot fail: every map key is a string and no value's `Serialize` errs.
    let mut s = serde_json::to_string_pretty(record).expect("records serialize to JSON");
    s.push('\n');
    s
}

/// Decodes bytes as UTF-8 without BOM within a size limit, or says where they are not.
pub(crate) fn decode<'b>(file: &str, bytes: &'b [u8], limit: usize) -> Result<&'b str, Diagnostic> {
    if bytes.len() > limit {
        return Err(Diagnostic::file_level(
            file,
            Code::TooLarge,
            format!("input is {} bytes; the limit is {limit}", bytes.len()),
            "this is far larger than any real record or export; check that it is the right file",
        ));
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        return Err(Diagnostic::at(
            file,
            (1, 1),
            String::new(),
            Code::Bom,
            "text starts with a UTF-8 byte order mark",
            "save the file as UTF-8 without BOM",
        ));
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or("");
        let line = good.matches('\n').count() + 1;
        let column = good[good.rfind('\n').map_or(0, |i| i + 1)..]
            .chars()
            .count()
            + 1;
        Diagnostic::at(
            file,
            (line, column),
            String::new(),
            Code::InvalidUtf8,
            "file is not valid UTF-8",
            "save the file as UTF-8",
        )
    })
}

/// One record file, read: its tree (if it parsed) and its record (if it is valid).
///
/// The tree is not kept: a data directory's trees would hold every file in memory twice. The
/// few files that a rule across records or files finds fault with are parsed again to locate
/// the problem ([`Trees`]).
struct Read {
    record: Option<AnyRecord>,
    /// The file is not in canonical form: where it first differs.
    format: Option<Diagnostic>,
}

/// A parsed record of any kind, owned.
#[derive(Debug, Clone, PartialEq)]
enum AnyRecord {
    Actor(Actor),
    Source(Source),
    Commitment(Commitment),
    Claim(Claim),
    Event(Event),
}

impl AnyRecord {
    fn id(&self) -> &str {
        match self {
            AnyRecord::Actor(r) => r.id(),
            AnyRecord::Source(r) => r.id(),
            AnyRecord::Commitment(r) => r.id(),
            AnyRecord::Claim(r) => r.id(),
            AnyRecord::Event(r) => r.id(),
        }
    }

    fn kind(&self) -> RecordKind {
        match self {
            AnyRecord::Actor(_) => RecordKind::Actor,
            AnyRecord::Source(_) => RecordKind::Source,
            AnyRecord::Commitment(_) => RecordKind::Commitment,
            AnyRecord::Claim(_) => RecordKind::Claim,
            AnyRecord::Event(_) => RecordKind::Event,
        }
    }

    fn canonical(&self) -> String {
        match self {
            AnyRecord::Actor(r) => canonical_json(r),
            AnyRecord::Source(r) => canonical_json(r),
            AnyRecord::Commitment(r) => canonical_json(r),
            AnyRecord::Claim(r) => canonical_json(r),
            AnyRecord::Event(r) => canonical_json(r),
        }
    }

    fn parse(kind: RecordKind, tree: &Tree<'_>) -> Result<AnyRecord, Vec<Diagnostic>> {
        let schema = format!("schema/{}.schema.json", kind.name());
        let schema = schema.as_str();
        Ok(match kind {
            RecordKind::Actor => AnyRecord::Actor(from_tree(tree, schema)?),
            RecordKind::Source => AnyRecord::Source(from_tree(tree, schema)?),
            RecordKind::Commitment => AnyRecord::Commitment(from_tree(tree, schema)?),
            RecordKind::Claim => AnyRecord::Claim(from_tree(tree, schema)?),
            RecordKind::Event => AnyRecord::Event(from_tree(tree, schema)?),
        })
    }
}

impl Checker {
    /// Reads one record file: decoding, the tree, the text rules and the typed record.
    fn read(&self, file: &DataFile, out: &mut Vec<Diagnostic>) -> Read {
        let none = Read {
            record: None,
            format: None,
        };
        let text = match decode(&file.display, &file.bytes, MAX_RECORD_BYTES) {
            Ok(text) => text,
            Err(d) => {
                out.push(d);
                return none;
            }
        };
        let tree = match Tree::parse(&file.display, text) {
            Ok(tree) => tree,
            Err(d) => {
                out.push(d);
                return none;
            }
        };
        let texts = TextRules::run(&tree, self.today, Some(file.kind));
        let record = match AnyRecord::parse(file.kind, &tree) {
            Ok(record) => Some(record),
            Err(errors) => {
                // A placeholder is reported as one, not as the wrong value it also is.
                out.extend(errors.into_iter().filter(|e| {
                    !texts
                        .iter()
                        .any(|t| t.code() == Code::Placeholder && t.pointer() == e.pointer())
                }));
                None
            }
        };
        out.extend(texts);
        let format = record.as_ref().and_then(|r| {
            let canonical = r.canonical();
            (canonical != text).then(|| not_canonical(file, text, &canonical))
        });
        Read { record, format }
    }

    /// The canonical text of one record file, or every problem that keeps it from having one.
    /// What `assurances fmt` writes.
    ///
    /// ```
    /// use nato_assurances::{check::Checker, RecordKind};
    /// let text = b"{\"kind\": \"state\", \"id\": \"x\", \"name\": \"X\"}";
    /// let canonical = Checker::new().format_record(RecordKind::Actor, "x.json", text).unwrap();
    /// assert_eq!(canonical, "{\n  \"id\": \"x\",\n  \"kind\": \"state\",\n  \"name\": \"X\"\n}\n");
    /// ```
    pub fn format_record(
        &self,
        kind: RecordKind,
        file: &str,
        bytes: &[u8],
    ) -> Result<String, Error> {
        let file = DataFile {
            kind,
            path: PathBuf::from(file),
            display: file.to_owned(),
            bytes: bytes.to_vec(),
        };
        let mut out = Vec::new();
        let read = self.read(&file, &mut out);
        // Other problems (a placeholder in a text, a bad URL) do not keep a file from being
        // formatted; `validate` reports them.
        match read.record {
            Some(r) => Ok(r.canonical()),
            None => Err(Error::new(out)),
        }
    }

    /// Checks every record file under `dir` and every rule across them; the dataset, or every
    /// problem found, each located in its file.
    ///
    /// ```no_run
    /// use nato_assurances::check::Checker;
    /// let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
    /// let ds = Checker::new().today(today).check_dir("data".as_ref()).unwrap();
    /// assert_eq!(&ds, nato_assurances::dataset());
    /// ```
    pub fn check_dir(&self, dir: &Path) -> Result<Dataset, Error> {
        let (files, mut out) = read_data_dir(dir);
        let reads: Vec<Read> = files.iter().map(|f| self.read(f, &mut out)).collect();
        let mut options = Options {
            skip_duplicates: true,
            ..Options::default()
        };
        let owners = owners(&files, &reads);
        let mut trees = Trees::new(&files);
        let mut records = Records::default();
        for (fi, (f, read)) in files.iter().zip(reads).enumerate() {
            let Some(record) = read.record else {
                options.unloadable.insert((f.kind, f.stem()));
                continue;
            };
            let owner = owners[&(f.kind, record.id().to_owned())];
            if let Some((code, message, help)) = file_rules(&files, fi, owner, &record) {
                out.extend(trees.locate(fi, "/id".into(), code, message, help));
                if code == Code::DuplicateId {
                    continue;
                }
            }
            out.extend(read.format);
            records.push(fi, record);
        }
        for p in rules::run(&records.input(), &options) {
            let fi = records.origin[&p.kind][p.index];
            out.extend(trees.locate(fi, p.pointer, p.code, p.message, p.help));
        }
        if !out.is_empty() {
            return Err(Error::new(out));
        }
        Ok(records.into_dataset())
    }
}

/// The trees of files that have a problem to locate, parsed again on demand, once each.
struct Trees<'f> {
    files: &'f [DataFile],
    parsed: HashMap<usize, Tree<'f>>,
}

impl<'f> Trees<'f> {
    fn new(files: &'f [DataFile]) -> Self {
        Trees {
            files,
            parsed: HashMap::new(),
        }
    }

    /// A diagnostic at `pointer` in file `fi` (a file that has already parsed once).
    fn locate(
        &mut self,
        fi: usize,
        pointer: String,
        code: Code,
        message: String,
        help: String,
    ) -> Option<Diagnostic> {
        let f = &self.files[fi];
        let tree = match self.parsed.entry(fi) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                let text = decode(&f.display, &f.bytes, MAX_RECORD_BYTES).ok()?;
                e.insert(Tree::parse(&f.display, text).ok()?)
            }
        };
        Some(tree.diagnostic(pointer, code, message, help))
    }
}

/// For each (kind, id), the file that keeps it: the file named after the id, else the first.
fn owners(files: &[DataFile], reads: &[Read]) -> HashMap<(RecordKind, String), usize> {
    let mut by_id: HashMap<(RecordKind, String), usize> = HashMap::new();
    for (fi, read) in reads.iter().enumerate() {
        if let Some(r) = &read.record {
            let named = files[fi].stem() == r.id();
            let key = (files[fi].kind, r.id().to_owned());
            match by_id.get(&key) {
                Some(&other) if !named || files[other].stem() == r.id() => {}
                _ => {
                    by_id.insert(key, fi);
                }
            }
        }
    }
    by_id
}

/// The rules on a file's name: another file already holds the id, or the name is not the id.
/// The problem's code, message and help; it is at `/id`.
fn file_rules(
    files: &[DataFile],
    fi: usize,
    owner: usize,
    record: &AnyRecord,
) -> Option<(Code, String, String)> {
    let f = &files[fi];
    let id = record.id();
    if owner != fi {
        let named = if f.stem() == id {
            String::new()
        } else {
            format!(" (this file is named `{}.json`)", f.stem())
        };
        let message = format!(
            "duplicate {} id `{id}`: already used by {}{named}",
            f.kind, files[owner].display
        );
        let help = "give this record its own id and name the file after it; to correct a record, edit its file instead of copying it";
        return Some((Code::DuplicateId, message, help.into()));
    }
    (f.stem() != id).then(|| {
        let message = format!("file name `{}.json` does not match the id `{id}`", f.stem());
        let help = format!("rename the file to `{id}.json` or correct the id");
        (Code::FileName, message, help)
    })
}

fn not_canonical(f: &DataFile, text: &str, canonical: &str) -> Diagnostic {
    Diagnostic::at(
        &f.display,
        first_difference(text, canonical),
        String::new(),
        Code::Format,
        "file is not in canonical form (key order, 2-space indent, trailing newline)",
        "run `assurances fmt`",
    )
}

/// The valid records of a directory, by kind, with the file each came from.
#[derive(Default)]
struct Records {
    actors: Vec<Actor>,
    sources: Vec<Source>,
    commitments: Vec<Commitment>,
    claims: Vec<Claim>,
    events: Vec<Event>,
    /// For each kind, the file index of each record, in record order.
    origin: HashMap<RecordKind, Vec<usize>>,
}

impl Records {
    fn push(&mut self, fi: usize, record: AnyRecord) {
        self.origin.entry(record.kind()).or_default().push(fi);
        match record {
            AnyRecord::Actor(r) => self.actors.push(r),
            AnyRecord::Source(r) => self.sources.push(r),
            AnyRecord::Commitment(r) => self.commitments.push(r),
            AnyRecord::Claim(r) => self.claims.push(r),
            AnyRecord::Event(r) => self.events.push(r),
        }
    }

    fn input(&self) -> Input<'_> {
        Input {
            actors: &self.actors,
            sources: &self.sources,
            commitments: &self.commitments,
            claims: &self.claims,
            events: &self.events,
        }
    }

    fn into_dataset(self) -> Dataset {
        Dataset::assemble(
            crate::DATA_VERSION.to_owned(),
            self.actors,
            self.sources,
            self.commitments,
            self.claims,
            self.events,
        )
    }
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
