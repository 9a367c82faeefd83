//! `assurances site`: the browsable static site.
//!
//! [`render`] turns a [`Dataset`] into the site's files, in memory; [`build`] writes them. The
//! pages are rendered by [minijinja] templates (in `templates/`, compiled into the binary)
//! from view models built in [`view`]; the templates escape every value, so a record's text
//! can never become markup. Links to other hosts are made only from `http(s)` addresses
//! ([`safe_url`]). Everything a page needs — style sheet, script, search index — is in the
//! site, and every link is relative, so the site works from `file://` and under any path.
//!
//! - [`view`]: one view model per page, with each record's references resolved;
//! - [`timeline`]: the SVG timeline's layout;
//! - [`search`]: the client-side search index.

pub mod search;
pub mod timeline;
pub mod view;

use minijinja::{Environment, Value};
use nato_assurances::Dataset;
use serde::Serialize;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// One file of the site: its path relative to the site root and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFile {
    /// The path relative to the site root, with `/` separators.
    pub path: String,
    /// The contents.
    pub bytes: Vec<u8>,
}

/// What [`build`] wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// HTML pages written.
    pub pages: usize,
    /// Files written, pages included.
    pub files: usize,
    /// Total bytes written.
    pub bytes: u64,
    /// The largest page and its size in bytes.
    pub largest: (String, usize),
}

/// The file that marks a directory as a site this command wrote, so that a rebuild may
/// replace it (and never a directory it did not write).
pub const MARKER: &str = ".assurances-site";

/// The templates, by name; the `.html` suffix turns on HTML escaping.
const TEMPLATES: &[(&str, &str)] = &[
    ("base.html", include_str!("templates/base.html")),
    ("macros.html", include_str!("templates/macros.html")),
    ("home.html", include_str!("templates/home.html")),
    ("timeline.html", include_str!("templates/timeline.html")),
    (
        "timeline-list.html",
        include_str!("templates/timeline-list.html"),
    ),
    ("matrix.html", include_str!("templates/matrix.html")),
    ("search.html", include_str!("templates/search.html")),
    ("list.html", include_str!("templates/list.html")),
    ("editorial.html", include_str!("templates/editorial.html")),
    ("commitment.html", include_str!("templates/commitment.html")),
    ("claim.html", include_str!("templates/claim.html")),
    ("source.html", include_str!("templates/source.html")),
    ("actor.html", include_str!("templates/actor.html")),
    ("event.html", include_str!("templates/event.html")),
];

/// The static assets, copied as they are.
const ASSETS: &[(&str, &str)] = &[
    ("assets/style.css", include_str!("assets/style.css")),
    ("assets/site.js", include_str!("assets/site.js")),
];

/// The editorial policy, rendered as a page of the site.
const EDITORIAL: &str = include_str!("../../../docs/EDITORIAL.md");

/// An `http(s)` address fit to be a link target, or `None` (`javascript:`, `data:`, relative
/// or malformed addresses are never made clickable).
///
/// ```
/// use nato_assurances_cli::site::safe_url;
/// assert_eq!(safe_url("https://nato.int/x"), Some("https://nato.int/x"));
/// assert_eq!(safe_url("javascript:alert(1)"), None);
/// assert_eq!(safe_url(" JaVaScRiPt:alert(1)"), None);
/// assert_eq!(safe_url("https://a b"), None);
/// ```
pub fn safe_url(url: &str) -> Option<&str> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let scheme_ok = lower.starts_with("https://") || lower.starts_with("http://");
    let clean = !url
        .chars()
        .any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '`'));
    (scheme_ok && clean && url.len() > 8).then_some(url)
}

/// JSON fit to sit inside an HTML `<script>` element or a `.js` file: `<`, `>`, `&` and the
/// line separators escaped, so no text of a record can close the element.
///
/// ```
/// use nato_assurances_cli::site::script_json;
/// let s = script_json(&serde_json::json!({"t": "</script><b>&"}));
/// assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
/// assert_eq!(serde_json::from_str::<serde_json::Value>(&s).unwrap()["t"], "</script><b>&");
/// ```
pub fn script_json(value: &impl Serialize) -> String {
    let raw = serde_json::to_string(value).unwrap_or_else(|_| "null".to_owned());
    let mut out = String::with_capacity(raw.len() + 16);
    for c in raw.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// `text` with `&`, `<`, `>`, `"` and `'` escaped for HTML text and quoted attributes.
///
/// ```
/// use nato_assurances_cli::site::escape_html;
/// assert_eq!(escape_html(r#"<a href="x" onerror='y'>&"#), "&lt;a href=&quot;x&quot; onerror=&#39;y&#39;&gt;&amp;");
/// ```
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The template environment: the templates, and `r(id)`, which resolves a record id to its
/// label, kind and page.
fn environment(refs: Arc<HashMap<String, view::Ref>>) -> Result<Environment<'static>, String> {
    let mut env = Environment::new();
    // Block tags leave no blank lines behind (set before the templates are added).
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .build()
        .map_err(|e| format!("template syntax: {e}"))?;
    env.set_syntax(syntax);
    // Lenient: optional fields are absent from a record's JSON and simply not shown.
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Lenient);
    for (name, source) in TEMPLATES {
        env.add_template(name, source)
            .map_err(|e| format!("template {name}: {e:#}"))?;
    }
    // HTML escaping of the five characters that matter, in text and quoted attributes alike
    // (the default escaper also rewrites `/`, which only lengthens every address).
    env.set_formatter(|out, state, value| {
        if matches!(state.auto_escape(), minijinja::AutoEscape::Html) && !value.is_safe() {
            if let Some(s) = value.as_str() {
                return out
                    .write_str(&escape_html(s))
                    .map_err(minijinja::Error::from);
            }
        }
        minijinja::escape_formatter(out, state, value)
    });
    env.add_function("r", move |id: &str| -> Value {
        match refs.get(id) {
            Some(r) => Value::from(minijinja::value::Serde(r)),
            None => Value::from(minijinja::value::Serde(view::Ref::unknown(id))),
        }
    });
    Ok(env)
}

/// Render one page: the template with the page's view model.
fn page(
    env: &Environment<'_>,
    template: &str,
    path: &str,
    ctx: serde_json::Value,
) -> Result<SiteFile, String> {
    let tpl = env
        .get_template(template)
        .map_err(|e| format!("template {template}: {e:#}"))?;
    let html = tpl
        .render(Value::from(minijinja::value::Serde(&ctx)))
        .map_err(|e| format!("rendering {path} with {template}: {e:#}"))?;
    Ok(SiteFile {
        path: path.to_owned(),
        bytes: html.into_bytes(),
    })
}

/// Every file of the site for `ds`, in memory: pages, assets, search index and downloads.
/// `base_url` makes the schema.org links absolute.
///
/// ```
/// let files = nato_assurances_cli::site::render(nato_assurances::dataset(), None).unwrap();
/// assert!(files.iter().any(|f| f.path == "commitments/baker-gorbachev-one-inch-1990.html"));
/// assert!(files.iter().any(|f| f.path == "index.html"));
/// ```
pub fn render(ds: &Dataset, base_url: Option<&str>) -> Result<Vec<SiteFile>, String> {
    let site = view::Site::new(ds, base_url)?;
    let env = environment(Arc::new(site.refs()))?;
    let pages = [
        ("home.html", "index.html", site.home()?),
        ("timeline.html", "timeline.html", site.timeline()),
        (
            "timeline-list.html",
            "timeline-list.html",
            site.timeline_list(),
        ),
        ("matrix.html", "matrix.html", site.matrix()),
        ("search.html", "search.html", site.search_page()),
        (
            "editorial.html",
            "editorial.html",
            site.editorial(EDITORIAL),
        ),
    ];
    let mut files = pages
        .into_iter()
        .map(|(template, path, ctx)| page(&env, template, path, ctx))
        .collect::<Result<Vec<_>, String>>()?;
    for (path, ctx) in site.lists() {
        files.push(page(&env, "list.html", &path, ctx)?);
    }
    for (kind, path, ctx) in site.records() {
        files.push(page(&env, &format!("{kind}.html"), &path, ctx)?);
    }
    for (path, text) in ASSETS {
        files.push(SiteFile {
            path: (*path).to_owned(),
            bytes: text.as_bytes().to_vec(),
        });
    }
    files.push(SiteFile {
        path: "assets/search-index.js".to_owned(),
        bytes: format!(
            "window.SEARCH_INDEX = {};\n",
            script_json(&search::index(ds))
        )
        .into_bytes(),
    });
    for (name, text) in
        crate::export::export_files_of(ds, &crate::export::tables(ds), site.release())?
    {
        let name = if name == "README.md" {
            "codebook.md".to_owned()
        } else {
            name
        };
        files.push(SiteFile {
            path: format!("downloads/{name}"),
            bytes: text.into_bytes(),
        });
    }
    files.push(SiteFile {
        path: MARKER.to_owned(),
        bytes: b"Written by `assurances site`; the next build replaces this directory.\n".to_vec(),
    });
    Ok(files)
}

/// Render the site for `ds` and write it to `out`, replacing an earlier build there. `out`
/// must be missing, empty, or a site this command wrote (it holds [`MARKER`]).
///
/// ```
/// let dir = tempfile::tempdir().unwrap();
/// let out = dir.path().join("site");
/// let report = nato_assurances_cli::site::build(nato_assurances::dataset(), &out, None).unwrap();
/// assert!(out.join("index.html").exists() && report.pages > 1000);
/// ```
pub fn build(ds: &Dataset, out: &Path, base_url: Option<&str>) -> Result<Report, String> {
    let files = render(ds, base_url)?;
    if out.exists() {
        let empty = std::fs::read_dir(out)
            .map_err(|e| format!("cannot read {}: {e}", out.display()))?
            .next()
            .is_none();
        if !empty && !out.join(MARKER).exists() {
            return Err(format!(
                "{} is not empty and holds no earlier site (no {MARKER}); choose an empty or new directory",
                out.display()
            ));
        }
        if !empty {
            std::fs::remove_dir_all(out)
                .map_err(|e| format!("cannot replace {}: {e}", out.display()))?;
        }
    }
    let mut report = Report {
        pages: 0,
        files: 0,
        bytes: 0,
        largest: (String::new(), 0),
    };
    for f in &files {
        let path = out.join(&f.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        }
        std::fs::write(&path, &f.bytes)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        report.files += 1;
        report.bytes += f.bytes.len() as u64;
        if f.path.ends_with(".html") {
            report.pages += 1;
            if f.bytes.len() > report.largest.1 {
                report.largest = (f.path.clone(), f.bytes.len());
            }
        }
    }
    Ok(report)
}
