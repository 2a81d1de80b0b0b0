// Each integration key is `key`, `key = false`, and for storage `key = "native"` or
// `key = "text"`; anything else says so, at the value.
use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", serde = "yes")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "org", sqlx = "binary")]
struct OrgId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "team", schemars(draft = 7))]
struct TeamId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "job", sqlx = 16)]
struct JobId(Uuid);

fn main() {
    let _ = (UserId::new(), OrgId::new(), TeamId::new(), JobId::new());
}
