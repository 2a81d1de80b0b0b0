// `id!` in const and static items and in expressions, for typed IDs with and without a prefix.
use ids_core::{EntityId, Uuid, id};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "")]
struct PlainId(Uuid);

const ROOT: UserId = id!(UserId, "user_01h455vb4pex5vsknk084sn02q");
static NIL: PlainId = id!(PlainId, "00000000000000000000000000");

fn main() {
    assert_eq!(ROOT.to_string(), "user_01h455vb4pex5vsknk084sn02q");
    assert_eq!(NIL.uuid(), Uuid::nil());
    let max = id!(PlainId, "7zzzzzzzzzzzzzzzzzzzzzzzzz");
    assert_eq!(max.uuid(), Uuid::max());
}
