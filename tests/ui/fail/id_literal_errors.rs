use ids_core::{EntityId, Uuid, id};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

const WRONG_PREFIX: UserId = id!(UserId, "org_01h455vb4pex5vsknk084sn02q");
const TOO_SHORT: UserId = id!(UserId, "user_01h455vb4pex5vsknk084sn02");
const BAD_CHARACTER: UserId = id!(UserId, "user_01h455vb4pex5vsknk084sn0iq");
const OVERFLOW: UserId = id!(UserId, "user_81h455vb4pex5vsknk084sn02q");

fn main() {
    let _ = (WRONG_PREFIX, TOO_SHORT, BAD_CHARACTER, OVERFLOW);
}
