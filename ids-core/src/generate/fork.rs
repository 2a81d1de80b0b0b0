//! Copy detection, so that a copy of the process never continues the original's random stream.
//!
//! Every thread's CSPRNG records the *epoch* it was seeded in: the value of one process-wide
//! word, the marker, which is never zero once read. A copy of the process zeroes the marker,
//! and a stream whose epoch no longer matches reseeds before its next draw. Three things zero it:
//!
//! - on Linux, the kernel itself: the marker lives in a page advised `MADV_WIPEONFORK`, which a
//!   child gets zero-filled from every `fork()`, the raw `fork`/`clone` system calls included
//!   (any copy that does not share the parent's memory);
//! - elsewhere on Unix, and where the kernel predates that advice (Linux 4.14), a
//!   `pthread_atfork` child handler, which sees only `fork()` through the C library;
//! - [`reseed`](crate::reseed), for copies no kernel sees, such as a VM or container restored
//!   from a snapshot more than once.
//!
//! This module and the clock's one system call are the crate's only `unsafe` code.
#![allow(unsafe_code)]

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};

/// The marker when no wipe-on-fork page could be had.
static FALLBACK: AtomicU64 = AtomicU64::new(0);

static MARKER: OnceLock<&'static AtomicU64> = OnceLock::new();

/// The last epoch this process's ancestry handed out. In ordinary memory, so a copy inherits it
/// and its next epoch is above every epoch a stream it inherited can hold.
static LAST_EPOCH: AtomicU64 = AtomicU64::new(0);

/// The process-wide marker, set up on first use.
pub(crate) fn marker() -> &'static AtomicU64 {
    MARKER.get_or_init(|| {
        let marker = wiped_on_fork().unwrap_or(&FALLBACK);
        watch();
        marker
    })
}

/// The epoch a stream seeded now belongs to: the marker's value, set first if a copy zeroed it.
pub(crate) fn epoch(marker: &AtomicU64) -> u64 {
    match marker.load(Ordering::Relaxed) {
        0 => {
            let fresh = LAST_EPOCH.fetch_add(1, Ordering::Relaxed) + 1;
            match marker.compare_exchange(0, fresh, Ordering::Relaxed, Ordering::Relaxed) {
                Ok(_) => fresh,
                Err(set) => set,
            }
        }
        epoch => epoch,
    }
}

/// Makes every thread's stream reseed before its next draw.
pub(crate) fn invalidate() {
    marker().store(0, Ordering::Relaxed);
}

/// One zeroed `AtomicU64` in a page of its own that the kernel zeroes in a forked child.
#[cfg(any(target_os = "linux", target_os = "android"))]
fn wiped_on_fork() -> Option<&'static AtomicU64> {
    // SAFETY: an anonymous private mapping of one page, at an address the kernel picks, touches
    // no existing memory. It is checked for failure before use.
    let page = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            page_size(),
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if page == libc::MAP_FAILED {
        return None;
    }
    // SAFETY: `page` is the mapping just made, of `page_size()` bytes. The advice changes what a
    // forked child sees there (zeroes), which is exactly what the marker needs.
    if unsafe { libc::madvise(page, page_size(), libc::MADV_WIPEONFORK) } != 0 {
        // SAFETY: unmaps the page made above, which nothing else refers to.
        unsafe { libc::munmap(page, page_size()) };
        return None;
    }
    // SAFETY: the page is zero-filled, page-aligned (so aligned for a u64), readable, writable
    // and never unmapped, so it is a valid `AtomicU64` for the rest of the program.
    Some(unsafe { &*page.cast::<AtomicU64>() })
}

#[cfg(any(target_os = "linux", target_os = "android"))]
fn page_size() -> usize {
    // SAFETY: sysconf with a valid name has no preconditions.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    usize::try_from(size).unwrap_or(4096).max(8)
}

#[cfg(not(any(target_os = "linux", target_os = "android")))]
fn wiped_on_fork() -> Option<&'static AtomicU64> {
    None
}

#[cfg(unix)]
fn watch() {
    // Runs in the child right after `fork()`, where only async-signal-safe work is allowed; a
    // lock-free atomic load and store are.
    extern "C" fn child() {
        if let Some(marker) = MARKER.get() {
            marker.store(0, Ordering::Relaxed);
        }
    }

    // SAFETY: `pthread_atfork` only records the three function pointers. `child` is a plain
    // `extern "C" fn` with no captured state, lives for the whole program and does nothing but
    // an atomic store.
    let status = unsafe { libc::pthread_atfork(None, None, Some(child)) };
    // The only failure is ENOMEM. Going on without the handler would let a forked child repeat
    // its parent's random bits where the kernel does not wipe the marker, so it is not ignored.
    assert_eq!(status, 0, "pthread_atfork failed: cannot watch for fork()");
}

/// Other platforms have no `fork()`.
#[cfg(not(unix))]
fn watch() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_epoch_is_never_zero_and_a_zeroed_marker_gets_a_new_one() {
        let marker = AtomicU64::new(0);
        let first = epoch(&marker);
        assert_ne!(first, 0);
        assert_eq!(
            epoch(&marker),
            first,
            "the epoch holds until the marker is zeroed"
        );
        marker.store(0, Ordering::Relaxed);
        let second = epoch(&marker);
        assert!(
            second > first,
            "a zeroed marker gets an epoch no stream has"
        );
    }

    #[cfg(any(target_os = "linux", target_os = "android"))]
    #[test]
    fn linux_marks_a_page_that_a_fork_wipes() {
        assert!(
            wiped_on_fork().is_some(),
            "MADV_WIPEONFORK refused: the kernel predates 4.14"
        );
        assert!(!std::ptr::eq(marker(), &FALLBACK));
    }
}
