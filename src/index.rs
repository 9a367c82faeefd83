//! The secondary indexes of a [`Dataset`](crate::Dataset): records in date order, actor names
//! folded for lookup, links from actors and commitments to what refers to them, and id hashes.
//! Built by the same code for the embedded tables (in build.rs) and for datasets the checker
//! loads.

use crate::model::*;
use chrono::NaiveDate;
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;

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

/// Fold a name for matching: NFD, drop combining marks, lowercase, map letters that do not
/// decompose (ł, ø, ß…), collapse whitespace.
///
/// ```
/// use nato_assurances::fold_name;
/// assert_eq!(fold_name("  Manfred  Wörner "), "manfred worner");
/// assert_eq!(fold_name("Wałęsa"), "walesa");
/// ```
pub fn fold_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.nfd() {
        if unicode_normalization::char::is_combining_mark(c) {
            continue;
        }
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' => out.push('d'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ı' => out.push('i'),
            'ё' | 'Ё' => out.push('е'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg_attr(not(feature = "validate"), allow(dead_code))] // build.rs and the checker build indexes
fn transliterate_umlauts(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 4);
    for c in s.nfc() {
        match c {
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'Ä' => out.push_str("Ae"),
            'Ö' => out.push_str("Oe"),
            'Ü' => out.push_str("Ue"),
            _ => out.push(c),
        }
    }
    out
}

pub(crate) fn to_u32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

#[cfg_attr(not(feature = "validate"), allow(dead_code))] // build.rs and the checker build indexes
impl Index {
    pub(crate) fn build(
        actors: &[Actor],
        sources: &[Source],
        commitments: &[Commitment],
        claims: &[Claim],
        events: &[Event],
    ) -> Index {
        let commitments_by_date = by_date(commitments, |c| (c.date.earliest(), &c.id));
        // Undated claims sort last.
        let claims_by_date = by_date(claims, |c| {
            (c.date.map_or(NaiveDate::MAX, |d| d.earliest()), &c.id)
        });
        let events_by_date = by_date(events, |e| (e.date.earliest(), &e.id));
        let mut actor_names: Vec<(Str, u32)> = Vec::new();
        for (i, a) in actors.iter().enumerate() {
            actor_names.extend(name_keys(a).into_iter().map(|k| (Text::from(k), to_u32(i))));
        }
        actor_names.sort();
        let actor_commitments = links(&commitments_by_date, commitments, actors, |c| {
            c.made_by
                .iter()
                .chain(c.made_to.iter())
                .chain(c.parties.iter())
        });
        let commitment_claims = links(&claims_by_date, claims, commitments, |k| k.about.iter());
        Index {
            commitments_by_date: commitments_by_date.into(),
            claims_by_date: claims_by_date.into(),
            events_by_date: events_by_date.into(),
            actor_names: actor_names.into(),
            actor_commitments: actor_commitments.into(),
            commitment_claims: commitment_claims.into(),
            actor_ids: ids_by_hash(actors, |x| &x.id).into(),
            source_ids: ids_by_hash(sources, |x| &x.id).into(),
            commitment_ids: ids_by_hash(commitments, |x| &x.id).into(),
            claim_ids: ids_by_hash(claims, |x| &x.id).into(),
            event_ids: ids_by_hash(events, |x| &x.id).into(),
        }
    }
}

/// Indexes of `items` sorted by `key`.
#[cfg_attr(not(feature = "validate"), allow(dead_code))]
fn by_date<T>(items: &[T], key: impl Fn(&T) -> (NaiveDate, &str)) -> Vec<u32> {
    let mut v: Vec<u32> = (0..items.len()).map(to_u32).collect();
    v.sort_by(|&a, &b| key(&items[a as usize]).cmp(&key(&items[b as usize])));
    v
}

/// Every folded form under which an actor is found: its name, aliases and names in other
/// scripts, each also with German umlauts transliterated ("Wörner" → "worner" and
/// "woerner"), a person's surname alone, and the id.
#[cfg_attr(not(feature = "validate"), allow(dead_code))]
fn name_keys(a: &Actor) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    let names = std::iter::once(&a.name)
        .chain(a.aliases.iter())
        .chain(a.names.iter().map(|n| &n.name));
    for n in names {
        for f in [fold_name(n), fold_name(&transliterate_umlauts(n))] {
            if a.kind == crate::ActorKind::Person {
                if let Some((_, last)) = f.rsplit_once(' ') {
                    keys.push(last.to_owned());
                }
            }
            keys.push(f);
        }
    }
    keys.push(fold_name(&a.id.replace('-', " ")));
    keys.sort();
    keys.dedup();
    keys
}

/// (target index, date rank of item) for every target id each item lists, each pair once,
/// sorted; `order` is the items' date order and `targets` is sorted by id.
#[cfg_attr(not(feature = "validate"), allow(dead_code))]
fn links<'a, T, U: HasId, I: Iterator<Item = &'a Str>>(
    order: &[u32],
    items: &'a [T],
    targets: &[U],
    ids: impl Fn(&'a T) -> I,
) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    for (rank, &i) in order.iter().enumerate() {
        let mut seen = HashSet::new();
        for id in ids(&items[i as usize]) {
            if let Ok(t) = targets.binary_search_by(|x| x.id().cmp(id)) {
                if seen.insert(t) {
                    out.push((to_u32(t), to_u32(rank)));
                }
            }
        }
    }
    out.sort();
    out
}

/// Records with an id, for [`links`].
trait HasId {
    fn id(&self) -> &str;
}

impl HasId for Actor {
    fn id(&self) -> &str {
        &self.id
    }
}

impl HasId for Commitment {
    fn id(&self) -> &str {
        &self.id
    }
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

/// (id hash, index) pairs of `items`, sorted.
#[cfg_attr(not(feature = "validate"), allow(dead_code))] // build.rs and the checker build indexes
fn ids_by_hash<T>(items: &[T], key: impl Fn(&T) -> &str) -> Vec<(u64, u32)> {
    let mut v: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, x)| (id_hash(key(x)), to_u32(i)))
        .collect();
    v.sort_unstable();
    v
}
