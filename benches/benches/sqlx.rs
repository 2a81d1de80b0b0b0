//! Typed IDs through sqlx against raw `Uuid`s, on SQLite, PostgreSQL and MariaDB, once with sqlx
//! 0.8 and once with sqlx 0.9, in one run: `cargo bench -p ids-bench --bench sqlx`, then
//! `python3 benches/report.py`. The server groups need their servers and say so when one is
//! missing.

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ids_core::{EntityId, Uuid};

#[macro_use]
#[path = "../common/paired.rs"]
mod paired;

const ROWS: usize = 1_000;

/// Every user's ID implements the traits of both sqlx versions.
#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
struct UserId(Uuid);

/// The same benchmark for each sqlx version: `$sqlx` is its crate, `dynamic` turns a query built
/// at run time into what its `query` takes.
macro_rules! per_version {
    ($module:ident, $sqlx:ident, $version:literal, $dynamic:item) => {
        mod $module {
            use ::$sqlx as sqlx;

            use super::*;

            const VERSION: &str = $version;

            $dynamic


        /// Inserts `ids` in one transaction, one statement per row, then selects them all back.
        macro_rules! round_trip {
            ($pool:expr, $clear:expr, $table:expr, $placeholder:expr, $ids:expr, $ty:ty) => {{
                let pool = $pool;
                let mut tx = pool.begin().await.expect("begin");
                // Emptied the way that leaves no dead rows behind, so every iteration starts alike.
                sqlx::query(dynamic(&format!("{} {}", $clear, $table)))
                    .execute(&mut *tx)
                    .await
                    .expect("clear");
                let insert = format!("INSERT INTO {} (id) VALUES ({})", $table, $placeholder);
                for id in $ids {
                    sqlx::query(dynamic(&insert))
                        .bind(*id)
                        .execute(&mut *tx)
                        .await
                        .expect("insert");
                }
                let read: Vec<$ty> = sqlx::query_scalar(dynamic(&format!("SELECT id FROM {} ORDER BY id", $table)))
                    .fetch_all(&mut *tx)
                    .await
                    .expect("select");
                tx.commit().await.expect("commit");
                assert_eq!(read.len(), ROWS);
                read
            }};
        }

        /// Runs the group `$name`: every iteration of its typed and raw benchmarks times one
        /// round trip of each kind back to back, in alternating order, so both are measured in
        /// the same conditions (table sizes, cache and write-ahead-log state; see
        /// `benches/common/paired.rs`). An iteration, a pair of round trips one statement per
        /// row, takes about 160 ms on a server, so each benchmark measures for 10 s rather than
        /// criterion's 5 s: some 200 pairs a group.
        macro_rules! typed_and_raw {
            ($c:expr, $name:expr, $runtime:expr, $pool:expr, $clear:expr, $placeholder:expr, $typed:expr, $raw:expr) => {{
                let (pool, typed, raw) = ($pool, $typed, $raw);
                paired::group($c, $name, "uuid raw Uuids", Duration::from_secs(10), |b, pairs, side| {
                    b.to_async($runtime).iter_custom(|iters| async move {
                        time_pairs!(
                            iters,
                            pairs,
                            side,
                            round_trip!(pool, $clear, "typed", $placeholder, typed, UserId),
                            round_trip!(pool, $clear, "raw", $placeholder, raw, Uuid)
                        )
                    })
                });
            }};
        }

        /// The group of a database server: its two temporary tables of `$column`, or a SKIPPED
        /// line when it cannot be reached.
        macro_rules! server_group {
            ($c:expr, $runtime:expr, $options:path, $url:expr, $name:literal, $column:literal, $clear:expr, $placeholder:expr, $typed:expr, $raw:expr) => {{
                let url = $url;
                let pool = $runtime.block_on(async {
                    let pool = <$options>::new().max_connections(1).connect(&url).await.ok()?;
                    for table in ["typed", "raw"] {
                        let create = format!("CREATE TEMPORARY TABLE {table} (id {} PRIMARY KEY)", $column);
                        sqlx::query(dynamic(&create)).execute(&pool).await.ok()?;
                    }
                    Some(pool)
                });
                match pool {
                    Some(pool) => {
                        let name = format!("{VERSION} {}, insert and select 1,000 rows", $name);
                        typed_and_raw!($c, &name, &$runtime, &pool, $clear, $placeholder, $typed, $raw);
                    }
                    None => eprintln!("SKIPPED: the {VERSION} {} benchmarks, {url} cannot be reached", $name),
                }
            }};
        }

        pub(crate) fn round_trip(c: &mut Criterion) {
            let runtime = tokio::runtime::Runtime::new().expect("runtime");
            let typed: Vec<UserId> = (0..ROWS).map(|_| UserId::new()).collect();
            let raw: Vec<Uuid> = typed.iter().map(|id| id.uuid()).collect();

            let sqlite = runtime.block_on(async {
                let pool = sqlx::sqlite::SqlitePoolOptions::new()
                    .max_connections(1)
                    .connect("sqlite::memory:")
                    .await
                    .expect("sqlite");
                sqlx::query(
                    "CREATE TABLE typed (id BLOB PRIMARY KEY); CREATE TABLE raw (id BLOB PRIMARY KEY)",
                )
                .execute(&pool)
                .await
                .expect("tables");
                pool
            });
            let (sqlite, typed, raw) = (&sqlite, &typed, &raw);
            let name = format!("{VERSION} SQLite, insert and select 1,000 rows");
            typed_and_raw!(c, &name, &runtime, sqlite, "DELETE FROM", "?", typed, raw);

            server_group!(c, runtime, sqlx::postgres::PgPoolOptions, ids_test_support::postgres_url(), "PostgreSQL", "uuid", "TRUNCATE", "$1", typed, raw);
            server_group!(c, runtime, sqlx::mysql::MySqlPoolOptions, ids_test_support::mysql_url(), "MariaDB", "BINARY(16)", "DELETE FROM", "?", typed, raw);
        }
        }
    };
}

per_version!(
    on_sqlx08,
    sqlx,
    "sqlx 0.8",
    fn dynamic(sql: &str) -> &str {
        sql
    }
);
per_version!(
    on_sqlx09,
    sqlx09,
    "sqlx 0.9",
    fn dynamic(sql: &str) -> sqlx::AssertSqlSafe<&str> {
        sqlx::AssertSqlSafe(sql)
    }
);

criterion_group!(benches, on_sqlx08::round_trip, on_sqlx09::round_trip);
criterion_main!(benches);
