//! The secondary indexes of a [`Dataset`](crate::Dataset) as the library reads them: records
//! in date order, actor names folded for lookup, links from actors and commitments to what
//! refers to them, and id hashes. They are built by `indexer.rs` (in build.rs for the embedded
//! tables, and in the checker for datasets it loads).

use crate::model::*;

/// Secondary indexes. Built by the same code for the embedded tables (at generate time)
/// and for datasets loaded from JSON (at load time).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub(crate) struct Index {
    /// Commitment indexes in date order (then id).
    pub(crate) commitments_by_date: List<u32>,
    /// Claim indexes in date order (then id).
    pub(crate) claims_by_date: List<u32>,
    /// Event indexes in date order (then id).
    pub(crate) events_by_date: List<u32>,
    /// (folded name, actor index), sorted; covers names, `names` and aliases.
    pub(crate) actor_names: List<(Str, u32)>,
    /// (actor index, date rank of commitment), sorted.
    pub(crate) actor_commitments: List<(u32, u32)>,
    /// (commitment index, date rank of claim), sorted.
    pub(crate) commitment_claims: List<(u32, u32)>,
    /// ([`id_hash`] of the id, actor index), sorted: lookups by id search these compact
    /// pairs instead of comparing strings across the records.
    pub(crate) actor_ids: List<(u64, u32)>,
    /// ([`id_hash`], source index), sorted.
    pub(crate) source_ids: List<(u64, u32)>,
    /// ([`id_hash`], commitment index), sorted.
    pub(crate) commitment_ids: List<(u64, u32)>,
    /// ([`id_hash`], claim index), sorted.
    pub(crate) claim_ids: List<(u64, u32)>,
    /// ([`id_hash`], event index), sorted.
    pub(crate) event_ids: List<(u64, u32)>,
}

/// Fold a name for matching: decompose (NFD), drop combining marks, lowercase, map letters
/// that do not decompose (ł, ø, ß…), collapse whitespace.
///
/// Characters are folded by a table that `build.rs` computes with the `unicode-normalization`
/// crate for the scripts names are written in (Latin, Greek, Cyrillic, and the combining
/// marks); other characters are only lowercased. The table keeps that crate out of the
/// library's dependencies.
///
/// ```
/// use nato_assurances::fold_name;
/// assert_eq!(fold_name("  Manfred  Wörner "), "manfred worner");
/// assert_eq!(fold_name("Wałęsa"), "walesa");
/// assert_eq!(fold_name("Горбачёв"), "горбачев");
/// assert_eq!(fold_name("Wo\u{308}rner"), "worner");
/// ```
pub fn fold_name(name: &str) -> String {
    // In build.rs the table is a `Vec` behind a `LazyLock`; `[..]` reads both as a slice.
    #[allow(clippy::redundant_slicing)]
    fold_with(name, &crate::generated::FOLD[..])
}

/// [`fold_name`] with a given table of (character, folded form), sorted by character.
pub(crate) fn fold_with(name: &str, table: &[(char, &str)]) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        // The table covers no ASCII character.
        let folded = if c.is_ascii() {
            Err(0)
        } else {
            table.binary_search_by_key(&c, |e| e.0).map(|i| table[i].1)
        };
        if folded == Ok("") {
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match folded {
            Ok(f) => out.push_str(f),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    out
}

pub(crate) fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// A fast 64-bit hash of a record id, for the id indexes ([`Index::source_ids`] …).
///
/// It is defined here, not taken from a hashing crate, because the baked tables store its
/// values: it must give the same result at `generate` time and at run time on every platform
/// and in every version of the dependencies (little-endian words, fixed constants).
pub(crate) fn id_hash(id: &str) -> u64 {
    const K: u64 = 0x9E37_79B9_7F4A_7C15;
    let mix = |h: u64, w: u64| (h.rotate_left(5) ^ w).wrapping_mul(K);
    let mut h = id.len() as u64;
    let mut chunks = id.as_bytes().chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = mix(h, u64::from_le_bytes(w));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = mix(h, u64::from_le_bytes(w));
    }
    h ^ (h >> 29)
}
