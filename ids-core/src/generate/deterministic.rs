//! Deterministic generation for tests: seeded randomness and a clock the test controls, in a
//! scope that covers only the current thread, so golden tests can assert exact IDs while other
//! tests run in parallel.

use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

use chacha20::ChaCha12Rng;
use chacha20::rand_core::{Rng, SeedableRng};

use crate::Uuid;
use crate::generate::stamp::{advance, assemble};

struct State {
    unix_ms: Cell<u64>,
    stamp: AtomicU64,
    rng: RefCell<ChaCha12Rng>,
}

/// How many scopes are alive in the whole process, so the shared generator can skip the
/// thread-local lookup when there are none.
static ACTIVE: AtomicUsize = AtomicUsize::new(0);

/// Whether any thread may have a scope in force.
#[inline]
pub(crate) fn any_active() -> bool {
    ACTIVE.load(Ordering::Relaxed) > 0
}

thread_local! {
    /// The thread's live scopes, oldest first; the last one is in force.
    static SCOPES: RefCell<Vec<Rc<State>>> = const { RefCell::new(Vec::new()) };
}

/// The next ID from the thread's deterministic scope, if one is active.
pub(crate) fn next_uuid() -> Option<Uuid> {
    SCOPES
        .try_with(|scopes| {
            let scopes = scopes.borrow();
            let state = scopes.last()?;
            let mut draw = || state.rng.borrow_mut().next_u64();
            let stamp = advance(&state.stamp, state.unix_ms.get(), &mut draw);
            Some(assemble(stamp, draw()))
        })
        .ok()
        .flatten()
}

/// While alive, makes every `new()` on this thread deterministic: the same seed and the same
/// clock readings give the same IDs, run after run.
///
/// The scope covers the thread that created it and no other, so tests running in parallel on
/// other threads keep the shared generator. IDs keep every ordering guarantee of the shared
/// generator within the scope (a clock set back keeps counting up, a full millisecond carries
/// into the next); they are not ordered against IDs made outside it. Scopes stack: the newest
/// live one is in force, and dropping a scope, in any order, leaves the others as they were.
///
/// Randomness comes from ChaCha12 seeded with the given number: fine for tests, and the reason
/// this type must never be used to make real IDs.
///
/// ```
/// use ids_core::{Deterministic, EntityId, Uuid};
///
/// #[derive(EntityId)]
/// #[entity_id(prefix = "job")]
/// struct JobId(Uuid);
///
/// let scope = Deterministic::new(7, 1_700_000_000_000);
/// let a = JobId::new();
/// scope.advance_ms(1_000);
/// let b = JobId::new();
/// drop(scope);
///
/// let scope = Deterministic::new(7, 1_700_000_000_000);
/// assert_eq!(JobId::new(), a, "same seed, same clock, same ID");
/// scope.advance_ms(1_000);
/// assert_eq!(JobId::new(), b);
/// assert_eq!(scope.unix_ms(), 1_700_000_001_000);
/// assert!(a < b);
/// ```
pub struct Deterministic {
    state: Rc<State>,
    // Tied to the thread whose thread-local it changed.
    _not_send: PhantomData<*const ()>,
}

impl Deterministic {
    /// Starts a scope on this thread with randomness seeded by `seed` and the clock at
    /// `unix_ms` milliseconds since the Unix epoch. Readings past the generator's last
    /// millisecond (2^48 - 1 - 65,536) count as that millisecond, as for the real clock.
    pub fn new(seed: u64, unix_ms: u64) -> Deterministic {
        let state = Rc::new(State {
            unix_ms: Cell::new(unix_ms),
            stamp: AtomicU64::new(0),
            rng: RefCell::new(ChaCha12Rng::seed_from_u64(seed)),
        });
        SCOPES.with(|scopes| scopes.borrow_mut().push(Rc::clone(&state)));
        // Relaxed: this thread's own later `new()` sees its own increment, and other threads
        // have no scope of this one's to find.
        ACTIVE.fetch_add(1, Ordering::Relaxed);
        Deterministic {
            state,
            _not_send: PhantomData,
        }
    }

    /// The clock's reading, in milliseconds since the Unix epoch.
    pub fn unix_ms(&self) -> u64 {
        self.state.unix_ms.get()
    }

    /// Sets the clock, forwards or back.
    pub fn set_unix_ms(&self, unix_ms: u64) {
        self.state.unix_ms.set(unix_ms);
    }

    /// Moves the clock forward by `ms` milliseconds, stopping at `u64::MAX`.
    pub fn advance_ms(&self, ms: u64) {
        self.state
            .unix_ms
            .set(self.state.unix_ms.get().saturating_add(ms));
    }
}

impl Drop for Deterministic {
    fn drop(&mut self) {
        // Ignore a thread-local already torn down: then there is nothing left to restore.
        let _ = SCOPES.try_with(|scopes| {
            scopes
                .borrow_mut()
                .retain(|state| !Rc::ptr_eq(state, &self.state));
        });
        ACTIVE.fetch_sub(1, Ordering::Relaxed);
    }
}

impl std::fmt::Debug for Deterministic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Deterministic")
            .field("unix_ms", &self.unix_ms())
            .finish_non_exhaustive()
    }
}
