//! The sqlx round trip of `benches/sqlx.rs` (sqlx 0.9) as a plain program, for
//! `valgrind --tool=callgrind`, which counts instructions instead of timing them: the same
//! count on every run of the same binary, however busy the machine. The program's own, so on a
//! server only the client's side. SQLite in memory, or the database a second argument names
//! (`mysql://…`, `postgres://…`).
//!
//! ```sh
//! cargo build --profile bench -p ids-bench --features callgrind --example callgrind_sqlx
//! valgrind --tool=callgrind target/release/examples/callgrind_sqlx typed
//! valgrind --tool=callgrind target/release/examples/callgrind_sqlx raw
//! valgrind --tool=callgrind target/release/examples/callgrind_sqlx typed postgres://postgres@127.0.0.1:5432/test
//! ```

use ids_core::{EntityId, Uuid};
use sqlx09::{ColumnIndex, Database, Decode, Encode, Executor, IntoArguments, Pool, Type};

const ROWS: u128 = 2_000;

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
struct UserId(Uuid);

/// Inserts `ids` one statement each into the temporary table `t`, as `T`, and reads them back
/// in order.
async fn round_trip<DB, T>(
    pool: &Pool<DB>,
    table: &'static str,
    insert: &'static str,
    ids: &[T],
) -> Result<usize, sqlx09::Error>
where
    DB: Database,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    DB::Arguments: IntoArguments<DB>,
    usize: ColumnIndex<DB::Row>,
    T: for<'q> Encode<'q, DB> + for<'r> Decode<'r, DB> + Type<DB> + Copy + Send + Unpin + 'static,
{
    // One connection, so that the temporary table is there for every statement.
    let mut conn = pool.acquire().await?;
    conn.execute(table).await?;
    for id in ids {
        sqlx09::query(insert).bind(*id).execute(&mut *conn).await?;
    }
    let read: Vec<T> = sqlx09::query_scalar("SELECT id FROM t ORDER BY id")
        .fetch_all(&mut *conn)
        .await?;
    Ok(read.len())
}

/// Runs the typed or the raw round trip on `DB`.
async fn run<DB>(
    url: &str,
    typed: bool,
    table: &'static str,
    insert: &'static str,
) -> Result<usize, sqlx09::Error>
where
    DB: Database,
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    DB::Arguments: IntoArguments<DB>,
    usize: ColumnIndex<DB::Row>,
    UserId: for<'q> Encode<'q, DB> + for<'r> Decode<'r, DB> + Type<DB>,
    Uuid: for<'q> Encode<'q, DB> + for<'r> Decode<'r, DB> + Type<DB>,
{
    let pool = sqlx09::pool::PoolOptions::<DB>::new()
        .max_connections(1)
        .connect(url)
        .await?;
    // Fixed IDs, so that every run does the same work.
    let ids: Vec<UserId> = (0..ROWS)
        .map(|n| UserId::from_uuid(Uuid::from_u128((1 << 76) | n)))
        .collect();
    if typed {
        round_trip(&pool, table, insert, &ids).await
    } else {
        let raw: Vec<Uuid> = ids.iter().map(|id| id.uuid()).collect();
        round_trip(&pool, table, insert, &raw).await
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let typed = std::env::args().nth(1).as_deref() == Some("typed");
    let url = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "sqlite::memory:".to_owned());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let read = runtime.block_on(async {
        if url.starts_with("postgres:") {
            run::<sqlx09::Postgres>(
                &url,
                typed,
                "CREATE TEMPORARY TABLE t (id uuid PRIMARY KEY)",
                "INSERT INTO t (id) VALUES ($1)",
            )
            .await
        } else if url.starts_with("mysql:") {
            run::<sqlx09::MySql>(
                &url,
                typed,
                "CREATE TEMPORARY TABLE t (id BINARY(16) PRIMARY KEY)",
                "INSERT INTO t (id) VALUES (?)",
            )
            .await
        } else {
            run::<sqlx09::Sqlite>(
                &url,
                typed,
                "CREATE TABLE t (id BLOB PRIMARY KEY)",
                "INSERT INTO t (id) VALUES (?)",
            )
            .await
        }
    })?;
    assert_eq!(read as u128, ROWS);
    Ok(())
}
