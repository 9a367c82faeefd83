//! Embedded (baked) access against parse-at-startup, in one run.
//!
//! `cargo bench --bench embedded`. Results and the machine they ran on are in BENCHMARKS.md.

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use nato_assurances::check::Checker;
use nato_assurances::{dataset, Dataset, Topic};
use std::hint::black_box;
use std::path::Path;

/// The export a parse-at-startup crate would ship (what `assurances export` writes).
fn export_text() -> String {
    dataset().to_json()
}

fn benches(c: &mut Criterion) {
    let ds = dataset();
    let first = |it: Option<&str>| it.expect("non-empty dataset").to_owned();
    let actor = first(ds.actors().nth(ds.actors().len() / 2).map(|a| a.id()));
    let source = first(ds.sources().nth(ds.sources().len() / 2).map(|a| a.id()));
    let commitment = first(
        ds.commitments()
            .nth(ds.commitments().len() / 2)
            .map(|a| a.id()),
    );
    let claim = first(ds.claims().nth(ds.claims().len() / 2).map(|a| a.id()));
    let event = first(ds.events().nth(ds.events().len() / 2).map(|a| a.id()));
    // The source with the longest citation chain.
    let chained = first(
        ds.sources()
            .max_by_key(|s| ds.citation_chain(s.id()).len())
            .map(|s| s.id()),
    );

    let mut g = c.benchmark_group("embedded");
    // What the first call of `dataset()` in a process does: decode the baked tables.
    g.bench_function("dataset() first use (decode baked tables)", |b| {
        b.iter_with_large_drop(Dataset::embedded)
    });
    g.bench_function("dataset() later use", |b| {
        b.iter(|| black_box(dataset()).version().len())
    });
    g.bench_function("actor by id", |b| {
        b.iter(|| ds.actor(black_box(&actor)).is_some())
    });
    g.bench_function("source by id", |b| {
        b.iter(|| ds.source(black_box(&source)).is_some())
    });
    g.bench_function("commitment by id", |b| {
        b.iter(|| ds.commitment(black_box(&commitment)).is_some())
    });
    g.bench_function("claim by id", |b| {
        b.iter(|| ds.claim(black_box(&claim)).is_some())
    });
    g.bench_function("event by id", |b| {
        b.iter(|| ds.event(black_box(&event)).is_some())
    });
    g.bench_function("commitment by id (miss)", |b| {
        b.iter(|| ds.commitment(black_box("no-such-commitment")).is_some())
    });
    g.bench_function("actor_by_name (name)", |b| {
        b.iter(|| ds.actor_by_name(black_box("Manfred Wörner")).is_some())
    });
    g.bench_function("actor_by_name (alias)", |b| {
        b.iter(|| ds.actor_by_name(black_box("Woerner")).is_some())
    });
    g.bench_function("actor_by_name (miss)", |b| {
        b.iter(|| ds.actor_by_name(black_box("Nobody Atall")).is_some())
    });
    g.bench_function("commitments_by_actor", |b| {
        b.iter(|| {
            ds.commitments_by_actor(black_box("mikhail-gorbachev"))
                .count()
        })
    });
    g.bench_function("commitments_with_topic", |b| {
        b.iter(|| {
            ds.commitments_with_topic(black_box(Topic::NatoEnlargement))
                .count()
        })
    });
    let (from, to) = (
        NaiveDate::from_ymd_opt(1990, 1, 1).unwrap(),
        NaiveDate::from_ymd_opt(1991, 12, 31).unwrap(),
    );
    g.bench_function("commitments_between", |b| {
        b.iter(|| {
            ds.commitments_between(black_box(from)..=black_box(to))
                .count()
        })
    });
    g.bench_function("claims_about", |b| {
        b.iter(|| {
            ds.claims_about(black_box("baker-gorbachev-one-inch-1990"))
                .count()
        })
    });
    g.bench_function("citation_chain", |b| {
        b.iter(|| ds.citation_chain(black_box(&chained)).len())
    });
    g.bench_function("to_json", |b| b.iter(|| ds.to_json().len()));
    g.finish();

    // The baseline a parse-at-startup crate pays, measured in the same run.
    let text = export_text();
    let mut g = c.benchmark_group("parse-at-startup");
    g.sample_size(20);
    g.bench_function("Dataset::from_json(dataset.json)", |b| {
        b.iter(|| Dataset::from_json(black_box(&text)).map(|d| d.counts()[0]))
    });
    g.bench_function("from_json, then commitment by id", |b| {
        b.iter_batched(
            || (),
            |_| {
                Dataset::from_json(&text)
                    .ok()
                    .and_then(|d| d.commitment(&commitment).map(|c| c.date()))
            },
            BatchSize::SmallInput,
        )
    });
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    g.bench_function("Checker::check_dir(data/) (what validate runs)", |b| {
        b.iter(|| Checker::new().check_dir(&data).map(|d| d.counts()[0]))
    });
    g.finish();
}

criterion_group!(embedded, benches);
criterion_main!(embedded);
