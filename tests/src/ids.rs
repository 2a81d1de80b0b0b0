//! The ID types the database tests store: each kind once natively and once as text.

use ids_core::{EntityId, Uuid};

/// A user, stored natively: Postgres `uuid`, MySQL `BINARY(16)`, SQLite `BLOB`.
#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
pub struct UserId(Uuid);

/// An organisation, stored natively.
#[derive(EntityId)]
#[entity_id(prefix = "org", sqlx = "native")]
pub struct OrgId(Uuid);

/// A user, stored as the TypeID text: a second type for the users, so it says `shared_prefix`.
#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx = "text", shared_prefix)]
pub struct TextUserId(Uuid);

/// An organisation, stored as the TypeID text, beside `OrgId`.
#[derive(EntityId)]
#[entity_id(prefix = "org", sqlx = "text", shared_prefix)]
pub struct TextOrgId(Uuid);

/// UUIDs written by an older version of a service (random, version 4), as a migration
/// starts from.
pub const LEGACY_UUIDS: [&str; 3] = [
    "9b2f7c1e-4d3a-4f6b-8e2d-1c5a7b9d3e4f",
    "0e8d6c4b-2a19-4f07-b6e5-d4c3b2a19087",
    "f47ac10b-58cc-4372-a567-0e02b2c3d479",
];
