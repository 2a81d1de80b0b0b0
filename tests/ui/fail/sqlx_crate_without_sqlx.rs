use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx_crate = "my_ids::ids_sqlx")]
struct UserId(Uuid);

fn main() {
    let _ = UserId::new();
}
