//! The SeaORM round trip of `benches/sea_orm.rs` as a plain program, for
//! `valgrind --tool=callgrind`, which counts instructions instead of timing them: the
//! program's own, so on a server only the client's side. SQLite in memory, or the database a
//! second argument names (`mysql://…`, `postgres://…`).
//!
//! ```sh
//! cargo build --profile bench -p ids-bench --features callgrind --example callgrind_sea_orm
//! valgrind --tool=callgrind target/release/examples/callgrind_sea_orm typed
//! valgrind --tool=callgrind target/release/examples/callgrind_sea_orm raw
//! valgrind --tool=callgrind target/release/examples/callgrind_sea_orm typed mysql://root@127.0.0.1:3306/test
//! ```
#![allow(
    unreachable_pub,
    reason = "entities are written as SeaORM's documentation writes them, public"
)]

use ids_core::{EntityId, Uuid};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, Database, QueryOrder};

const ROWS: u128 = 1_000;

/// The ID the typed rows hold.
#[derive(EntityId)]
#[entity_id(prefix = "user", sea_orm)]
pub struct UserId(Uuid);

include!("../common/sea_orm_entities.rs");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let typed_rows = std::env::args().nth(1).as_deref() == Some("typed");
    let url = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "sqlite::memory:".to_owned());
    let (tables, clear) = tables_for(&url);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let mut options = sea_orm::ConnectOptions::new(url);
        options.max_connections(1).min_connections(1);
        let db = Database::connect(options).await?;
        db.execute_unprepared(tables).await?;
        // Fixed IDs, so that every run does the same work.
        let ids: Vec<UserId> = (0..ROWS)
            .map(|n| UserId::from_uuid(Uuid::from_u128((1 << 76) | n)))
            .collect();
        for _ in 0..5 {
            let read = if typed_rows {
                db.execute_unprepared(&format!("{clear} typed")).await?;
                typed::Entity::insert_many(
                    ids.iter().map(|&id| typed::ActiveModel { id: Set(id) }),
                )
                .exec(&db)
                .await?;
                typed::Entity::find()
                    .order_by_asc(typed::Column::Id)
                    .all(&db)
                    .await?
                    .len()
            } else {
                db.execute_unprepared(&format!("{clear} raw")).await?;
                raw::Entity::insert_many(
                    ids.iter().map(|id| raw::ActiveModel { id: Set(id.uuid()) }),
                )
                .exec(&db)
                .await?;
                raw::Entity::find()
                    .order_by_asc(raw::Column::Id)
                    .all(&db)
                    .await?
                    .len()
            };
            assert_eq!(read, ids.len());
        }
        Ok(())
    })
}
