//! The baked form of the embedded dataset: one string blob and one table of `u32` words.
//!
//! `build.rs` writes both into `$OUT_DIR/generated.rs` at build time, from `data/`, with the
//! writer half of this module (the build script includes this file by path; the library only
//! reads). [`crate::dataset()`] decodes the words once, on first use, into the ordinary record
//! types. Strings are never copied: a baked string is an (offset, length) pair into the blob,
//! decoded to [`Text::Static`].
//!
//! Why words and not Rust struct literals: rustc spends about half a millisecond checking
//! and evaluating each record written as a literal, so at 100× the real data (51 100 records)
//! a rebuild took 94 s. An integer array of the same data compiles in seconds (see
//! BENCHMARKS.md).
//!
//! The layout is defined once, by [`Bake`]: the same field list writes and reads each type,
//! so the writer and the reader cannot disagree. Layout of each value:
//!
//! - a string: two words, offset and length in bytes into the blob;
//! - `u32`: one word; `u64`: two words, high then low;
//! - a date: one word, `year << 16 | month << 8 | day << 2 | qualifier`;
//! - a vocabulary value: one word, its position in the vocabulary's `ALL`;
//! - `Option<T>`: a word 0 (absent) or 1 followed by `T`;
//! - a list: its length, then its items;
//! - a struct: its fields, in declaration order.

use crate::index::Index;
use crate::model::*;
use crate::{Dataset, PartialDate, Qualifier};
use std::borrow::Cow;
use std::collections::HashMap;

/// The baked tables being written: the words and the deduplicated string blob.
#[cfg_attr(nato_assurances_lib, allow(dead_code))] // the writer runs in build.rs
#[derive(Default)]
pub(crate) struct Writer {
    words: Vec<u32>,
    blob: String,
    interned: HashMap<String, (u32, u32)>,
}

#[cfg_attr(nato_assurances_lib, allow(dead_code))]
impl Writer {
    fn word(&mut self, w: u32) {
        self.words.push(w);
    }

    /// The blob's (offset, length) for `s`, appending it if it is new.
    fn intern(&mut self, s: &str) -> (u32, u32) {
        if let Some(&x) = self.interned.get(s) {
            return x;
        }
        let x = (to_u32(self.blob.len()), to_u32(s.len()));
        self.blob.push_str(s);
        self.interned.insert(s.to_owned(), x);
        x
    }
}

/// Lengths and offsets are far below 4 GiB (the loader caps file sizes); saturate rather
/// than wrap if that ever changes, so that the drift test fails instead of data moving.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Reads the baked words. Every read is checked: a read past the end or out of range sets
/// `fault` and yields a placeholder, and [`decode`] then returns `None` — never a panic.
/// (A flag rather than `Option` on every read keeps the decoder fast: records are built in
/// place instead of being moved out of an `Option` at each level.)
pub(crate) struct Reader<'a> {
    words: &'a [u32],
    strings: &'static str,
    fault: bool,
}

impl Reader<'_> {
    fn word(&mut self) -> u32 {
        match self.words.split_first() {
            Some((&w, rest)) => {
                self.words = rest;
                w
            }
            None => {
                self.fault = true;
                0
            }
        }
    }
}

/// A value with a baked form. See the module docs for the layout.
pub(crate) trait Bake: Sized {
    #[cfg_attr(nato_assurances_lib, allow(dead_code))]
    fn put(&self, w: &mut Writer);
    fn get(r: &mut Reader<'_>) -> Self;
}

impl Bake for Text {
    fn put(&self, w: &mut Writer) {
        let (start, len) = w.intern(self);
        w.word(start);
        w.word(len);
    }
    fn get(r: &mut Reader<'_>) -> Self {
        let (start, len) = (r.word(), r.word());
        // A range check only: reading the blob here (for char boundaries) would touch
        // hundreds of kilobytes on first use. `Text::as_str` checks boundaries when read.
        if (start as usize).saturating_add(len as usize) > r.strings.len() {
            r.fault = true;
        }
        Text::Static(start, len)
    }
}

impl Bake for u32 {
    fn put(&self, w: &mut Writer) {
        w.word(*self);
    }
    fn get(r: &mut Reader<'_>) -> Self {
        r.word()
    }
}

impl Bake for u64 {
    fn put(&self, w: &mut Writer) {
        w.word((self >> 32) as u32);
        w.word(*self as u32);
    }
    fn get(r: &mut Reader<'_>) -> Self {
        let high = u64::from(r.word());
        high << 32 | u64::from(r.word())
    }
}

impl<A: Bake, B: Bake> Bake for (A, B) {
    fn put(&self, w: &mut Writer) {
        self.0.put(w);
        self.1.put(w);
    }
    fn get(r: &mut Reader<'_>) -> Self {
        let a = A::get(r);
        (a, B::get(r))
    }
}

impl<T: Bake> Bake for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            None => w.word(0),
            Some(x) => {
                w.word(1);
                x.put(w);
            }
        }
    }
    fn get(r: &mut Reader<'_>) -> Self {
        match r.word() {
            0 => None,
            1 => Some(T::get(r)),
            _ => {
                r.fault = true;
                None
            }
        }
    }
}

impl<T: Bake + Clone> Bake for List<T> {
    fn put(&self, w: &mut Writer) {
        w.word(to_u32(self.len()));
        for x in self.iter() {
            x.put(w);
        }
    }
    fn get(r: &mut Reader<'_>) -> Self {
        // Every item takes at least one word, so a corrupt length cannot make this loop (or
        // the allocation) larger than the table.
        let len = r.word() as usize;
        if len > r.words.len() {
            r.fault = true;
        }
        let len = len.min(r.words.len());
        if len == 0 {
            return Cow::Borrowed(&[]);
        }
        Cow::Owned((0..len).map(|_| T::get(r)).collect())
    }
}

impl Bake for PartialDate {
    fn put(&self, w: &mut Writer) {
        let q = match self.qualifier {
            Qualifier::None => 0,
            Qualifier::Uncertain => 1,
            Qualifier::Approximate => 2,
        };
        w.word(
            u32::from(self.year) << 16 | u32::from(self.month) << 8 | u32::from(self.day) << 2 | q,
        );
    }
    fn get(r: &mut Reader<'_>) -> Self {
        let x = r.word();
        let qualifier = match x & 3 {
            0 => Qualifier::None,
            1 => Qualifier::Uncertain,
            2 => Qualifier::Approximate,
            _ => {
                r.fault = true;
                Qualifier::None
            }
        };
        PartialDate {
            year: (x >> 16) as u16,
            month: (x >> 8) as u8,
            day: (x as u8) >> 2,
            qualifier,
        }
    }
}

macro_rules! bake_enum {
    ($($t:ident),*) => {$(
        impl Bake for crate::vocab::$t {
            fn put(&self, w: &mut Writer) {
                let i = Self::ALL.iter().position(|x| x == self).unwrap_or(usize::MAX);
                w.word(to_u32(i));
            }
            fn get(r: &mut Reader<'_>) -> Self {
                let i = r.word() as usize;
                Self::ALL.get(i).copied().unwrap_or_else(|| {
                    r.fault = true;
                    Self::ALL[0]
                })
            }
        }
    )*};
}
bake_enum!(
    ActorKind,
    OwnershipFactKind,
    Share,
    QuoteKind,
    ClaimRelation,
    EventRole,
    SourceKind,
    CommitmentKind,
    Form,
    LegalStatus,
    Topic,
    Relation,
    Verification,
    Stance,
    EventKind
);

/// Both directions from one field list. A field missing here is a compile error in `get`
/// (the struct literal is incomplete), so the list cannot fall out of step with the type.
macro_rules! bake_struct {
    ($t:ident { $($f:ident),* $(,)? }) => {
        impl Bake for $t {
            fn put(&self, w: &mut Writer) {
                $(self.$f.put(w);)*
            }
            fn get(r: &mut Reader<'_>) -> Self {
                $t { $($f: Bake::get(r)),* }
            }
        }
        impl $t {
            /// The fields in baked order (compared with the JSON Schema by a test).
            #[allow(dead_code)]
            pub(crate) const FIELDS: &'static [&'static str] = &[$(stringify!($f)),*];
        }
    };
}
bake_struct!(LocalName { language, name });
bake_struct!(Role {
    title,
    organization,
    from,
    to
});
bake_struct!(OwnershipFact {
    fact,
    by,
    share,
    as_of,
    source,
    quote,
    searched,
    notes
});
bake_struct!(FirstAppearance {
    occasion,
    date,
    source
});
bake_struct!(ReadIn {
    source,
    locator,
    retrieved
});
bake_struct!(Target {
    commitment,
    stances
});
bake_struct!(ClaimLink { relation, claim });
bake_struct!(EventActor { actor, role });
bake_struct!(Withdrawal { date, reason });
bake_struct!(Archive {
    repository,
    collection,
    reference,
    document_number
});
bake_struct!(SourceRef { source, locator });
bake_struct!(Translation {
    language,
    text,
    translator
});
bake_struct!(Quote {
    text,
    kind,
    language,
    speaker,
    written_by,
    source,
    locator,
    read_in,
    translation_of
});
bake_struct!(Related {
    relation,
    commitment,
    notes
});
bake_struct!(ClaimQuote {
    text,
    kind,
    written_by,
    language,
    translation_of
});
bake_struct!(Actor {
    id,
    kind,
    name,
    names,
    aliases,
    roles,
    ownership,
    wikidata,
    notes,
    withdrawn
});
bake_struct!(Source {
    id,
    kind,
    title,
    authors,
    publisher,
    published,
    language,
    url,
    archived_url,
    archive,
    declassified,
    cites,
    republishes,
    notes,
    withdrawn
});
bake_struct!(Commitment {
    id,
    kind,
    title,
    date,
    end_date,
    place,
    made_by,
    made_to,
    parties,
    form,
    legal_status,
    topics,
    summary,
    quotes,
    sources,
    related,
    verification,
    notes,
    withdrawn
});
bake_struct!(Claim {
    id,
    claimant,
    date,
    about,
    quote,
    first_appearance,
    reported_by,
    read_in,
    responds_to,
    summary,
    verification,
    notes,
    withdrawn
});
bake_struct!(Event {
    id,
    kind,
    title,
    date,
    end_date,
    actors,
    commitments,
    sources,
    summary,
    notes,
    withdrawn
});
bake_struct!(Index {
    commitments_by_date,
    claims_by_date,
    events_by_date,
    actor_names,
    actor_commitments,
    commitment_claims,
    actor_ids,
    source_ids,
    commitment_ids,
    claim_ids,
    event_ids,
});

/// One section of the baked words: a record table, or the indexes.
#[cfg_attr(nato_assurances_lib, allow(dead_code))]
pub(crate) struct Section {
    /// What the section holds, for the comment in the generated file.
    pub(crate) label: String,
    /// One line per record (labelled by its id), or one line for the section.
    pub(crate) lines: Vec<(String, Vec<u32>)>,
}

/// Writes `items` as one section, a line per record.
#[cfg_attr(nato_assurances_lib, allow(dead_code))]
fn records<T: Bake + Clone>(
    w: &mut Writer,
    label: &str,
    items: &List<T>,
    id: fn(&T) -> &str,
) -> Section {
    w.word(to_u32(items.len()));
    let mut lines = vec![("count".to_owned(), std::mem::take(&mut w.words))];
    for x in items.iter() {
        x.put(w);
        lines.push((id(x).to_owned(), std::mem::take(&mut w.words)));
    }
    Section {
        label: label.to_owned(),
        lines,
    }
}

/// The baked form of `ds`: its sections (which concatenate to the words) and the blob.
#[cfg_attr(nato_assurances_lib, allow(dead_code))]
pub(crate) fn encode(ds: &Dataset) -> (Vec<Section>, String) {
    let mut w = Writer::default();
    let mut sections = vec![
        records(&mut w, "actors", &ds.actors, Actor::id),
        records(&mut w, "sources", &ds.sources, Source::id),
        records(&mut w, "commitments", &ds.commitments, Commitment::id),
        records(&mut w, "claims", &ds.claims, Claim::id),
        records(&mut w, "events", &ds.events, Event::id),
    ];
    ds.index.put(&mut w);
    sections.push(Section {
        label: "indexes".to_owned(),
        lines: vec![("index".to_owned(), std::mem::take(&mut w.words))],
    });
    (sections, w.blob)
}

/// The Rust source of the baked tables for `ds`: the string blob and the word array, one line
/// per record ending with the record's id (`build.rs` writes it to `$OUT_DIR/generated.rs`).
#[cfg_attr(nato_assurances_lib, allow(dead_code))]
pub(crate) fn rust_tables(ds: &Dataset) -> String {
    use std::fmt::Write;
    let (sections, blob) = encode(ds);
    let mut out = String::from(
        "// @generated by build.rs from data/. Layout: see src/baked.rs.\n\n\
         /// Every baked string, concatenated and deduplicated; records hold (offset, length) pairs into it.\n",
    );
    let _ = writeln!(out, "pub(crate) static STRINGS: &str = {blob:?};\n");
    out.push_str(
        "/// The baked records and indexes, decoded by `crate::baked::decode`.\n\
         pub(crate) static WORDS: &[u32] = &[\n",
    );
    for section in &sections {
        let _ = writeln!(out, "    // {}", section.label);
        for (label, words) in &section.lines {
            out.push_str("    ");
            for w in words {
                let _ = write!(out, "{w}, ");
            }
            // Ids are kebab-case (checked), so they cannot end the comment early.
            let _ = writeln!(out, "// {label}");
        }
    }
    out.push_str("];\n");
    out
}

/// Decodes baked `words` into a dataset. `strings` is the blob the words' string handles point
/// into: the decoder reads none of it, but checks every (offset, length) handle against its
/// length, so that no decoded string can reach past it. `None` if the words do not decode
/// exactly (too few words, too many, or a value or string handle out of range).
pub(crate) fn decode(words: &[u32], strings: &'static str) -> Option<Dataset> {
    let mut r = Reader {
        words,
        strings,
        fault: false,
    };
    let ds = Dataset {
        version: Cow::Borrowed(crate::DATA_VERSION),
        actors: Bake::get(&mut r),
        sources: Bake::get(&mut r),
        commitments: Bake::get(&mut r),
        claims: Bake::get(&mut r),
        events: Bake::get(&mut r),
        index: Bake::get(&mut r),
    };
    (!r.fault && r.words.is_empty()).then_some(ds)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words and blob of the embedded dataset, re-encoded, with the blob leaked so that
    /// decoded strings can point into it.
    fn encoded() -> (Vec<u32>, &'static str) {
        let (sections, blob) = encode(crate::dataset());
        let words = sections
            .into_iter()
            .flat_map(|s| s.lines)
            .flat_map(|(_, w)| w)
            .collect();
        (words, Box::leak(blob.into_boxed_str()))
    }

    #[test]
    fn round_trip() {
        let (words, blob) = encoded();
        assert_eq!(decode(&words, blob).as_ref(), Some(crate::dataset()));
    }

    #[test]
    fn truncated_or_extended_tables_do_not_decode() {
        let (mut words, blob) = encoded();
        words.push(0);
        assert!(decode(&words, blob).is_none(), "one word too many");
        words.truncate(words.len() - 2);
        assert!(decode(&words, blob).is_none(), "one word too few");
        assert!(decode(&[], blob).is_none(), "empty");
        // A list length beyond the end of the table.
        assert!(decode(&[u32::MAX], blob).is_none());
    }

    #[test]
    fn out_of_range_values_do_not_decode() {
        let (words, blob) = encoded();
        // words[0] is the actor count; words[1..3] the first actor's id (offset, length).
        let mut bad = words.clone();
        bad[2] = u32::try_from(blob.len()).unwrap() + 1;
        assert!(decode(&bad, blob).is_none(), "string past the blob");
        // words[3] is the first actor's kind.
        let mut bad = words.clone();
        bad[3] = 1000;
        assert!(
            decode(&bad, blob).is_none(),
            "vocabulary value out of range"
        );
        // An empty dataset is 5 record counts and 11 empty index lists.
        let mut empty = vec![0u32; 16];
        assert!(decode(&empty, "").is_some_and(|d| d.counts() == [0; 5]));
        empty[0] = 1;
        assert!(decode(&empty, "").is_none(), "a record where there is none");
    }
}
