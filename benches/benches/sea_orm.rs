//! Typed IDs through SeaORM against raw `Uuid` fields, per backend, in one run:
//! `cargo bench -p ids-bench --bench sea_orm`, then `python3 benches/report.py`.
//!
//! Each measurement inserts 1,000 rows with one `insert_many` and selects them back in order, in
//! one transaction. The PostgreSQL and MariaDB groups need their servers and say so when one is
//! missing.
#![allow(
    unreachable_pub,
    reason = "entities are written as SeaORM's documentation writes them, public"
)]

use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use ids_core::{EntityId, Uuid};
use ids_test_support::{mysql_url, postgres_url};
use sea_orm::entity::prelude::*;
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, QueryOrder, TransactionTrait,
};

#[macro_use]
#[path = "../common/paired.rs"]
mod paired;

const ROWS: usize = 1_000;

#[derive(EntityId)]
#[entity_id(prefix = "user", sea_orm)]
/// The ID the typed rows hold.
pub struct UserId(Uuid);

include!("../common/sea_orm_entities.rs");

/// Empties `$module`'s table with `$clear`, inserts `$ids` with one `insert_many` and reads the
/// rows back in order, in one transaction.
macro_rules! round_trip {
    ($db:expr, $clear:expr, $module:ident, $ids:expr) => {{
        let tx = $db.begin().await.expect("begin");
        tx.execute_unprepared(&format!("{} {}", $clear, stringify!($module)))
            .await
            .expect("clear");
        let models = $ids.iter().map(|&id| $module::ActiveModel {
            id: sea_orm::ActiveValue::Set(id),
        });
        $module::Entity::insert_many(models)
            .exec(&tx)
            .await
            .expect("insert");
        let read = $module::Entity::find()
            .order_by_asc($module::Column::Id)
            .all(&tx)
            .await
            .expect("select");
        tx.commit().await.expect("commit");
        assert_eq!(read.len(), ROWS);
    }};
}

/// Runs the group `$name`: every iteration of its typed and raw benchmarks times one round trip
/// of each kind back to back, in alternating order (`benches/common/paired.rs`).
macro_rules! typed_and_raw {
    ($c:expr, $name:expr, $runtime:expr, $db:expr, $clear:expr, $typed:expr, $raw:expr) => {{
        let (db, typed, raw) = ($db, $typed, $raw);
        paired::group(
            $c,
            $name,
            "uuid raw Uuids",
            Duration::from_secs(5),
            |b, pairs, side| {
                b.to_async($runtime).iter_custom(|iters| async move {
                    time_pairs!(
                        iters,
                        pairs,
                        side,
                        round_trip!(db, $clear, typed, typed),
                        round_trip!(db, $clear, raw, raw)
                    )
                })
            },
        );
    }};
}

/// One connection (the tables are temporary), or `None` after a SKIPPED line.
async fn connect(what: &str, url: String, tables: &str) -> Option<DatabaseConnection> {
    let mut options = ConnectOptions::new(url.clone());
    options.max_connections(1).min_connections(1);
    match Database::connect(options).await {
        Ok(db) => {
            db.execute_unprepared(tables).await.expect("tables");
            Some(db)
        }
        Err(err) => {
            eprintln!("SKIPPED: the {what} benchmarks, {url} cannot be reached: {err}");
            None
        }
    }
}

fn sea_orm_round_trip(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let typed: Vec<UserId> = (0..ROWS).map(|_| UserId::new()).collect();
    let raw: Vec<Uuid> = typed.iter().map(|id| id.uuid()).collect();
    let (typed, raw) = (&typed, &raw);

    let backends = [
        ("SQLite", "sqlite::memory:".to_owned()),
        ("MariaDB", mysql_url()),
        ("PostgreSQL", postgres_url()),
    ];
    for (name, url) in backends {
        let (tables, clear) = tables_for(&url);
        let Some(db) = runtime.block_on(connect(name, url, tables)) else {
            continue;
        };
        let group = format!("sea-orm {name}, insert and select 1,000 rows");
        typed_and_raw!(c, &group, &runtime, &db, clear, typed, raw);
    }
}

criterion_group!(benches, sea_orm_round_trip);
criterion_main!(benches);
