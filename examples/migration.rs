//! Moving a service from raw UUIDs to typed IDs without a flag day: the old handler and the new
//! one side by side, on the same data.
//!
//! Run it with `cargo run -p ids-examples --example migration`.

use std::collections::HashMap;

use ids_core::{EntityId, Uuid};
use serde::{Deserialize, Serialize};

/// Users, as the new code sees them. `legacy_uuid` lets clients that still send bare UUIDs in
/// while they move; responses always carry the TypeID.
#[derive(EntityId)]
#[entity_id(prefix = "user", legacy_uuid)]
pub struct UserId(Uuid);

/// Organisations: new enough that nobody ever sent a bare UUID for one, so they stay strict.
#[derive(EntityId)]
#[entity_id(prefix = "org")]
pub struct OrgId(Uuid);

/// The data both handlers serve. Rows written before the move hold random (version 4) UUIDs;
/// typed IDs wrap them without changing a byte.
struct Store {
    users: HashMap<Uuid, String>,
}

// ---- Before: raw UUIDs, parsed by hand in every handler. ----

#[derive(Deserialize)]
struct OldRequest {
    user_id: String,
}

#[derive(Serialize)]
struct OldResponse {
    user_id: Uuid,
    name: String,
}

fn old_get_user(store: &Store, body: &str) -> Result<String, String> {
    let request: OldRequest = serde_json::from_str(body).map_err(|e| e.to_string())?;
    // Any UUID at all is accepted, an org's as happily as a user's.
    let user_id = Uuid::parse_str(&request.user_id).map_err(|e| e.to_string())?;
    let name = store.users.get(&user_id).ok_or("no such user")?.clone();
    serde_json::to_string(&OldResponse { user_id, name }).map_err(|e| e.to_string())
}

// ---- After: typed IDs checked at the boundary, by serde. ----

#[derive(Deserialize)]
struct NewRequest {
    user_id: UserId,
}

#[derive(Serialize)]
struct NewResponse {
    user_id: UserId,
    name: String,
    /// For consumers that still read bare UUIDs, the same ID in the old form.
    #[serde(with = "ids_core::legacy::as_uuid")]
    legacy_user_id: UserId,
}

fn new_get_user(store: &Store, body: &str) -> Result<String, String> {
    let request: NewRequest = serde_json::from_str(body).map_err(|e| e.to_string())?;
    let user_id = request.user_id;
    let name = store
        .users
        .get(&user_id.uuid())
        .ok_or("no such user")?
        .clone();
    let response = NewResponse {
        user_id,
        name,
        legacy_user_id: user_id,
    };
    serde_json::to_string(&response).map_err(|e| e.to_string())
}

fn show(label: &str, outcome: Result<String, String>) {
    match outcome {
        Ok(body) => println!("   {label}\n     200 {body}"),
        Err(message) => println!("   {label}\n     400 {message}"),
    }
}

fn main() -> Result<(), uuid::Error> {
    // A row from before the move: its ID is a random version 4 UUID.
    let ada = Uuid::parse_str("9b2f7c1e-4d3a-4f6b-8e2d-1c5a7b9d3e4f")?;
    let store = Store {
        users: HashMap::from([(ada, "ada".to_owned())]),
    };
    let ada_typed = UserId::from_uuid(ada);
    let some_org = OrgId::new();

    println!("An old client sends the bare UUID:");
    let old_body = format!(r#"{{"user_id":"{ada}"}}"#);
    show("old handler", old_get_user(&store, &old_body));
    show(
        "new handler (legacy_uuid accepts it, answers with the TypeID)",
        new_get_user(&store, &old_body),
    );

    println!("\nA new client sends the TypeID:");
    let new_body = format!(r#"{{"user_id":"{ada_typed}"}}"#);
    show(
        "old handler (cannot read it)",
        old_get_user(&store, &new_body),
    );
    show("new handler", new_get_user(&store, &new_body));

    println!("\nA client sends an org's ID where a user's belongs:");
    let wrong_body = format!(r#"{{"user_id":"{some_org}"}}"#);
    show(
        "new handler (refuses the wrong kind before any lookup)",
        new_get_user(&store, &wrong_body),
    );
    let wrong_uuid_body = format!(r#"{{"user_id":"{}"}}"#, some_org.uuid());
    show(
        "old handler (takes any UUID and goes looking)",
        old_get_user(&store, &wrong_uuid_body),
    );
    Ok(())
}
