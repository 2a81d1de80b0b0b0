//! Fork detection, so that a forked child never continues its parent's random stream.
//!
//! A `pthread_atfork` child handler bumps a generation counter; each thread's CSPRNG records
//! the generation it was seeded in and reseeds when the number has changed. This is the only
//! module of the crate with `unsafe` code.
#![allow(unsafe_code)]

use std::sync::atomic::{AtomicU64, Ordering};

static GENERATION: AtomicU64 = AtomicU64::new(0);

/// How many times this process's ancestry has forked since the handler was installed.
pub(crate) fn generation() -> u64 {
    GENERATION.load(Ordering::Relaxed)
}

#[cfg(unix)]
pub(crate) fn watch() {
    use std::sync::Once;

    static INSTALL: Once = Once::new();

    // Runs in the child right after `fork()`, where only async-signal-safe work is allowed; a
    // lock-free atomic increment is.
    extern "C" fn child() {
        GENERATION.fetch_add(1, Ordering::Relaxed);
    }

    INSTALL.call_once(|| {
        // SAFETY: `pthread_atfork` only records the three function pointers. `child` is a
        // plain `extern "C" fn` with no captured state, lives for the whole program and does
        // nothing but an atomic increment.
        let status = unsafe { libc::pthread_atfork(None, None, Some(child)) };
        // The only failure is ENOMEM. Going on without the handler would let a forked child
        // repeat its parent's random bits, so it is not ignored.
        assert_eq!(status, 0, "pthread_atfork failed: cannot watch for fork()");
    });
}

/// Other platforms have no `fork()`.
#[cfg(not(unix))]
pub(crate) fn watch() {}
