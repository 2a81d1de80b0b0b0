//! The random bits of every ID: a ChaCha12 stream per thread, seeded with 256 bits from the
//! operating system on first use and again in any copy of the process (see `fork.rs`), handed
//! out 64 bits at a time from a buffer of four blocks.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use rand_chacha::ChaCha12Core;
use rand_core::SeedableRng;
use rand_core::block::Generator;

use crate::fork;

/// Words in one refill: four ChaCha blocks of sixteen 32-bit words.
const WORDS: usize = 64;

struct Stream {
    core: ChaCha12Core,
    block: [u32; WORDS],
    /// The next unused word; always even, `WORDS` when the block is used up.
    next: usize,
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
            core: ChaCha12Core::from_seed(os_bytes()),
            block: [0; WORDS],
            next: WORDS,
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
        if self.next >= WORDS {
            self.core.generate(&mut self.block);
            self.next = 0;
        }
        let (low, high) = (self.block[self.next], self.block[self.next + 1]);
        self.next += 2;
        u64::from(high) << 32 | u64::from(low)
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
    fn words_pair_up_in_order_and_refill() {
        let mut stream = Stream::seeded();
        let first = stream.next_u64();
        assert_eq!(
            first,
            u64::from(stream.block[1]) << 32 | u64::from(stream.block[0])
        );
        let rest: Vec<u64> = (1..WORDS / 2).map(|_| stream.next_u64()).collect();
        assert_eq!(stream.next, WORDS);
        let after_refill = stream.next_u64();
        assert_eq!(stream.next, 2, "a used-up block is refilled");
        assert!(!rest.contains(&after_refill) && first != after_refill);
    }

    #[test]
    fn a_zeroed_marker_reseeds_every_stream() {
        let before = next_u64();
        let epoch = STREAM.with_borrow(|stream| stream.as_ref().map(|s| s.epoch));
        fork::invalidate();
        let after = next_u64();
        let reseeded = STREAM.with_borrow(|stream| stream.as_ref().map(|s| (s.epoch, s.next)));
        assert_ne!(before, after);
        let (new_epoch, next) = reseeded.expect("a stream");
        assert_ne!(Some(new_epoch), epoch, "the stream was not reseeded");
        assert_eq!(next, 2, "a reseeded stream starts a fresh block");
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
