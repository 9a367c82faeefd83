//! `fmt`, `generate`, `export`, `show`, `list` and `new`.

use crate::schema;
use crate::validate::{checker, data_dir, find_root, report, validate_dir};
use crate::{ExportFormat, ListKind, NewKind};
use nato_assurances::check::read_data_dir;
use nato_assurances::{
    ActorKind, Claim, Commitment, CommitmentKind, Dataset, EventKind, PartialDate,
    SourceKind, Topic,
};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Write a file atomically (temporary file in the same directory, then rename).
pub fn write_atomic(path: &Path, contents: &str) -> Result<(), String> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    std::fs::write(&tmp, contents).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        format!("cannot replace {}: {e}", path.display())
    })
}

/// `assurances fmt [--check]`.
pub fn fmt(check: bool, data: Option<PathBuf>) -> Result<ExitCode, String> {
    let dir = data_dir(data)?;
    let (files, problems) = read_data_dir(&dir);
    let mut errors = problems;
    let mut differ = Vec::new();
    let checker = checker();
    for f in &files {
        match checker.format_record(f.kind, &f.display, &f.bytes) {
            Ok(canonical) => {
                if canonical.as_bytes() != f.bytes.as_slice() {
                    differ.push(f.display.clone());
                    if !check {
                        write_atomic(&f.path, &canonical)?;
                    }
                }
            }
            // An invalid file is never rewritten: report it and leave it as it is.
            Err(e) => errors.extend(e.into_diagnostics()),
        }
    }
    for f in &differ {
        println!("{}{f}", if check { "" } else { "formatted " });
    }
    if check && !differ.is_empty() {
        eprintln!(
            "{} file(s) not in canonical form; run `assurances fmt`",
            differ.len()
        );
    }
    if !errors.is_empty() {
        return Ok(report(&errors));
    }
    Ok(if check && !differ.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Every generated file, relative to the workspace root, with its contents: the JSON Schemas,
/// derived from the record types. (The baked tables are written by build.rs at build time and
/// the exports by `assurances export`; neither is committed.)
pub fn generated_files() -> Vec<(PathBuf, String)> {
    schema::all_schema_files()
        .into_iter()
        .map(|(name, text)| (Path::new("schema").join(name), text))
        .collect()
}

/// Files in the generated directories that generate would not write (left over from an
/// earlier layout), relative to `root`.
fn leftovers(root: &Path, expected: &[(PathBuf, String)]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["schema"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        for e in entries.flatten() {
            let rel = Path::new(dir).join(e.file_name());
            if e.path().is_file() && !expected.iter().any(|(p, _)| *p == rel) {
                out.push(rel);
            }
        }
    }
    out.sort();
    out
}

/// `assurances generate [--check]`.
pub fn generate(check: bool) -> Result<ExitCode, String> {
    let root = find_root()?;
    let files = generated_files();
    let mut stale = Vec::new();
    for (rel, text) in &files {
        let path = root.join(rel);
        let current = std::fs::read_to_string(&path).unwrap_or_default();
        if current != *text {
            stale.push(rel.display().to_string());
            if !check {
                write_atomic(&path, text)?;
            }
        }
    }
    for rel in leftovers(&root, &files) {
        stale.push(format!("{} (not generated any more)", rel.display()));
        if !check {
            std::fs::remove_file(root.join(&rel))
                .map_err(|e| format!("cannot remove {}: {e}", rel.display()))?;
        }
    }
    if check {
        for s in &stale {
            println!("stale: {s}");
        }
        if !stale.is_empty() {
            eprintln!(
                "generated files are stale; run `cargo run -p nato-assurances-cli -- generate`"
            );
            return Ok(ExitCode::from(1));
        }
        println!("generated files are up to date");
    } else {
        for s in &stale {
            println!("wrote {s}");
        }
        if stale.is_empty() {
            println!("generated files were already up to date");
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The embedded dataset, or the dataset of `--data DIR` after validation.
fn load(data: Option<PathBuf>) -> Result<std::borrow::Cow<'static, Dataset>, String> {
    match data {
        None => Ok(std::borrow::Cow::Borrowed(nato_assurances::dataset())),
        Some(dir) => match validate_dir(&dir) {
            Ok(ds) => Ok(std::borrow::Cow::Owned(ds)),
            Err(diags) => {
                for d in &diags {
                    eprintln!("{d}");
                }
                Err(format!(
                    "{} has {} error(s); run `assurances validate --data {}`",
                    dir.display(),
                    diags.len(),
                    dir.display()
                ))
            }
        },
    }
}

/// `assurances export`.
pub fn export(out: &Path, format: ExportFormat, data: Option<PathBuf>) -> Result<ExitCode, String> {
    let ds = load(data)?;
    for (name, text) in crate::export::export_files(&ds)? {
        let wanted = match format {
            ExportFormat::All => true,
            ExportFormat::Json => name == "dataset.json",
            ExportFormat::Csv => name.starts_with("csv/"),
            ExportFormat::Datapackage => name != "dataset.json",
        };
        if wanted {
            let path = out.join(&name);
            write_atomic(&path, &text)?;
            println!("wrote {}", path.display());
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The dataset summary: counts by kind, year, topic and verification, and the
/// commitment × claimant stance matrix.
pub fn summary_text(ds: &Dataset) -> String {
    use std::collections::BTreeMap;
    let mut o = String::new();
    let [a, s, c, k, e] = ds.counts();
    o.push_str(&format!(
        "version {}
",
        ds.version()
    ));
    o.push_str(&format!(
        "records: {a} actors, {s} sources, {c} commitments, {k} claims, {e} events
"
    ));
    let primary = ds.sources().filter(|x| x.is_primary()).count();
    o.push_str(&format!(
        "sources: {primary} primary records, {} secondary
",
        s - primary
    ));
    let mut count = |title: &str, items: Vec<String>| {
        let mut m: BTreeMap<String, usize> = BTreeMap::new();
        for i in items {
            *m.entry(i).or_default() += 1;
        }
        o.push_str(&format!(
            "
{title}
"
        ));
        for (key, n) in m {
            o.push_str(&format!(
                "  {key:<32} {n}
"
            ));
        }
    };
    count(
        "actors by kind",
        ds.actors().map(|x| x.kind().to_string()).collect(),
    );
    count(
        "sources by kind",
        ds.sources().map(|x| x.kind().to_string()).collect(),
    );
    count(
        "commitments by kind",
        ds.commitments().map(|x| x.kind().to_string()).collect(),
    );
    count(
        "commitments by year",
        ds.commitments()
            .map(|x| x.date().year().to_string())
            .collect(),
    );
    count(
        "commitments by topic",
        ds.commitments()
            .flat_map(|x| x.topics().iter().map(|t| t.to_string()))
            .collect(),
    );
    count(
        "commitments by verification",
        ds.commitments()
            .map(|x| x.verification().to_string())
            .collect(),
    );
    count(
        "commitments by legal status",
        ds.commitments()
            .map(|x| x.legal_status().to_string())
            .collect(),
    );
    count(
        "claims by year",
        ds.claims()
            .map(|x| {
                x.date()
                    .map_or("undated".to_owned(), |d| d.year().to_string())
            })
            .collect(),
    );
    count(
        "claims by stance",
        ds.claims()
            .flat_map(|x| x.stances().iter().map(|t| t.to_string()))
            .collect(),
    );
    count(
        "claims by verification",
        ds.claims().map(|x| x.verification().to_string()).collect(),
    );
    count(
        "events by kind",
        ds.events().map(|x| x.kind().to_string()).collect(),
    );
    o.push_str(
        "
stances by commitment and claimant
",
    );
    for c in ds.commitments() {
        let mut cells: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for claim in ds.claims_about(c.id()) {
            let cell = cells.entry(claim.claimant()).or_default();
            for st in claim.stances() {
                if !cell.contains(&st.as_str()) {
                    cell.push(st.as_str());
                }
            }
        }
        if cells.is_empty() {
            continue;
        }
        o.push_str(&format!(
            "  {}
",
            c.id()
        ));
        for (who, st) in cells {
            o.push_str(&format!(
                "    {who:<30} {}
",
                st.join(", ")
            ));
        }
    }
    o
}

/// `assurances summary`.
pub fn summary(data: Option<PathBuf>) -> Result<ExitCode, String> {
    let ds = load(data)?;
    print!("{}", summary_text(&ds));
    Ok(ExitCode::SUCCESS)
}

fn actor_label(ds: &Dataset, id: &str) -> String {
    match ds.actor(id) {
        Some(a) => format!("{} ({id})", a.name()),
        None => format!("? ({id})"),
    }
}

fn source_label(ds: &Dataset, id: &str, locator: Option<&str>) -> String {
    let mut s = match ds.source(id) {
        Some(src) => {
            let date = src
                .published()
                .map(|d| format!(", {d}"))
                .unwrap_or_default();
            let publisher = src
                .publisher()
                .and_then(|p| ds.actor(p))
                .map(|a| format!(", {}", a.name()))
                .unwrap_or_default();
            format!("{}{publisher}{date} [{}] ({id})", src.title(), src.kind())
        }
        None => format!("? ({id})"),
    };
    if let Some(l) = locator {
        s.push_str(&format!(", {l}"));
    }
    s
}

fn names(ds: &Dataset, ids: impl Iterator<Item = impl AsRef<str>>) -> String {
    ids.map(|i| actor_label(ds, i.as_ref()))
        .collect::<Vec<_>>()
        .join("; ")
}

fn push(out: &mut String, label: &str, value: impl AsRef<str>) {
    let v = value.as_ref();
    if !v.is_empty() {
        out.push_str(&format!("{label:<14}{v}\n"));
    }
}

/// The resolved text view of a commitment.
pub fn show_commitment(ds: &Dataset, c: &Commitment) -> String {
    let mut o = format!("commitment {}\n", c.id());
    push(&mut o, "title", c.title());
    push(&mut o, "kind", c.kind().as_str());
    let date = match c.end_date() {
        Some(e) => format!("{} – {e}", c.date()),
        None => c.date().to_string(),
    };
    push(&mut o, "date", date);
    push(&mut o, "place", c.place().unwrap_or(""));
    push(&mut o, "made by", names(ds, c.made_by()));
    push(&mut o, "made to", names(ds, c.made_to()));
    push(&mut o, "parties", names(ds, c.parties()));
    push(&mut o, "form", c.form().as_str());
    push(&mut o, "legal status", c.legal_status().as_str());
    push(
        &mut o,
        "topics",
        c.topics()
            .iter()
            .map(|t| t.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    );
    push(&mut o, "verification", c.verification().as_str());
    if let Some(w) = c.withdrawn() {
        push(&mut o, "WITHDRAWN", format!("{}: {}", w.date(), w.reason()));
    }
    push(&mut o, "summary", c.summary());
    for q in c.quotes() {
        o.push_str(&format!(
            "quote         “{}” ({})\n",
            q.text(),
            q.language()
        ));
        o.push_str(&format!(
            "                — {}\n",
            actor_label(ds, q.speaker())
        ));
        o.push_str(&format!(
            "                in {}\n",
            source_label(ds, q.source(), q.locator())
        ));
        if let Some(t) = q.translation_of() {
            let by = t
                .translator()
                .map(|b| format!(" by {b}"))
                .unwrap_or_default();
            o.push_str(&format!(
                "                translated from {}{by}\n",
                t.language()
            ));
        }
    }
    for s in ds.sources_of(c.id()) {
        let locator = c
            .sources()
            .iter()
            .find(|r| r.source() == s.id())
            .and_then(|r| r.locator());
        let primary = if s.is_primary() {
            "primary"
        } else {
            "secondary"
        };
        o.push_str(&format!(
            "source        {primary}: {}\n",
            source_label(ds, s.id(), locator)
        ));
    }
    for r in c.related() {
        let title = ds
            .commitment(r.commitment())
            .map(|t| t.title())
            .unwrap_or("?");
        o.push_str(&format!(
            "related       {} {} ({})\n",
            r.relation(),
            title,
            r.commitment()
        ));
    }
    for k in ds.claims_about(c.id()) {
        o.push_str(&format!(
            "claim         {} {} [{}] ({})\n",
            k.date().map_or("undated".to_owned(), |d| d.to_string()),
            actor_label(ds, k.claimant()),
            stances(k),
            k.id()
        ));
    }
    for e in ds.events_about(c.id()) {
        o.push_str(&format!(
            "event         {} {} ({})\n",
            e.date(),
            e.title(),
            e.id()
        ));
    }
    push(&mut o, "notes", c.notes().unwrap_or(""));
    o
}

fn stances(k: &Claim) -> String {
    k.stances()
        .iter()
        .map(|s| s.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The resolved text view of any record, or `None` for an unknown id.
pub fn show_text(ds: &Dataset, id: &str) -> Option<String> {
    if let Some(c) = ds.commitment(id) {
        return Some(show_commitment(ds, c));
    }
    if let Some(k) = ds.claim(id) {
        let mut o = format!("claim {}\n", k.id());
        push(&mut o, "claimant", actor_label(ds, k.claimant()));
        push(
            &mut o,
            "date",
            k.date().map_or("undated".to_owned(), |d| d.to_string()),
        );
        push(&mut o, "stances", stances(k));
        for a in k.about() {
            let title = ds.commitment(a).map(|c| c.title()).unwrap_or("?");
            push(&mut o, "about", format!("{title} ({a})"));
        }
        if let Some(q) = k.quote() {
            o.push_str(&format!(
                "quote         “{}” ({})\n",
                q.text(),
                q.language()
            ));
            if let Some(t) = q.translation_of() {
                o.push_str(&format!(
                    "                translated from {}\n",
                    t.language()
                ));
            }
        }
        push(
            &mut o,
            "source",
            source_label(ds, k.source().source(), k.source().locator()),
        );
        for r in k.reported_by() {
            push(
                &mut o,
                "reported by",
                source_label(ds, r.source(), r.locator()),
            );
        }
        push(&mut o, "summary", k.summary());
        push(&mut o, "verification", k.verification().as_str());
        push(&mut o, "notes", k.notes().unwrap_or(""));
        return Some(o);
    }
    if let Some(s) = ds.source(id) {
        let mut o = format!("source {}\n", s.id());
        push(&mut o, "title", s.title());
        push(
            &mut o,
            "kind",
            format!(
                "{} ({})",
                s.kind(),
                if s.is_primary() {
                    "primary record"
                } else {
                    "secondary"
                }
            ),
        );
        push(
            &mut o,
            "authors",
            s.authors().collect::<Vec<_>>().join("; "),
        );
        push(
            &mut o,
            "publisher",
            s.publisher()
                .map(|p| actor_label(ds, p))
                .unwrap_or_default(),
        );
        push(
            &mut o,
            "published",
            s.published().map(|d| d.to_string()).unwrap_or_default(),
        );
        push(&mut o, "language", s.language());
        push(&mut o, "url", s.url().unwrap_or(""));
        push(&mut o, "archived", s.archived_url().unwrap_or(""));
        if let Some(a) = s.archive() {
            let parts: Vec<&str> = [
                Some(a.repository()),
                a.collection(),
                a.reference(),
                a.document_number(),
            ]
            .into_iter()
            .flatten()
            .collect();
            push(&mut o, "archive", parts.join(", "));
        }
        push(
            &mut o,
            "declassified",
            s.declassified().map(|d| d.to_string()).unwrap_or_default(),
        );
        push(
            &mut o,
            "republishes",
            s.republishes()
                .map(|r| source_label(ds, r, None))
                .unwrap_or_default(),
        );
        for c in s.cites() {
            push(&mut o, "cites", source_label(ds, c, None));
        }
        for c in ds.citation_chain(s.id()).into_iter().skip(s.cites().len()) {
            push(&mut o, "relies on", source_label(ds, c.id(), None));
        }
        for c in ds.cited_by(s.id()) {
            push(&mut o, "cited by", source_label(ds, c.id(), None));
        }
        push(&mut o, "notes", s.notes().unwrap_or(""));
        return Some(o);
    }
    if let Some(a) = ds.actor(id) {
        let mut o = format!("actor {}\n", a.id());
        push(&mut o, "name", a.name());
        push(&mut o, "kind", a.kind().as_str());
        for n in a.names() {
            push(&mut o, &format!("name ({})", n.language()), n.name());
        }
        push(
            &mut o,
            "aliases",
            a.aliases().collect::<Vec<_>>().join(", "),
        );
        for r in a.roles() {
            let org = r
                .organization()
                .map(|x| format!(", {}", actor_label(ds, x)))
                .unwrap_or_default();
            let from = r
                .from()
                .map(|d| d.to_string())
                .unwrap_or_else(|| "?".into());
            let to = r.to().map(|d| d.to_string()).unwrap_or_else(|| "?".into());
            push(&mut o, "role", format!("{}{org}, {from} – {to}", r.title()));
        }
        if let Some(af) = a.affiliation() {
            let state = af
                .state()
                .map(|s| format!(", {}", actor_label(ds, s)))
                .unwrap_or_default();
            push(&mut o, "affiliation", format!("{}{state}", af.kind()));
        }
        push(&mut o, "wikidata", a.wikidata().unwrap_or(""));
        for c in ds.commitments_by_actor(a.id()) {
            push(
                &mut o,
                "commitment",
                format!("{} {} ({})", c.date(), c.title(), c.id()),
            );
        }
        for k in ds.claims().filter(|k| k.claimant() == a.id()) {
            push(
                &mut o,
                "claim",
                format!(
                    "{} [{}] ({})",
                    k.date().map_or("undated".to_owned(), |d| d.to_string()),
                    stances(k),
                    k.id()
                ),
            );
        }
        push(&mut o, "notes", a.notes().unwrap_or(""));
        return Some(o);
    }
    if let Some(e) = ds.event(id) {
        let mut o = format!("event {}\n", e.id());
        push(&mut o, "title", e.title());
        push(&mut o, "kind", e.kind().as_str());
        push(&mut o, "date", e.date().to_string());
        push(
            &mut o,
            "end date",
            e.end_date().map(|d| d.to_string()).unwrap_or_default(),
        );
        push(&mut o, "actors", names(ds, e.actors()));
        for c in e.commitments() {
            let title = ds.commitment(c).map(|x| x.title()).unwrap_or("?");
            push(&mut o, "commitment", format!("{title} ({c})"));
        }
        for r in e.sources() {
            push(&mut o, "source", source_label(ds, r.source(), r.locator()));
        }
        push(&mut o, "summary", e.summary());
        push(&mut o, "notes", e.notes().unwrap_or(""));
        return Some(o);
    }
    None
}

/// The canonical JSON of any record, or `None` for an unknown id.
pub fn show_json(ds: &Dataset, id: &str) -> Option<String> {
    use nato_assurances::check::canonical_json as j;
    ds.commitment(id)
        .map(j)
        .or_else(|| ds.claim(id).map(j))
        .or_else(|| ds.source(id).map(j))
        .or_else(|| ds.actor(id).map(j))
        .or_else(|| ds.event(id).map(j))
}

/// `assurances show ID`.
pub fn show(id: &str, json: bool, data: Option<PathBuf>) -> Result<ExitCode, String> {
    let ds = load(data)?;
    let text = if json {
        show_json(&ds, id)
    } else {
        show_text(&ds, id)
    };
    match text {
        Some(t) => {
            print!("{t}");
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let all = ds
                .commitments()
                .map(|c| c.id())
                .chain(ds.claims().map(|c| c.id()))
                .chain(ds.sources().map(|c| c.id()))
                .chain(ds.actors().map(|c| c.id()))
                .chain(ds.events().map(|c| c.id()));
            let hint = nato_assurances::check::nearest(id, all)
                .map(|s| format!("; did you mean `{s}`?"))
                .unwrap_or_default();
            Err(format!("no record with id `{id}`{hint}"))
        }
    }
}

/// Filters for `list`.
pub struct Filters {
    /// Record kind value.
    pub kind: Option<String>,
    /// Actor id or name.
    pub actor: Option<String>,
    /// Lower date bound.
    pub from: Option<String>,
    /// Upper date bound.
    pub to: Option<String>,
    /// Commitment topic.
    pub topic: Option<String>,
}

fn overlaps(
    date: PartialDate,
    end: Option<PartialDate>,
    from: Option<PartialDate>,
    to: Option<PartialDate>,
) -> bool {
    let last = end.unwrap_or(date).latest();
    from.is_none_or(|f| last >= f.earliest()) && to.is_none_or(|t| date.earliest() <= t.latest())
}

fn parse_date(s: &Option<String>, flag: &str) -> Result<Option<PartialDate>, String> {
    s.as_deref()
        .map(|d| {
            d.parse::<PartialDate>()
                .map_err(|e| format!("--{flag}: {e}"))
        })
        .transpose()
}

/// `assurances list`.
pub fn list(
    what: ListKind,
    f: Filters,
    json: bool,
    data: Option<PathBuf>,
) -> Result<ExitCode, String> {
    let ds = load(data)?;
    let from = parse_date(&f.from, "from")?;
    let to = parse_date(&f.to, "to")?;
    let actor = match &f.actor {
        None => None,
        Some(a) => Some(match ds.actor(a).or_else(|| ds.actor_by_name(a)) {
            Some(x) => x.id().to_owned(),
            None => return Err(format!("no actor with id or name `{a}`")),
        }),
    };
    if f.topic.is_some() && what != ListKind::Commitments {
        return Err("--topic applies to commitments only".into());
    }
    let mut rows: Vec<(String, serde_json::Value)> = Vec::new();
    let value = |r: &dyn erased::Json| r.to_value();
    match what {
        ListKind::Commitments => {
            let kind = f
                .kind
                .as_deref()
                .map(str::parse::<CommitmentKind>)
                .transpose()
                .map_err(|e| e.to_string())?;
            let topic = f
                .topic
                .as_deref()
                .map(str::parse::<Topic>)
                .transpose()
                .map_err(|e| e.to_string())?;
            for c in ds.commitments() {
                if kind.is_some_and(|k| c.kind() != k)
                    || topic.is_some_and(|t| !c.topics().contains(&t))
                    || actor.as_deref().is_some_and(|a| !c.involves(a))
                    || !overlaps(c.date(), c.end_date(), from, to)
                {
                    continue;
                }
                rows.push((
                    format!(
                        "{:<10}  {:<22} {}  {}",
                        c.date(),
                        c.kind(),
                        c.id(),
                        c.title()
                    ),
                    value(c),
                ));
            }
        }
        ListKind::Claims => {
            if f.kind.is_some() {
                return Err("claims have no kind; filter with --actor or dates".into());
            }
            for k in ds.claims() {
                if actor.as_deref().is_some_and(|a| k.claimant() != a)
                    || !k.date().map_or(from.is_none() && to.is_none(), |d| {
                        overlaps(d, None, from, to)
                    })
                {
                    continue;
                }
                let who = ds.actor(k.claimant()).map(|a| a.name()).unwrap_or("?");
                rows.push((
                    format!(
                        "{:<10}  {:<24} {}  [{}]",
                        k.date().map_or("undated".to_owned(), |d| d.to_string()),
                        who,
                        k.id(),
                        stances(k)
                    ),
                    value(k),
                ));
            }
        }
        ListKind::Sources => {
            let kind = f
                .kind
                .as_deref()
                .map(str::parse::<SourceKind>)
                .transpose()
                .map_err(|e| e.to_string())?;
            for s in ds.sources() {
                let dated = match s.published() {
                    Some(d) => overlaps(d, None, from, to),
                    None => from.is_none() && to.is_none(),
                };
                if kind.is_some_and(|k| s.kind() != k)
                    || actor.as_deref().is_some_and(|a| s.publisher() != Some(a))
                    || !dated
                {
                    continue;
                }
                let date = s.published().map(|d| d.to_string()).unwrap_or_default();
                rows.push((
                    format!("{date:<10}  {:<26} {}  {}", s.kind(), s.id(), s.title()),
                    value(s),
                ));
            }
        }
        ListKind::Actors => {
            let kind = f
                .kind
                .as_deref()
                .map(str::parse::<ActorKind>)
                .transpose()
                .map_err(|e| e.to_string())?;
            if from.is_some() || to.is_some() {
                return Err("actors have no dates; --from/--to do not apply".into());
            }
            for a in ds.actors() {
                if kind.is_some_and(|k| a.kind() != k)
                    || actor.as_deref().is_some_and(|x| a.id() != x)
                {
                    continue;
                }
                rows.push((
                    format!("{:<13} {}  {}", a.kind(), a.id(), a.name()),
                    value(a),
                ));
            }
        }
        ListKind::Events => {
            let kind = f
                .kind
                .as_deref()
                .map(str::parse::<EventKind>)
                .transpose()
                .map_err(|e| e.to_string())?;
            for e in ds.events() {
                if kind.is_some_and(|k| e.kind() != k)
                    || actor
                        .as_deref()
                        .is_some_and(|a| !e.actors().any(|x| x == a))
                    || !overlaps(e.date(), e.end_date(), from, to)
                {
                    continue;
                }
                rows.push((
                    format!(
                        "{:<10}  {:<17} {}  {}",
                        e.date(),
                        e.kind(),
                        e.id(),
                        e.title()
                    ),
                    value(e),
                ));
            }
        }
    }
    if json {
        let arr = serde_json::Value::Array(rows.into_iter().map(|(_, v)| v).collect());
        println!(
            "{}",
            serde_json::to_string_pretty(&arr).map_err(|e| e.to_string())?
        );
    } else {
        for (line, _) in &rows {
            println!("{line}");
        }
        eprintln!("{} record(s)", rows.len());
    }
    Ok(ExitCode::SUCCESS)
}

mod erased {
    /// Anything serializable, as a JSON value.
    pub trait Json {
        fn to_value(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Json for T {
        fn to_value(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap_or(serde_json::Value::Null)
        }
    }
}

/// The scaffold for a new record: every required field, with placeholders that
/// `validate` reports until they are filled in.
pub fn scaffold(kind: NewKind, id: &str) -> String {
    let id = serde_json::to_string(id).unwrap_or_default();
    let body = match kind {
        NewKind::Commitment => format!(
            r#"  "id": {id},
  "kind": "TODO: one of {ck}",
  "title": "TODO: neutral title: who, what, to whom",
  "date": "TODO: YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives",
  "made_by": [
    "TODO: actor id"
  ],
  "form": "TODO: oral, public_speech, written or signed_instrument",
  "legal_status": "TODO: legally_binding, politically_binding, not_binding or disputed",
  "topics": [
    "TODO: topic, e.g. nato_enlargement"
  ],
  "summary": "TODO: neutral summary of what was said or agreed",
  "sources": [
    {{
      "source": "TODO: source id",
      "locator": "TODO: page, paragraph or document number"
    }}
  ],
  "verification": "TODO: verified, secondary or unverified""#,
            ck = CommitmentKind::ALL
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        NewKind::Claim => format!(
            r#"  "id": {id},
  "claimant": "TODO: actor id",
  "date": "TODO: YYYY-MM-DD",
  "about": [
    "TODO: commitment id"
  ],
  "stances": [
    "TODO: asserts_made, denies_made, asserts_broken, asserts_kept, asserts_binding, denies_binding or qualifies"
  ],
  "quote": {{
    "text": "TODO: the claimant's exact words",
    "language": "en"
  }},
  "source": {{
    "source": "TODO: source id where the claim appeared"
  }},
  "summary": "TODO: neutral summary: X says …",
  "verification": "TODO: verified, secondary or unverified""#
        ),
        NewKind::Source => format!(
            r#"  "id": {id},
  "kind": "TODO: one of {sk}",
  "title": "TODO: title as printed",
  "publisher": "TODO: actor id",
  "published": "TODO: YYYY-MM-DD",
  "language": "en",
  "url": "TODO: https://…""#,
            sk = SourceKind::ALL
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        NewKind::Actor => format!(
            r#"  "id": {id},
  "kind": "TODO: person, state, organization or media_outlet",
  "name": "TODO: display name in English""#
        ),
        NewKind::Event => format!(
            r#"  "id": {id},
  "kind": "TODO: one of {ek}",
  "title": "TODO: neutral title",
  "date": "TODO: YYYY-MM-DD",
  "sources": [
    {{
      "source": "TODO: source id"
    }}
  ],
  "summary": "TODO: neutral summary""#,
            ek = EventKind::ALL
                .iter()
                .map(|k| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    format!("{{\n{body}\n}}\n")
}

/// `assurances new KIND --id ID`.
pub fn new_record(kind: NewKind, id: &str, data: Option<PathBuf>) -> Result<ExitCode, String> {
    if !nato_assurances::check::is_kebab(id) {
        return Err(format!(
            "`{id}` is not a kebab-case id (lowercase letters and digits separated by hyphens)"
        ));
    }
    let dir = data_dir(data)?;
    let sub = match kind {
        NewKind::Commitment => "commitments",
        NewKind::Claim => "claims",
        NewKind::Source => "sources",
        NewKind::Actor => "actors",
        NewKind::Event => "events",
    };
    let path = dir.join(sub).join(format!("{id}.json"));
    if path.exists() {
        return Err(format!(
            "{} already exists; edit it instead",
            path.display()
        ));
    }
    write_atomic(&path, &scaffold(kind, id))?;
    println!("wrote {}", path.display());
    eprintln!("fill in every TODO, then run `assurances validate` and `assurances fmt`");
    Ok(ExitCode::SUCCESS)
}
