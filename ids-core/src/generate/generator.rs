//! The one generator behind every `new()`: UUIDv7 (RFC 9562), strictly increasing within the
//! process, lock-free, with 58 bits from a CSPRNG in every ID. It holds the process-wide stamp
//! (see `stamp.rs` for the layout and how stamps advance), reads the clock (`clock.rs`) and the
//! thread's random stream (`random.rs`), and defers to the thread's deterministic scope when a
//! test has one (`deterministic.rs`).

use std::sync::atomic::AtomicU64;
use std::time::{SystemTime, UNIX_EPOCH};

use crate::Uuid;
use crate::generate::random::next_u64 as random_u64;
use crate::generate::stamp::{MAX_UNIX_MS, advance, assemble};
use crate::generate::{clock, deterministic};

/// The process-wide stamp: timestamp in the high 48 bits, counter in the low 16.
static STAMP: CacheLine = CacheLine(AtomicU64::new(0));

/// The stamp alone on its cache lines: every thread writes it for every ID, and a read-mostly
/// neighbour (the fork generation, the count of deterministic scopes) would otherwise be pulled
/// from core to core with it.
#[repr(align(128))]
struct CacheLine(AtomicU64);

/// A new UUIDv7 from the shared generator, or from the thread's deterministic scope if one is
/// active.
pub(crate) fn next_uuid() -> Uuid {
    #[cfg(all(debug_assertions, feature = "registry"))]
    crate::registry::kinds::assert_unique_prefixes();
    if deterministic::any_active()
        && let Some(uuid) = deterministic::next_uuid()
    {
        return uuid;
    }
    let stamp = advance(&STAMP.0, clock::unix_ms(), random_u64);
    assemble(stamp, random_u64())
}

/// The timestamp of a UUIDv7, `None` for other versions.
pub(crate) fn created_at(uuid: Uuid) -> Option<SystemTime> {
    if uuid.get_version_num() != 7 {
        return None;
    }
    let unix_ms = (uuid.as_u128() >> 80) as u64;
    UNIX_EPOCH.checked_add(std::time::Duration::from_millis(unix_ms))
}

/// The smallest and the largest UUIDv7 whose timestamp is the millisecond of `time` (the
/// inverse of [`created_at`]). A time before the Unix epoch or past the 48-bit range (the year
/// 10889) is taken as the first or last millisecond there is.
pub(crate) fn bounds_at(time: SystemTime) -> (Uuid, Uuid) {
    let unix_ms = match time.duration_since(UNIX_EPOCH) {
        Ok(since) => u64::try_from(since.as_millis()).map_or(MAX_UNIX_MS, |ms| ms.min(MAX_UNIX_MS)),
        Err(_) => 0,
    };
    // The millisecond's stamps with the counter at its ends, and random bits all clear or set.
    let first = unix_ms << 16;
    (assemble(first, 0), assemble(first | 0xffff, u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Deterministic;
    use crate::generate::clock;

    #[test]
    fn ids_are_version_7_variant_rfc() {
        for _ in 0..1000 {
            let uuid = next_uuid();
            assert_eq!(uuid.get_version_num(), 7);
            assert_eq!(uuid.get_variant(), uuid::Variant::RFC4122);
        }
    }

    #[test]
    fn the_timestamp_is_the_wall_clock() {
        let precise_ms = || {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_millis() as u64)
        };
        let before = precise_ms();
        let uuid = next_uuid();
        let after = precise_ms();
        let unix_ms = (uuid.as_u128() >> 80) as u64;
        // The clock may lag by a tick; the stamp runs ahead of it only when other tests in this
        // process fill a millisecond's counter, by a few milliseconds at most.
        assert!(
            (before - clock::MAX_LAG_MS..=after + 10).contains(&unix_ms),
            "{before} <= {unix_ms} <= {after}"
        );
        let created = created_at(uuid).and_then(|t| t.duration_since(UNIX_EPOCH).ok());
        assert_eq!(created.map(|d| d.as_millis()), Some(u128::from(unix_ms)));
    }

    #[test]
    fn strictly_increasing_across_threads() {
        let per_thread = 20_000;
        let threads: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(move || (0..per_thread).map(|_| next_uuid()).collect::<Vec<_>>())
            })
            .collect();
        let mut all = Vec::new();
        for thread in threads {
            let ids = thread.join().expect("generator thread panicked");
            assert!(
                ids.windows(2).all(|w| w[0] < w[1]),
                "a thread saw its IDs go backwards"
            );
            all.extend(ids);
        }
        let last_before = all.iter().max().copied();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), 4 * per_thread, "duplicate IDs");
        // Every ID made after the joins (a synchronisation point) is above all made before.
        assert!(Some(next_uuid()) > last_before);
    }

    #[test]
    fn random_bits_differ_between_consecutive_ids() {
        let mask = (1u128 << 58) - 1;
        let ids: Vec<u128> = (0..1000).map(|_| next_uuid().as_u128() & mask).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len());
        // Each of the 58 bits is set in some ID and clear in another.
        let any_set = ids.iter().fold(0, |acc, v| acc | v);
        let any_clear = ids.iter().fold(0, |acc, v| acc | (!v & mask));
        assert_eq!(any_set, mask);
        assert_eq!(any_clear, mask);
    }

    #[test]
    fn versions_other_than_7_have_no_creation_time() {
        assert_eq!(created_at(Uuid::nil()), None);
        assert_eq!(
            created_at(Uuid::from_u128(0x6ba7b810_9dad_41d1_80b4_00c04fd430c8)),
            None
        );
    }

    // A deterministic scope on this thread, and what it leaves alone.

    #[test]
    fn same_seed_same_ids() {
        let run = |seed| {
            let _scope = Deterministic::new(seed, 1_000);
            (0..5).map(|_| next_uuid()).collect::<Vec<_>>()
        };
        assert_eq!(run(1), run(1));
        assert_ne!(run(1), run(2));
    }

    #[test]
    fn scopes_nest_and_end() {
        let outer = Deterministic::new(1, 10);
        let first = next_uuid();
        {
            let _inner = Deterministic::new(2, 20);
            assert_eq!((next_uuid().as_u128() >> 80) as u64, 20);
        }
        let second = next_uuid();
        assert_eq!(
            (second.as_u128() >> 80) as u64,
            10,
            "the outer scope is back"
        );
        assert!(second > first);
        drop(outer);
        let real = next_uuid();
        assert!(
            (real.as_u128() >> 80) as u64 > 1_600_000_000_000,
            "the wall clock is back"
        );
    }

    #[test]
    fn scopes_dropped_out_of_order_leave_none_behind() {
        let first = Deterministic::new(1, 10);
        let second = Deterministic::new(2, 20);
        drop(first);
        assert_eq!(
            (next_uuid().as_u128() >> 80) as u64,
            20,
            "the newer one holds"
        );
        drop(second);
        let real = next_uuid();
        assert!(
            (real.as_u128() >> 80) as u64 > 1_600_000_000_000,
            "the wall clock is back"
        );
    }

    #[test]
    fn other_threads_are_untouched() {
        let _scope = Deterministic::new(1, 10);
        let elsewhere = std::thread::spawn(next_uuid)
            .join()
            .expect("thread panicked");
        assert!((elsewhere.as_u128() >> 80) as u64 > 1_600_000_000_000);
    }

    #[test]
    fn the_clock_is_controlled() {
        let scope = Deterministic::new(3, 500);
        let a = next_uuid();
        scope.set_unix_ms(100);
        let b = next_uuid();
        assert!(b > a, "a clock set back keeps IDs increasing");
        assert_eq!((b.as_u128() >> 80) as u64, 500);
        scope.advance_ms(1_000);
        assert_eq!((next_uuid().as_u128() >> 80) as u64, 1_100);
        assert_eq!(scope.unix_ms(), 1_100);
    }
}
