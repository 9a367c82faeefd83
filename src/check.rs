//! Semantic checks beyond the JSON Schema, and the [`Diagnostic`]s they report.
//!
//! Every problem is reported with the file, line:column, the JSON pointer, what is wrong
//! and how to fix it; all problems are reported in one run.

use crate::dataset::{Dataset, Error, ExportIn};
use crate::model::*;
use crate::vocab::nearest;
use crate::RecordKind;
use jsonc_parser::ast::Value as Ast;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use unicode_normalization::UnicodeNormalization;

/// Largest export accepted by [`Dataset::from_json`], in bytes (64 MiB).
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Largest single record file accepted by the per-file loader, in bytes (1 MiB).
pub const MAX_RECORD_BYTES: usize = 1024 * 1024;

/// Deepest nesting of arrays and objects accepted (serde_json's recursion limit).
pub const MAX_DEPTH: usize = 128;

/// One problem found in the data, located as precisely as possible.
///
/// ```
/// let err = nato_assurances::Dataset::from_json("{\"version\": 1}").unwrap_err();
/// let d = &err.diagnostics()[0];
/// assert_eq!((d.line, d.column), (1, 13));
/// assert_eq!(d.pointer, "/version");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file (or `<json>` for text given to [`Dataset::from_json`]).
    pub file: String,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column (in characters); 0 when the problem concerns the whole file.
    pub column: usize,
    /// JSON pointer (RFC 6901) to the value at fault; empty for the whole document.
    pub pointer: String,
    /// A stable short code for the kind of problem, e.g. `dangling-reference`.
    pub code: &'static str,
    /// What is wrong.
    pub message: String,
    /// How to fix it.
    pub help: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: error[{}]",
            self.file, self.line, self.column, self.code
        )?;
        if !self.pointer.is_empty() {
            write!(f, " at {}", self.pointer)?;
        }
        write!(f, ": {}", self.message)?;
        if !self.help.is_empty() {
            write!(f, "\n  help: {}", self.help)?;
        }
        Ok(())
    }
}

/// Line and column (1-based, column in characters) of a byte offset.
pub(crate) fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let mut cut = offset;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let before = &text[..cut];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Finds the position of a JSON pointer in a text that is known to be valid JSON.
pub(crate) struct Locator<'t> {
    text: &'t str,
    ast: Option<Ast<'t>>,
    /// Byte offset of the start of each line, for line:column lookups in O(log n).
    line_starts: Vec<usize>,
}

impl<'t> Locator<'t> {
    pub(crate) fn new(text: &'t str) -> Self {
        let options = jsonc_parser::ParseOptions::default();
        let ast = jsonc_parser::parse_to_ast(text, &Default::default(), &options)
            .ok()
            .and_then(|r| r.value);
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Locator {
            text,
            ast,
            line_starts,
        }
    }

    fn line_col(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        (line, self.text[start..offset].chars().count() + 1)
    }

    /// Line and column of the deepest existing value on the pointer's path.
    pub(crate) fn locate(&self, pointer: &str) -> (usize, usize) {
        self.locate_inner(pointer, false)
    }

    /// Like [`locate`](Self::locate), but for a pointer ending in an object key, the position
    /// of the key rather than of its value (for unknown fields).
    pub(crate) fn locate_key(&self, pointer: &str) -> (usize, usize) {
        self.locate_inner(pointer, true)
    }

    fn locate_inner(&self, pointer: &str, key: bool) -> (usize, usize) {
        let Some(mut node) = self.ast.as_ref() else {
            return (1, 1);
        };
        let segments: Vec<String> = pointer
            .split('/')
            .skip(1)
            .map(|raw| raw.replace("~1", "/").replace("~0", "~"))
            .collect();
        for (i, seg) in segments.iter().enumerate() {
            let next = match node {
                Ast::Object(o) => match o.properties.iter().find(|p| p.name.as_str() == seg) {
                    Some(p) if key && i + 1 == segments.len() => {
                        return self.line_col(p.range.start)
                    }
                    Some(p) => Some(&p.value),
                    None => None,
                },
                Ast::Array(a) => seg.parse::<usize>().ok().and_then(|i| a.elements.get(i)),
                _ => None,
            };
            match next {
                Some(n) => node = n,
                None => break,
            }
        }
        let start = match node {
            Ast::StringLit(s) => s.range.start,
            Ast::NumberLit(n) => n.range.start,
            Ast::BooleanLit(b) => b.range.start,
            Ast::Object(o) => o.range.start,
            Ast::Array(a) => a.range.start,
            Ast::NullKeyword(n) => n.range.start,
        };
        self.line_col(start)
    }
}

/// A problem found by the semantic checks, before it is located in a file.
#[derive(Debug, Clone)]
pub(crate) struct Problem {
    pub(crate) kind: RecordKind,
    pub(crate) index: usize,
    pub(crate) pointer: String,
    pub(crate) code: &'static str,
    pub(crate) message: String,
    pub(crate) help: String,
}

/// Records to check, in input order (the order of files or of the export's arrays).
pub(crate) struct Input<'a> {
    pub(crate) actors: &'a [Actor],
    pub(crate) sources: &'a [Source],
    pub(crate) commitments: &'a [Commitment],
    pub(crate) claims: &'a [Claim],
    pub(crate) events: &'a [Event],
}

/// Options for [`semantic`].
#[derive(Default)]
pub(crate) struct Options {
    /// Ids that exist but could not be loaded (their file has errors of its own):
    /// references to them are not reported again.
    pub(crate) unloadable: HashSet<(RecordKind, String)>,
    /// Skip the duplicate-id check (the directory loader reports duplicates per file).
    pub(crate) skip_duplicates: bool,
}

struct Checker<'a> {
    input: &'a Input<'a>,
    options: &'a Options,
    ids: HashMap<RecordKind, Vec<&'a str>>,
    idsets: HashMap<RecordKind, HashSet<&'a str>>,
    problems: Vec<Problem>,
    today: chrono::NaiveDate,
    suggestions: usize,
}

/// How many "did you mean" suggestions one run computes at most.
const MAX_SUGGESTIONS: usize = 1000;

/// Whether `id` is a kebab-case slug: lowercase ASCII letters and digits separated by single
/// hyphens, the form every record id takes.
///
/// ```
/// use nato_assurances::check::is_kebab;
/// assert!(is_kebab("baker-gorbachev-1990"));
/// assert!(!is_kebab("Baker_Gorbachev") && !is_kebab("a--b") && !is_kebab(""));
/// ```
pub fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|p| {
            !p.is_empty()
                && p.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn is_language(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl<'a> Checker<'a> {
    fn new(input: &'a Input<'a>, options: &'a Options) -> Self {
        let mut ids: HashMap<RecordKind, Vec<&'a str>> = HashMap::new();
        ids.insert(
            RecordKind::Actor,
            input.actors.iter().map(|r| &*r.id).collect(),
        );
        ids.insert(
            RecordKind::Source,
            input.sources.iter().map(|r| &*r.id).collect(),
        );
        ids.insert(
            RecordKind::Commitment,
            input.commitments.iter().map(|r| &*r.id).collect(),
        );
        ids.insert(
            RecordKind::Claim,
            input.claims.iter().map(|r| &*r.id).collect(),
        );
        ids.insert(
            RecordKind::Event,
            input.events.iter().map(|r| &*r.id).collect(),
        );
        let idsets = ids
            .iter()
            .map(|(k, v)| (*k, v.iter().copied().collect()))
            .collect();
        Checker {
            input,
            options,
            ids,
            idsets,
            problems: Vec::new(),
            today: chrono::Utc::now().date_naive(),
            suggestions: 0,
        }
    }

    fn report(
        &mut self,
        kind: RecordKind,
        index: usize,
        pointer: String,
        code: &'static str,
        message: String,
        help: String,
    ) {
        self.problems.push(Problem {
            kind,
            index,
            pointer,
            code,
            message,
            help,
        });
    }

    fn reference(
        &mut self,
        at: (RecordKind, usize),
        pointer: String,
        target: RecordKind,
        id: &str,
    ) {
        if self.idsets[&target].contains(id)
            || self.options.unloadable.contains(&(target, id.to_owned()))
        {
            return;
        }
        // Suggestions cost O(ids) each: bound the total work on hostile input.
        self.suggestions += 1;
        let suggestion = if self.suggestions <= MAX_SUGGESTIONS {
            nearest(id, self.ids[&target].iter().copied())
        } else {
            None
        };
        let help = match suggestion {
            Some(s) => format!(
                "did you mean `{s}`? Otherwise add data/{}/{id}.json",
                target.dir()
            ),
            None => format!(
                "use the id of an existing {target} or add data/{}/{id}.json",
                target.dir()
            ),
        };
        self.report(
            at.0,
            at.1,
            pointer,
            "dangling-reference",
            format!("unknown {target} `{id}`"),
            help,
        );
    }

    fn date_order(
        &mut self,
        at: (RecordKind, usize),
        pointer: String,
        start: Option<crate::PartialDate>,
        end: Option<crate::PartialDate>,
        what: &str,
    ) {
        if let (Some(s), Some(e)) = (start, end) {
            if e.latest() < s.earliest() {
                self.report(
                    at.0,
                    at.1,
                    pointer,
                    "date-order",
                    format!("{what} `{e}` is before the start `{s}`"),
                    "swap the dates or correct the one that is wrong".into(),
                );
            }
        }
    }

    fn no_duplicates<T: Eq + std::hash::Hash + fmt::Display>(
        &mut self,
        at: (RecordKind, usize),
        field: &str,
        items: &[T],
    ) {
        let mut seen = HashSet::with_capacity(items.len());
        for (i, x) in items.iter().enumerate() {
            if !seen.insert(x) {
                self.report(
                    at.0,
                    at.1,
                    format!("/{field}/{i}"),
                    "duplicate-entry",
                    format!("`{x}` is listed twice in `{field}`"),
                    "remove the repeated entry".into(),
                );
            }
        }
    }

    fn not_empty<T: Clone>(&mut self, at: (RecordKind, usize), field: &str, items: &List<T>) {
        if items.is_empty() {
            self.report(
                at.0,
                at.1,
                format!("/{field}"),
                "empty-list",
                format!("`{field}` must list at least one entry"),
                format!("add at least one entry to `{field}`"),
            );
        }
    }

    /// Checks every string of a record: whitespace, NFC, placeholders, URLs, language codes.
    fn walk(&mut self, at: (RecordKind, usize), value: &Value, pointer: &str, key: &str) {
        match value {
            Value::String(s) => self.text(at, pointer, key, s),
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    self.walk(at, v, &format!("{pointer}/{i}"), key);
                }
            }
            Value::Object(map) => {
                for (k, v) in map {
                    let p = format!("{pointer}/{}", pointer_token(k));
                    if key == "names" && !is_language(k) {
                        self.report(
                            at.0,
                            at.1,
                            p.clone(),
                            "language-code",
                            format!("`{k}` is not a language code"),
                            "use a BCP 47 code such as `ru`, `de` or `uk`".into(),
                        );
                    }
                    self.walk(at, v, &p, k);
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, at: (RecordKind, usize), pointer: &str, key: &str, s: &str) {
        let p = pointer.to_owned();
        if s.is_empty() {
            self.report(
                at.0,
                at.1,
                p,
                "empty-text",
                "empty string".into(),
                "fill it in or remove the field".into(),
            );
            return;
        }
        if s.trim() != s {
            self.report(
                at.0,
                at.1,
                p.clone(),
                "whitespace",
                "text has leading or trailing whitespace".into(),
                "remove the spaces or line breaks at the start and end".into(),
            );
        }
        if s.chars().any(|c| c.is_control() && c != '\n') {
            self.report(
                at.0,
                at.1,
                p.clone(),
                "control-character",
                "text contains a control character".into(),
                "remove it (only line breaks are allowed in text)".into(),
            );
        }
        if !unicode_normalization::is_nfc(s) {
            let nfc: String = s.nfc().collect();
            self.report(
                at.0,
                at.1,
                p.clone(),
                "not-nfc",
                "text is not in Unicode normalization form C".into(),
                format!(
                    "write it in composed form: {nfc:?} (`assurances fmt` cannot do this for you)"
                ),
            );
        }
        if s.starts_with("TODO") {
            self.report(
                at.0,
                at.1,
                p.clone(),
                "placeholder",
                format!("placeholder left in `{key}`: {s:?}"),
                "replace the placeholder with the real value from the source".into(),
            );
            return;
        }
        match key {
            "url" | "archived_url" => {
                if let Some((m, h)) = url_problem(s) {
                    self.report(at.0, at.1, p, "url", m, h);
                }
            }
            "language" if !is_language(s) => {
                self.report(
                    at.0,
                    at.1,
                    p,
                    "language-code",
                    format!("`{s}` is not a language code"),
                    "use a BCP 47 code such as `en`, `ru`, `de`".into(),
                );
            }
            "wikidata"
                if !(s.starts_with('Q')
                    && s.len() > 1
                    && s[1..].bytes().all(|b| b.is_ascii_digit())) =>
            {
                self.report(
                    at.0,
                    at.1,
                    p,
                    "wikidata",
                    format!("`{s}` is not a Wikidata QID"),
                    "write the item id, e.g. `Q57674`".into(),
                );
            }
            _ => {}
        }
    }

    fn dates(&mut self, at: (RecordKind, usize), value: &Value, pointer: &str, key: &str) {
        const DATE_KEYS: [&str; 6] = [
            "date",
            "end_date",
            "published",
            "declassified",
            "from",
            "to",
        ];
        match value {
            Value::String(s) if DATE_KEYS.contains(&key) => {
                if let Ok(d) = s.parse::<crate::PartialDate>() {
                    if d.earliest() > self.today {
                        self.report(
                            at.0,
                            at.1,
                            pointer.to_owned(),
                            "future-date",
                            format!("date `{d}` is in the future"),
                            "check the year; records describe the past".into(),
                        );
                    }
                }
            }
            Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    self.dates(at, v, &format!("{pointer}/{i}"), key);
                }
            }
            Value::Object(map) => {
                for (k, v) in map {
                    self.dates(at, v, &format!("{pointer}/{k}"), k);
                }
            }
            _ => {}
        }
    }

    fn generic<T: Serialize>(&mut self, at: (RecordKind, usize), record: &T, id: &str) {
        if !is_kebab(id) {
            self.report(at.0, at.1, "/id".into(), "id-format", format!("id `{id}` is not a kebab-case slug"), "use lowercase ASCII letters and digits separated by single hyphens, e.g. `baker-gorbachev-1990-02-09`".into());
        }
        if let Ok(v) = serde_json::to_value(record) {
            self.walk(at, &v, "", "");
            self.dates(at, &v, "", "");
        }
    }

    fn run(mut self) -> Vec<Problem> {
        use RecordKind as K;
        let input = self.input;
        if !self.options.skip_duplicates {
            for kind in RecordKind::ALL {
                let mut seen: HashMap<&str, usize> = HashMap::new();
                let ids = self.ids[&kind].clone();
                for (i, id) in ids.into_iter().enumerate() {
                    if let Some(first) = seen.insert(id, i) {
                        seen.insert(id, first);
                        self.report(
                            kind,
                            i,
                            "/id".into(),
                            "duplicate-id",
                            format!("duplicate {kind} id `{id}` (first used by {kind} #{first})"),
                            "give each record its own id".into(),
                        );
                    }
                }
            }
        }

        // Ids are unique per kind and, so that `assurances show ID` is never ambiguous, across
        // kinds too.
        let mut owner: HashMap<&str, RecordKind> = HashMap::new();
        for kind in RecordKind::ALL {
            let ids = self.ids[&kind].clone();
            for (i, id) in ids.into_iter().enumerate() {
                match owner.get(id) {
                    Some(&other) if other != kind => self.report(
                        kind,
                        i,
                        "/id".into(),
                        "ambiguous-id",
                        format!(
                            "id `{id}` is also the id of {} {other}",
                            if matches!(other, RecordKind::Actor | RecordKind::Event) {
                                "an"
                            } else {
                                "a"
                            }
                        ),
                        format!(
                            "ids are unique across kinds; rename this {kind}, e.g. `{id}-{}`",
                            kind.name()
                        ),
                    ),
                    _ => {
                        owner.entry(id).or_insert(kind);
                    }
                }
            }
        }

        for (i, a) in input.actors.iter().enumerate() {
            let at = (K::Actor, i);
            self.generic(at, a, &a.id);
            for (j, r) in a.roles.iter().enumerate() {
                if let Some(o) = &r.organization {
                    self.reference(at, format!("/roles/{j}/organization"), K::Actor, o);
                    if o == &a.id {
                        self.report(
                            at.0,
                            at.1,
                            format!("/roles/{j}/organization"),
                            "self-reference",
                            "an actor cannot hold a role in itself".into(),
                            "name the organization or state the role belongs to".into(),
                        );
                    }
                }
                self.date_order(at, format!("/roles/{j}/to"), r.from, r.to, "role end");
            }
            if let Some(s) = a.affiliation.as_ref().and_then(|x| x.state.as_ref()) {
                self.reference(at, "/affiliation/state".into(), K::Actor, s);
            }
            let aliases: Vec<&str> = a.aliases.iter().map(|x| &**x).collect();
            self.no_duplicates(at, "aliases", &aliases);
        }

        let mut urls: HashMap<&str, &str> = HashMap::new();
        // Sources with no URL, by (folded title, date, publisher): the duplicate-URL check
        // cannot see two records of one unlinked document (an archive file, a printed book).
        let mut unlinked: HashMap<(String, Option<crate::PartialDate>, Option<&str>), &str> =
            HashMap::new();
        for (i, s) in input.sources.iter().enumerate() {
            let at = (K::Source, i);
            self.generic(at, s, &s.id);
            if let Some(p) = &s.publisher {
                self.reference(at, "/publisher".into(), K::Actor, p);
            }
            for (j, c) in s.cites.iter().enumerate() {
                if c == &s.id {
                    self.report(
                        at.0,
                        at.1,
                        format!("/cites/{j}"),
                        "self-reference",
                        "a source cannot cite itself".into(),
                        "remove the entry".into(),
                    );
                } else {
                    self.reference(at, format!("/cites/{j}"), K::Source, c);
                }
            }
            let cites: Vec<&str> = s.cites.iter().map(|x| &**x).collect();
            self.no_duplicates(at, "cites", &cites);
            if let Some(r) = &s.republishes {
                if r == &s.id {
                    self.report(
                        at.0,
                        at.1,
                        "/republishes".into(),
                        "self-reference",
                        "a source cannot republish itself".into(),
                        "remove the field".into(),
                    );
                } else {
                    self.reference(at, "/republishes".into(), K::Source, r);
                }
            }
            if let Some(u) = &s.url {
                let key = u.trim_end_matches('/');
                match urls.get(key) {
                    Some(first) => {
                        let msg = format!("URL already used by source `{first}`");
                        self.report(
                            at.0,
                            at.1,
                            "/url".into(),
                            "duplicate-url",
                            msg,
                            "one document, one source record: merge the two or correct the URL"
                                .into(),
                        );
                    }
                    None => {
                        urls.insert(key, &s.id);
                    }
                }
            } else {
                let key = (
                    crate::dataset::fold_name(&s.title),
                    s.published,
                    s.publisher.as_deref(),
                );
                match unlinked.get(&key) {
                    Some(first) => {
                        let msg = format!(
                            "same title, date and publisher as source `{first}`, and neither has a URL"
                        );
                        self.report(
                            at.0,
                            at.1,
                            "/title".into(),
                            "duplicate-source",
                            msg,
                            "one document, one source record: merge the two, or tell them apart \
                             (a URL, the date, or the title as the document gives it)"
                                .into(),
                        );
                    }
                    None => {
                        unlinked.insert(key, &s.id);
                    }
                }
            }
        }
        self.cycles();

        for (i, c) in input.commitments.iter().enumerate() {
            let at = (K::Commitment, i);
            self.generic(at, c, &c.id);
            self.date_order(at, "/end_date".into(), Some(c.date), c.end_date, "end date");
            self.not_empty(at, "made_by", &c.made_by);
            self.not_empty(at, "topics", &c.topics);
            self.not_empty(at, "sources", &c.sources);
            for field in ["made_by", "made_to", "parties"] {
                let list = match field {
                    "made_by" => &c.made_by,
                    "made_to" => &c.made_to,
                    _ => &c.parties,
                };
                for (j, a) in list.iter().enumerate() {
                    self.reference(at, format!("/{field}/{j}"), K::Actor, a);
                }
                let v: Vec<&str> = list.iter().map(|x| &**x).collect();
                self.no_duplicates(at, field, &v);
            }
            let topics: Vec<&str> = c.topics.iter().map(|t| t.as_str()).collect();
            self.no_duplicates(at, "topics", &topics);
            let cited: HashSet<&str> = c.sources.iter().map(|r| &*r.source).collect();
            for (j, r) in c.sources.iter().enumerate() {
                self.reference(at, format!("/sources/{j}/source"), K::Source, &r.source);
            }
            let srcs: Vec<&str> = c.sources.iter().map(|r| &*r.source).collect();
            self.no_duplicates(at, "sources", &srcs);
            for (j, q) in c.quotes.iter().enumerate() {
                self.reference(at, format!("/quotes/{j}/speaker"), K::Actor, &q.speaker);
                self.reference(at, format!("/quotes/{j}/source"), K::Source, &q.source);
                if !cited.contains(&*q.source) {
                    self.report(
                        at.0,
                        at.1,
                        format!("/quotes/{j}/source"),
                        "quote-source",
                        format!(
                            "the quote's source `{}` is not among the commitment's `sources`",
                            q.source
                        ),
                        format!("add {{\"source\": \"{}\"}} to `sources`", q.source),
                    );
                }
            }
            let related: Vec<String> = c
                .related
                .iter()
                .map(|r| format!("{} {}", r.relation, r.commitment))
                .collect();
            self.no_duplicates(at, "related", &related);
            for (j, r) in c.related.iter().enumerate() {
                if r.commitment == c.id {
                    self.report(
                        at.0,
                        at.1,
                        format!("/related/{j}/commitment"),
                        "self-reference",
                        "a commitment cannot relate to itself".into(),
                        "point the relation at another commitment".into(),
                    );
                } else {
                    self.reference(
                        at,
                        format!("/related/{j}/commitment"),
                        K::Commitment,
                        &r.commitment,
                    );
                }
            }
        }

        for (i, c) in input.claims.iter().enumerate() {
            let at = (K::Claim, i);
            self.generic(at, c, &c.id);
            self.reference(at, "/claimant".into(), K::Actor, &c.claimant);
            self.not_empty(at, "about", &c.about);
            self.not_empty(at, "stances", &c.stances);
            for (j, a) in c.about.iter().enumerate() {
                self.reference(at, format!("/about/{j}"), K::Commitment, a);
            }
            let about: Vec<&str> = c.about.iter().map(|x| &**x).collect();
            self.no_duplicates(at, "about", &about);
            let stances: Vec<&str> = c.stances.iter().map(|x| x.as_str()).collect();
            self.no_duplicates(at, "stances", &stances);
            self.reference(at, "/source/source".into(), K::Source, &c.source.source);
            let reported: Vec<&str> = c.reported_by.iter().map(|r| &*r.source).collect();
            self.no_duplicates(at, "reported_by", &reported);
            for (j, r) in c.reported_by.iter().enumerate() {
                self.reference(at, format!("/reported_by/{j}/source"), K::Source, &r.source);
            }
        }

        for (i, e) in input.events.iter().enumerate() {
            let at = (K::Event, i);
            self.generic(at, e, &e.id);
            self.date_order(at, "/end_date".into(), Some(e.date), e.end_date, "end date");
            self.not_empty(at, "sources", &e.sources);
            let actors: Vec<&str> = e.actors.iter().map(|x| &**x).collect();
            self.no_duplicates(at, "actors", &actors);
            let commitments: Vec<&str> = e.commitments.iter().map(|x| &**x).collect();
            self.no_duplicates(at, "commitments", &commitments);
            let sources: Vec<&str> = e.sources.iter().map(|r| &*r.source).collect();
            self.no_duplicates(at, "sources", &sources);
            for (j, a) in e.actors.iter().enumerate() {
                self.reference(at, format!("/actors/{j}"), K::Actor, a);
            }
            for (j, c) in e.commitments.iter().enumerate() {
                self.reference(at, format!("/commitments/{j}"), K::Commitment, c);
            }
            for (j, r) in e.sources.iter().enumerate() {
                self.reference(at, format!("/sources/{j}/source"), K::Source, &r.source);
            }
        }
        self.problems
    }

    /// Reports each cycle in the citation graph (`cites` and `republishes`) once.
    fn cycles(&mut self) {
        let sources = self.input.sources;
        let pos: HashMap<&str, usize> = sources
            .iter()
            .enumerate()
            .map(|(i, s)| (&*s.id, i))
            .collect();
        let edges: Vec<Vec<(usize, String)>> = sources
            .iter()
            .map(|s| {
                let mut e: Vec<(usize, String)> = s
                    .cites
                    .iter()
                    .enumerate()
                    .filter_map(|(j, c)| pos.get(&**c).map(|&t| (t, format!("/cites/{j}"))))
                    .collect();
                if let Some(t) = s.republishes.as_deref().and_then(|r| pos.get(r)) {
                    e.push((*t, "/republishes".into()));
                }
                e.retain(|(t, _)| sources[*t].id != s.id);
                e
            })
            .collect();
        // Iterative DFS with colours: 0 new, 1 on stack, 2 done.
        let mut colour = vec![0u8; sources.len()];
        for root in 0..sources.len() {
            if colour[root] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            colour[root] = 1;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some((target, pointer)) = edges[node].get(*next) {
                    *next += 1;
                    match colour[*target] {
                        0 => {
                            colour[*target] = 1;
                            stack.push((*target, 0));
                        }
                        1 => {
                            let start = stack.iter().position(|(n, _)| n == target).unwrap_or(0);
                            let mut path: Vec<&str> = stack[start..]
                                .iter()
                                .map(|(n, _)| &*sources[*n].id)
                                .collect();
                            path.push(&sources[*target].id);
                            let msg = format!("citation cycle: {}", path.join(" → "));
                            self.report(RecordKind::Source, node, pointer.clone(), "citation-cycle", msg, "a source can only cite what existed before it; remove the entry that closes the loop".into());
                        }
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                    stack.pop();
                }
            }
        }
    }
}

/// Why a URL is not acceptable, with how to fix it; `None` when it is fine.
pub(crate) fn url_problem(s: &str) -> Option<(String, String)> {
    match fluent_uri::Iri::parse(s) {
        Err(e) => Some((
            format!("`{s}` is not a valid URL: {e}"),
            "write an absolute https URL, percent-encoding spaces".into(),
        )),
        Ok(iri) => {
            let scheme = iri.scheme().as_str().to_ascii_lowercase();
            let host = iri
                .authority()
                .map(|a| a.host().to_owned())
                .unwrap_or_default();
            if scheme != "https" {
                Some((
                    format!("URL uses `{scheme}`, not https"),
                    format!(
                        "use the https address: {}",
                        s.replacen(&format!("{}:", iri.scheme().as_str()), "https:", 1)
                    ),
                ))
            } else if host.is_empty() || !host.contains('.') {
                Some((
                    format!("URL `{s}` has no valid host"),
                    "write an absolute URL such as https://example.org/page".into(),
                ))
            } else {
                None
            }
        }
    }
}

/// Run the semantic checks on records in input order.
pub(crate) fn semantic(input: &Input<'_>, options: &Options) -> Vec<Problem> {
    Checker::new(input, options).run()
}

/// A key escaped as one JSON pointer token (RFC 6901: `~` → `~0`, `/` → `~1`).
///
/// ```
/// assert_eq!(nato_assurances::check::pointer_token("a/b~c"), "a~1b~0c");
/// ```
pub fn pointer_token(key: &str) -> String {
    key.replace('~', "~0").replace('/', "~1")
}

/// Convert a `serde_path_to_error` path into a JSON pointer.
pub(crate) fn pointer_of(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => out.push_str(&format!("/{}", pointer_token(key))),
            Segment::Enum { variant } => out.push_str(&format!("/{variant}")),
            Segment::Unknown => {}
        }
    }
    out
}

/// Help text for a serde error message.
pub(crate) fn parse_help(message: &str) -> String {
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let field = rest.split('`').next().unwrap_or("");
        let expected: Vec<&str> = rest
            .split("expected one of ")
            .nth(1)
            .unwrap_or("")
            .split(", ")
            .map(|x| x.trim_matches('`'))
            .collect();
        match nearest(field, expected.iter().copied()) {
            Some(s) => format!("did you mean `{s}`? Unknown fields are never dropped silently"),
            None => {
                "remove the field or fix its spelling; unknown fields are never dropped silently"
                    .into()
            }
        }
    } else if message.starts_with("missing field") {
        "add the required field".into()
    } else if message.starts_with("duplicate field") {
        "keep one of the two entries".into()
    } else if message.contains("invalid date") {
        "write the date as YYYY, YYYY-MM or YYYY-MM-DD at the precision the source gives".into()
    } else if message.starts_with("unknown ") {
        "use one of the listed values".into()
    } else if message.starts_with("invalid type") {
        "check the field's type in the schema (schema/*.schema.json)".into()
    } else {
        "fix the JSON syntax at this position (comments and trailing commas are not allowed)".into()
    }
}

/// Deserialize a value strictly, turning any error into a located [`Diagnostic`].
pub(crate) fn parse_strict<T: serde::de::DeserializeOwned>(
    file: &str,
    text: &str,
    limit: usize,
) -> Result<T, Diagnostic> {
    if text.len() > limit {
        return Err(Diagnostic {
            file: file.to_owned(),
            line: 0,
            column: 0,
            pointer: String::new(),
            code: "too-large",
            message: format!("input is {} bytes; the limit is {limit}", text.len()),
            help:
                "this is far larger than any real record or export; check that it is the right file"
                    .into(),
        });
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let result: Result<T, _> = serde_path_to_error::deserialize(&mut de);
    let value = match result {
        Ok(v) => v,
        Err(e) => {
            let pointer = pointer_of(e.path());
            let inner = e.into_inner();
            return Err(json_error(file, text, pointer, &inner));
        }
    };
    if let Err(e) = de.end() {
        return Err(json_error(file, text, String::new(), &e));
    }
    check_shape(file, text)?;
    Ok(value)
}

/// Fields whose value is always a JSON object (a nested record part), never an array.
const OBJECT_FIELDS: [&str; 6] = [
    "affiliation",
    "archive",
    "withdrawn",
    "translation_of",
    "quote",
    "source",
];

/// Reject objects written as arrays. serde reads a struct from a JSON array of its field
/// values in order, so `["nato", "organization", …]` would load as a record although no export
/// or record file is written that way, and a reordered or missing value would silently land
/// in the wrong field. In this data model no array ever holds an array, the document itself is
/// an object, and the fields in [`OBJECT_FIELDS`] hold objects (a `source` holds an id string
/// or a `{ "source": … }` object); anything else is reported here, after the value has already
/// parsed, so this runs only on input that would otherwise be accepted.
fn check_shape(file: &str, text: &str) -> Result<(), Diagnostic> {
    use serde::de::{DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor};
    use std::borrow::Cow;
    use std::cell::RefCell;

    #[derive(Clone, Copy)]
    enum At<'k> {
        Root,
        Element,
        Field(&'k str),
    }
    struct Walk<'a, 'k> {
        path: &'a RefCell<Vec<String>>,
        fault: &'a RefCell<Option<String>>,
        at: At<'k>,
    }
    impl<'de> DeserializeSeed<'de> for Walk<'_, '_> {
        type Value = ();
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
            d.deserialize_any(self)
        }
    }
    impl<'de> Visitor<'de> for Walk<'_, '_> {
        type Value = ();
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("any JSON value")
        }
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
            let fault = match self.at {
                At::Root => Some("the document must be a JSON object, not an array".to_owned()),
                At::Element => Some("expected a JSON object here, found an array".to_owned()),
                At::Field(k) if OBJECT_FIELDS.contains(&k) => {
                    Some(format!("`{k}` must be a JSON object, not an array"))
                }
                At::Field(_) => None,
            };
            if let Some(message) = fault {
                *self.fault.borrow_mut() = Some(message);
                return Err(A::Error::custom("shape"));
            }
            // On a fault the path is left as it is: it is the pointer to report.
            for i in 0usize.. {
                self.path.borrow_mut().push(i.to_string());
                let next = seq.next_element_seed(Walk {
                    path: self.path,
                    fault: self.fault,
                    at: At::Element,
                })?;
                self.path.borrow_mut().pop();
                if next.is_none() {
                    break;
                }
            }
            Ok(())
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
            while let Some(key) = map.next_key::<Cow<'de, str>>()? {
                self.path.borrow_mut().push(pointer_token(&key));
                map.next_value_seed(Walk {
                    path: self.path,
                    fault: self.fault,
                    at: At::Field(&key),
                })?;
                self.path.borrow_mut().pop();
            }
            Ok(())
        }
    }

    let path = RefCell::new(Vec::new());
    let fault = RefCell::new(None);
    let mut de = serde_json::Deserializer::from_str(text);
    let walked = Walk {
        path: &path,
        fault: &fault,
        at: At::Root,
    }
    .deserialize(&mut de);
    match (walked, fault.into_inner()) {
        (Err(_), Some(message)) => {
            let pointer: String = path.into_inner().iter().map(|p| format!("/{p}")).collect();
            let (line, column) = Locator::new(text).locate(&pointer);
            Err(Diagnostic {
                file: file.to_owned(),
                line,
                column,
                pointer,
                code: "wrong-type",
                message,
                help: "write it as a JSON object with named fields, as in the schema (schema/)"
                    .into(),
            })
        }
        // The text has already parsed as the target type, so any other failure cannot occur;
        // if it did, the typed value stands.
        _ => Ok(()),
    }
}

/// The located [`Diagnostic`] for a `serde_json` error in `text`: its code (`json-syntax`,
/// `json-eof`, `too-deep`, …), message, help and line:column in characters.
///
/// ```
/// let text = "{\"id\": ";
/// let e = serde_json::from_str::<serde_json::Value>(text).unwrap_err();
/// let d = nato_assurances::check::json_diagnostic("x.json", text, &e);
/// assert_eq!((d.code, d.line), ("json-eof", 1));
/// ```
pub fn json_diagnostic(file: &str, text: &str, e: &serde_json::Error) -> Diagnostic {
    json_error(file, text, String::new(), e)
}

fn json_error(file: &str, text: &str, pointer: String, e: &serde_json::Error) -> Diagnostic {
    let full = e.to_string();
    let message = match full.rfind(" at line ") {
        Some(i) => full[..i].to_owned(),
        None => full,
    };
    let message = if matches!(
        e.classify(),
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof
    ) {
        format!("invalid JSON: {message}")
    } else {
        message
    };
    let too_deep = message.contains("recursion limit exceeded");
    let message = if too_deep {
        format!(
            "JSON nested more than {MAX_DEPTH} levels deep; records are never nested this deeply"
        )
    } else {
        message
    };
    let code = match e.classify() {
        _ if too_deep => "too-deep",
        serde_json::error::Category::Syntax => "json-syntax",
        serde_json::error::Category::Eof => "json-eof",
        serde_json::error::Category::Io => "io",
        serde_json::error::Category::Data => {
            if message.starts_with("unknown field") {
                "unknown-field"
            } else if message.starts_with("missing field") {
                "missing-field"
            } else {
                "invalid-value"
            }
        }
    };
    // For data errors in well-formed JSON, point at the start of the offending value;
    // otherwise use serde_json's position (its column is in bytes; convert to characters).
    let data_error = matches!(e.classify(), serde_json::error::Category::Data);
    let (line, column) = if data_error
        && !pointer.is_empty()
        && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
    {
        let locator = Locator::new(text);
        if message.starts_with("unknown field") {
            locator.locate_key(&pointer)
        } else {
            locator.locate(&pointer)
        }
    } else if e.line() == 0 {
        (0, 0)
    } else {
        let line_text = text.split('\n').nth(e.line() - 1).unwrap_or("");
        let mut cut = e.column().min(line_text.len());
        while !line_text.is_char_boundary(cut) {
            cut -= 1;
        }
        (e.line(), line_text[..cut].chars().count().max(1))
    };
    let help = if too_deep {
        "the document is nested too deeply to be a record; check that this is the right file".into()
    } else {
        parse_help(&message)
    };
    Diagnostic {
        file: file.to_owned(),
        line,
        column,
        pointer,
        code,
        message,
        help,
    }
}

/// Load an export (see [`Dataset::from_json`]).
pub(crate) fn load_export(json: &str) -> Result<Dataset, Error> {
    const FILE: &str = "<json>";
    let json = match json.strip_prefix('\u{feff}') {
        Some(_) => {
            return Err(Error::new(vec![Diagnostic {
                file: FILE.into(),
                line: 1,
                column: 1,
                pointer: String::new(),
                code: "bom",
                message: "text starts with a byte order mark (U+FEFF)".into(),
                help: "save the file as UTF-8 without BOM".into(),
            }]))
        }
        None => json,
    };
    let export: ExportIn =
        parse_strict(FILE, json, MAX_INPUT_BYTES).map_err(|d| Error::new(vec![d]))?;
    let input = Input {
        actors: &export.actors,
        sources: &export.sources,
        commitments: &export.commitments,
        claims: &export.claims,
        events: &export.events,
    };
    let mut problems = semantic(&input, &Options::default());
    if export.version.trim().is_empty() {
        problems.push(Problem {
            kind: RecordKind::Actor,
            index: usize::MAX,
            pointer: "/version".into(),
            code: "version",
            message: "empty version".into(),
            help: "give the data version, e.g. `0.1.0`".into(),
        });
    }
    if !problems.is_empty() {
        let locator = Locator::new(json);
        let mut diags: Vec<Diagnostic> = problems
            .into_iter()
            .map(|p| {
                let pointer = if p.index == usize::MAX {
                    p.pointer
                } else {
                    format!("/{}/{}{}", p.kind.dir(), p.index, p.pointer)
                };
                let (line, column) = locator.locate(&pointer);
                Diagnostic {
                    file: FILE.into(),
                    line,
                    column,
                    pointer,
                    code: p.code,
                    message: p.message,
                    help: p.help,
                }
            })
            .collect();
        diags.sort();
        return Err(Error::new(diags));
    }
    Ok(Dataset::assemble(
        export.version,
        export.actors,
        export.sources,
        export.commitments,
        export.claims,
        export.events,
    ))
}

/// Count problems by code (useful in summaries).
///
/// ```
/// use nato_assurances::check::count_by_code;
/// let err = nato_assurances::Dataset::from_json("[]").unwrap_err();
/// assert_eq!(count_by_code(err.diagnostics()).get("invalid-value"), Some(&1));
/// ```
pub fn count_by_code(diags: &[Diagnostic]) -> BTreeMap<&'static str, usize> {
    let mut m = BTreeMap::new();
    for d in diags {
        *m.entry(d.code).or_insert(0) += 1;
    }
    m
}

/// Line and column (1-based) of the value a JSON pointer names in `text`, or of the deepest
/// existing value on its path. `text` should be valid JSON; otherwise `(1, 1)`.
///
/// ```
/// let text = "{\n  \"a\": [1, {\"b\": true}]\n}";
/// assert_eq!(nato_assurances::check::locate(text, "/a/1/b"), (2, 18));
/// ```
pub fn locate(text: &str, pointer: &str) -> (usize, usize) {
    Locator::new(text).locate(pointer)
}

/// Line and column (1-based) of a JSON pointer's last object key in `text` (for errors about
/// a key itself, such as an unknown field); falls back to [`locate`].
///
/// ```
/// let text = "{\n  \"nmae\": \"x\"\n}";
/// assert_eq!(nato_assurances::check::locate_key(text, "/nmae"), (2, 3));
/// ```
pub fn locate_key(text: &str, pointer: &str) -> (usize, usize) {
    Locator::new(text).locate_key(pointer)
}
