//! serde_json into a struct of IDs: never panics; what deserializes serializes back to a value
//! that deserializes to the same struct.
#![no_main]

use ids_core::{AnyId, EntityId, Uuid};
use libfuzzer_sys::fuzz_target;
use serde::{Deserialize, Serialize};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Login {
    user: UserId,
    session: SessionId,
    previous: Option<SessionId>,
    subject: AnyId,
    members: Vec<UserId>,
}

fuzz_target!(|data: &[u8]| {
    if let Ok(login) = serde_json::from_slice::<Login>(data) {
        let json = serde_json::to_string(&login).expect("a deserialized Login serializes");
        let again: Login = serde_json::from_str(&json).expect("and deserializes again");
        assert_eq!(again, login);
    }
});
