//! Typed IDs through Diesel against the raw values Diesel offers for the same columns, per
//! backend, in one run: `cargo bench -p ids-bench --bench diesel`, then
//! `python3 benches/report.py` for the ratios in BENCHMARKS.md.
//!
//! Each measurement inserts 1,000 rows in one statement and selects them back in order, in one
//! transaction. The raw side is what Diesel maps the column to without ids: `uuid::Uuid` for
//! PostgreSQL's `uuid`, `Vec<u8>` for `Binary` (MariaDB `BINARY(16)`, SQLite `BLOB`). The
//! PostgreSQL and MariaDB groups need their servers and say so when one is missing.

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use ids_core::{EntityId, Uuid};
use ids_test_support::{mysql_url, postgres_url};

#[macro_use]
#[path = "../common/paired.rs"]
mod paired;

const ROWS: usize = 1_000;

#[derive(EntityId)]
#[entity_id(prefix = "user", diesel)]
struct UserId(Uuid);

mod native {
    diesel::table! {
        typed (id) {
            id -> Binary,
        }
    }
    diesel::table! {
        raw (id) {
            id -> Binary,
        }
    }
}

mod postgres {
    diesel::table! {
        typed (id) {
            id -> Uuid,
        }
    }
    diesel::table! {
        raw (id) {
            id -> Uuid,
        }
    }
}

/// Empties `$table` with `$clear`, inserts `$rows` (a slice of values for its `id`) in one
/// statement and reads every `id` back in order as `$ty`, in one transaction.
macro_rules! round_trip {
    ($conn:expr, $clear:expr, $schema:ident :: $table:ident, $rows:expr, $ty:ty) => {{
        use $schema::$table as table;
        let read: Vec<$ty> = $conn
            .transaction(|conn| {
                // Emptied the way that leaves no dead rows behind, so every iteration starts
                // alike however many ran before it.
                diesel::sql_query(format!("{} {}", $clear, stringify!($table))).execute(conn)?;
                let values: Vec<_> = $rows.iter().map(|id| table::id.eq(id)).collect();
                diesel::insert_into(table::table)
                    .values(&values)
                    .execute(conn)?;
                table::table.select(table::id).order(table::id).load(conn)
            })
            .expect("round trip");
        assert_eq!(read.len(), ROWS);
        read
    }};
}

/// Runs the group `$name`: every iteration of its typed and raw benchmarks times one round trip
/// of each kind back to back, in alternating order (`benches/common/paired.rs`).
macro_rules! typed_and_raw {
    ($c:expr, $name:expr, $conn:expr, $clear:expr, $schema:ident, $typed:expr, $raw:expr, $raw_ty:ty) => {{
        let (typed, raw) = ($typed, $raw);
        paired::group(
            $c,
            $name,
            "raw values",
            Duration::from_secs(5),
            |b, pairs, side| {
                b.iter_custom(|iters| {
                    time_pairs!(
                        iters,
                        pairs,
                        side,
                        round_trip!($conn, $clear, $schema::typed, typed, UserId),
                        round_trip!($conn, $clear, $schema::raw, raw, $raw_ty)
                    )
                })
            },
        );
    }};
}

fn connect<C: Connection>(what: &str, url: &str) -> Option<C> {
    match C::establish(url) {
        Ok(conn) => Some(conn),
        Err(err) => {
            eprintln!("SKIPPED: the {what} benchmarks, {url} cannot be reached: {err}");
            None
        }
    }
}

fn diesel_round_trip(c: &mut Criterion) {
    let typed: Vec<UserId> = (0..ROWS).map(|_| UserId::new()).collect();
    let uuids: Vec<Uuid> = typed.iter().map(|id| id.uuid()).collect();
    let bytes: Vec<Vec<u8>> = uuids.iter().map(|uuid| uuid.as_bytes().to_vec()).collect();

    let mut sqlite = SqliteConnection::establish(":memory:").expect("sqlite");
    sqlite
        .batch_execute(
            "CREATE TABLE typed (id BLOB PRIMARY KEY); CREATE TABLE raw (id BLOB PRIMARY KEY)",
        )
        .expect("tables");
    typed_and_raw!(
        c,
        "diesel SQLite, insert and select 1,000 rows",
        sqlite,
        "DELETE FROM",
        native,
        &typed,
        &bytes,
        Vec<u8>
    );

    if let Some(mut mysql) = connect::<MysqlConnection>("MariaDB", &mysql_url()) {
        mysql
            .batch_execute(
                "CREATE TEMPORARY TABLE typed (id BINARY(16) PRIMARY KEY);
                 CREATE TEMPORARY TABLE raw (id BINARY(16) PRIMARY KEY)",
            )
            .expect("tables");
        typed_and_raw!(
            c,
            "diesel MariaDB, insert and select 1,000 rows",
            mysql,
            "DELETE FROM",
            native,
            &typed,
            &bytes,
            Vec<u8>
        );
    }

    if let Some(mut postgres) = connect::<PgConnection>("PostgreSQL", &postgres_url()) {
        postgres
            .batch_execute(
                "CREATE TEMPORARY TABLE typed (id uuid PRIMARY KEY);
                 CREATE TEMPORARY TABLE raw (id uuid PRIMARY KEY)",
            )
            .expect("tables");
        typed_and_raw!(
            c,
            "diesel PostgreSQL, insert and select 1,000 rows",
            postgres,
            "TRUNCATE",
            postgres,
            &typed,
            &uuids,
            Uuid
        );
    }
}

criterion_group!(benches, diesel_round_trip);
criterion_main!(benches);
