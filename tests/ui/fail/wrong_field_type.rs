use ids_core::EntityId;

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(String);

#[derive(EntityId)]
#[entity_id(prefix = "order")]
struct OrderId(u128);

// Uses of the type after the error add no errors of their own.
fn main() {
    let id = UserId::new();
    let _ = (id.to_string(), format!("{id:?}"), id == id.clone(), UserId::parse("x").is_ok());
}
