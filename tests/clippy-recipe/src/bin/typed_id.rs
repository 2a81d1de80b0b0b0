//! The same program with typed IDs from the shared generator.

use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

fn main() {
    let user_id = UserId::new();
    let session_id = SessionId::new();
    println!("{user_id} {session_id}");
}
