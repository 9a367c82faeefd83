//! `assurances new KIND --id ID`: scaffold a record file. Every placeholder starts with
//! `TODO`, which `validate` reports until it is filled in; the placeholders of closed
//! vocabularies list the allowed values, taken from the vocabularies themselves.

use crate::workspace::{data_dir, write_atomic};
use nato_assurances::{
    ActorKind, CommitmentKind, EventKind, Form, LegalStatus, OwnershipFactKind, QuoteKind,
    RecordKind, SourceKind, Stance, Topic, Verification,
};
use std::path::PathBuf;
use std::process::ExitCode;

/// `assurances new KIND --id ID [--data DIR]`: refuses a non-kebab-case id and an existing file.
pub fn run(kind: RecordKind, id: &str, data: Option<PathBuf>) -> Result<ExitCode, String> {
    if !nato_assurances::check::is_kebab(id) {
        return Err(format!(
            "`{id}` is not a kebab-case id (lowercase letters and digits separated by hyphens)"
        ));
    }
    let path = data_dir(data)?.join(kind.dir()).join(format!("{id}.json"));
    if path.exists() {
        return Err(format!(
            "{} already exists; edit it instead",
            path.display()
        ));
    }
    write_atomic(&path, &scaffold(kind, id))?;
    crate::out::println(format_args!("wrote {}", path.display()));
    eprintln!("fill in every TODO, then run `assurances validate` and `assurances fmt`");
    Ok(ExitCode::SUCCESS)
}

/// The scaffold for a new record: every required field, with placeholders that
/// `validate` reports until they are filled in.
pub fn scaffold(kind: RecordKind, id: &str) -> String {
    let id = serde_json::to_string(id).unwrap_or_default();
    let body = match kind {
        RecordKind::Commitment => commitment(&id),
        RecordKind::Claim => claim(&id),
        RecordKind::Source => source(&id),
        RecordKind::Actor => actor(&id),
        RecordKind::Event => event(&id),
    };
    format!("{{\n{body}\n}}\n")
}

/// The values of a vocabulary, in declaration order.
fn values<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|v| name(*v)).collect()
}

/// `a, b, c`.
fn one_of(values: &[&str]) -> String {
    values.join(", ")
}

/// `a, b or c`.
fn either(values: &[&str]) -> String {
    match values {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

/// The verification values, strongest first.
fn verification() -> String {
    let mut v = values(Verification::ALL, Verification::as_str);
    v.reverse();
    either(&v)
}

fn commitment(id: &str) -> String {
    let kinds = one_of(&values(CommitmentKind::ALL, CommitmentKind::as_str));
    let forms = either(&values(Form::ALL, Form::as_str));
    let statuses = either(&values(LegalStatus::ALL, LegalStatus::as_str));
    let topic = Topic::ALL[0];
    let verification = verification();
    format!(
        r#"  "id": {id},
  "kind": "TODO: one of {kinds}",
  "title": "TODO: neutral title: who, what, to whom",
  "date": "TODO: YYYY, YYYY-MM or YYYY-MM-DD, at the precision the source gives",
  "made_by": [
    "TODO: actor id"
  ],
  "form": "TODO: {forms}",
  "legal_status": "TODO: {statuses}",
  "topics": [
    "TODO: topic, e.g. {topic}"
  ],
  "summary": "TODO: neutral summary of what was said or agreed",
  "sources": [
    {{
      "source": "TODO: source id",
      "locator": "TODO: page, paragraph or document number"
    }}
  ],
  "verification": "TODO: {verification}""#
    )
}

fn claim(id: &str) -> String {
    let stances = either(&values(Stance::ALL, Stance::as_str));
    let quote_kinds = either(&values(QuoteKind::ALL, QuoteKind::as_str));
    let verification = verification();
    format!(
        r#"  "id": {id},
  "claimant": "TODO: actor id",
  "date": "TODO: YYYY-MM-DD",
  "about": [
    {{
      "commitment": "TODO: commitment id",
      "stances": [
        "TODO: {stances}"
      ]
    }}
  ],
  "quote": {{
    "text": "TODO: the claimant's exact words",
    "kind": "TODO: {quote_kinds}",
    "language": "en"
  }},
  "first_appearance": {{
    "occasion": "TODO: where the words were first said or published (a press conference, an interview …)",
    "source": {{
      "source": "TODO: source id of that first appearance, if the dataset has it (else remove `source`)"
    }}
  }},
  "summary": "TODO: neutral summary: X says …",
  "verification": "TODO: {verification}""#
    )
}

fn source(id: &str) -> String {
    let kinds = one_of(&values(SourceKind::ALL, SourceKind::as_str));
    format!(
        r#"  "id": {id},
  "kind": "TODO: one of {kinds}",
  "title": "TODO: title as printed",
  "publisher": "TODO: actor id",
  "published": "TODO: YYYY-MM-DD",
  "language": "en",
  "url": "TODO: https://…""#
    )
}

fn actor(id: &str) -> String {
    let kinds = either(&values(ActorKind::ALL, ActorKind::as_str));
    let facts = either(&values(OwnershipFactKind::ALL, OwnershipFactKind::as_str));
    format!(
        r#"  "id": {id},
  "kind": "TODO: {kinds}",
  "name": "TODO: display name in English",
  "ownership": [
    {{
      "fact": "TODO: for an outlet or a publisher, {facts} (else remove `ownership`)",
      "by": "TODO: owner or funder actor id",
      "source": {{
        "source": "TODO: source id that states it"
      }},
      "quote": "TODO: the source's words that state it"
    }}
  ]"#
    )
}

fn event(id: &str) -> String {
    let kinds = one_of(&values(EventKind::ALL, EventKind::as_str));
    format!(
        r#"  "id": {id},
  "kind": "TODO: one of {kinds}",
  "title": "TODO: neutral title",
  "date": "TODO: YYYY-MM-DD",
  "sources": [
    {{
      "source": "TODO: source id"
    }}
  ],
  "summary": "TODO: neutral summary""#
    )
}
