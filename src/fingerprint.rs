//! The fingerprint of a dataset: `sha256:` and the SHA-256 of the canonical JSON of its
//! records (no version, no release date), in lowercase hex. Two copies hold the same data
//! exactly when their fingerprints are equal. `build.rs` computes it for the baked data
//! ([`crate::DATA_FINGERPRINT`]); the checker (feature `validate`) for a loaded export.

use sha2::{Digest, Sha256};
use std::fmt::Write;

/// The fingerprint of the records whose canonical JSON is `records_json`.
pub(crate) fn fingerprint(records_json: &str) -> String {
    let digest = Sha256::digest(records_json.as_bytes());
    let mut out = String::from("sha256:");
    for b in digest {
        let _ = write!(out, "{b:02x}");
    }
    out
}
