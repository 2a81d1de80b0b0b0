use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid, u32);

fn main() {}
