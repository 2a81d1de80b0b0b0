//! The generator's guarantees under load and at the edges of its clock: unique, strictly
//! increasing per thread and across a synchronisation point, random where it should be.

use std::sync::{Arc, Barrier};

use ids_core::{Deterministic, EntityId, MAX_UNIX_MS, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "job")]
struct JobId(Uuid);

fn unix_ms(id: JobId) -> u64 {
    (id.uuid().as_u128() >> 80) as u64
}

const RANDOM_BITS: u32 = 58;

fn random_bits(id: u128) -> u64 {
    (id & ((1 << RANDOM_BITS) - 1)) as u64
}

/// `threads` threads make `per_thread` IDs each, all at once.
fn stress(threads: usize, per_thread: usize) {
    let barrier = Arc::new(Barrier::new(threads));
    let before = JobId::new();
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                let ids: Vec<u128> = (0..per_thread)
                    .map(|_| JobId::new().uuid().as_u128())
                    .collect();
                assert!(
                    ids.windows(2).all(|w| w[0] < w[1]),
                    "a thread's IDs went backwards"
                );
                ids
            })
        })
        .collect();
    let mut all: Vec<u128> = Vec::with_capacity(threads * per_thread);
    for handle in handles {
        all.extend(handle.join().expect("a generating thread panicked"));
    }
    // The joins are a synchronisation point: everything after them is greater than everything
    // before, and everything made between the two points lies between them.
    let after = JobId::new().uuid().as_u128();
    let before = before.uuid().as_u128();
    assert!(
        all.iter().all(|&id| before < id && id < after),
        "an ID outside its window"
    );
    all.sort_unstable();
    let duplicates = all.windows(2).filter(|w| w[0] == w[1]).count();
    assert_eq!(
        duplicates,
        0,
        "{duplicates} duplicate IDs among {}",
        all.len()
    );
}

#[test]
fn eight_threads_make_ten_million_unique_ordered_ids() {
    stress(8, 1_250_000);
}

#[test]
#[ignore = "long run: cargo test --release -p ids-core --test generator -- --ignored"]
fn sixteen_threads_make_two_hundred_million_unique_ordered_ids() {
    stress(16, 12_500_000);
}

#[test]
fn a_clock_stepping_back_seconds_keeps_ids_increasing() {
    let scope = Deterministic::new(1, 1_700_000_000_000);
    let mut ids: Vec<JobId> = (0..1_000).map(|_| JobId::new()).collect();
    scope.set_unix_ms(1_700_000_000_000 - 5_000);
    ids.extend((0..1_000).map(|_| JobId::new()));
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    assert!(
        ids.iter().all(|&id| unix_ms(id) == 1_700_000_000_000),
        "the timestamp never steps back"
    );
}

#[test]
fn a_clock_standing_still_for_millions_of_ids_runs_ahead_and_catches_up() {
    let start = 1_700_000_000_000;
    let scope = Deterministic::new(2, start);
    let mut last = JobId::new();
    for _ in 1..3_000_000 {
        let next = JobId::new();
        assert!(next > last);
        last = next;
    }
    // The first millisecond holds 32,769 to 65,536 IDs, depending on where its counter
    // started; every later one 65,536. Three million carry the timestamp 45 or 46 ms ahead.
    let ahead = unix_ms(last) - start;
    assert!((45..=46).contains(&ahead), "{ahead} ms ahead");
    scope.advance_ms(47);
    let caught_up = JobId::new();
    assert!(caught_up > last);
    assert_eq!(
        unix_ms(caught_up),
        start + 47,
        "the clock catching up takes over again"
    );
}

#[test]
fn a_clock_jumping_far_ahead_and_back() {
    let start = 1_700_000_000_000;
    let ten_years = 10 * 365 * 24 * 3_600 * 1_000;
    let scope = Deterministic::new(3, start);
    let a = JobId::new();
    scope.set_unix_ms(start + ten_years);
    let b = JobId::new();
    scope.set_unix_ms(start);
    let c = JobId::new();
    assert!(a < b && b < c);
    assert_eq!(unix_ms(b), start + ten_years);
    assert_eq!(
        unix_ms(c),
        start + ten_years,
        "after a jump ahead, IDs stay ahead of the clock"
    );
}

#[test]
fn a_clock_at_zero() {
    let _scope = Deterministic::new(4, 0);
    let ids: Vec<JobId> = (0..100_000).map(|_| JobId::new()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(unix_ms(ids[0]), 0);
    let carry = ids
        .iter()
        .position(|&id| unix_ms(id) == 1)
        .expect("a carry into millisecond 1");
    assert!(
        (32_769..=65_536).contains(&carry),
        "millisecond 0 held {carry} IDs"
    );
}

/// The generator's stamps end 2^32 below the top of the 64-bit stamp (65.5 s before the end of
/// the 48-bit timestamp range, in the year 10889), so that racing threads can never wrap it.
/// A clock at or past that point gets the last millisecond's counter, counting up as usual;
/// after that the stamp stays at its ceiling, and IDs stay unique through their random bits
/// but no longer increase. Documented in the generator and GUARANTEES.md.
#[test]
fn a_clock_at_the_48_bit_limit_saturates() {
    let last_ms = MAX_UNIX_MS - 65_536;
    let scope = Deterministic::new(5, MAX_UNIX_MS);
    let stamp = |id: JobId| id.uuid().as_u128() >> RANDOM_BITS;
    let mut ordered = vec![JobId::new()];
    assert_eq!(
        unix_ms(ordered[0]),
        last_ms,
        "the clock is capped at the last millisecond"
    );
    let saturated_stamp = loop {
        let next = JobId::new();
        if next <= ordered[ordered.len() - 1] {
            break stamp(next);
        }
        ordered.push(next);
        assert!(ordered.len() <= 65_536, "the counter never reached its end");
    };
    assert!(
        ordered.len() >= 32_768,
        "the last millisecond held {} IDs",
        ordered.len()
    );
    assert!(ordered.iter().all(|&id| unix_ms(id) == last_ms));
    assert_eq!(
        stamp(ordered[ordered.len() - 1]),
        saturated_stamp,
        "the ceiling is the last stamp"
    );

    let saturated: Vec<JobId> = (0..100_000).map(|_| JobId::new()).collect();
    assert!(
        saturated.iter().all(|&id| stamp(id) == saturated_stamp),
        "the stamp stays at its ceiling"
    );
    let mut unique: Vec<u128> = saturated
        .iter()
        .chain(&ordered)
        .map(|id| id.uuid().as_u128())
        .collect();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(
        unique.len(),
        saturated.len() + ordered.len(),
        "still unique through the random bits"
    );

    scope.set_unix_ms(u64::MAX);
    assert_eq!(
        unix_ms(JobId::new()),
        last_ms,
        "a clock past the range counts as its end"
    );
}

/// For each of the 58 random bits: set in about half of the IDs, and equal between
/// consecutive IDs about half the time. Bounds are six standard deviations, so a healthy
/// generator fails about once in 10^9 runs per bit, while a constant, counting or repeated
/// stream fails at once.
fn assert_bits_look_random(ids: &[u64], pairs: &[(u64, u64)], what: &str) {
    let n = ids.len() as f64;
    let tolerance = 6.0 * n.sqrt() / 2.0;
    for bit in 0..RANDOM_BITS {
        let ones = ids.iter().filter(|&&id| id >> bit & 1 == 1).count() as f64;
        assert!(
            (ones - n / 2.0).abs() < tolerance,
            "{what}: bit {bit} is set in {ones} of {n}"
        );
    }
    let m = pairs.len() as f64;
    let tolerance = 6.0 * m.sqrt() / 2.0;
    for bit in 0..RANDOM_BITS {
        let same = pairs
            .iter()
            .filter(|&&(a, b)| (a ^ b) >> bit & 1 == 0)
            .count() as f64;
        assert!(
            (same - m / 2.0).abs() < tolerance,
            "{what}: bit {bit} agrees in {same} of {m} pairs"
        );
    }
}

#[test]
fn random_bits_are_not_constant_or_correlated_between_consecutive_ids() {
    let ids: Vec<u64> = (0..200_000)
        .map(|_| random_bits(JobId::new().uuid().as_u128()))
        .collect();
    let pairs: Vec<(u64, u64)> = ids.windows(2).map(|w| (w[0], w[1])).collect();
    assert_bits_look_random(&ids, &pairs, "consecutive IDs");
}

#[test]
fn random_bits_are_not_correlated_across_threads() {
    let make = || {
        std::thread::spawn(|| {
            (0..100_000)
                .map(|_| random_bits(JobId::new().uuid().as_u128()))
                .collect::<Vec<u64>>()
        })
    };
    let (a, b) = (make(), make());
    let a = a.join().expect("thread a");
    let b = b.join().expect("thread b");
    let pairs: Vec<(u64, u64)> = a.iter().copied().zip(b.iter().copied()).collect();
    let all: Vec<u64> = a.iter().chain(&b).copied().collect();
    assert_bits_look_random(&all, &pairs, "IDs of two threads");
}
