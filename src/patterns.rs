//! The textual forms of ids, dates, language codes, URLs and Wikidata ids, as regular
//! expressions (the JSON Schema `pattern` dialect, which is ECMA-262).
//!
//! Defined once here: the JSON Schemas in `schema/` take their patterns from these constants,
//! and other code that checks the same forms should use (or be tested against) them, so that
//! the schema and the Rust checks cannot drift apart.
//!
//! ```
//! use nato_assurances::patterns;
//! assert!(patterns::ID.starts_with('^') && patterns::ID.ends_with('$'));
//! ```

/// A record id: a kebab-case slug of lowercase ASCII letters and digits separated by single
/// hyphens (`manfred-woerner`). Equal to the record's file name without `.json`.
pub const ID: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// A partial date (an EDTF level-1 subset): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally
/// followed by `?` (uncertain) or `~` (approximate). The pattern checks the form and the
/// ranges of month and day; whether the day exists in that month is checked by
/// [`PartialDate`](crate::PartialDate)'s parser.
pub const PARTIAL_DATE: &str = "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?[?~]?$";

/// A BCP 47 language code: a two- or three-letter lowercase language subtag, optionally
/// followed by subtags of 2 to 8 letters or digits (`en`, `ru`, `de`, `sr-Latn`).
pub const LANGUAGE: &str = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$";

/// An absolute https URL with a dotted host (`https://www.nato.int/...`).
pub const HTTPS_URL: &str = "^https://[^\\s/]+\\.[^\\s]+$";

/// A Wikidata item id: `Q` followed by digits (`Q57674`).
pub const WIKIDATA_ID: &str = "^Q[0-9]+$";

/// A data version: it starts with a semantic version `MAJOR.MINOR.PATCH`.
pub const VERSION: &str = "^[0-9]+\\.[0-9]+\\.[0-9]+";
