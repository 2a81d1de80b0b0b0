//! Paired timings for the database benches: every iteration of either criterion benchmark of a
//! group times a typed and a raw round trip back to back, in alternating order, and keeps both.
//!
//! Criterion's two medians come from two stretches of the run several seconds apart, and on a
//! shared machine the database server's speed drifts between them by more than the difference
//! being measured. A pair's two round trips run within a second of each other, so the median of
//! the pairs' ratios compares the sides in the same conditions; `benches/report.py` reads the
//! pairs written here and reports that median beside criterion's ratio.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Duration;

/// The round trips of both kinds that one group timed, as (typed, raw) nanoseconds.
#[derive(Default)]
pub(crate) struct Pairs(Mutex<Vec<(u128, u128)>>);

/// Which side a criterion benchmark reports; the pairs keep both either way.
#[derive(Clone, Copy)]
pub(crate) enum Side {
    Typed,
    Raw,
}

/// Times the round trips `$typed` and `$raw` back to back, the raw one first when
/// `$pairs.raw_first()`, records the pair in `$pairs` and evaluates to the time of `$side`.
macro_rules! time_pair {
    ($pairs:expr, $side:expr, $typed:expr, $raw:expr) => {{
        let pairs: &Pairs = $pairs;
        let raw_first = pairs.raw_first();
        let mut raw_time = Duration::ZERO;
        if raw_first {
            let start = Instant::now();
            $raw;
            raw_time = start.elapsed();
        }
        let start = Instant::now();
        $typed;
        let typed_time = start.elapsed();
        if !raw_first {
            let start = Instant::now();
            $raw;
            raw_time = start.elapsed();
        }
        pairs.record($side, typed_time, raw_time)
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
        self.0
            .lock()
            .expect("pairs")
            .push((typed.as_nanos(), raw.as_nanos()));
        match side {
            Side::Typed => typed,
            Side::Raw => raw,
        }
    }

    /// Writes the pairs of `group` (criterion's group name) as
    /// `<target>/criterion/paired/<group>.json`, where `report.py` looks for them.
    pub(crate) fn save(&self, group: &str) {
        let pairs = self.0.lock().expect("pairs");
        let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
            || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target"),
            PathBuf::from,
        );
        let dir = target.join("criterion").join("paired");
        std::fs::create_dir_all(&dir).expect("paired directory");
        let file: String = group
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let list = |pick: fn(&(u128, u128)) -> u128| {
            pairs
                .iter()
                .map(|pair| pick(pair).to_string())
                .collect::<Vec<_>>()
                .join(",")
        };
        let json = format!(
            "{{\"group\":{group:?},\"typed\":[{}],\"raw\":[{}]}}\n",
            list(|pair| pair.0),
            list(|pair| pair.1)
        );
        std::fs::write(dir.join(format!("{file}.json")), json).expect("paired file");
    }
}
