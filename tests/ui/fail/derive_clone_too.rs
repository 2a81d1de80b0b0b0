use ids_core::{EntityId, Uuid};

#[derive(EntityId, Clone, Debug)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[derive(Clone)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

fn main() {}
