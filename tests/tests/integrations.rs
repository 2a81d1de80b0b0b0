//! Integrations are chosen per type: a type that turns serde off keeps its own impls while this
//! crate builds ids-core with every feature on, which would have made the derive's impls clash
//! with them when features added impls to every type.

use ids_core::{EntityId, Uuid};
use serde::{Serialize, Serializer};

#[derive(EntityId)]
#[entity_id(prefix = "ledger", serde = false)]
struct LedgerId(Uuid);

/// Its own serialization: the number, as an old ledger format wants it.
impl Serialize for LedgerId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u128(self.uuid().as_u128())
    }
}

#[derive(EntityId)]
#[entity_id(prefix = "user", serde = true)]
struct UserId(Uuid);

#[test]
fn a_type_with_serde_off_keeps_its_own_impl() {
    let id = LedgerId::from_uuid(Uuid::from_u128(42));
    assert_eq!(serde_json::to_string(&id).expect("serializes"), "42");
}

#[test]
fn serde_is_implied_and_can_be_written() {
    let id = UserId::from_uuid(Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057));
    assert_eq!(
        serde_json::to_string(&id).expect("serializes"),
        r#""user_01h455vb4pex5vsknk084sn02q""#
    );
}
