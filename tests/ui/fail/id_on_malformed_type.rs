// `id!` on a type whose derive failed adds no error of its own, in a constant or in a
// function: the type's errors are the ones to fix, whether its shape or its prefix is wrong.

use ids_core::{EntityId, Uuid, id};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId {
    id: Uuid,
}

#[derive(EntityId)]
#[entity_id(prefix = "key")]
struct KeyId(String);

#[derive(EntityId)]
#[entity_id(prefix = "Org")]
struct OrgId(Uuid);

#[derive(EntityId)]
struct TeamId(Uuid);

const ROOT: UserId = id!(UserId, "user_01h455vb4pex5vsknk084sn02q");
const KEY: KeyId = id!(KeyId, "key_01h455vb4pex5vsknk084sn02q");
const ORG: OrgId = id!(OrgId, "org_01h455vb4pex5vsknk084sn02q");
const TEAM: TeamId = id!(TeamId, "team_01h455vb4pex5vsknk084sn02q");

fn main() {
    let _ = (ROOT, ORG, TEAM);
    let key = id!(KeyId, "key_01h455vb4pex5vsknk084sn02q");
    let _ = (KEY, key);
}
