//! Bakes `data/` into the tables the library embeds (`$OUT_DIR/generated.rs`).
//!
//! The tables are generated at build time rather than committed, so that two pull requests
//! that touch different records never conflict in a generated file (see README, "How the data
//! is embedded"). The build script reads the record files with the library's own types and
//! writes them with the library's own layout: `src/model.rs`, `src/baked.rs` and the rest are
//! included below by path, so the writer here and the reader in the library are one definition.
//!
//! The build script does not validate: `assurances validate` does (CI runs it on every pull
//! request). It only parses strictly (unknown fields, bad dates and unknown vocabulary values
//! stop the build) and reports the file at fault.

// The included modules are the library's; the build script uses only part of them.
#![allow(dead_code, unused_imports)]

#[path = "src/baked.rs"]
mod baked;
#[path = "src/dataset.rs"]
mod dataset;
#[path = "src/date.rs"]
mod date;
// Build scripts are compiled with the package's features, so with `schema` the included types
// derive `JsonSchema` and need these.
#[path = "src/fingerprint.rs"]
mod fingerprint;
#[path = "src/index.rs"]
mod index;
#[path = "src/indexer.rs"]
mod indexer;
#[cfg(feature = "schema")]
#[path = "src/json_schema.rs"]
mod json_schema;
#[path = "src/model/mod.rs"]
mod model;
#[path = "src/patterns.rs"]
mod patterns;
#[path = "src/query.rs"]
mod query;
#[path = "src/vocab.rs"]
mod vocab;

/// The library's `generated` module: empty tables (nothing decoded here is read back) and the
/// name-folding table, computed here as it is written for the library, so that the index keys
/// built here and the queries folded at run time fold alike.
mod generated {
    pub(crate) static STRINGS: &str = "";
    pub(crate) static WORDS: &[u32] = &[];
    pub(crate) static FOLD: std::sync::LazyLock<Vec<(char, &'static str)>> =
        std::sync::LazyLock::new(|| {
            crate::indexer::fold_table()
                .into_iter()
                .map(|(c, f)| (c, &*Box::leak(f.into_boxed_str())))
                .collect()
        });
}

// The paths the included modules use (`crate::Dataset` …), as in src/lib.rs.
use dataset::Dataset;
use date::{PartialDate, Qualifier};
use model::{Actor, Claim, Commitment, Event, RecordKind, Source};
use vocab::*;

/// The data version baked into the tables.
const DATA_VERSION: &str = env!("CARGO_PKG_VERSION");

use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let data = manifest.join("data");
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=build.rs");
    // The library is compiled without the writer half of src/baked.rs.
    println!("cargo::rustc-cfg=nato_assurances_lib");

    let ds = match load(&data) {
        Ok(ds) => ds,
        Err(message) => {
            eprintln!("error: cannot bake the dataset: {message}");
            eprintln!(
                "help: run `cargo run -p nato-assurances-cli -- validate` for every problem, located"
            );
            std::process::exit(1);
        }
    };
    if let Err(message) = check_voice_words(&data.join("voice-words.json")) {
        eprintln!("error: data/voice-words.json: {message}");
        eprintln!(
            "help: an object mapping each language code to a list of words, or to {{\"words\": [...], \"allowed\": [...]}}"
        );
        std::process::exit(1);
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let mut src = baked::rust_tables(&ds);
    src.push_str(&format!(
        "\n/// The fingerprint of the baked records (see `crate::DATA_FINGERPRINT`).\n\
         pub(crate) static FINGERPRINT: &str = {:?};\n",
        fingerprint::fingerprint(&ds.records_json())
    ));
    src.push_str(&fold_table_source());
    if let Err(e) = std::fs::write(out.join("generated.rs"), src) {
        eprintln!("error: cannot write the baked tables: {e}");
        std::process::exit(1);
    }
}

/// The checker embeds the word list of the dataset's own voice (`src/check/voice.rs`): reject a
/// malformed one here, where a contributor's edit is first compiled, rather than ignore it.
fn check_voice_words(path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let v: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}:{}: {e}", e.line(), e.column()))?;
    let strings = |v: &serde_json::Value, at: &str| -> Result<(), String> {
        let list = v.as_array().ok_or(format!("`{at}` is not a list"))?;
        match list
            .iter()
            .position(|w| w.as_str().is_none_or(|w| w.trim().is_empty()))
        {
            Some(i) => Err(format!("`{at}/{i}` is not a word")),
            None => Ok(()),
        }
    };
    let map = v.as_object().ok_or("not an object")?;
    for (language, value) in map.iter().filter(|(k, _)| !k.starts_with('$')) {
        match value {
            serde_json::Value::Object(o) => {
                strings(
                    o.get("words")
                        .ok_or(format!("`/{language}` has no `words`"))?,
                    &format!("/{language}/words"),
                )?;
                if let Some(a) = o.get("allowed") {
                    strings(a, &format!("/{language}/allowed"))?;
                }
                if let Some(k) = o.keys().find(|k| *k != "words" && *k != "allowed") {
                    return Err(format!("unknown key `/{language}/{k}`"));
                }
            }
            other => strings(other, &format!("/{language}"))?,
        }
    }
    Ok(())
}

/// The Rust source of the name-folding table (see `index::fold_name`).
fn fold_table_source() -> String {
    let mut out = String::from(
        "\n/// (character, folded form) for name matching, sorted; see `crate::index::fold_name`.\n\
         pub(crate) static FOLD: &[(char, &str)] = &[\n",
    );
    for (c, folded) in generated::FOLD.iter() {
        out.push_str(&format!("    ({c:?}, {folded:?}),\n"));
    }
    out.push_str("];\n");
    out
}

/// Every record under `data/`, parsed strictly, assembled into a dataset with its indexes.
fn load(data: &Path) -> Result<Dataset, String> {
    Ok(Dataset::assemble(
        DATA_VERSION.to_owned(),
        records::<Actor>(data, RecordKind::Actor)?,
        records::<Source>(data, RecordKind::Source)?,
        records::<Commitment>(data, RecordKind::Commitment)?,
        records::<Claim>(data, RecordKind::Claim)?,
        records::<Event>(data, RecordKind::Event)?,
    ))
}

/// The records of one kind: every `*.json` file in `data/<kind>s/`, in name order.
fn records<T: serde::de::DeserializeOwned>(
    data: &Path,
    kind: RecordKind,
) -> Result<Vec<T>, String> {
    let dir = data.join(kind.dir());
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        // A checkout without a directory has no records of that kind.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("{}: {e}", dir.display())),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            serde_json::from_slice(&bytes).map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}
