//! The baked tables must equal a fresh `assurances generate` of data/.

use nato_assurances::{codegen, dataset, load};
use std::path::Path;

const FIX: &str = "run `cargo run -p nato-assurances-cli -- generate` and commit the result";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn embedded_dataset_equals_data_directory() {
    let loaded = match load::load_dir(&root().join("data")) {
        Ok(ds) => ds,
        Err(diags) => {
            let text: Vec<String> = diags.iter().map(ToString::to_string).collect();
            panic!("data/ does not validate:\n{}", text.join("\n"));
        }
    };
    assert!(
        &loaded == dataset(),
        "src/generated.rs is stale: the embedded dataset differs from data/; {FIX}"
    );
}

#[test]
fn generated_source_is_up_to_date() {
    let loaded = load::load_dir(&root().join("data")).expect("data/ validates");
    let fresh = codegen::rust_tables(&loaded);
    let committed =
        std::fs::read_to_string(root().join("src/generated.rs")).expect("src/generated.rs exists");
    assert!(
        fresh == committed,
        "src/generated.rs differs from a fresh generate; {FIX}"
    );
}

#[test]
fn export_is_up_to_date() {
    let committed = std::fs::read_to_string(root().join("exports/dataset.json"))
        .expect("exports/dataset.json exists");
    assert!(
        dataset().to_json() == committed,
        "exports/dataset.json is stale; {FIX}"
    );
}
