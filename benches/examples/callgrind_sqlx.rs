//! The sqlx round trip of `benches/sqlx.rs` (SQLite, sqlx 0.9) as a plain program, for
//! `valgrind --tool=callgrind`, which counts instructions instead of timing them: the same
//! count on every run of the same binary, however busy the machine.
//!
//! ```sh
//! cargo build --profile bench -p ids-bench --features callgrind --example callgrind_sqlx
//! valgrind --tool=callgrind target/release/examples/callgrind_sqlx typed
//! valgrind --tool=callgrind target/release/examples/callgrind_sqlx raw
//! ```

use ids_core::{EntityId, Uuid};

const ROWS: u128 = 2_000;

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
struct UserId(Uuid);

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let typed = std::env::args().nth(1).as_deref() == Some("typed");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let pool = sqlx09::sqlite::SqlitePoolOptions::new()
            .max_connections(1)
            .connect("sqlite::memory:")
            .await?;
        sqlx09::query("CREATE TABLE t (id BLOB PRIMARY KEY)")
            .execute(&pool)
            .await?;
        // Fixed IDs, so that every run does the same work.
        let ids: Vec<UserId> = (0..ROWS)
            .map(|n| UserId::from_uuid(Uuid::from_u128((1 << 76) | n)))
            .collect();
        let read = if typed {
            for id in &ids {
                sqlx09::query("INSERT INTO t (id) VALUES (?)")
                    .bind(*id)
                    .execute(&pool)
                    .await?;
            }
            let read: Vec<UserId> = sqlx09::query_scalar("SELECT id FROM t ORDER BY id")
                .fetch_all(&pool)
                .await?;
            read.len()
        } else {
            for id in &ids {
                sqlx09::query("INSERT INTO t (id) VALUES (?)")
                    .bind(id.uuid())
                    .execute(&pool)
                    .await?;
            }
            let read: Vec<Uuid> = sqlx09::query_scalar("SELECT id FROM t ORDER BY id")
                .fetch_all(&pool)
                .await?;
            read.len()
        };
        assert_eq!(read, ids.len());
        Ok(())
    })
}
