//! The dataset's own voice: judging or contested words (annexation, invasion, betrayal,
//! broken, myth, propaganda, so-called, regime …) may appear in titles, summaries and notes
//! only inside quotation marks, as someone's words. The word list is data:
//! `data/voice-words.json`, one list per language, embedded here when the crate is built
//! (`build.rs` rejects a malformed list).

use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The name of the word list in the data directory.
pub const VOICE_WORDS_FILE: &str = "voice-words.json";

/// The fields in the dataset's own voice. A source's `title` is excluded (it is the title as
/// printed) and so is a claim's `summary` (the claim attributes it to its claimant).
pub(crate) const VOICE_KEYS: &[&str] = &["title", "summary", "notes", "reason"];

/// One entry of the list: its words, and whether the last one is a prefix (`*`).
struct Entry {
    words: Vec<String>,
    prefix: bool,
    text: String,
}

/// The list: judging words, and allowed phrases (technical senses), from every language.
struct List {
    entries: Vec<Entry>,
    allowed: Vec<Vec<String>>,
}

/// A language's list is either an array of words, or `{"words": [...], "allowed": [...]}`.
fn strings(v: Option<&serde_json::Value>) -> impl Iterator<Item = &str> {
    v.and_then(|v| v.as_array())
        .into_iter()
        .flatten()
        .filter_map(|w| w.as_str())
}

static WORDS: LazyLock<List> = LazyLock::new(|| {
    let list: BTreeMap<String, serde_json::Value> =
        serde_json::from_str(include_str!("../../data/voice-words.json")).unwrap_or_default();
    let mut out = List {
        entries: Vec::new(),
        allowed: Vec::new(),
    };
    for (language, value) in &list {
        if language.starts_with('$') {
            continue;
        }
        let words = if value.is_array() {
            Some(value)
        } else {
            value.get("words")
        };
        for w in strings(words) {
            let prefix = w.ends_with('*');
            let text = w.trim_end_matches('*').to_lowercase();
            out.entries.push(Entry {
                words: text.split_whitespace().map(str::to_owned).collect(),
                prefix,
                text: w.to_owned(),
            });
        }
        for phrase in strings(value.get("allowed")) {
            out.allowed.push(unquoted_words(phrase));
        }
    }
    out
});

/// Whether the words at `i..i + n` of `tokens` lie inside an allowed phrase.
fn allowed(tokens: &[String], i: usize, n: usize) -> bool {
    WORDS.allowed.iter().any(|phrase| {
        let len = phrase.len();
        (0..len).any(|offset| {
            i >= offset
                && i - offset + len <= tokens.len()
                && i + n <= i - offset + len
                && tokens[i - offset..i - offset + len] == phrase[..]
        })
    })
}

/// The judging words in `s` outside quotation marks (`"…"`, `“…”`, `„…“`, `«…»`) and
/// backticks, each with the list entry it matched.
///
/// ```
/// use nato_assurances::check::judging_words;
/// assert_eq!(judging_words("Sputnik calls it a betrayal"), [("betrayal".to_owned(), "betray*")]);
/// assert!(judging_words("Sputnik calls it a \"betrayal\"").is_empty());
/// ```
pub fn judging_words(s: &str) -> Vec<(String, &'static str)> {
    let tokens = unquoted_words(s);
    let mut found = Vec::new();
    for (i, _) in tokens.iter().enumerate() {
        for e in WORDS.entries.iter() {
            let n = e.words.len();
            if n == 0 || i + n > tokens.len() {
                continue;
            }
            let hit = e.words.iter().enumerate().all(|(j, w)| {
                let t = &tokens[i + j];
                if j == n - 1 && e.prefix {
                    t.starts_with(w.as_str())
                } else {
                    t == w
                }
            });
            if hit && !allowed(&tokens, i, n) {
                found.push((tokens[i..i + n].join(" "), e.text.as_str()));
                break;
            }
        }
    }
    found
}

/// The lowercased words of `s` that are outside quotation marks, backticks and URLs. A quote
/// mark breaks the word sequence, so an entry of several words never spans a quotation.
fn unquoted_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    // The closing mark of the quotation we are in, if any.
    let mut closing: Option<char> = None;
    let mut in_url = false;
    for (at, c) in s.char_indices() {
        if in_url {
            in_url = !c.is_whitespace();
            continue;
        }
        if closing.is_none() && (s[at..].starts_with("https://") || s[at..].starts_with("http://"))
        {
            in_url = true;
            if !word.is_empty() {
                words.push(std::mem::take(&mut word).to_lowercase());
            }
            continue;
        }
        match closing {
            Some(close) => {
                if c == close {
                    closing = None;
                }
                continue;
            }
            None => {
                let close = match c {
                    '"' => Some('"'),
                    '“' => Some('”'),
                    '„' => Some('“'),
                    '«' => Some('»'),
                    '`' => Some('`'),
                    _ => None,
                };
                if close.is_some() {
                    closing = close;
                    if !word.is_empty() {
                        words.push(std::mem::take(&mut word).to_lowercase());
                    }
                    continue;
                }
            }
        }
        if c.is_alphanumeric() || c == '-' || c == '\'' || c == '’' {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word).to_lowercase());
        }
    }
    if !word.is_empty() {
        words.push(word.to_lowercase());
    }
    // Apostrophes and hyphens at a word's edge are punctuation, not part of it.
    words
        .into_iter()
        .map(|w| {
            w.trim_matches(|c| c == '-' || c == '\'' || c == '’')
                .to_owned()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_words_pass_and_unquoted_ones_are_found() {
        assert!(judging_words("Russia's \"annexation\" of Crimea, in Blinken's words").is_empty());
        assert!(judging_words("the «так называемый» referendum").is_empty());
        assert!(judging_words("„Verrat“, sagt er").is_empty());
        assert!(judging_words("the `asserts_broken` stance").is_empty());
        let found = judging_words("After the annexation of Crimea, the so-called referendum");
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, ["annexation", "so-called"]);
        assert_eq!(
            judging_words("Так называемый референдум")[0].0,
            "так называемый"
        );
        // A word that only begins like an entry without `*` is not a match.
        assert!(judging_words("the lieutenant").is_empty());
        // An unclosed quotation hides the rest of the text, as a reader would read it.
        assert!(judging_words("he said \"it was a lie").is_empty());
        // URLs are not read; allowed phrases are technical senses.
        assert!(judging_words("see https://example.org/myth-or-broken-promise here").is_empty());
        assert!(judging_words("the OSCE monitors the ceasefire regime").is_empty());
        assert_eq!(judging_words("the regime in Kyiv").len(), 1);
    }

    #[test]
    fn the_list_covers_every_language_of_the_data() {
        let list: BTreeMap<String, serde_json::Value> =
            serde_json::from_str(include_str!("../../data/voice-words.json")).unwrap();
        for language in ["en", "ru", "de", "uk", "fr", "nl", "pl"] {
            let words = list.get(language).map(|l| l.get("words").unwrap_or(l));
            assert!(
                words
                    .and_then(|l| l.as_array())
                    .is_some_and(|l| !l.is_empty()),
                "no words for `{language}`"
            );
        }
        assert!(WORDS.entries.len() > 50);
        assert!(!WORDS.allowed.is_empty());
    }
}
