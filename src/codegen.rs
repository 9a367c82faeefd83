//! Writes the baked static tables (`src/generated.rs`) from a checked [`Dataset`].
//!
//! Used by `assurances generate`; not part of the stable API.

use crate::dataset::Index;
use crate::model::*;
use crate::{Dataset, PartialDate, Qualifier};
use std::fmt::Write;

/// Where baked code is written, and the string blob baked strings point into.
struct Cx {
    out: String,
    blob: String,
    interned: std::collections::HashMap<String, (u32, u32)>,
}

impl Cx {
    fn push_str(&mut self, s: &str) {
        self.out.push_str(s);
    }
    fn push(&mut self, c: char) {
        self.out.push(c);
    }
}

impl Write for Cx {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.out.push_str(s);
        Ok(())
    }
}

trait Bake {
    fn bake(&self, out: &mut Cx);
    /// Whether the value equals the field's default (`None`, empty list), so that a struct
    /// literal can leave it to `..D_TYPE` (fewer nodes for the compiler to check).
    fn is_default(&self) -> bool {
        false
    }
}

impl Bake for Str {
    fn bake(&self, out: &mut Cx) {
        let s: &str = self;
        let (start, len) = match out.interned.get(s) {
            Some(&x) => x,
            None => {
                let x = (out.blob.len() as u32, s.len() as u32);
                out.blob.push_str(s);
                out.interned.insert(s.to_owned(), x);
                x
            }
        };
        let _ = write!(out, "S({start}, {len})");
    }
}

impl Bake for u64 {
    fn bake(&self, out: &mut Cx) {
        let _ = write!(out, "{self}");
    }
}

impl Bake for u32 {
    fn bake(&self, out: &mut Cx) {
        let _ = write!(out, "{self}");
    }
}

impl<A: Bake, B: Bake> Bake for (A, B) {
    fn bake(&self, out: &mut Cx) {
        out.push('(');
        self.0.bake(out);
        out.push_str(", ");
        self.1.bake(out);
        out.push(')');
    }
}

impl<T: Bake> Bake for Option<T> {
    fn is_default(&self) -> bool {
        self.is_none()
    }
    fn bake(&self, out: &mut Cx) {
        match self {
            None => out.push_str("None"),
            Some(x) => {
                out.push_str("Some(");
                x.bake(out);
                out.push(')');
            }
        }
    }
}

impl<T: Bake + Clone> Bake for List<T> {
    fn is_default(&self) -> bool {
        self.is_empty()
    }
    fn bake(&self, out: &mut Cx) {
        out.push_str("B(&[");
        for (i, x) in self.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            x.bake(out);
        }
        out.push_str("])");
    }
}

impl Bake for PartialDate {
    fn bake(&self, out: &mut Cx) {
        let q = match self.qualifier {
            Qualifier::None => "N",
            Qualifier::Uncertain => "U",
            Qualifier::Approximate => "A",
        };
        let _ = write!(out, "d({}, {}, {}, {q})", self.year, self.month, self.day);
    }
}

macro_rules! bake_enum {
    ($($t:ident),*) => {$(
        impl Bake for crate::vocab::$t {
            fn bake(&self, out: &mut Cx) {
                let _ = write!(out, "{}::{:?}", stringify!($t), self);
            }
        }
    )*};
}
bake_enum!(
    ActorKind,
    AffiliationKind,
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

macro_rules! bake_struct {
    ($t:ident { $($f:ident),* }) => {
        impl Bake for $t {
            fn bake(&self, out: &mut Cx) {
                out.push_str(concat!(stringify!($t), " {"));
                let mut skipped = false;
                $(
                    if self.$f.is_default() {
                        skipped = true;
                    } else {
                        out.push_str(concat!(" ", stringify!($f), ": "));
                        self.$f.bake(out);
                        out.push(',');
                    }
                )*
                if skipped {
                    out.push_str(concat!(" ..D_", stringify!($t)));
                }
                out.push_str(" }");
            }
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
bake_struct!(Affiliation { kind, state });
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
    language,
    speaker,
    source,
    locator,
    translation_of
});
bake_struct!(Related {
    relation,
    commitment,
    notes
});
bake_struct!(ClaimQuote {
    text,
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
    affiliation,
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
    stances,
    quote,
    source,
    reported_by,
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

/// A table of records: one `const` per record, so that the compiler checks and evaluates many
/// small bodies instead of one huge initializer (which grows superlinearly with the data).
fn table<T: Bake>(out: &mut Cx, name: &str, ty: &str, items: &[T]) {
    for (i, x) in items.iter().enumerate() {
        let _ = write!(out, "const {name}_{i}: {ty} = ");
        x.bake(out);
        out.push_str(";\n");
    }
    let _ = writeln!(out, "static {name}: &[{ty}] = &[");
    for i in 0..items.len() {
        let _ = writeln!(out, "    {name}_{i},");
    }
    out.push_str("];\n\n");
}

/// A table of plain values (indexes), as one array.
fn values<T: Bake>(out: &mut Cx, name: &str, ty: &str, items: &[T]) {
    let _ = writeln!(out, "static {name}: &[{ty}] = &[");
    for x in items {
        out.push_str("    ");
        x.bake(out);
        out.push_str(",\n");
    }
    out.push_str("];\n\n");
}

/// The Rust source of the baked tables for `ds` (the contents of `src/generated.rs`).
///
/// ```
/// let src = nato_assurances::codegen::rust_tables(nato_assurances::dataset());
/// assert!(src.contains("pub(crate) static DATASET: Dataset"));
/// ```
pub fn rust_tables(ds: &Dataset) -> String {
    let mut out = Cx {
        out: String::new(),
        blob: String::new(),
        interned: Default::default(),
    };
    out.push_str(
        "// @generated by `assurances generate` from data/. Do not edit by hand:\n\
         // edit the JSON files under data/ and run `cargo run -p nato-assurances-cli -- generate`.\n\n\
         // A small or empty dataset leaves some helpers unused.\n\
         #![allow(unused_imports, dead_code, non_upper_case_globals)]\n\n\
         use crate::dataset::{Dataset, Index};\n\
         use crate::model::*;\n\
         use crate::vocab::*;\n\
         use crate::{PartialDate, Qualifier};\n\
         use crate::model::Text::Static as S;\n\
         use std::borrow::Cow::Borrowed as B;\n\n\
         const N: Qualifier = Qualifier::None;\n\
         #[allow(dead_code)]\n\
         const U: Qualifier = Qualifier::Uncertain;\n\
         #[allow(dead_code)]\n\
         const A: Qualifier = Qualifier::Approximate;\n\n\
         const fn d(year: u16, month: u8, day: u8, qualifier: Qualifier) -> PartialDate {\n\
         \x20   PartialDate { year, month, day, qualifier }\n\
         }\n\n\
         // Defaults for the fields a record leaves out (`..D_TYPE`); required fields are always given.\n\
         const E: Text = S(0, 0);\n\
         const D_LocalName: LocalName = LocalName { language: E, name: E };\n\
         const D_Role: Role = Role { title: E, organization: None, from: None, to: None };\n\
         const D_Affiliation: Affiliation = Affiliation { kind: AffiliationKind::Other, state: None };\n\
         const D_Withdrawal: Withdrawal = Withdrawal { date: d(0, 0, 0, N), reason: E };\n\
         const D_Archive: Archive = Archive { repository: E, collection: None, reference: None, document_number: None };\n\
         const D_SourceRef: SourceRef = SourceRef { source: E, locator: None };\n\
         const D_Translation: Translation = Translation { language: E, text: None, translator: None };\n\
         const D_Quote: Quote = Quote { text: E, language: E, speaker: E, source: E, locator: None, translation_of: None };\n\
         const D_Related: Related = Related { relation: Relation::Reaffirms, commitment: E, notes: None };\n\
         const D_ClaimQuote: ClaimQuote = ClaimQuote { text: E, language: E, translation_of: None };\n\
         const D_Actor: Actor = Actor { id: E, kind: ActorKind::Person, name: E, names: B(&[]), aliases: B(&[]), roles: B(&[]), affiliation: None, wikidata: None, notes: None, withdrawn: None };\n\
         const D_Source: Source = Source { id: E, kind: SourceKind::Book, title: E, authors: B(&[]), publisher: None, published: None, language: E, url: None, archived_url: None, archive: None, declassified: None, cites: B(&[]), republishes: None, notes: None, withdrawn: None };\n\
         const D_Commitment: Commitment = Commitment { id: E, kind: CommitmentKind::Assurance, title: E, date: d(0, 0, 0, N), end_date: None, place: None, made_by: B(&[]), made_to: B(&[]), parties: B(&[]), form: Form::Oral, legal_status: LegalStatus::NotBinding, topics: B(&[]), summary: E, quotes: B(&[]), sources: B(&[]), related: B(&[]), verification: Verification::Unverified, notes: None, withdrawn: None };\n\
         const D_Claim: Claim = Claim { id: E, claimant: E, date: None, about: B(&[]), stances: B(&[]), quote: None, source: D_SourceRef, reported_by: B(&[]), summary: E, verification: Verification::Unverified, notes: None, withdrawn: None };\n\
         const D_Event: Event = Event { id: E, kind: EventKind::Other, title: E, date: d(0, 0, 0, N), end_date: None, actors: B(&[]), commitments: B(&[]), sources: B(&[]), summary: E, notes: None, withdrawn: None };\n\n",
    );
    table(&mut out, "ACTORS", "Actor", &ds.actors);
    table(&mut out, "SOURCES", "Source", &ds.sources);
    table(&mut out, "COMMITMENTS", "Commitment", &ds.commitments);
    table(&mut out, "CLAIMS", "Claim", &ds.claims);
    table(&mut out, "EVENTS", "Event", &ds.events);
    let Index {
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
    } = &ds.index;
    values(&mut out, "COMMITMENTS_BY_DATE", "u32", commitments_by_date);
    values(&mut out, "CLAIMS_BY_DATE", "u32", claims_by_date);
    values(&mut out, "EVENTS_BY_DATE", "u32", events_by_date);
    values(&mut out, "ACTOR_NAMES", "(Str, u32)", actor_names);
    values(
        &mut out,
        "ACTOR_COMMITMENTS",
        "(u32, u32)",
        actor_commitments,
    );
    values(
        &mut out,
        "COMMITMENT_CLAIMS",
        "(u32, u32)",
        commitment_claims,
    );
    values(&mut out, "ACTOR_IDS", "(u64, u32)", actor_ids);
    values(&mut out, "SOURCE_IDS", "(u64, u32)", source_ids);
    values(&mut out, "COMMITMENT_IDS", "(u64, u32)", commitment_ids);
    values(&mut out, "CLAIM_IDS", "(u64, u32)", claim_ids);
    values(&mut out, "EVENT_IDS", "(u64, u32)", event_ids);
    out.push_str(
        "/// The embedded dataset.\n\
         pub(crate) static DATASET: Dataset = Dataset {\n\
         \x20   version: B(crate::DATA_VERSION),\n\
         \x20   actors: B(ACTORS),\n\
         \x20   sources: B(SOURCES),\n\
         \x20   commitments: B(COMMITMENTS),\n\
         \x20   claims: B(CLAIMS),\n\
         \x20   events: B(EVENTS),\n\
         \x20   index: Index {\n\
         \x20       commitments_by_date: B(COMMITMENTS_BY_DATE),\n\
         \x20       claims_by_date: B(CLAIMS_BY_DATE),\n\
         \x20       events_by_date: B(EVENTS_BY_DATE),\n\
         \x20       actor_names: B(ACTOR_NAMES),\n\
         \x20       actor_commitments: B(ACTOR_COMMITMENTS),\n\
         \x20       commitment_claims: B(COMMITMENT_CLAIMS),\n\
         \x20       actor_ids: B(ACTOR_IDS),\n\
         \x20       source_ids: B(SOURCE_IDS),\n\
         \x20       commitment_ids: B(COMMITMENT_IDS),\n\
         \x20       claim_ids: B(CLAIM_IDS),\n\
         \x20       event_ids: B(EVENT_IDS),\n\
         \x20   },\n\
         };\n",
    );
    let Cx {
        out: mut text,
        blob,
        ..
    } = out;
    let _ = writeln!(
        text,
        "\n/// Every baked string, concatenated and deduplicated; records hold (offset, length) pairs into it.\n\
         pub(crate) static STRINGS: &str = {blob:?};"
    );
    text
}
