//! Broken and hostile input: mutated exports and record files never make the loaders panic or
//! hang; they answer with an error naming the file and a position, or load losslessly.

use nato_assurances::check::{canonical_json, Checker};
use nato_assurances::{Code, Dataset, Diagnostic, RecordKind};
use proptest::prelude::*;
use proptest::sample::Index;
use serde_json::{json, Value};

const SMALL: &str = include_str!("fixtures/small-export.json");

/// One record file through the checker: its canonical text, or its first problem.
fn parse_record(kind: RecordKind, file: &str, bytes: &[u8]) -> Result<String, Diagnostic> {
    Checker::new()
        .format_record(kind, file, bytes)
        .map_err(|e| e.diagnostics()[0].clone())
}
const CASES: u32 = 512;

fn small() -> Value {
    serde_json::from_str(SMALL).unwrap()
}

/// Every JSON pointer in a value (objects and arrays included).
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                pointers(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                );
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                pointers(x, format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

#[derive(Debug, Clone)]
enum Mutation {
    Drop(Index),
    Duplicate(Index),
    Retype(Index, u8),
    SwapIds(Index, Index),
    Text(Index, String),
    Number(Index, f64),
    Date(Index, String),
    Nest(Index, u16),
    Long(Index, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Index>().prop_map(Mutation::Drop),
        any::<Index>().prop_map(Mutation::Duplicate),
        (any::<Index>(), 0u8..6).prop_map(|(i, t)| Mutation::Retype(i, t)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Mutation::SwapIds(a, b)),
        (
            any::<Index>(),
            "\\PC{0,20}|[\\x00-\\x1f ]{0,4}|TODO.*|https?://[a-z.]{0,10}"
        )
            .prop_map(|(i, s)| Mutation::Text(i, s)),
        (any::<Index>(), any::<f64>()).prop_map(|(i, n)| Mutation::Number(i, n)),
        (any::<Index>(), "[0-9]{1,5}(-[0-9]{1,3}){0,3}[?~]?")
            .prop_map(|(i, s)| Mutation::Date(i, s)),
        (any::<Index>(), 1u16..300).prop_map(|(i, n)| Mutation::Nest(i, n)),
        (any::<Index>(), 1usize..200_000).prop_map(|(i, n)| Mutation::Long(i, n)),
    ]
}

fn apply(v: &mut Value, m: &Mutation) {
    let mut ps = Vec::new();
    pointers(v, String::new(), &mut ps);
    let pick = |i: &Index| ps[i.index(ps.len())].clone();
    match m {
        Mutation::Drop(i) => {
            let p = pick(i);
            if let Some((parent, key)) = p.rsplit_once('/') {
                match v.pointer_mut(parent) {
                    Some(Value::Object(o)) => {
                        o.remove(&key.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(k) = key.parse::<usize>() {
                            if k < a.len() {
                                a.remove(k);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        Mutation::Duplicate(i) => {
            let p = pick(i);
            if let Some(Value::Array(a)) = v.pointer_mut(&p) {
                if let Some(first) = a.first().cloned() {
                    a.push(first);
                }
            }
        }
        Mutation::Retype(i, t) => {
            let p = pick(i);
            if let Some(x) = v.pointer_mut(&p) {
                *x = match t {
                    0 => Value::Null,
                    1 => json!(true),
                    2 => json!(42),
                    3 => json!("x"),
                    4 => json!([x.clone()]),
                    _ => json!({ "value": x.clone() }),
                };
            }
        }
        Mutation::SwapIds(a, b) => {
            let ids: Vec<String> = ps.iter().filter(|p| p.ends_with("/id")).cloned().collect();
            if ids.len() >= 2 {
                let (pa, pb) = (&ids[a.index(ids.len())], &ids[b.index(ids.len())]);
                let va = v.pointer(pa).cloned();
                let vb = v.pointer(pb).cloned();
                if let (Some(va), Some(vb)) = (va, vb) {
                    *v.pointer_mut(pa).unwrap() = vb;
                    *v.pointer_mut(pb).unwrap() = va;
                }
            }
        }
        Mutation::Text(i, s) => set(v, &pick(i), json!(s)),
        Mutation::Number(i, n) => set(
            v,
            &pick(i),
            serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number),
        ),
        Mutation::Date(i, s) => set(v, &pick(i), json!(s)),
        Mutation::Nest(i, n) => {
            let p = pick(i);
            if let Some(x) = v.pointer_mut(&p) {
                let mut inner = x.clone();
                for _ in 0..*n {
                    inner = json!([inner]);
                }
                *x = inner;
            }
        }
        Mutation::Long(i, n) => set(v, &pick(i), json!("é".repeat(*n))),
    }
}

fn set(v: &mut Value, p: &str, new: Value) {
    if let Some(x) = v.pointer_mut(p) {
        *x = new;
    }
}

/// Serialize without serde_json's own depth limit getting in the way of deep nesting.
fn to_text(v: &Value) -> String {
    let mut out = Vec::new();
    let mut ser = serde_json::Serializer::with_formatter(
        &mut out,
        serde_json::ser::PrettyFormatter::with_indent(b"  "),
    );
    serde::Serialize::serialize(v, &mut ser).unwrap();
    String::from_utf8(out).unwrap()
}

fn assert_located(err: &nato_assurances::Error) {
    assert!(!err.diagnostics().is_empty());
    for d in err.diagnostics() {
        assert_eq!(d.file(), "<json>");
        assert!(d.line() >= 1 && d.column() >= 1, "{d}");
        assert!(!d.message().is_empty() && !d.help().is_empty(), "{d}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn mutated_exports_never_panic(ms in prop::collection::vec(mutation(), 1..4)) {
        let mut v = small();
        for m in &ms {
            apply(&mut v, m);
        }
        match Dataset::from_json(&to_text(&v)) {
            Ok(ds) => {
                // Whatever loads, loads losslessly: its export loads back to an equal dataset.
                prop_assert_eq!(Dataset::from_json(&ds.to_json()).unwrap(), ds);
            }
            Err(e) => assert_located(&e),
        }
    }

    #[test]
    fn mutated_bytes_never_panic(pos in any::<Index>(), byte in any::<u8>(), op in 0u8..4) {
        let record = include_bytes!("fixtures/small-record.json");
        let mut bytes = record.to_vec();
        let at = pos.index(bytes.len() + 1);
        match op {
            0 => bytes.insert(at, byte),
            1 => { if at < bytes.len() { bytes[at] = byte; } }
            2 => bytes.truncate(at),
            _ => { bytes.splice(0..0, b"\xEF\xBB\xBF".iter().copied()); }
        }
        match parse_record(RecordKind::Commitment, "x.json", &bytes) {
            Ok(text) => {
                prop_assert_eq!(parse_record(RecordKind::Commitment, "x.json", text.as_bytes()).unwrap(), text);
            }
            Err(d) => {
                prop_assert_eq!(d.file(), "x.json");
                prop_assert!(d.line() >= 1 && d.column() >= 1, "{}", d);
            }
        }
    }

    #[test]
    fn valid_records_round_trip_byte_for_byte(
        title in "[A-Za-zÀ-ž][A-Za-zÀ-ž ,.'’–-]{0,40}[a-z.]",
        date in (1990u16..2025, 0u8..=12, 0u8..=28).prop_map(|(y, m, d)| match (m, d) {
            (0, _) => format!("{y}"),
            (m, 0) => format!("{y}-{m:02}"),
            (m, d) => format!("{y}-{m:02}-{d:02}"),
        }),
        kinds in prop::sample::subsequence(nato_assurances::Topic::ALL.to_vec(), 1..4),
        quotes in 0usize..3,
    ) {
        let mut v: Value = serde_json::from_slice(include_bytes!("fixtures/small-record.json")).unwrap();
        v["title"] = json!(title);
        v["date"] = json!(date);
        v["topics"] = json!(kinds.iter().map(|t| t.as_str()).collect::<Vec<_>>());
        let q = v["quotes"][0].clone();
        v["quotes"] = Value::Array(vec![q; quotes]);
        if quotes == 0 {
            v.as_object_mut().unwrap().remove("quotes");
        }
        // Any key order and layout loads; its canonical text is a fixed point, byte for byte.
        let canonical = parse_record(RecordKind::Commitment, "x.json", canonical_json(&v).as_bytes()).unwrap();
        let again = parse_record(RecordKind::Commitment, "x.json", canonical.as_bytes()).unwrap();
        prop_assert_eq!(again, canonical, "load → serialize is the identity on canonical text");
    }

    #[test]
    fn lookups_are_total(id in "\\PC{0,30}") {
        let ds = nato_assurances::dataset();
        let _ = (ds.actor(&id), ds.source(&id), ds.commitment(&id), ds.claim(&id), ds.event(&id));
        let _ = ds.actor_by_name(&id);
        prop_assert!(ds.commitments_by_actor(&id).count() <= ds.commitments().len());
        prop_assert!(ds.claims_about(&id).count() <= ds.claims().len());
        prop_assert!(ds.citation_chain(&id).len() <= ds.sources().len());
        prop_assert!(ds.sources_of(&id).len() <= ds.sources().len());
    }
}

#[test]
fn truncation_at_every_position_is_an_error_with_a_position() {
    let bytes = include_bytes!("fixtures/small-record.json");
    for at in 0..bytes.len() {
        match parse_record(RecordKind::Commitment, "x.json", &bytes[..at]) {
            // Only the trailing newline may go: the rest is the same JSON document.
            Ok(_) => assert!(
                bytes[at..].iter().all(u8::is_ascii_whitespace),
                "truncated at {at} parsed"
            ),
            Err(d) => assert!(d.line() >= 1 && d.column() >= 1, "{at}: {d}"),
        }
    }
    for at in 0..SMALL.trim_end().len() {
        if SMALL.is_char_boundary(at) {
            assert_located(&Dataset::from_json(&SMALL[..at]).unwrap_err());
        }
    }
}

#[test]
fn resource_bounds_have_their_own_errors() {
    // The parser stops at its own depth limit: no stack overflow, one located error.
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let err = Dataset::from_json(&format!("{{\"version\": {deep}}}")).unwrap_err();
    assert_eq!(err.diagnostics()[0].code(), Code::TooDeep, "{err}");
    let err = parse_record(RecordKind::Actor, "x.json", deep.as_bytes()).unwrap_err();
    assert_eq!(err.code(), Code::TooDeep, "{err}");
    // Deeper than any record but within the parser's limit: the checker's own limit.
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    let err = Dataset::from_json(&format!("{{\"actors\": {deep}}}")).unwrap_err();
    assert_eq!(err.diagnostics()[0].code(), Code::TooDeep, "{err}");
    // Shallow enough: the typed reader says what is wrong with the value.
    let err = Dataset::from_json("{\"actors\": [[[]]]}").unwrap_err();
    let d = &err.diagnostics()[0];
    assert_eq!(
        (d.code(), d.pointer()),
        (Code::WrongType, "/actors/0"),
        "{err}"
    );
    let big = vec![b' '; nato_assurances::check::MAX_RECORD_BYTES + 1];
    let err = parse_record(RecordKind::Actor, "x.json", &big).unwrap_err();
    assert_eq!((err.code(), err.line()), (Code::TooLarge, 0));
}

#[test]
fn many_problems_in_a_large_export_are_all_reported() {
    let mut v = small();
    let refs: Vec<Value> = (0..20_000)
        .map(|i| json!(format!("missing-actor-{i}")))
        .collect();
    v["commitments"][0]["made_by"] = Value::Array(refs);
    let err = Dataset::from_json(&to_text(&v)).unwrap_err();
    assert_eq!(
        err.diagnostics().len(),
        20_000,
        "{}",
        err.diagnostics()[20_000.min(err.diagnostics().len() - 1)]
    );
    assert!(err
        .diagnostics()
        .iter()
        .all(|d| d.code() == Code::DanglingReference && d.line() > 1));
    let dupes: Vec<Value> = (0..50_000).map(|_| json!("nato_enlargement")).collect();
    let mut v = small();
    v["commitments"][0]["topics"] = Value::Array(dupes);
    let err = Dataset::from_json(&to_text(&v)).unwrap_err();
    assert_eq!(err.diagnostics().len(), 49_999);
}

/// serde would read a struct from a JSON array of its field values; the loaders do not.
#[test]
fn objects_written_as_arrays_are_rejected_with_their_pointer() {
    // A record as an array of its first fields.
    let mut v = small();
    let a = v["actors"][0].clone();
    v["actors"][0] = serde_json::json!([a["id"], a["kind"], a["name"]]);
    let err = Dataset::from_json(&to_text(&v)).unwrap_err();
    let d = &err.diagnostics()[0];
    assert_eq!(
        (d.code(), d.pointer()),
        (Code::WrongType, "/actors/0"),
        "{err}"
    );
    assert!(d.line() > 1 && d.column() > 1, "{err}");

    // A nested part (a claim's first-appearance source reference) as an array.
    let mut v = small();
    let source = v["claims"][0]["first_appearance"]["source"]["source"].clone();
    v["claims"][0]["first_appearance"]["source"] = serde_json::json!([source]);
    let err = Dataset::from_json(&to_text(&v)).unwrap_err();
    let d = &err.diagnostics()[0];
    assert_eq!(
        (d.code(), d.pointer()),
        (Code::WrongType, "/claims/0/first_appearance/source"),
        "{err}"
    );

    // A record file that is an array.
    let err = parse_record(
        RecordKind::Actor,
        "x.json",
        br#"["nato", "organization", "North Atlantic Treaty Organization"]"#,
    )
    .unwrap_err();
    assert_eq!((err.code(), err.pointer()), (Code::WrongType, ""), "{err}");

    // The unmodified export still loads.
    assert!(Dataset::from_json(&to_text(&small())).is_ok());
}

/// Too deep: one wording and one help, from the library, wherever it is met.
#[test]
fn nesting_too_deep_is_its_own_diagnostic() {
    let text = "[".repeat(200);
    let d = parse_record(RecordKind::Actor, "x.json", text.as_bytes()).unwrap_err();
    assert_eq!(d.code(), Code::TooDeep, "{d}");
    assert!(d.message().contains("nested more than 128 levels"), "{d}");
    assert!(d.help().contains("nested too deeply"), "{d}");
    assert_eq!(d.line(), 1, "{d}");
}

/// "Did you mean" compares strings pairwise: a hostile export with long ids must not make it
/// quadratic in their length (found by `mutated_exports_never_panic`: two 100 000-character
/// strings took minutes to compare).
#[test]
fn long_unknown_references_get_no_suggestion() {
    let mut v = small();
    let long_id = "a".repeat(150_000);
    v["actors"][0]["id"] = json!(long_id);
    v["commitments"][0]["made_by"][0] = json!("b".repeat(120_000));
    let err = Dataset::from_json(&to_text(&v)).unwrap_err();
    let dangling: Vec<&Diagnostic> = err
        .diagnostics()
        .iter()
        .filter(|d| {
            d.code() == Code::DanglingReference && d.pointer() == "/commitments/0/made_by/0"
        })
        .collect();
    assert_eq!(dangling.len(), 1, "{err}");
    assert!(!dangling[0].help().contains("did you mean"), "{err}");
}
