use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId {
    uuid: Uuid,
}

fn main() {}
