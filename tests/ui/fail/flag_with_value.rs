use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", legacy_uuid = true)]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "user", shared_prefix("UserId"), shared_prefix)]
struct TextUserId(Uuid);

fn main() {
    let _ = (UserId::new(), TextUserId::new());
}
