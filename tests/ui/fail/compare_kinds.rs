use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

fn main() {
    let user = UserId::new();
    let session = SessionId::new();
    let _ = user == session;
}
