//! Rules across records: ids, references, relations, duplicates and the citation graph.
//! They run on typed records; each problem names its record (kind and position) and a JSON
//! pointer inside it, and the caller locates it in the file or export the record came from.

use super::{nearest, Code};
use crate::model::*;
use crate::vocab::{
    ActorKind, EventKind, EventRole, OwnershipFactKind, QuoteKind, SourceKind, Verification,
};
use crate::RecordKind;
use std::collections::{HashMap, HashSet};
use std::fmt;

/// A problem found by the rules, before it is located in a file.
#[derive(Debug, Clone)]
pub(crate) struct Problem {
    pub(crate) kind: RecordKind,
    pub(crate) index: usize,
    pub(crate) pointer: String,
    pub(crate) code: Code,
    pub(crate) message: String,
    pub(crate) help: String,
}

/// Records to check, in input order (the order of files or of the export's arrays).
pub(crate) struct Input<'a> {
    pub(crate) actors: &'a [Actor],
    pub(crate) sources: &'a [Source],
    pub(crate) commitments: &'a [Commitment],
    pub(crate) claims: &'a [Claim],
    pub(crate) events: &'a [Event],
}

/// Options for [`run`].
#[derive(Default)]
pub(crate) struct Options {
    /// Ids that exist but could not be loaded (their file has errors of its own):
    /// references to them are not reported again.
    pub(crate) unloadable: HashSet<(RecordKind, String)>,
    /// Skip the duplicate-id check (the directory loader reports duplicates per file).
    pub(crate) skip_duplicates: bool,
}

/// Runs every rule on records in input order.
pub(crate) fn run(input: &Input<'_>, options: &Options) -> Vec<Problem> {
    Checker::new(input, options).run()
}

struct Checker<'a> {
    input: &'a Input<'a>,
    options: &'a Options,
    ids: HashMap<RecordKind, Vec<&'a str>>,
    idsets: HashMap<RecordKind, HashSet<&'a str>>,
    problems: Vec<Problem>,
    suggestions: usize,
    source_kinds: HashMap<&'a str, SourceKind>,
    actor_kinds: HashMap<&'a str, ActorKind>,
}

/// How many "did you mean" suggestions one run computes at most.
const MAX_SUGGESTIONS: usize = 1000;

impl<'a> Checker<'a> {
    fn new(input: &'a Input<'a>, options: &'a Options) -> Self {
        let mut ids: HashMap<RecordKind, Vec<&'a str>> = HashMap::new();
        ids.insert(
            RecordKind::Actor,
            input.actors.iter().map(|r| &*r.id).collect(),
        );
        ids.insert(
            RecordKind::Source,
            input.sources.iter().map(|r| &*r.id).collect(),
        );
        ids.insert(
            RecordKind::Commitment,
            input.commitments.iter().map(|r| &*r.id).collect(),
        );
        ids.insert(
            RecordKind::Claim,
            input.claims.iter().map(|r| &*r.id).collect(),
        );
        ids.insert(
            RecordKind::Event,
            input.events.iter().map(|r| &*r.id).collect(),
        );
        let idsets = ids
            .iter()
            .map(|(k, v)| (*k, v.iter().copied().collect()))
            .collect();
        Checker {
            input,
            options,
            ids,
            idsets,
            problems: Vec::new(),
            suggestions: 0,
            source_kinds: input.sources.iter().map(|s| (&*s.id, s.kind)).collect(),
            actor_kinds: input.actors.iter().map(|a| (&*a.id, a.kind)).collect(),
        }
    }

    fn report(
        &mut self,
        kind: RecordKind,
        index: usize,
        pointer: String,
        code: Code,
        message: String,
        help: String,
    ) {
        self.problems.push(Problem {
            kind,
            index,
            pointer,
            code,
            message,
            help,
        });
    }

    fn reference(
        &mut self,
        at: (RecordKind, usize),
        pointer: String,
        target: RecordKind,
        id: &str,
    ) {
        if self.idsets[&target].contains(id)
            || self.options.unloadable.contains(&(target, id.to_owned()))
        {
            return;
        }
        // Suggestions cost O(ids) each: bound the total work on hostile input.
        self.suggestions += 1;
        let suggestion = if self.suggestions <= MAX_SUGGESTIONS {
            nearest(id, self.ids[&target].iter().copied())
        } else {
            None
        };
        let help = match suggestion {
            Some(s) => format!(
                "did you mean `{s}`? Otherwise add data/{}/{id}.json",
                target.dir()
            ),
            None => format!(
                "use the id of an existing {target} or add data/{}/{id}.json",
                target.dir()
            ),
        };
        self.report(
            at.0,
            at.1,
            pointer,
            Code::DanglingReference,
            format!("unknown {target} `{id}`"),
            help,
        );
    }

    fn date_order(
        &mut self,
        at: (RecordKind, usize),
        pointer: String,
        start: Option<crate::PartialDate>,
        end: Option<crate::PartialDate>,
        what: &str,
    ) {
        if let (Some(s), Some(e)) = (start, end) {
            if e.latest() < s.earliest() {
                self.report(
                    at.0,
                    at.1,
                    pointer,
                    Code::DateOrder,
                    format!("{what} `{e}` is before the start `{s}`"),
                    "swap the dates or correct the one that is wrong".into(),
                );
            }
        }
    }

    fn no_duplicates<T: Eq + std::hash::Hash + fmt::Display>(
        &mut self,
        at: (RecordKind, usize),
        field: &str,
        items: &[T],
    ) {
        let mut seen = HashSet::with_capacity(items.len());
        for (i, x) in items.iter().enumerate() {
            if !seen.insert(x) {
                self.report(
                    at.0,
                    at.1,
                    format!("/{field}/{i}"),
                    Code::DuplicateEntry,
                    format!("`{x}` is listed twice in `{field}`"),
                    "remove the repeated entry".into(),
                );
            }
        }
    }

    fn not_empty<T: Clone>(&mut self, at: (RecordKind, usize), field: &str, items: &List<T>) {
        if items.is_empty() {
            self.report(
                at.0,
                at.1,
                format!("/{field}"),
                Code::EmptyList,
                format!("`{field}` must list at least one entry"),
                format!("add at least one entry to `{field}`"),
            );
        }
    }
    fn run(mut self) -> Vec<Problem> {
        if !self.options.skip_duplicates {
            self.duplicate_ids();
        }
        self.ids_across_kinds();
        self.actors();
        self.sources();
        self.cycles();
        self.commitments();
        self.claims();
        self.events();
        self.problems
    }

    /// Two records of one kind with one id.
    fn duplicate_ids(&mut self) {
        for kind in RecordKind::ALL {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            let ids = self.ids[&kind].clone();
            for (i, id) in ids.into_iter().enumerate() {
                if let Some(first) = seen.insert(id, i) {
                    seen.insert(id, first);
                    self.report(
                        kind,
                        i,
                        "/id".into(),
                        Code::DuplicateId,
                        format!("duplicate {kind} id `{id}` (first used by {kind} #{first})"),
                        "give each record its own id".into(),
                    );
                }
            }
        }
    }
    /// Ids are unique per kind and, so that any id names one record, across kinds too.
    fn ids_across_kinds(&mut self) {
        let mut owner: HashMap<&str, RecordKind> = HashMap::new();
        for kind in RecordKind::ALL {
            let ids = self.ids[&kind].clone();
            for (i, id) in ids.into_iter().enumerate() {
                match owner.get(id) {
                    Some(&other) if other != kind => self.report(
                        kind,
                        i,
                        "/id".into(),
                        Code::AmbiguousId,
                        format!(
                            "id `{id}` is also the id of {} {other}",
                            if matches!(other, RecordKind::Actor | RecordKind::Event) {
                                "an"
                            } else {
                                "a"
                            }
                        ),
                        format!(
                            "ids are unique across kinds; rename this {kind}, e.g. `{id}-{}`",
                            kind.name()
                        ),
                    ),
                    _ => {
                        owner.entry(id).or_insert(kind);
                    }
                }
            }
        }
    }
    /// Roles, affiliations and aliases of actors.
    fn actors(&mut self) {
        use RecordKind as K;
        let input = self.input;
        for (i, a) in input.actors.iter().enumerate() {
            let at = (K::Actor, i);
            for (j, r) in a.roles.iter().enumerate() {
                if let Some(o) = &r.organization {
                    self.reference(at, format!("/roles/{j}/organization"), K::Actor, o);
                    if o == &a.id {
                        self.report(
                            at.0,
                            at.1,
                            format!("/roles/{j}/organization"),
                            Code::SelfReference,
                            "an actor cannot hold a role in itself".into(),
                            "name the organization or state the role belongs to".into(),
                        );
                    }
                }
                self.date_order(at, format!("/roles/{j}/to"), r.from, r.to, "role end");
            }
            self.ownership(at, a);
            let aliases: Vec<&str> = a.aliases.iter().map(|x| &**x).collect();
            self.no_duplicates(at, "aliases", &aliases);
        }
        // Every outlet, and every organization that publishes a source, says who owns it.
        let publishers: HashSet<&str> = input
            .sources
            .iter()
            .filter_map(|s| s.publisher.as_deref())
            .collect();
        for (i, a) in input.actors.iter().enumerate() {
            let needs = a.kind == ActorKind::MediaOutlet
                || (a.kind == ActorKind::Organization && publishers.contains(&*a.id));
            if needs && a.ownership.is_empty() {
                let what = if a.kind == ActorKind::MediaOutlet {
                    "a media outlet"
                } else {
                    "an organization that publishes sources"
                };
                self.report(
                    K::Actor,
                    i,
                    String::new(),
                    Code::Ownership,
                    format!("{what} without ownership facts"),
                    "add `ownership`: who owns it and who funds it, each with a source and its \
                     words, or a `not_established` fact saying what was searched"
                        .into(),
                );
            }
        }
    }

    /// Each ownership fact has what its kind needs, and names actors and sources that exist.
    fn ownership(&mut self, at: (RecordKind, usize), a: &Actor) {
        use OwnershipFactKind as F;
        for (j, f) in a.ownership.iter().enumerate() {
            let base = format!("/ownership/{j}");
            let need = |this: &mut Self, ok: bool, field: &str, message: String, help: &str| {
                if !ok {
                    let pointer = if field.is_empty() {
                        base.clone()
                    } else {
                        format!("{base}/{field}")
                    };
                    this.report(at.0, at.1, pointer, Code::Ownership, message, help.into());
                }
            };
            let kind = f.fact;
            let owner_or_funder = matches!(kind, F::OwnedBy | F::FundedBy);
            need(
                self,
                !owner_or_funder || f.by.is_some(),
                "",
                format!("a `{kind}` fact names no `by`"),
                "name the owner or funder's actor id in `by`",
            );
            need(
                self,
                owner_or_funder || f.by.is_none(),
                "by",
                format!("a `{kind}` fact cannot name `by`"),
                "remove `by`, or use `owned_by` or `funded_by`",
            );
            need(
                self,
                kind != F::FundedBy || f.share.is_some(),
                "",
                "a `funded_by` fact needs `share`".into(),
                "say what the source says: `whole`, `main` or `part`",
            );
            need(
                self,
                owner_or_funder || f.share.is_none(),
                "share",
                format!("a `{kind}` fact cannot have `share`"),
                "remove `share`",
            );
            let established = kind != F::NotEstablished;
            need(
                self,
                !established || f.source.is_some(),
                "",
                format!("a `{kind}` fact needs its `source`"),
                "add the source that states it, and its words in `quote`",
            );
            need(
                self,
                f.source.is_none() || f.quote.is_some(),
                "",
                "an ownership fact with a source needs `quote`".into(),
                "copy the source's words that state the fact into `quote`",
            );
            need(
                self,
                established || f.searched.is_some(),
                "",
                "a `not_established` fact needs `searched`".into(),
                "say what was searched, where, and what was lacking",
            );
            if let Some(by) = &f.by {
                if *by == a.id {
                    need(
                        self,
                        false,
                        "by",
                        "an actor cannot own or fund itself".into(),
                        "name another actor",
                    );
                } else {
                    self.reference(at, format!("{base}/by"), RecordKind::Actor, by);
                }
            }
            if let Some(r) = &f.source {
                self.reference(
                    at,
                    format!("{base}/source/source"),
                    RecordKind::Source,
                    &r.source,
                );
            }
        }
    }
    /// Publishers, citations, republications, URLs and unlinked duplicates of sources.
    fn sources(&mut self) {
        use RecordKind as K;
        let input = self.input;
        for (i, s) in input.sources.iter().enumerate() {
            let at = (K::Source, i);
            if let Some(p) = &s.publisher {
                self.reference(at, "/publisher".into(), K::Actor, p);
            } else if matches!(
                s.kind,
                SourceKind::NewsArticle | SourceKind::Opinion | SourceKind::Interview
            ) {
                self.report(
                    at.0,
                    at.1,
                    String::new(),
                    Code::MissingPublisher,
                    format!("a source of kind `{}` without `publisher`", s.kind),
                    "name the outlet (an actor with ownership facts) in `publisher`; a \
                     government's own editorial is an `official_statement` of that government"
                        .into(),
                );
            }
            for (j, c) in s.cites.iter().enumerate() {
                let help = "remove the entry";
                self.source_link(at, format!("/cites/{j}"), &s.id, c, "cite", help);
            }
            let cites: Vec<&str> = s.cites.iter().map(|x| &**x).collect();
            self.no_duplicates(at, "cites", &cites);
            if let Some(r) = &s.republishes {
                let help = "remove the field";
                self.source_link(at, "/republishes".into(), &s.id, r, "republish", help);
            }
        }
        self.duplicate_sources();
    }

    /// A link from source `from` to source `to` (`cites`, `republishes`): not to itself, and
    /// to a source that exists.
    fn source_link(
        &mut self,
        at: (RecordKind, usize),
        pointer: String,
        from: &str,
        to: &str,
        verb: &str,
        help: &str,
    ) {
        if from == to {
            let message = format!("a source cannot {verb} itself");
            self.report(
                at.0,
                at.1,
                pointer,
                Code::SelfReference,
                message,
                help.into(),
            );
        } else {
            self.reference(at, pointer, RecordKind::Source, to);
        }
    }

    /// One document, one source record: no two sources with one URL, and no two sources
    /// without a URL with one title, date and publisher (an archive file, a printed book).
    fn duplicate_sources(&mut self) {
        let input = self.input;
        let mut urls: HashMap<&str, &str> = HashMap::new();
        type Unlinked<'a> = (String, Option<crate::PartialDate>, Option<&'a str>);
        let mut unlinked: HashMap<Unlinked<'_>, &str> = HashMap::new();
        for (i, s) in input.sources.iter().enumerate() {
            let (pointer, code, message, help) = if let Some(u) = &s.url {
                let Some(first) = urls.get(u.trim_end_matches('/')) else {
                    urls.insert(u.trim_end_matches('/'), &s.id);
                    continue;
                };
                let message = format!("URL already used by source `{first}`");
                let help = "one document, one source record: merge the two or correct the URL";
                ("/url", Code::DuplicateUrl, message, help)
            } else {
                let key = (
                    crate::fold_name(&s.title),
                    s.published,
                    s.publisher.as_deref(),
                );
                let Some(first) = unlinked.get(&key) else {
                    unlinked.insert(key, &s.id);
                    continue;
                };
                let message = format!(
                    "same title, date and publisher as source `{first}`, and neither has a URL"
                );
                let help = "one document, one source record: merge the two, or tell them apart \
                            (a URL, the date, or the title as the document gives it)";
                ("/title", Code::DuplicateSource, message, help)
            };
            self.report(
                RecordKind::Source,
                i,
                pointer.into(),
                code,
                message,
                help.into(),
            );
        }
    }

    /// Actors, topics, sources, quotes and relations of commitments.
    fn commitments(&mut self) {
        use RecordKind as K;
        let input = self.input;
        for (i, c) in input.commitments.iter().enumerate() {
            let at = (K::Commitment, i);
            self.date_order(at, "/end_date".into(), Some(c.date), c.end_date, "end date");
            self.not_empty(at, "made_by", &c.made_by);
            self.not_empty(at, "topics", &c.topics);
            self.not_empty(at, "sources", &c.sources);
            self.id_list(at, "made_by", K::Actor, &c.made_by);
            self.id_list(at, "made_to", K::Actor, &c.made_to);
            self.id_list(at, "parties", K::Actor, &c.parties);
            let topics: Vec<&str> = c.topics.iter().map(|t| t.as_str()).collect();
            self.no_duplicates(at, "topics", &topics);
            self.source_list(at, "sources", &c.sources);
            self.quotes(at, c);
            self.related(at, c);
            let allowed = crate::derive::commitment_verification(c, |id| self.is_record(id));
            self.verification(at, c.verification, allowed, "each quote was read in a primary record or an archive publication (its `read_in`, else its `source`)");
        }
    }

    /// Whether a source id names a primary record or an archive publication.
    fn is_record(&self, id: &str) -> bool {
        self.source_kinds
            .get(id)
            .is_some_and(|k| crate::derive::is_record_kind(*k))
    }

    /// A verification label no stronger than the evidence allows.
    fn verification(
        &mut self,
        at: (RecordKind, usize),
        label: Verification,
        allowed: Verification,
        condition: &str,
    ) {
        if label > allowed {
            self.report(
                at.0,
                at.1,
                "/verification".into(),
                Code::Verification,
                format!("`{label}` is stronger than the evidence allows (`{allowed}`)"),
                format!("`verified` needs that {condition}; use `{allowed}`"),
            );
        }
    }

    /// An indirect quote says who wrote it; a verbatim one does not.
    fn quote_kind(
        &mut self,
        at: (RecordKind, usize),
        base: &str,
        kind: QuoteKind,
        written_by: Option<&str>,
    ) {
        match (kind, written_by) {
            (QuoteKind::Indirect, None) => self.report(
                at.0,
                at.1,
                base.into(),
                Code::QuoteKind,
                "an indirect quote does not say who wrote it".into(),
                "name the actor who wrote the indirect speech (the record's author or publisher) \
                 in `written_by`"
                    .into(),
            ),
            (QuoteKind::Verbatim, Some(_)) => self.report(
                at.0,
                at.1,
                format!("{base}/written_by"),
                Code::QuoteKind,
                "a verbatim quote has `written_by`".into(),
                "remove `written_by`, or mark the quote `indirect` if a record reports the words"
                    .into(),
            ),
            (_, Some(w)) => self.reference(at, format!("{base}/written_by"), RecordKind::Actor, w),
            _ => {}
        }
    }

    /// A `read_in` names a source that exists.
    fn read_in(&mut self, at: (RecordKind, usize), base: &str, r: Option<&ReadIn>) {
        if let Some(r) = r {
            self.reference(
                at,
                format!("{base}/read_in/source"),
                RecordKind::Source,
                &r.source,
            );
        }
    }

    /// Each quote's speaker and source exist, and the source is among the commitment's.
    fn quotes(&mut self, at: (RecordKind, usize), c: &Commitment) {
        let cited: HashSet<&str> = c.sources.iter().map(|r| &*r.source).collect();
        for (j, q) in c.quotes.iter().enumerate() {
            let pointer = format!("/quotes/{j}/source");
            self.reference(
                at,
                format!("/quotes/{j}/speaker"),
                RecordKind::Actor,
                &q.speaker,
            );
            self.reference(at, pointer.clone(), RecordKind::Source, &q.source);
            let base = format!("/quotes/{j}");
            self.quote_kind(at, &base, q.kind, q.written_by.as_deref());
            self.read_in(at, &base, q.read_in.as_ref());
            if !cited.contains(&*q.source) {
                let s = &q.source;
                let message =
                    format!("the quote's source `{s}` is not among the commitment's `sources`");
                let help = format!("add {{\"source\": \"{s}\"}} to `sources`");
                self.report(at.0, at.1, pointer, Code::QuoteSource, message, help);
            }
        }
    }

    /// Relations point at other commitments that exist, each once.
    fn related(&mut self, at: (RecordKind, usize), c: &Commitment) {
        let related: Vec<String> = c
            .related
            .iter()
            .map(|r| format!("{} {}", r.relation, r.commitment))
            .collect();
        self.no_duplicates(at, "related", &related);
        for (j, r) in c.related.iter().enumerate() {
            let pointer = format!("/related/{j}/commitment");
            if r.commitment == c.id {
                let message = "a commitment cannot relate to itself".into();
                let help = "point the relation at another commitment".into();
                self.report(at.0, at.1, pointer, Code::SelfReference, message, help);
            } else {
                self.reference(at, pointer, RecordKind::Commitment, &r.commitment);
            }
        }
    }

    /// Claimants, targets, stances, provenance, links and verification of claims.
    fn claims(&mut self) {
        use RecordKind as K;
        let input = self.input;
        for (i, c) in input.claims.iter().enumerate() {
            let at = (K::Claim, i);
            self.reference(at, "/claimant".into(), K::Actor, &c.claimant);
            self.not_empty(at, "about", &c.about);
            let targets: Vec<&str> = c.about.iter().map(|t| &*t.commitment).collect();
            for (j, t) in c.about.iter().enumerate() {
                let at_target = format!("/about/{j}");
                self.reference(
                    at,
                    format!("{at_target}/commitment"),
                    K::Commitment,
                    &t.commitment,
                );
                self.not_empty(at, &format!("about/{j}/stances"), &t.stances);
                let stances: Vec<&str> = t.stances.iter().map(|x| x.as_str()).collect();
                self.no_duplicates(at, &format!("about/{j}/stances"), &stances);
            }
            let targets: Vec<String> = targets.into_iter().map(str::to_owned).collect();
            self.no_duplicates(at, "about", &targets);
            let first = &c.first_appearance;
            if first.occasion.is_none() && first.source.is_none() {
                self.report(
                    at.0,
                    at.1,
                    "/first_appearance".into(),
                    Code::FirstAppearance,
                    "the first appearance names neither an occasion nor a source".into(),
                    "describe the occasion where the words were first said or published, and \
                     give its source if it is recorded"
                        .into(),
                );
            }
            if let Some(r) = &first.source {
                self.reference(
                    at,
                    "/first_appearance/source/source".into(),
                    K::Source,
                    &r.source,
                );
            }
            self.source_list(at, "reported_by", &c.reported_by);
            self.read_in(at, "", c.read_in.as_ref());
            if let Some(q) = &c.quote {
                self.quote_kind(at, "/quote", q.kind, q.written_by.as_deref());
            }
            for (j, l) in c.responds_to.iter().enumerate() {
                let pointer = format!("/responds_to/{j}/claim");
                if l.claim == c.id {
                    let message = "a claim cannot respond to itself".into();
                    let help = "point the link at another claim".into();
                    self.report(at.0, at.1, pointer, Code::SelfReference, message, help);
                } else {
                    self.reference(at, pointer, K::Claim, &l.claim);
                }
            }
            let links: Vec<&str> = c.responds_to.iter().map(|l| &*l.claim).collect();
            self.no_duplicates(at, "responds_to", &links);
            let allowed = crate::derive::claim_verification(c);
            self.verification(at, c.verification, allowed, "the words were read in their first appearance (a `first_appearance.source`, and no other `read_in`)");
        }
    }

    /// Actors, commitments and sources of events.
    fn events(&mut self) {
        use RecordKind as K;
        let input = self.input;
        for (i, e) in input.events.iter().enumerate() {
            let at = (K::Event, i);
            self.date_order(at, "/end_date".into(), Some(e.date), e.end_date, "end date");
            self.not_empty(at, "sources", &e.sources);
            for (j, a) in e.actors.iter().enumerate() {
                self.reference(at, format!("/actors/{j}/actor"), K::Actor, &a.actor);
            }
            let actors: Vec<&str> = e.actors.iter().map(|a| &*a.actor).collect();
            self.no_duplicates(at, "actors", &actors);
            self.enlargement(at, e);
            self.id_list(at, "commitments", K::Commitment, &e.commitments);
            self.source_list(at, "sources", &e.sources);
        }
    }

    /// An enlargement lists the states that joined, with the role `joined`, and only states.
    fn enlargement(&mut self, at: (RecordKind, usize), e: &Event) {
        let state = |id: &str| self.actor_kinds.get(id).map(|k| *k == ActorKind::State);
        let mut joined = 0;
        let mut problems = Vec::new();
        for (j, a) in e.actors.iter().enumerate() {
            if a.role == EventRole::Joined {
                if state(&a.actor) == Some(false) {
                    problems.push(format!("/actors/{j}"));
                } else {
                    joined += 1;
                }
            }
        }
        for pointer in problems {
            self.report(
                at.0,
                at.1,
                pointer,
                Code::Enlargement,
                "only a state can have the role `joined`".into(),
                "give this actor another role, or name the state that joined".into(),
            );
        }
        if e.kind == EventKind::Enlargement && joined == 0 {
            self.report(
                at.0,
                at.1,
                "/actors".into(),
                Code::Enlargement,
                "an enlargement event lists no state that joined".into(),
                "add each state that joined to `actors` with the role `joined`".into(),
            );
        }
    }

    /// A list of ids of `target` records: each exists, and each is listed once.
    fn id_list(&mut self, at: (RecordKind, usize), field: &str, target: RecordKind, ids: &[Str]) {
        for (j, id) in ids.iter().enumerate() {
            self.reference(at, format!("/{field}/{j}"), target, id);
        }
        let v: Vec<&str> = ids.iter().map(|x| &**x).collect();
        self.no_duplicates(at, field, &v);
    }

    /// A list of source references: each source exists, and each is listed once.
    fn source_list(&mut self, at: (RecordKind, usize), field: &str, refs: &[SourceRef]) {
        for (j, r) in refs.iter().enumerate() {
            self.reference(
                at,
                format!("/{field}/{j}/source"),
                RecordKind::Source,
                &r.source,
            );
        }
        let v: Vec<&str> = refs.iter().map(|r| &*r.source).collect();
        self.no_duplicates(at, field, &v);
    }

    /// Reports each cycle in the citation graph (`cites` and `republishes`) once.
    fn cycles(&mut self) {
        let sources = self.input.sources;
        let pos: HashMap<&str, usize> = sources
            .iter()
            .enumerate()
            .map(|(i, s)| (&*s.id, i))
            .collect();
        let edges: Vec<Vec<(usize, String)>> = sources
            .iter()
            .map(|s| {
                let mut e: Vec<(usize, String)> = s
                    .cites
                    .iter()
                    .enumerate()
                    .filter_map(|(j, c)| pos.get(&**c).map(|&t| (t, format!("/cites/{j}"))))
                    .collect();
                if let Some(t) = s.republishes.as_deref().and_then(|r| pos.get(r)) {
                    e.push((*t, "/republishes".into()));
                }
                e.retain(|(t, _)| sources[*t].id != s.id);
                e
            })
            .collect();
        // Iterative DFS with colours: 0 new, 1 on stack, 2 done.
        let mut colour = vec![0u8; sources.len()];
        for root in 0..sources.len() {
            if colour[root] != 0 {
                continue;
            }
            let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
            colour[root] = 1;
            while let Some(&mut (node, ref mut next)) = stack.last_mut() {
                if let Some((target, pointer)) = edges[node].get(*next) {
                    *next += 1;
                    match colour[*target] {
                        0 => {
                            colour[*target] = 1;
                            stack.push((*target, 0));
                        }
                        1 => {
                            let start = stack.iter().position(|(n, _)| n == target).unwrap_or(0);
                            let mut path: Vec<&str> = stack[start..]
                                .iter()
                                .map(|(n, _)| &*sources[*n].id)
                                .collect();
                            path.push(&sources[*target].id);
                            let msg = format!("citation cycle: {}", path.join(" → "));
                            self.report(RecordKind::Source, node, pointer.clone(), Code::CitationCycle, msg, "a source can only cite what existed before it; remove the entry that closes the loop".into());
                        }
                        _ => {}
                    }
                } else {
                    colour[node] = 2;
                    stack.pop();
                }
            }
        }
    }
}
