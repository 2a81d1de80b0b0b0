// Asking for an integration whose feature is off: one error at the key, naming the feature,
// and nothing else (the type works without it).
use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", schemars)]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "org", utoipa)]
struct OrgId(Uuid);

fn main() {
    let _ = (UserId::new(), OrgId::new());
}
