// ids-sqlx built with no sqlx version: asking for `sqlx` is one error naming the features that
// give one, and the type still works everywhere else.
use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
struct UserId(Uuid);

fn main() {
    let id = UserId::new();
    assert!(id.to_string().starts_with("user_"));
}
