use ids_core::EntityId;

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId();

fn main() {}
