//! The wall clock the generator reads, in milliseconds since the Unix epoch.
//!
//! On Linux and Android that is the kernel's coarse realtime clock (`CLOCK_REALTIME_COARSE`):
//! the same wall clock, read from the last timer tick instead of the hardware counter, which
//! makes it several times cheaper than `SystemTime::now()` and leaves timestamps behind the
//! precise time by at most one tick (1 to 10 ms, 4 ms on most kernels). Elsewhere, and
//! everywhere with the `precise-clock` feature, it is `SystemTime::now()`. A clock before 1970
//! reads as 0.

/// Milliseconds since the Unix epoch.
#[cfg(all(
    any(target_os = "linux", target_os = "android"),
    not(feature = "precise-clock")
))]
#[inline]
#[allow(unsafe_code)]
pub(crate) fn unix_ms() -> u64 {
    // SAFETY: all zeroes is a valid `timespec`, whose fields are integers (on some 32-bit
    // targets with private padding, which is why it is not written as a literal).
    let mut now: libc::timespec = unsafe { std::mem::zeroed() };
    // SAFETY: `now` is a valid, writable timespec for the call's duration, and the clock ID is
    // one the kernel has known since Linux 2.6.32. On an error (none is possible for that ID)
    // `now` stays zero, which reads as 1970.
    unsafe { libc::clock_gettime(libc::CLOCK_REALTIME_COARSE, &mut now) };
    match u64::try_from(now.tv_sec) {
        // `tv_nsec` is below one second, so the cast keeps it whole.
        Ok(secs) => secs
            .saturating_mul(1000)
            .saturating_add(now.tv_nsec as u64 / 1_000_000),
        Err(_) => 0,
    }
}

/// Milliseconds since the Unix epoch.
#[cfg(any(
    not(any(target_os = "linux", target_os = "android")),
    feature = "precise-clock"
))]
#[inline]
pub(crate) fn unix_ms() -> u64 {
    use std::time::{SystemTime, UNIX_EPOCH};

    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| {
            elapsed
                .as_secs()
                .saturating_mul(1000)
                .saturating_add(u64::from(elapsed.subsec_millis()))
        })
}

/// How far behind the precise wall clock a reading can be, in milliseconds: one tick of a
/// 100 Hz kernel, and as much again for a timer interrupt a virtual machine delivers late.
#[cfg(test)]
pub(crate) const MAX_LAG_MS: u64 = 20;

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{SystemTime, UNIX_EPOCH};

    fn precise_ms() -> u64 {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64)
    }

    /// Reads the clock between two precise readings, a thousand times: it may trail the
    /// first by `lag` milliseconds at most, and never passes the second.
    fn reads_within(lag: u64) {
        for _ in 0..1000 {
            let before = precise_ms();
            let now = unix_ms();
            let after = precise_ms();
            assert!(
                before.saturating_sub(lag) <= now && now <= after,
                "{before} {now} {after}"
            );
        }
    }

    /// `.ci/run` runs this module's tests with the feature on as well.
    #[cfg(feature = "precise-clock")]
    #[test]
    fn the_precise_clock_never_lags() {
        reads_within(0);
    }

    #[test]
    fn reads_the_wall_clock_within_one_tick() {
        reads_within(MAX_LAG_MS);
    }
}
