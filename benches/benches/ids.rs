//! ids against its peers, side by side in one run: `cargo bench -p ids-bench`, then
//! `python3 benches/report.py` for the table of medians and ratios in BENCHMARKS.md.
//!
//! Every group measures the same job done by each library; the names after the group are the
//! library and what it does. The sqlx round trips are in `sqlx.rs`, per sqlx version.

use std::hint::black_box;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Barrier};
use std::time::{Duration, Instant, SystemTime};

use criterion::{Criterion, criterion_group, criterion_main};
use ids_core::{EntityId, Uuid};
use mti::prelude::{MagicTypeId, MagicTypeIdExt, V7};
use serde::{Deserialize, Serialize};
use type_safe_id::{StaticType, TypeSafeId};
use ulid::Ulid;

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "conn")]
struct ConnectionId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "audit")]
struct AuditId(Uuid);

#[derive(Default)]
struct User;

impl StaticType for User {
    const TYPE: &'static str = "user";
}

type TsUserId = TypeSafeId<User>;

/// Peers' UUIDs are made by the peers' own code; these benchmarks are where that is the point.
#[allow(clippy::disallowed_methods)]
fn generate(c: &mut Criterion) {
    let mut group = c.benchmark_group("generate");
    group.bench_function("ids UserId::new", |b| b.iter(UserId::new));
    group.bench_function("uuid Uuid::now_v7", |b| b.iter(Uuid::now_v7));
    group.bench_function("uuid Uuid::new_v4 (fast-rng)", |b| b.iter(Uuid::new_v4));
    group.bench_function("std SystemTime::now", |b| b.iter(SystemTime::now));
    group.bench_function("ulid Ulid::generate", |b| b.iter(Ulid::generate));
    group.bench_function("type-safe-id new", |b| b.iter(TsUserId::new));
    group.bench_function("mti create_type_id::<V7>", |b| {
        b.iter(|| black_box("user").create_type_id::<V7>())
    });
    group.finish();
}

/// Wall time per ID in each of `threads` threads making IDs at once: what one caller pays
/// while the others compete for the same generator.
fn per_id_under_load<T: 'static>(threads: usize, iters: u64, make: fn() -> T) -> Duration {
    let barrier = Arc::new(Barrier::new(threads));
    let workers: Vec<_> = (0..threads)
        .map(|_| {
            let barrier = Arc::clone(&barrier);
            std::thread::spawn(move || {
                barrier.wait();
                let start = Instant::now();
                for _ in 0..iters {
                    black_box(make());
                }
                start.elapsed()
            })
        })
        .collect();
    let elapsed: Vec<Duration> = workers
        .into_iter()
        .map(|w| w.join().expect("worker"))
        .collect();
    elapsed.iter().sum::<Duration>() / threads as u32
}

#[allow(clippy::disallowed_methods)]
fn generate_contended(c: &mut Criterion) {
    let threads = std::thread::available_parallelism().map_or(2, usize::from);
    let mut group = c.benchmark_group(format!("generate, {threads} threads at once"));
    group.bench_function("ids UserId::new", |b| {
        b.iter_custom(|iters| per_id_under_load(threads, iters, UserId::new))
    });
    group.bench_function("uuid Uuid::now_v7", |b| {
        b.iter_custom(|iters| per_id_under_load(threads, iters, Uuid::now_v7))
    });
    group.bench_function("ulid Ulid::generate", |b| {
        b.iter_custom(|iters| per_id_under_load(threads, iters, Ulid::generate))
    });
    group.bench_function("type-safe-id new", |b| {
        b.iter_custom(|iters| per_id_under_load(threads, iters, TsUserId::new))
    });
    // What any process-wide order costs: one read-modify-write of one shared word per ID.
    group.bench_function("std AtomicU64::fetch_add on one shared word", |b| {
        b.iter_custom(|iters| {
            per_id_under_load(threads, iters, || SHARED.fetch_add(1, Ordering::Relaxed))
        })
    });
    group.finish();
}

static SHARED: AtomicU64 = AtomicU64::new(0);

const EXAMPLE_UUID: u128 = 0x01890a5d_ac96_774b_bcce_b302099a8057;

fn encode(c: &mut Criterion) {
    let id = UserId::from_uuid(Uuid::from_u128(EXAMPLE_UUID));
    let tsid = TsUserId::from_uuid(Uuid::from_u128(EXAMPLE_UUID));
    let mti = MagicTypeId::from_str("user_01h455vb4pex5vsknk084sn02q").expect("valid");
    let ulid = Ulid::from(EXAMPLE_UUID);
    let uuid = Uuid::from_u128(EXAMPLE_UUID);

    let mut group = c.benchmark_group("encode to String");
    group.bench_function("ids to_string", |b| b.iter(|| black_box(&id).to_string()));
    group.bench_function("type-safe-id to_string", |b| {
        b.iter(|| black_box(&tsid).to_string())
    });
    group.bench_function("mti to_string", |b| b.iter(|| black_box(&mti).to_string()));
    group.bench_function("ulid to_string", |b| {
        b.iter(|| black_box(&ulid).to_string())
    });
    group.bench_function("uuid hyphenated to_string", |b| {
        b.iter(|| black_box(&uuid).to_string())
    });
    group.finish();

    let mut group = c.benchmark_group("encode into a stack buffer");
    group.bench_function("ids encode", |b| b.iter(|| black_box(&id).encode()));
    group.bench_function("ulid array_to_str", |b| {
        b.iter(|| {
            let mut buf = [0u8; ulid::ULID_LEN];
            black_box(black_box(&ulid).array_to_str(&mut buf).len())
        })
    });
    group.bench_function("uuid hyphenated encode_lower", |b| {
        b.iter(|| {
            let mut buf = uuid::Uuid::encode_buffer();
            black_box(black_box(&uuid).hyphenated().encode_lower(&mut buf).len())
        })
    });
    group.finish();
}

fn parse(c: &mut Criterion) {
    let text = "user_01h455vb4pex5vsknk084sn02q";
    let ulid_text = Ulid::from(EXAMPLE_UUID).to_string();
    let uuid_text = Uuid::from_u128(EXAMPLE_UUID).to_string();

    let mut group = c.benchmark_group("parse, prefix checked");
    group.bench_function("ids UserId::parse", |b| {
        b.iter(|| UserId::parse(black_box(text)))
    });
    group.bench_function("type-safe-id from_str", |b| {
        b.iter(|| TsUserId::from_str(black_box(text)))
    });
    group.bench_function("mti from_str + prefix check", |b| {
        b.iter(|| MagicTypeId::from_str(black_box(text)).map(|id| id.prefix().as_str() == "user"))
    });
    group.bench_function("ulid from_string (no prefix)", |b| {
        b.iter(|| Ulid::from_string(black_box(&ulid_text)))
    });
    group.bench_function("uuid parse_str hyphenated (no prefix)", |b| {
        b.iter(|| Uuid::parse_str(black_box(&uuid_text)))
    });
    group.finish();
}

#[derive(Serialize, Deserialize)]
struct TypedLogin {
    user: UserId,
    session: SessionId,
    connection: ConnectionId,
    audit: AuditId,
}

#[derive(Serialize, Deserialize)]
struct RawLogin {
    user: Uuid,
    session: Uuid,
    connection: Uuid,
    audit: Uuid,
}

fn serde_json_round_trip(c: &mut Criterion) {
    let typed = TypedLogin {
        user: UserId::new(),
        session: SessionId::new(),
        connection: ConnectionId::new(),
        audit: AuditId::new(),
    };
    let raw = RawLogin {
        user: typed.user.uuid(),
        session: typed.session.uuid(),
        connection: typed.connection.uuid(),
        audit: typed.audit.uuid(),
    };
    let mut group = c.benchmark_group("serde_json round trip, four IDs");
    group.bench_function("ids typed struct", |b| {
        b.iter(|| {
            let json = serde_json::to_string(black_box(&typed)).expect("serializes");
            serde_json::from_str::<TypedLogin>(&json).expect("deserializes")
        })
    });
    group.bench_function("uuid raw struct", |b| {
        b.iter(|| {
            let json = serde_json::to_string(black_box(&raw)).expect("serializes");
            serde_json::from_str::<RawLogin>(&json).expect("deserializes")
        })
    });
    group.finish();
}

criterion_group!(
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = generate, generate_contended, encode, parse, serde_json_round_trip
);
criterion_main!(benches);
