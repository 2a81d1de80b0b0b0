//! `sqlx_crate = "…"` for code that reaches ids_sqlx through a re-export; a type without `sqlx`
//! next to it needs nothing from ids_sqlx.

mod db {
    pub(crate) use ids_sqlx as typed_ids;
}

use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx, sqlx_crate = "crate::db::typed_ids")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

fn stored_natively<T: sqlx::Type<sqlx::Postgres> + for<'q> sqlx::Encode<'q, sqlx::Postgres>>() {}

fn stored_natively_08<
    T: sqlx08::Type<sqlx08::Postgres> + for<'q> sqlx08::Encode<'q, sqlx08::Postgres>,
>() {
}

#[test]
fn the_impls_come_from_the_re_exported_crate_for_each_sqlx_version() {
    stored_natively::<UserId>();
    stored_natively::<Vec<UserId>>();
    stored_natively_08::<UserId>();
    stored_natively_08::<Vec<UserId>>();
    assert!(SessionId::new().to_string().starts_with("session_"));
}
