use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

fn revoke(_session: SessionId) {}

fn main() {
    let user = UserId::new();
    revoke(user);
}
