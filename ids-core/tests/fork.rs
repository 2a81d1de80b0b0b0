//! A copy of the process reseeds its CSPRNG: parent and child keep generating in the same
//! millisecond window and share no ID, not even the random bits, whether the copy was made by
//! the C library's `fork()` or by the raw system call, which no `pthread_atfork` handler sees.
#![cfg(unix)]
#![allow(unsafe_code)]

use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "job")]
struct JobId(Uuid);

const PER_PROCESS: usize = 256;
const RANDOM_BITS: u128 = (1 << 58) - 1;

#[test]
fn parent_and_child_share_no_id_after_fork() {
    // SAFETY: see `share_no_id`.
    share_no_id(|| unsafe { libc::fork() });
}

/// The kernel's own copy, without the C library: on Linux the `clone` system call with only
/// the signal to send at exit, which is what `fork()` asks of the kernel.
#[cfg(any(target_os = "linux", target_os = "android"))]
#[test]
fn parent_and_child_share_no_id_after_a_raw_clone() {
    // SAFETY: see `share_no_id`. The flags copy the address space (no CLONE_VM), so the child
    // runs on its own copy of this thread's stack; the other arguments are unused.
    share_no_id(|| unsafe {
        libc::syscall(libc::SYS_clone, libc::SIGCHLD as libc::c_long, 0, 0, 0, 0) as libc::pid_t
    });
}

/// Makes IDs in the parent and in a child made by `copy` (a fork: 0 in the child, the child's
/// pid in the parent), and checks that no ID and no 58 random bits are shared.
///
/// SAFETY: `copy` must copy the process as `fork()` does. The child only generates IDs into a
/// stack array (no allocation, no locks held by other threads), writes them to a pipe and
/// leaves with `_exit`.
fn share_no_id(copy: impl FnOnce() -> libc::pid_t) {
    // Seed this thread's generator before the copy, so the child inherits a live stream.
    let _ = JobId::new();

    let mut fds = [0; 2];
    // SAFETY: `fds` is a valid two-element array for pipe() to fill.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0, "pipe failed");
    let [read_fd, write_fd] = fds;

    let pid = copy();
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        let mut ids = [0u128; PER_PROCESS];
        for slot in &mut ids {
            *slot = JobId::new().uuid().as_u128();
        }
        let bytes = ids.as_ptr().cast::<u8>();
        let len = std::mem::size_of_val(&ids);
        // SAFETY: `bytes` points to `len` initialised bytes of `ids`.
        let written = unsafe { libc::write(write_fd, bytes.cast(), len) };
        let status = i32::from(written != len as isize);
        // SAFETY: ends the child without running the parent's test harness teardown.
        unsafe { libc::_exit(status) };
    }

    let parent: Vec<u128> = (0..PER_PROCESS)
        .map(|_| JobId::new().uuid().as_u128())
        .collect();
    // SAFETY: closing our copy of the write end, which this process owns.
    unsafe { libc::close(write_fd) };

    let mut child = Vec::new();
    let mut buffer = [0u8; 16];
    loop {
        let mut filled = 0;
        while filled < 16 {
            // SAFETY: reads into the unfilled part of `buffer`, which is valid for that length.
            let n =
                unsafe { libc::read(read_fd, buffer[filled..].as_mut_ptr().cast(), 16 - filled) };
            if n <= 0 {
                break;
            }
            filled += n as usize;
        }
        if filled < 16 {
            break;
        }
        child.push(u128::from_ne_bytes(buffer));
    }
    let mut status = 0;
    // SAFETY: waits for the child this test forked; `status` is a valid out-pointer.
    unsafe {
        libc::close(read_fd);
        libc::waitpid(pid, &mut status, 0);
    }
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "the child failed"
    );
    assert_eq!(child.len(), PER_PROCESS, "the child sent every ID");

    for id in &child {
        assert!(!parent.contains(id), "an ID made by both parent and child");
    }
    let parent_random: Vec<u128> = parent.iter().map(|id| id & RANDOM_BITS).collect();
    let shared = child
        .iter()
        .filter(|id| parent_random.contains(&(*id & RANDOM_BITS)))
        .count();
    assert_eq!(shared, 0, "the child repeated its parent's random stream");
}
