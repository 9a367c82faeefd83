//! Releases: the CHANGELOG's latest release section, the release constants and the data agree,
//! and a change to `data/` since the release is explained by a changelog fragment.

use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The latest release section: (version, date, fingerprint line's value).
fn latest_release() -> (String, String, Option<String>) {
    let text = std::fs::read_to_string(root().join("CHANGELOG.md")).unwrap();
    let mut lines = text
        .lines()
        .skip_while(|l| !l.starts_with("## [") || l.starts_with("## [Unreleased]"));
    let heading = lines.next().expect("a release section");
    // `## [0.3.0] — 2026-12-04`
    let version = heading[4..heading.find(']').unwrap()].to_owned();
    let date = heading.rsplit(' ').next().unwrap().to_owned();
    let fingerprint = lines
        .take_while(|l| !l.starts_with("## "))
        .find_map(|l| l.strip_prefix("Data fingerprint: `"))
        .map(|l| l.trim_end_matches('`').to_owned());
    (version, date, fingerprint)
}

#[test]
fn the_latest_release_section_names_this_version_and_date() {
    let (version, date, fingerprint) = latest_release();
    assert_eq!(
        version,
        nato_assurances::DATA_VERSION,
        "CHANGELOG.md's latest section"
    );
    assert_eq!(
        date,
        nato_assurances::DATA_RELEASED,
        "CHANGELOG.md's latest section"
    );
    let f = fingerprint.expect("the release section records `Data fingerprint: `sha256:…``");
    assert!(f.starts_with("sha256:") && f.len() == 71, "{f}");
    assert_eq!(
        f,
        nato_assurances::DATA_RELEASE_FINGERPRINT,
        "CHANGELOG.md's latest section and DATA_RELEASE_FINGERPRINT"
    );
}

#[test]
fn data_changed_since_the_release_has_a_changelog_fragment() {
    let (version, _, fingerprint) = latest_release();
    if fingerprint.as_deref() == Some(nato_assurances::DATA_FINGERPRINT) {
        return;
    }
    let fragments = std::fs::read_dir(root().join("changelog.d"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.ends_with(".md") && name != "README.md"
        })
        .count();
    assert!(
        fragments > 0,
        "data/ differs from release {version} (fingerprint {}, released data {}), and \
         changelog.d/ has no fragment: add one that lists the changed record ids \
         (changelog.d/README.md)",
        nato_assurances::DATA_FINGERPRINT,
        fingerprint.unwrap_or_default()
    );
}
