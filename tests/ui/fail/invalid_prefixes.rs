use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "User")]
struct Uppercase(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "user2")]
struct Digit(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "audit-record")]
struct Hyphen(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "_user")]
struct LeadingUnderscore(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "user_")]
struct TrailingUnderscore(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijkl")]
struct TooLong(Uuid);

// The types still exist with their whole surface: no follow-up errors below.
fn main() {
    let id = Uppercase::new();
    let _: Uuid = id.uuid();
    let _ = id == Uppercase::from_uuid(Uuid::nil());
    let _ = Digit::parse("x").is_err();
    let _ = (Hyphen::new(), LeadingUnderscore::new(), TrailingUnderscore::new(), TooLong::new());
}
