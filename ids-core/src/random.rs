//! The random bits of every ID: a ChaCha12 stream per thread, seeded with 256 bits from the
//! operating system on first use and again after a `fork()`, handed out 64 bits at a time from
//! a buffer of four blocks.

use std::cell::RefCell;

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
    /// The fork generation this stream was seeded in.
    generation: u64,
}

impl Stream {
    fn seeded() -> Stream {
        fork::watch();
        Stream {
            core: ChaCha12Core::from_seed(os_bytes()),
            block: [0; WORDS],
            next: WORDS,
            // Read after `watch`: a fork from here on bumps the generation past this one.
            generation: fork::generation(),
        }
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
                Some(stream) if stream.generation == fork::generation() => stream.next_u64(),
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
    fn threads_have_their_own_streams() {
        let here: Vec<u64> = (0..64).map(|_| next_u64()).collect();
        let there = std::thread::spawn(|| (0..64).map(|_| next_u64()).collect::<Vec<u64>>())
            .join()
            .expect("thread");
        assert!(here.iter().all(|v| !there.contains(v)));
    }
}
