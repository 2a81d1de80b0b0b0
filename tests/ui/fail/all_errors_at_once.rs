use ids_core::{EntityId, Uuid};

// Three mistakes in one item: each is reported in the same build.
#[derive(EntityId)]
#[entity_id(prefix = "User", colour = "blue", prefix = "user")]
struct UserId(Uuid);

fn main() {}
