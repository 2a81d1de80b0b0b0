use ids_core::EntityId;

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(String);

#[derive(EntityId)]
#[entity_id(prefix = "order")]
struct OrderId(u128);

fn main() {}
