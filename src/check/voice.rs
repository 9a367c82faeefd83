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
pub(crate) const VOICE_KEYS: &[&str] = &[
    "title", "summary", "notes", "reason", "occasion", "searched",
];

/// One entry of the list: its words, and whether the last one is a prefix (`*`).
struct Entry {
    words: Vec<String>,
    prefix: bool,
    text: String,
}

/// The list: judging words, and allowed phrases (technical senses), from every language.
struct List {
    entries: Vec<Entry>,
    /// Entry positions by their first word (for an entry of one word ending in `*`, its stem),
    /// sorted by it: a token's candidates are the keys that are prefixes of it, found by one
    /// binary search instead of a comparison with every entry.
    by_first: Vec<(String, Vec<usize>)>,
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
        by_first: Vec::new(),
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
            let words: Vec<String> = text.split_whitespace().map(str::to_owned).collect();
            if let Some(first) = words.first() {
                let at = out.entries.len();
                match out.by_first.iter_mut().find(|(k, _)| k == first) {
                    Some((_, list)) => list.push(at),
                    None => out.by_first.push((first.clone(), vec![at])),
                }
            }
            out.entries.push(Entry {
                words,
                prefix,
                text: w.to_owned(),
            });
        }
        for phrase in strings(value.get("allowed")) {
            let lower = phrase.to_lowercase();
            out.allowed.push(
                unquoted_words(&lower)
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
            );
        }
    }
    out.by_first.sort();
    out
});

/// The entries whose first word is `token` or one of its prefixes. Every such key sorts at or
/// before `token`, and every key between it and `token` begins with it, so the walk back from
/// `token`'s place stops at the first key that does not share the token's first character.
fn candidates(token: &str) -> impl Iterator<Item = &'static Entry> + '_ {
    let keys = &WORDS.by_first;
    let end = keys.partition_point(|(k, _)| k.as_str() <= token);
    let first = token.chars().next();
    keys[..end]
        .iter()
        .rev()
        .take_while(move |(k, _)| k.chars().next() == first)
        .filter(move |(k, _)| token.starts_with(k.as_str()))
        .flat_map(|(_, list)| list.iter().map(|&at| &WORDS.entries[at]))
}

/// Whether the words at `i..i + n` of `tokens` lie inside an allowed phrase.
fn allowed(tokens: &[&str], i: usize, n: usize) -> bool {
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
    let lower = s.to_lowercase();
    let tokens = unquoted_words(&lower);
    let mut found = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        for e in candidates(token) {
            let n = e.words.len();
            if n == 0 || i + n > tokens.len() {
                continue;
            }
            let hit = e.words.iter().enumerate().all(|(j, w)| {
                let t = tokens[i + j];
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

/// The words of `lower` (a lowercased text) that are outside quotation marks, backticks and
/// URLs, as slices of it. A quote mark breaks the word sequence, so an entry of several words
/// never spans a quotation. Apostrophes and hyphens at a word's edge are punctuation.
fn unquoted_words(lower: &str) -> Vec<&str> {
    let mut words = Vec::new();
    // Where the current word began, if we are in one.
    let mut start: Option<usize> = None;
    // The closing mark of the quotation we are in, if any.
    let mut closing: Option<char> = None;
    let mut in_url = false;
    let mut end_word = |start: &mut Option<usize>, end: usize| {
        if let Some(b) = start.take() {
            let w = lower[b..end].trim_matches(|c| c == '-' || c == '\'' || c == '’');
            if !w.is_empty() {
                words.push(w);
            }
        }
    };
    for (at, c) in lower.char_indices() {
        if in_url {
            in_url = !c.is_whitespace();
            continue;
        }
        if let Some(close) = closing {
            if c == close {
                closing = None;
            }
            continue;
        }
        if c == 'h' && (lower[at..].starts_with("https://") || lower[at..].starts_with("http://")) {
            end_word(&mut start, at);
            in_url = true;
            continue;
        }
        closing = match c {
            '"' => Some('"'),
            '“' => Some('”'),
            '„' => Some('“'),
            '«' => Some('»'),
            '`' => Some('`'),
            _ => None,
        };
        if closing.is_some() {
            end_word(&mut start, at);
            continue;
        }
        if c.is_alphanumeric() || c == '-' || c == '\'' || c == '’' {
            start.get_or_insert(at);
        } else {
            end_word(&mut start, at);
        }
    }
    end_word(&mut start, lower.len());
    words
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
