//! The tables build.rs bakes from data/ must equal what the checker loads from data/: the two
//! read the same files, one strictly parsed for embedding, the other with every rule.

use nato_assurances::check::Checker;
use nato_assurances::{dataset, Dataset};
use std::path::Path;

#[test]
fn embedded_dataset_equals_checked_data_directory() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    let loaded = match Checker::new().check_dir(&data) {
        Ok(ds) => ds,
        Err(err) => panic!("data/ does not validate:\n{err}"),
    };
    assert!(
        &loaded == dataset(),
        "the embedded dataset differs from data/ as the checker reads it"
    );
}

#[test]
fn a_fresh_decode_equals_the_shared_dataset() {
    let fresh = Dataset::embedded();
    assert_eq!(&fresh, dataset());
    assert!(fresh.counts().iter().all(|&n| n > 0));
}
