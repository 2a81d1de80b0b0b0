//! A typed read costs what a raw `Uuid` read costs. Reading 1,000 natively stored IDs must
//! allocate no more than reading the same column as 1,000 `Uuid`s, on SQLite and the real
//! PostgreSQL and MariaDB (sqlx 0.9; the read is one implementation for both versions). Work
//! per value that allocates, such as formatting the column's type to inspect it, fails here.
//!
//! Allocations are counted per thread: the tests run on one-thread runtimes, so a query's rows
//! are decoded on the test's own thread, and tests running beside it do not count.
#![allow(
    unsafe_code,
    reason = "a counting global allocator, which hands every call to the system's"
)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

use ids_core::{EntityId, Uuid};
use ids_test_support::{mysql_url, postgres_url, unreachable};
use sqlx::{ColumnIndex, Database, Decode, Executor, IntoArguments, Pool, Type};

const ROWS: usize = 1_000;

/// Room for what may differ between two reads of one query (a buffer that grows once more).
const SLACK: u64 = 8;

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
struct UserId(Uuid);

thread_local! {
    static ALLOCATIONS: Cell<u64> = const { Cell::new(0) };
}

/// The system allocator, counting the calls that take memory on each thread.
struct Counting;

fn count() {
    // `try_with`: a thread being torn down still allocates, after its counter is gone.
    let _ = ALLOCATIONS.try_with(|n| n.set(n.get() + 1));
}

// SAFETY: every call is handed unchanged to `System`, which upholds the contract.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count();
        // SAFETY: the caller's guarantees for `layout` are `System::alloc`'s.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, which is `System`, with `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count();
        // SAFETY: as for `dealloc`, and the caller's guarantees for `new_size`.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The allocations of reading `select`'s rows as `T`.
async fn allocations<DB, T>(pool: &Pool<DB>, select: &'static str) -> u64
where
    DB: Database,
    for<'c> &'c Pool<DB>: Executor<'c, Database = DB>,
    DB::Arguments: IntoArguments<DB>,
    usize: ColumnIndex<DB::Row>,
    T: for<'r> Decode<'r, DB> + Type<DB> + Send + Unpin,
{
    let before = ALLOCATIONS.with(Cell::get);
    let read: Vec<T> = sqlx::query_scalar(select)
        .fetch_all(pool)
        .await
        .expect("select");
    let after = ALLOCATIONS.with(Cell::get);
    assert_eq!(read.len(), ROWS);
    after - before
}

/// Fills the table `t` with `fill` and compares a typed read of it with raw ones before and
/// after it (the first read also prepares the statement).
async fn typed_reads_allocate_as_raw_ones<DB>(pool: &Pool<DB>, table: &str, fill: &str)
where
    DB: Database,
    for<'c> &'c Pool<DB>: Executor<'c, Database = DB>,
    DB::Arguments: IntoArguments<DB>,
    usize: ColumnIndex<DB::Row>,
    UserId: for<'r> Decode<'r, DB> + Type<DB>,
    Uuid: for<'r> Decode<'r, DB> + Type<DB>,
{
    let (table, fill) = (table.to_owned(), fill.to_owned());
    pool.execute(sqlx::AssertSqlSafe(table))
        .await
        .expect("create");
    pool.execute(sqlx::AssertSqlSafe(fill)).await.expect("fill");
    let select = "SELECT id FROM t ORDER BY id";
    allocations::<DB, Uuid>(pool, select).await;
    let typed = allocations::<DB, UserId>(pool, select).await;
    let raw = allocations::<DB, Uuid>(pool, select).await;
    assert!(
        typed <= raw + SLACK,
        "reading {ROWS} IDs made {typed} allocations, against {raw} for the same UUIDs"
    );
}

/// A one-connection pool on the server at `url`, or `None` after the skip rule's SKIPPED line.
async fn connect<DB: Database>(server: &str, url: &str) -> Option<Pool<DB>> {
    match sqlx::pool::PoolOptions::<DB>::new()
        .max_connections(1)
        .connect(url)
        .await
    {
        Ok(pool) => Some(pool),
        Err(err) => unreachable(server, url, &err),
    }
}

#[tokio::test]
async fn sqlite() {
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .max_connections(1)
        .connect("sqlite::memory:")
        .await
        .expect("an in-memory database");
    typed_reads_allocate_as_raw_ones(
        &pool,
        "CREATE TABLE t (id BLOB PRIMARY KEY)",
        "INSERT INTO t WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) \
         SELECT randomblob(16) FROM n",
    )
    .await;
}

#[tokio::test]
async fn postgres() {
    let Some(pool) = connect::<sqlx::Postgres>("PostgreSQL", &postgres_url()).await else {
        return;
    };
    typed_reads_allocate_as_raw_ones(
        &pool,
        "CREATE TEMPORARY TABLE t (id uuid PRIMARY KEY)",
        "INSERT INTO t SELECT md5(i::text)::uuid FROM generate_series(1, 1000) AS i",
    )
    .await;
}

#[tokio::test]
async fn mariadb() {
    let Some(pool) = connect::<sqlx::MySql>("MySQL", &mysql_url()).await else {
        return;
    };
    typed_reads_allocate_as_raw_ones(
        &pool,
        "CREATE TEMPORARY TABLE t (id BINARY(16) PRIMARY KEY)",
        "INSERT INTO t WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000) \
         SELECT UNHEX(MD5(i)) FROM n",
    )
    .await;
}
