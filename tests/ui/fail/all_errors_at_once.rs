use ids_core::{EntityId, Uuid};

// Three mistakes in one item: each is reported in the same build.
#[derive(EntityId)]
#[entity_id(prefix = "User", colour = "blue", prefix = "user")]
struct UserId(Uuid);

// A value of the wrong kind does not hide the mistakes after it.
#[derive(EntityId)]
#[entity_id(prefix = session, sqlx = "binary", crate = "not a path")]
struct SessionId(Uuid);

fn main() {}
