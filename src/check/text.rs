//! Rules for every string of a record, read from the located tree: empty text, whitespace,
//! control characters, Unicode NFC, placeholders, and the formats of ids, URLs, language
//! codes, Wikidata ids and (against the checker's "today") dates.

use super::tree::{pointer_token, Tree};
use super::voice::{judging_words, VOICE_KEYS};
use super::{Code, Diagnostic};
use crate::{PartialDate, RecordKind};
use chrono::NaiveDate;
use jsonc_parser::ast::Value as Ast;
use unicode_normalization::UnicodeNormalization;

/// The fields each format rule applies to, by the key they are written under. A test
/// (`json_schema.rs`) checks them against the fields the JSON Schema gives each format.
pub(crate) const ID_KEYS: &[&str] = &["id"];
/// Fields holding URLs.
pub(crate) const URL_KEYS: &[&str] = &["url", "archived_url"];
/// Fields holding language codes.
pub(crate) const LANGUAGE_KEYS: &[&str] = &["language"];
/// Fields holding Wikidata ids.
pub(crate) const WIKIDATA_KEYS: &[&str] = &["wikidata"];
/// Fields holding partial dates.
pub(crate) const DATE_KEYS: &[&str] = &[
    "date",
    "end_date",
    "published",
    "declassified",
    "from",
    "to",
    "as_of",
    "retrieved",
];

/// Whether `id` is a kebab-case slug: lowercase ASCII letters and digits separated by single
/// hyphens, the form every record id takes (the `id-format` rule).
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

/// Whether `code` is a BCP 47 language tag of the simple form used here (`en`, `de-CH`).
pub(crate) fn is_language(code: &str) -> bool {
    let mut parts = code.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether `s` is a Wikidata item id (`Q` and digits).
pub(crate) fn is_wikidata(s: &str) -> bool {
    s.strip_prefix('Q')
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Why a URL is not acceptable, with how to fix it; `None` when it is fine.
pub(crate) fn url_problem(s: &str) -> Option<(String, String)> {
    let iri = match fluent_uri::Iri::parse(s) {
        Err(e) => {
            return Some((
                format!("`{s}` is not a valid URL: {e}"),
                "write an absolute https URL, percent-encoding spaces".into(),
            ))
        }
        Ok(iri) => iri,
    };
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
    } else if !host.contains('.') || host.split('.').any(str::is_empty) {
        Some((
            format!("URL `{s}` has no valid host"),
            "write an absolute URL such as https://example.org/page".into(),
        ))
    } else {
        None
    }
}

/// The text rules over one tree.
pub(crate) struct TextRules<'c, 't> {
    tree: &'c Tree<'t>,
    today: Option<NaiveDate>,
    /// The kind of the record file, or `None` for an export (whose pointers name the kind).
    kind: Option<RecordKind>,
    out: Vec<Diagnostic>,
}

impl<'c, 't> TextRules<'c, 't> {
    /// Every text problem in `tree`: a record of `kind`, or an export when `kind` is `None`.
    pub(crate) fn run(
        tree: &'c Tree<'t>,
        today: Option<NaiveDate>,
        kind: Option<RecordKind>,
    ) -> Vec<Diagnostic> {
        let mut rules = TextRules {
            tree,
            today,
            kind,
            out: Vec::new(),
        };
        rules.walk(&tree.root, &mut String::new(), "");
        rules.out
    }

    fn report(&mut self, pointer: &str, code: Code, message: String, help: impl Into<String>) {
        let d = self
            .tree
            .diagnostic(pointer.to_owned(), code, message, help.into());
        self.out.push(d);
    }

    /// Visits every value under `node`; `pointer` is its JSON pointer, extended and restored
    /// in place as the walk descends.
    fn walk(&mut self, node: &Ast<'_>, pointer: &mut String, key: &str) {
        let len = pointer.len();
        match node {
            Ast::StringLit(s) => self.text(pointer, key, &s.value),
            Ast::Array(a) => {
                for (i, v) in a.elements.iter().enumerate() {
                    use std::fmt::Write;
                    let _ = write!(pointer, "/{i}");
                    self.walk(v, pointer, key);
                    pointer.truncate(len);
                }
            }
            Ast::Object(o) => {
                for p in &o.properties {
                    let k = p.name.as_str();
                    pointer.push('/');
                    pointer.push_str(&pointer_token(k));
                    if key == "names" && !is_language(k) {
                        self.report(
                            pointer,
                            Code::LanguageCode,
                            format!("`{k}` is not a language code"),
                            "use a BCP 47 code such as `ru`, `de` or `uk`",
                        );
                    }
                    self.walk(&p.value, pointer, k);
                    pointer.truncate(len);
                }
            }
            _ => {}
        }
    }

    fn text(&mut self, pointer: &str, key: &str, s: &str) {
        if s.is_empty() {
            let help = "fill it in or remove the field";
            return self.report(pointer, Code::EmptyText, "empty string".into(), help);
        }
        if s.trim() != s {
            let message = "text has leading or trailing whitespace".into();
            let help = "remove the spaces or line breaks at the start and end";
            self.report(pointer, Code::Whitespace, message, help);
        }
        if s.chars().any(|c| c.is_control() && c != '\n') {
            let message = "text contains a control character".into();
            let help = "remove it (only line breaks are allowed in text)";
            self.report(pointer, Code::ControlCharacter, message, help);
        }
        if !unicode_normalization::is_nfc(s) {
            let nfc: String = s.nfc().collect();
            let help = format!(
                "write it in composed form: {nfc:?} (`assurances fmt` cannot do this for you)"
            );
            let message = "text is not in Unicode normalization form C".into();
            self.report(pointer, Code::NotNfc, message, help);
        }
        if s.starts_with("TODO") {
            let message = format!("placeholder left in `{key}`: {s:?}");
            let help = "replace the placeholder with the real value from the source";
            return self.report(pointer, Code::Placeholder, message, help);
        }
        self.format(pointer, key, s);
        if VOICE_KEYS.contains(&key) && self.in_dataset_voice(pointer, key) {
            for (word, entry) in judging_words(s) {
                let message = format!("`{word}` in the dataset's own voice (list entry `{entry}`)");
                let help =
                    "quote it or attribute it: put the word in quotation marks as someone's \
                            words, or make the judgement a claim of whoever made it";
                self.report(pointer, Code::Voice, message, help);
            }
        }
    }

    /// Whether the text at `pointer` speaks in the dataset's own voice: every title, summary
    /// and note, except a source's own title (as printed) and a claim's summary (attributed to
    /// its claimant by the claim).
    fn in_dataset_voice(&self, pointer: &str, key: &str) -> bool {
        let mut tokens = pointer.split('/').skip(1);
        let kind = match self.kind {
            Some(k) => Some(k),
            None => {
                let kind = tokens.next().and_then(|dir| dir.parse::<RecordKind>().ok());
                tokens.next(); // the record's index
                kind
            }
        };
        let top_level = tokens.count() == 1;
        !(top_level
            && matches!(
                (kind, key),
                (Some(RecordKind::Source), "title") | (Some(RecordKind::Claim), "summary")
            ))
    }

    /// The format rules that depend on the key.
    fn format(&mut self, pointer: &str, key: &str, s: &str) {
        match key {
            k if ID_KEYS.contains(&k) && !is_kebab(s) => self.report(
                pointer,
                Code::IdFormat,
                format!("id `{s}` is not a kebab-case slug"),
                "use lowercase ASCII letters and digits separated by single hyphens, e.g. `baker-gorbachev-1990-02-09`",
            ),
            k if URL_KEYS.contains(&k) => {
                if let Some((message, help)) = url_problem(s) {
                    self.report(pointer, Code::Url, message, help);
                }
            }
            k if LANGUAGE_KEYS.contains(&k) && !is_language(s) => self.report(
                pointer,
                Code::LanguageCode,
                format!("`{s}` is not a language code"),
                "use a BCP 47 code such as `en`, `ru`, `de`",
            ),
            k if WIKIDATA_KEYS.contains(&k) && !is_wikidata(s) => self.report(
                pointer,
                Code::Wikidata,
                format!("`{s}` is not a Wikidata QID"),
                "write the item id, e.g. `Q57674`",
            ),
            k if DATE_KEYS.contains(&k) => self.future(pointer, s),
            _ => {}
        }
    }

    fn future(&mut self, pointer: &str, s: &str) {
        let (Some(today), Ok(d)) = (self.today, s.parse::<PartialDate>()) else {
            return;
        };
        if d.earliest() > today {
            let message = format!("date `{d}` is in the future");
            let help = "check the year; records describe the past";
            self.report(pointer, Code::FutureDate, message, help);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patterns;
    use proptest::prelude::*;

    fn matches(pattern: &str, s: &str) -> bool {
        regex::Regex::new(pattern).unwrap().is_match(s)
    }

    proptest! {
        /// The schema's patterns and the checker's rules are one rule written twice (a regex
        /// for JSON Schema readers, Rust here); they must agree on every string.
        #[test]
        fn format_rules_agree_with_the_schema_patterns(s in "[a-zA-Z0-9Q-]{0,12}") {
            prop_assert_eq!(is_kebab(&s), matches(patterns::ID, &s), "id {:?}", s);
            prop_assert_eq!(is_language(&s), matches(patterns::LANGUAGE, &s), "language {:?}", s);
            prop_assert_eq!(is_wikidata(&s), matches(patterns::WIKIDATA_ID, &s), "wikidata {:?}", s);
        }

        /// The date rule is stricter than its pattern (no 30 February), never looser.
        #[test]
        fn valid_dates_match_the_date_pattern(s in "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?[?~]?") {
            if s.parse::<PartialDate>().is_ok() {
                prop_assert!(matches(patterns::PARTIAL_DATE, &s), "{:?}", s);
            }
        }

        /// An URL the checker accepts matches the schema's URL pattern.
        #[test]
        fn accepted_urls_match_the_url_pattern(s in "(https?://)?[a-z.]{0,8}(/[a-z%20 ]{0,5})?") {
            if url_problem(&s).is_none() {
                prop_assert!(matches(patterns::HTTPS_URL, &s), "{:?}", s);
            }
        }
    }

    #[test]
    fn formats() {
        assert!(is_kebab("baker-gorbachev-1990"));
        assert!(
            !is_kebab("Baker_Gorbachev") && !is_kebab("a--b") && !is_kebab("") && !is_kebab("-a")
        );
        assert!(is_language("en") && is_language("de-CH") && is_language("sr-Latn"));
        assert!(!is_language("EN") && !is_language("english") && !is_language("e"));
        assert!(
            is_wikidata("Q57674")
                && !is_wikidata("Q")
                && !is_wikidata("57674")
                && !is_wikidata("Q12a")
        );
        assert!(url_problem("https://example.org/a").is_none());
        assert!(url_problem("http://example.org/a").is_some());
        assert!(url_problem("https://localhost/a").is_some());
        assert!(url_problem("not a url").is_some());
    }
}
