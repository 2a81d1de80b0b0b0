//! The stamp: a UUIDv7's timestamp and counter in one 64-bit word, how the next one is taken,
//! and how a stamp and random bits are laid out as a UUID. Pure functions over a word the
//! caller owns: the process-wide generator (`generator.rs`) and each deterministic scope
//! (`deterministic.rs`) keep their own.
//!
//! # Layout
//!
//! ```text
//!  48 bits  unix_ts_ms     milliseconds since the Unix epoch
//!   4 bits  version        7
//!  12 bits  counter (high)
//!   2 bits  variant        0b10
//!   4 bits  counter (low)
//!  58 bits  random         ChaCha12, seeded from the operating system
//! ```
//!
//! The timestamp and the 16-bit counter live together in one `AtomicU64` (the stamp, the
//! timestamp in the high 48 bits). Within a millisecond each ID takes the next stamp with one
//! `fetch_add`; when the clock has moved past the last stamp, a compare-and-swap starts the new
//! millisecond with the counter at a random value below 2^15 (RFC 9562 section 6.2, method 1:
//! random, with the top bit clear so that at least 32,768 IDs fit before a carry). Stamps are
//! therefore unique and strictly increasing in the order IDs are made, and since they are the
//! most significant bits, so are the IDs. When the clock steps back, stamps keep counting from
//! the last one; when a millisecond runs out of counter values, the carry moves the timestamp
//! ahead, as RFC 9562 allows, and the clock catches up later. The random start makes two
//! processes that mint IDs in the same millisecond unlikely to share a counter value, which
//! adds 15 bits to what keeps their IDs apart.
//!
//! The stamp saturates 2^32 below the top, 65.5 s before the end of the 48-bit timestamp range
//! (the year 10889): past that, IDs are no longer ordered, and only their 58 random bits keep
//! them apart (a collision among a million such IDs has odds of about 1 in 580,000). See
//! `GUARANTEES.md` for all of it, with the tests that check each claim.

use std::sync::atomic::{AtomicU64, Ordering};

use crate::Uuid;

/// The largest timestamp a UUIDv7 can hold, in milliseconds since the Unix epoch.
pub const MAX_UNIX_MS: u64 = (1 << 48) - 1;

const COUNTER_BITS: u32 = 16;

/// A new millisecond's counter starts below this, leaving at least half the range to count.
const COUNTER_START_LIMIT: u64 = 1 << (COUNTER_BITS - 1);

/// The largest stamp the generator hands out: 2^32 below the top, so that the adds of any
/// number of threads racing past it cannot wrap the stamp around. It falls 65,536 ms (65.5 s)
/// before the end of the 48-bit timestamp range, in the year 10889.
const SATURATED: u64 = u64::MAX - (1 << 32);
/// Takes the next stamp from `stamp` for a clock reading of `unix_ms`. `random` is called only
/// when the clock has moved on and a new millisecond's counter needs its random start.
///
/// Every update is a read-modify-write of this one location that leaves it larger (up to the
/// saturation point), so the updates form one total order in which each returns a value above
/// all before it. Relaxed is enough for that.
pub(crate) fn advance(stamp: &AtomicU64, unix_ms: u64, mut random: impl FnMut() -> u64) -> u64 {
    // The clock counts up to the last millisecond the stamp can hold, with its counter room.
    let floor = unix_ms.min(SATURATED >> COUNTER_BITS) << COUNTER_BITS;
    // Within a millisecond: one fetch_add and nothing else. Unlike a compare-and-swap it cannot
    // fail, and without a load before it, threads sharing the stamp move its cache line once
    // per ID, not twice.
    let taken = stamp.fetch_add(1, Ordering::Relaxed);
    if floor <= taken && taken < SATURATED {
        return taken + 1;
    }
    if taken >= SATURATED {
        // Undo the adds past the ceiling, so the stamp can never wrap around.
        stamp.fetch_min(SATURATED, Ordering::Relaxed);
        return SATURATED;
    }
    // The clock has moved past the stamp: start the new millisecond's counter. The value the
    // fetch_add made is skipped; stamps need not be consecutive.
    let mut current = taken + 1;
    loop {
        let next = if floor > current {
            floor | (random() % COUNTER_START_LIMIT)
        } else {
            (current + 1).min(SATURATED)
        };
        match stamp.compare_exchange_weak(current, next, Ordering::Relaxed, Ordering::Relaxed) {
            Ok(_) => return next,
            Err(actual) => current = actual.min(SATURATED),
        }
    }
}

/// Lays out a stamp and random bits as a UUIDv7.
pub(crate) const fn assemble(stamp: u64, random: u64) -> Uuid {
    let unix_ms = stamp >> COUNTER_BITS;
    let counter = stamp & 0xffff;
    let high = (unix_ms << 16) | (0x7 << 12) | (counter >> 4);
    let low = (0b10 << 62) | ((counter & 0xf) << 58) | (random >> 6);
    Uuid::from_u64_pair(high, low)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::random::next_u64 as random_u64;

    #[test]
    fn a_clock_step_back_keeps_counting() {
        let stamp = AtomicU64::new(0);
        let a = advance(&stamp, 1_000_000, || 0);
        let b = advance(&stamp, 1_000_000, || 0);
        let c = advance(&stamp, 999_000, || 0);
        let d = advance(&stamp, 1_000_001, || 0);
        assert_eq!(a, 1_000_000 << 16);
        assert_eq!(b, a + 1);
        assert_eq!(c, b + 1, "a step back continues from the last stamp");
        assert_eq!(d, 1_000_001 << 16, "the clock moving on resets the counter");
    }

    #[test]
    fn an_exhausted_counter_moves_the_timestamp_ahead() {
        let stamp = AtomicU64::new(0);
        let first = advance(&stamp, 5, || 0);
        let mut last = first;
        for _ in 0..(1 << 16) {
            let next = advance(&stamp, 5, || 0);
            assert!(next > last);
            last = next;
        }
        assert_eq!(
            last >> 16,
            6,
            "65,537 IDs in millisecond 5 carry into millisecond 6"
        );
        assert_eq!(
            advance(&stamp, 6, || 0),
            last + 1,
            "the clock catching up continues the count"
        );
    }

    #[test]
    fn a_new_millisecond_starts_the_counter_at_random_below_the_guard_bit() {
        let stamp = AtomicU64::new(0);
        let mut starts = Vec::new();
        let mut draws = [0x7fff, 0x8000, 0xffff_ffff, 12345].into_iter();
        for unix_ms in 1..=4 {
            starts.push(advance(&stamp, unix_ms, || draws.next().unwrap_or(0)) & 0xffff);
        }
        assert_eq!(starts, [0x7fff, 0, 0x7fff, 12345], "reduced below 2^15");
        let followed = advance(&stamp, 4, || panic!("no draw within a millisecond"));
        assert_eq!(followed & 0xffff, 12346);

        // From the real source, starts spread over the range.
        let stamp = AtomicU64::new(0);
        let starts: Vec<u64> = (1..=2000)
            .map(|ms| advance(&stamp, ms, random_u64) & 0xffff)
            .collect();
        assert!(starts.iter().all(|&c| c < 0x8000));
        assert!(starts.iter().any(|&c| c < 0x2000) && starts.iter().any(|&c| c >= 0x6000));
    }

    #[test]
    fn the_stamp_saturates_below_the_top_and_never_wraps() {
        let stamp = AtomicU64::new(SATURATED - 1);
        assert_eq!(
            advance(&stamp, 1_000, || 0),
            SATURATED,
            "the last stamp is handed out"
        );
        for _ in 0..1000 {
            assert_eq!(advance(&stamp, 1_000, || 0), SATURATED);
            assert_eq!(advance(&stamp, u64::MAX, || 0), SATURATED);
        }
        assert!(
            stamp.load(Ordering::Relaxed) <= SATURATED + 1,
            "adds past the ceiling are undone"
        );
        let a = assemble(SATURATED, 1 << 6);
        let b = assemble(SATURATED, 2 << 6);
        assert_ne!(a, b, "saturated IDs differ in their random bits");
        assert_eq!((a.as_u128() >> 80) as u64, MAX_UNIX_MS - 65_536);
        // A clock beyond the range reads as the last millisecond the stamp can hold.
        let fresh = AtomicU64::new(0);
        assert_eq!(
            advance(&fresh, u64::MAX, || 0),
            (MAX_UNIX_MS - 65_536) << 16
        );
    }

    #[test]
    fn the_layout_orders_by_stamp_then_random() {
        let low_stamp = assemble(41, u64::MAX);
        let high_stamp = assemble(42, 0);
        assert!(low_stamp < high_stamp);
        let uuid = assemble((123 << 16) | 0xabcd, u64::MAX);
        assert_eq!(uuid.get_version_num(), 7);
        assert_eq!(uuid.get_variant(), uuid::Variant::RFC4122);
        assert_eq!((uuid.as_u128() >> 80) as u64, 123);
        assert_eq!((uuid.as_u128() >> 64) as u64 & 0xfff, 0xabc);
        assert_eq!((uuid.as_u128() >> 58) as u64 & 0xf, 0xd);
        assert_eq!(
            uuid.as_u128() & ((1 << 58) - 1),
            (1 << 58) - 1,
            "58 random bits"
        );
    }
}
