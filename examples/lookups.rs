//! Prints the mean time of embedded lookups, for `benches/scale.sh` (which measures them at
//! 1×, 10× and 100× the real record count). For rigorous numbers use `cargo bench`.
//!
//! `cargo run --release --example lookups`

use nato_assurances::dataset;
use std::hint::black_box;
use std::time::Instant;

fn mean_ns(iterations: u32, mut f: impl FnMut() -> bool) -> f64 {
    let mut hits = 0u32;
    let start = Instant::now();
    for _ in 0..iterations {
        hits += u32::from(black_box(f()));
    }
    let ns = start.elapsed().as_nanos() as f64 / f64::from(iterations);
    black_box(hits);
    ns
}

fn main() {
    // The first call decodes the baked tables; this process has not called it yet.
    let start = Instant::now();
    let ds = black_box(dataset());
    let first_use = start.elapsed();
    let ids: Vec<String> = ds.commitments().map(|c| c.id().to_owned()).collect();
    let actors: Vec<String> = ds.actors().map(|a| a.id().to_owned()).collect();
    let names: Vec<String> = ds
        .actors()
        .flat_map(|a| a.aliases().map(str::to_owned).collect::<Vec<_>>())
        .collect();
    let [a, s, c, k, e] = ds.counts();
    println!("records\t{}", a + s + c + k + e);
    println!(
        "dataset() first use (µs)\t{:.0}",
        first_use.as_secs_f64() * 1e6
    );
    let mut i = 0usize;
    let n = 2_000_000;
    println!(
        "commitment by id (ns)\t{:.1}",
        mean_ns(n, || {
            i = (i + 7919) % ids.len();
            ds.commitment(&ids[i]).is_some()
        })
    );
    println!(
        "actor by id (ns)\t{:.1}",
        mean_ns(n, || {
            i = (i + 7919) % actors.len();
            ds.actor(&actors[i]).is_some()
        })
    );
    println!(
        "actor_by_name alias (ns)\t{:.1}",
        mean_ns(n / 4, || {
            i = (i + 7919) % names.len().max(1);
            names.get(i).is_some_and(|n| ds.actor_by_name(n).is_some())
        })
    );
    println!(
        "commitments_by_actor (ns)\t{:.1}",
        mean_ns(n / 4, || {
            i = (i + 7919) % actors.len();
            ds.commitments_by_actor(&actors[i]).count() > 0
        })
    );
}
