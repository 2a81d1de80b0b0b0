//! Paired timings for the database benches: every iteration of either criterion benchmark of a
//! group times a typed and a raw round trip back to back, in alternating order, and keeps both.
//!
//! Criterion's two medians come from two stretches of the run several seconds apart, and on a
//! shared machine the database server's speed drifts between them by more than the difference
//! being measured. A pair's two round trips run within a second of each other, so the median of
//! the pairs' ratios compares the sides in the same conditions; `benches/report.py` reads the
//! pairs written here and reports that median beside criterion's ratio.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use criterion::measurement::WallTime;
use criterion::{Bencher, Criterion};

/// Runs the group `name`: a benchmark of the typed side, `"ids typed IDs"`, and one of the raw
/// side, `raw`, each `bench`ed with the group's pairs and its side (whose loop times its
/// iterations with `time_pairs!`), measured for `measurement` per benchmark. Saves the pairs.
pub(crate) fn group(
    c: &mut Criterion,
    name: &str,
    raw: &str,
    measurement: Duration,
    mut bench: impl FnMut(&mut Bencher<'_, WallTime>, &Pairs, Side),
) {
    let pairs = Pairs::default();
    let mut group = c.benchmark_group(name);
    group.sample_size(SAMPLES).measurement_time(measurement);
    for (function, side) in [("ids typed IDs", Side::Typed), (raw, Side::Raw)] {
        group.bench_function(function, |b| bench(b, &pairs, side));
    }
    group.finish();
    pairs.save(name);
}

/// The round trips of both kinds that one group timed, as (typed, raw).
#[derive(Default)]
pub(crate) struct Pairs(Mutex<Vec<(Duration, Duration)>>);

/// Which side a criterion benchmark reports; the pairs keep both either way.
#[derive(Clone, Copy)]
pub(crate) enum Side {
    Typed,
    Raw,
}

/// Times `$iters` pairs of the round trips `$typed` and `$raw` back to back, the raw one first
/// when `$pairs.raw_first()`, records each pair in `$pairs` and evaluates to the total time of
/// `$side`: the body of an `iter_custom`, sync or async (the round trips may `.await`).
macro_rules! time_pairs {
    ($iters:expr, $pairs:expr, $side:expr, $typed:expr, $raw:expr) => {{
        let pairs: &$crate::paired::Pairs = $pairs;
        let mut timed = ::std::time::Duration::ZERO;
        for _ in 0..$iters {
            let raw_first = pairs.raw_first();
            let mut raw_time = ::std::time::Duration::ZERO;
            if raw_first {
                let start = ::std::time::Instant::now();
                $raw;
                raw_time = start.elapsed();
            }
            let start = ::std::time::Instant::now();
            $typed;
            let typed_time = start.elapsed();
            if !raw_first {
                let start = ::std::time::Instant::now();
                $raw;
                raw_time = start.elapsed();
            }
            timed += pairs.record($side, typed_time, raw_time);
        }
        timed
    }};
}

impl Pairs {
    /// Whether the next pair runs its raw round trip first: every other pair, counted across
    /// samples and both benchmarks, so neither side always goes second.
    pub(crate) fn raw_first(&self) -> bool {
        self.0.lock().expect("pairs").len().is_multiple_of(2)
    }

    /// Keeps one pair and returns the time of the side `side` reports.
    pub(crate) fn record(&self, side: Side, typed: Duration, raw: Duration) -> Duration {
        self.0.lock().expect("pairs").push((typed, raw));
        match side {
            Side::Typed => typed,
            Side::Raw => raw,
        }
    }

    /// Writes the pairs of `group` to `paired/<group>.json` beside criterion's own results
    /// (every character of the name but ASCII letters and digits becomes `_`), where
    /// `report.py` looks for them. A run that measured nothing (`--list`, a filter that skips
    /// the group, or `--test`, which times two pairs) leaves the last measurement in place.
    pub(crate) fn save(&self, group: &str) {
        let pairs = self.0.lock().expect("pairs");
        if pairs.len() < MEASURED {
            return;
        }
        let file: String = group
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let nanos = |pick: fn(&(Duration, Duration)) -> Duration| -> Vec<u64> {
            pairs
                .iter()
                .map(|pair| u64::try_from(pick(pair).as_nanos()).unwrap_or(u64::MAX))
                .collect()
        };
        let json = serde_json::json!({
            "group": group,
            "typed": nanos(|pair| pair.0),
            "raw": nanos(|pair| pair.1),
        });
        let dir = output_dir();
        std::fs::create_dir_all(&dir).expect("paired directory");
        std::fs::write(dir.join(format!("{file}.json")), json.to_string()).expect("paired file");
    }
}

/// The fewest pairs of a measured group: one per sample of each benchmark.
const MEASURED: usize = 2 * SAMPLES;

/// Criterion's samples per benchmark in every group.
const SAMPLES: usize = 20;

/// Criterion's output directory (`CRITERION_HOME`, else `criterion` in the target directory)
/// joined with `paired`. A relative `CARGO_TARGET_DIR` is taken from the workspace root.
fn output_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home).join("paired");
    }
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| workspace.join("target"), |dir| workspace.join(dir));
    target.join("criterion").join("paired")
}
