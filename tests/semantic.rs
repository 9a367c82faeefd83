//! Every semantic check, on a small fictional export: the valid fixture loads, and each
//! realistic mistake is reported with the exact message, position and pointer (snapshots).

use nato_assurances::check::Checker;
use nato_assurances::{Code, Dataset};
use serde_json::{json, Value};

/// The checker as `assurances validate` runs it, on a fixed day so that snapshots stay put.
fn checker() -> Checker {
    Checker::new().today(chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap())
}

const SMALL: &str = include_str!("fixtures/small-export.json");

fn mutate(f: impl FnOnce(&mut Value)) -> String {
    let mut v: Value = serde_json::from_str(SMALL).unwrap();
    f(&mut v);
    let mut s = serde_json::to_string_pretty(&v).unwrap();
    s.push('\n');
    s
}

fn errors(json: &str) -> String {
    match checker().check_export(json) {
        Ok(_) => panic!("expected errors"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn the_fixture_is_valid() {
    let ds = Dataset::from_json(SMALL).expect("fixture loads");
    assert_eq!(ds.counts(), [3, 2, 1, 1, 1]);
    assert_eq!(ds.to_json(), SMALL, "fixture is canonical");
}

macro_rules! case {
    ($name:ident, $mutation:expr) => {
        #[test]
        fn $name() {
            let json = mutate($mutation);
            insta::assert_snapshot!(stringify!($name), errors(&json));
        }
    };
}

case!(dangling_actor_with_suggestion, |v| v["commitments"][0]
    ["made_by"][0] =
    json!("example-persn"));
case!(dangling_source, |v| v["claims"][0]["first_appearance"]
    ["source"]["source"] =
    json!("no-such-source"));
case!(dangling_commitment, |v| v["events"][0]["commitments"][0] =
    json!("example-assurence"));
case!(duplicate_id, |v| {
    let copy = v["actors"][1].clone();
    v["actors"].as_array_mut().unwrap().push(copy);
});
case!(
    self_relation,
    |v| v["commitments"][0]["related"] =
        json!([{"relation": "reaffirms", "commitment": "example-assurance"}])
);
case!(citation_cycle, |v| v["sources"][1]["cites"] =
    json!(["example-article"]));
case!(http_url, |v| v["sources"][0]["url"] =
    json!("http://example.org/article"));
case!(duplicate_url, |v| v["sources"][1]["url"] =
    json!("https://example.org/article"));
case!(end_before_start, |v| v["commitments"][0]["end_date"] =
    json!("1990-01"));
case!(quote_source_not_cited, |v| v["commitments"][0]["quotes"]
    [0]["source"] =
    json!("example-article"));
case!(not_nfc, |v| v["commitments"][0]["title"] =
    json!("Wo\u{0308}rner"));
case!(trailing_whitespace, |v| v["commitments"][0]["summary"] =
    json!("A summary. "));
case!(future_date, |v| v["claims"][0]["date"] =
    json!("2999-01-01"));
case!(role_ends_before_it_starts, |v| v["actors"][1]["roles"][0]
    ["to"] = json!("1989"));
case!(bad_id, |v| v["events"][0]["id"] = json!("Example_Release"));
case!(placeholder, |v| v["commitments"][0]["summary"] =
    json!("TODO: summary"));
case!(empty_required_list, |v| v["commitments"][0]["topics"] =
    json!([]));
case!(duplicate_entry, |v| v["claims"][0]["about"][0]["stances"] =
    json!(["asserts_made", "asserts_made"]));
case!(claim_verified_though_read_in_a_copy, |v| v["claims"][0]
    ["read_in"] =
    json!({"source": "example-memo"}));
case!(indirect_quote_without_its_writer, |v| v["commitments"][0]
    ["quotes"][0]["kind"] =
    json!("indirect"));
case!(news_article_without_publisher, |v| v["sources"]
    .as_array_mut()
    .unwrap()
    .iter_mut()
    .for_each(|s| {
        s.as_object_mut().unwrap().remove("publisher");
    }));
case!(publisher_without_ownership_facts, |v| v["actors"]
    .as_array_mut()
    .unwrap()
    .iter_mut()
    .for_each(|a| {
        a.as_object_mut().unwrap().remove("ownership");
    }));
case!(judging_word_in_a_title, |v| v["commitments"][0]["title"] =
    json!("The so-called assurance"));
case!(fingerprint_of_other_records, |v| v["fingerprint"] = json!(
    "sha256:0000000000000000000000000000000000000000000000000000000000000000"
));
case!(claim_responds_to_itself, |v| v["claims"][0]
    ["responds_to"] =
    json!([{"relation": "repeats", "claim": "example-claim"}]));
case!(bad_language, |v| v["sources"][0]["language"] =
    json!("English"));
case!(unknown_field, |v| v["commitments"][0]["titel"] = json!("x"));
case!(invalid_date, |v| v["commitments"][0]["date"] =
    json!("1990-02-30"));
case!(ambiguous_id_across_kinds, |v| v["events"][0]["id"] =
    json!("example-memo"));
case!(unknown_enum_value, |v| v["commitments"][0]["kind"] =
    json!("assurence"));

/// An export with its release metadata loads, and the fingerprint it carries is the records'.
#[test]
fn an_export_with_its_fingerprint_loads() {
    let ds = Dataset::from_json(SMALL).unwrap();
    let fp = nato_assurances::check::fingerprint(&ds);
    let json = ds.export_json(Some("2026-12-04"), Some(&fp));
    assert_eq!(Dataset::from_json(&json).unwrap(), ds);
    // The fingerprint does not depend on the version: it is the records'.
    let renamed = json.replacen("\"version\": \"", "\"version\": \"9", 1);
    assert!(Dataset::from_json(&renamed).is_ok());
}

#[test]
fn several_problems_are_all_reported() {
    let json = mutate(|v| {
        v["commitments"][0]["made_by"][0] = json!("nobody");
        v["sources"][0]["url"] = json!("http://example.org/a");
        v["claims"][0]["date"] = json!("2999");
    });
    let err = checker().check_export(&json).unwrap_err();
    let codes: Vec<Code> = err.diagnostics().iter().map(|d| d.code()).collect();
    assert_eq!(codes.len(), 3, "{err}");
    for c in [Code::DanglingReference, Code::Url, Code::FutureDate] {
        assert!(codes.contains(&c), "{c} in {codes:?}");
    }
    assert!(err
        .diagnostics()
        .iter()
        .all(|d| d.line() > 0 && d.column() > 0 && !d.pointer().is_empty()));
    // Without a "today", the checker cannot tell a future date: from_json reports the others.
    let err = Dataset::from_json(&json).unwrap_err();
    assert_eq!(err.diagnostics().len(), 2, "{err}");
}

#[test]
fn syntax_errors_are_located() {
    let cases = [
        (
            "{",
            "<json>:1:1: error[json-eof]: invalid JSON: Unterminated object",
        ),
        (
            "{\n  \"version\": \"1\",\n}",
            "<json>:2:17: error[json-syntax]: invalid JSON: Trailing commas are not allowed",
        ),
        (
            "",
            "<json>:1:1: error[json-eof]: invalid JSON: the text holds no JSON value",
        ),
        (
            "{} x",
            "<json>:1:4: error[json-syntax]: invalid JSON: Text cannot contain more than one JSON value",
        ),
    ];
    for (text, first_line) in cases {
        let err = Dataset::from_json(text).unwrap_err();
        assert_eq!(err.diagnostics().len(), 1, "{text:?}");
        assert_eq!(err.to_string().lines().next(), Some(first_line), "{text:?}");
    }
    let err = Dataset::from_json("\u{feff}{}").unwrap_err();
    assert_eq!(err.diagnostics()[0].code(), Code::Bom);
}
