use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

fn main() {
    let raw = Uuid::nil();
    let _typed: UserId = raw.into();
    let _default = UserId::default();
}
