use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", prefix = "member")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
#[entity_id(prefix = "sess")]
struct SessionId(Uuid);

fn main() {}
