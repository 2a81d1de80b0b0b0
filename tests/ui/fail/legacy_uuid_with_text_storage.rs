// An ID read from a text row holding a bare UUID would be written back as its TypeID and
// never find its row again: the combination is refused, with the way out.
use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx = "text", legacy_uuid)]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "org", legacy_uuid, sqlx = "text")]
struct OrgId(Uuid);

fn main() {
    let _ = (UserId::new(), OrgId::new());
}
