use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefx = "user")]
struct UserId(Uuid);

fn main() {}
