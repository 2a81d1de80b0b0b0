// User items with the names generated code could trip over.
#![allow(dead_code, non_camel_case_types)]

use ids_core::EntityId;

struct Result;
struct Option;
struct Uuid;
struct Ok;
struct Some;
struct fmt;
struct str;
struct bool;
struct H;
mod core {}
mod std {}

#[derive(EntityId)]
#[entity_id(prefix = "user")]
pub struct UserId(ids_core::Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
pub struct SessionId(::uuid::Uuid);

fn main() {
    let id = UserId::new();
    let parsed: ::core::result::Result<UserId, _> = id.to_string().parse();
    assert_eq!(parsed, ::core::result::Result::Ok(id));
    let _ = SessionId::new();
}
