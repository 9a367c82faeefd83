//! How long `assurances site` takes: rendering every page in memory, and rendering plus
//! writing the files. The goal is "the whole site built in a few seconds".

use criterion::{criterion_group, criterion_main, Criterion};
use nato_assurances_cli::site::{build, render};

fn benches(c: &mut Criterion) {
    let ds = nato_assurances::dataset();
    let mut g = c.benchmark_group("site");
    g.sample_size(10);
    g.bench_function("render (every page, in memory)", |b| {
        b.iter(|| render(ds, None).expect("renders"))
    });
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("site");
    g.bench_function("build (render and write)", |b| {
        b.iter(|| build(ds, &out, None).expect("builds"))
    });
    g.finish();
}

criterion_group!(site, benches);
criterion_main!(site);
