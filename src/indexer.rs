//! Building the secondary indexes ([`Index`]) and the name-folding table: generation-side
//! code, compiled into build.rs (which includes this file by path) and, with the `validate`
//! feature, into the checker, which loads datasets of its own.

use crate::index::{fold_name, id_hash, to_u32, Index};
use crate::model::*;
use chrono::NaiveDate;
use std::collections::HashSet;
use unicode_normalization::UnicodeNormalization;

/// The blocks whose characters the name-folding table covers: Latin (with its supplements and
/// extensions), the combining marks, Greek and Cyrillic.
#[cfg(any(test, not(nato_assurances_lib)))] // build.rs writes the table; the tests check it
const FOLDED_BLOCKS: [(u32, u32); 9] = [
    (0x00C0, 0x024F),
    (0x0300, 0x036F),
    (0x0370, 0x03FF),
    (0x0400, 0x052F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x1E00, 0x1FFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
];

/// One character folded for name matching: decomposed (NFD), combining marks dropped,
/// letters that do not decompose mapped, lowercased.
#[cfg(any(test, not(nato_assurances_lib)))] // build.rs writes the table; the tests check it
pub(crate) fn fold_char(c: char) -> String {
    let mut out = String::new();
    for d in std::iter::once(c).nfd() {
        if unicode_normalization::char::is_combining_mark(d) {
            continue;
        }
        match d {
            'ł' | 'Ł' => out.push('l'),
            'ø' | 'Ø' => out.push('o'),
            'đ' | 'Đ' => out.push('d'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'œ' | 'Œ' => out.push_str("oe"),
            'ı' => out.push('i'),
            _ => out.extend(d.to_lowercase()),
        }
    }
    out
}

/// The folding table: every character of [`FOLDED_BLOCKS`] whose folded form is not just its
/// lowercase, with that form; sorted by character.
#[cfg(any(test, not(nato_assurances_lib)))] // build.rs writes the table; the tests check it
pub(crate) fn fold_table() -> Vec<(char, String)> {
    FOLDED_BLOCKS
        .iter()
        .flat_map(|&(start, end)| (start..=end).filter_map(char::from_u32))
        .filter_map(|c| {
            let folded = fold_char(c);
            (folded != c.to_lowercase().collect::<String>()).then_some((c, folded))
        })
        .collect()
}

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
        let commitment_claims = links(&claims_by_date, claims, commitments, |k| {
            k.about.iter().map(|t| &t.commitment)
        });
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
fn by_date<T>(items: &[T], key: impl Fn(&T) -> (NaiveDate, &str)) -> Vec<u32> {
    let mut v: Vec<u32> = (0..items.len()).map(to_u32).collect();
    v.sort_by(|&a, &b| key(&items[a as usize]).cmp(&key(&items[b as usize])));
    v
}

/// Every folded form under which an actor is found: its name, aliases and names in other
/// scripts, each also with German umlauts transliterated ("Wörner" → "worner" and
/// "woerner"), a person's surname alone, and the id.
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

/// (id hash, index) pairs of `items`, sorted.
fn ids_by_hash<T>(items: &[T], key: impl Fn(&T) -> &str) -> Vec<(u64, u32)> {
    let mut v: Vec<(u64, u32)> = items
        .iter()
        .enumerate()
        .map(|(i, x)| (id_hash(key(x)), to_u32(i)))
        .collect();
    v.sort_unstable();
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table `build.rs` baked is the one this code computes, and folding through it equals
    /// folding each character directly.
    #[test]
    fn the_baked_folding_table_is_the_computed_one() {
        let computed = fold_table();
        let baked: Vec<(char, String)> = crate::generated::FOLD
            .iter()
            .map(|&(c, f)| (c, f.to_owned()))
            .collect();
        assert_eq!(baked, computed);
        assert!(computed.windows(2).all(|w| w[0].0 < w[1].0));
        // `fold_with` skips the table for ASCII.
        assert!(computed.iter().all(|(c, _)| !c.is_ascii()));
        for &(start, end) in &FOLDED_BLOCKS {
            for c in (start..=end).filter_map(char::from_u32) {
                assert_eq!(
                    fold_name(&format!("x{c}")),
                    format!("x{}", fold_char(c)),
                    "{c:?}"
                );
            }
        }
        assert_eq!(fold_name("Ё Ł ß"), "е l ss");
    }
}
