// `sqlx_crate = "…"` for code that reaches ids_sqlx through a re-export; a type without `sqlx`
// next to it needs nothing from ids_sqlx.
mod db {
    pub use ids_sqlx as typed_ids;
}

use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx, sqlx_crate = "crate::db::typed_ids")]
pub struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
pub struct SessionId(Uuid);

fn stored_natively<T: sqlx::Type<sqlx::Postgres> + for<'q> sqlx::Encode<'q, sqlx::Postgres>>() {}

fn main() {
    stored_natively::<UserId>();
    stored_natively::<Vec<UserId>>();
    let _ = SessionId::new();
}
