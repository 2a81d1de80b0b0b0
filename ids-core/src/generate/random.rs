//! The random bits of every ID: a ChaCha12 stream per thread, seeded with 256 bits from the
//! operating system on first use and again in any copy of the process (see `fork.rs`), handed
//! out 64 bits at a time from the generator's buffer of four blocks.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use chacha20::ChaCha12Rng;
use chacha20::rand_core::{Rng, SeedableRng};

use crate::generate::fork;

struct Stream {
    rng: ChaCha12Rng,
    /// The process-wide copy marker, and the epoch this stream was seeded in: while the marker
    /// holds the epoch, this is the process the stream was seeded in.
    marker: &'static AtomicU64,
    epoch: u64,
}

impl Stream {
    fn seeded() -> Stream {
        let marker = fork::marker();
        // The epoch is read before the seed: a copy made between the two zeroes the marker,
        // and the stream reseeds at its first draw.
        let epoch = fork::epoch(marker);
        Stream {
            rng: ChaCha12Rng::from_seed(os_bytes()),
            marker,
            epoch,
        }
    }

    /// Whether this stream was seeded in this copy of the process.
    #[inline]
    fn current(&self) -> bool {
        self.marker.load(Ordering::Relaxed) == self.epoch
    }

    #[inline]
    fn next_u64(&mut self) -> u64 {
        self.rng.next_u64()
    }
}

thread_local! {
    static STREAM: RefCell<Option<Stream>> = const { RefCell::new(None) };
}

/// 64 bits from this thread's stream.
#[inline]
pub(crate) fn next_u64() -> u64 {
    STREAM
        .try_with(|stream| {
            let mut stream = stream.borrow_mut();
            match &mut *stream {
                Some(stream) if stream.current() => stream.next_u64(),
                stale => stale.insert(Stream::seeded()).next_u64(),
            }
        })
        // During thread teardown the thread-local is gone; ask the operating system directly.
        .unwrap_or_else(|_| u64::from_ne_bytes(os_bytes()))
}

#[cold]
fn os_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes)
        .expect("the operating system's random number generator is unavailable");
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_is_chacha12_from_its_seed() {
        let seed = [7; 32];
        let mut stream = Stream {
            rng: ChaCha12Rng::from_seed(seed),
            marker: fork::marker(),
            epoch: 0,
        };
        let mut reference = ChaCha12Rng::from_seed(seed);
        // Past the generator's buffer of four blocks (32 draws), into the next.
        for _ in 0..100 {
            assert_eq!(stream.next_u64(), reference.next_u64());
        }
    }

    #[test]
    fn a_zeroed_marker_reseeds_every_stream() {
        let before: Vec<u64> = (0..4).map(|_| next_u64()).collect();
        let epoch = STREAM.with_borrow(|stream| stream.as_ref().map(|s| s.epoch));
        fork::invalidate();
        let after = next_u64();
        let new_epoch = STREAM.with_borrow(|stream| stream.as_ref().map(|s| s.epoch));
        assert!(new_epoch.is_some());
        assert_ne!(new_epoch, epoch, "the stream was not reseeded");
        assert!(!before.contains(&after));
    }

    #[test]
    fn threads_have_their_own_streams() {
        let here: Vec<u64> = (0..64).map(|_| next_u64()).collect();
        let there = std::thread::spawn(|| (0..64).map(|_| next_u64()).collect::<Vec<u64>>())
            .join()
            .expect("thread");
        assert!(here.iter().all(|v| !there.contains(v)));
    }
}
