use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", legacy_uuid = true)]
struct UserId(Uuid);

fn main() {
    let _ = UserId::new();
}
