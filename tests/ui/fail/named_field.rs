use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId {
    uuid: Uuid,
}

// Uses of the type after the error add no errors of their own.
fn main() {
    let id = UserId::new();
    let _ = (id.to_string(), format!("{id:?}"), id == id.clone(), UserId::parse("x").is_ok());
}
