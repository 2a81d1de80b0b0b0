use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(crate = "ids_core")]
struct SessionId(Uuid);

fn main() {
    let _ = (UserId::new(), SessionId::new());
}
