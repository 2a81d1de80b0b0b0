//! Typed parsing: never panics, and whatever it accepts is the canonical text of the ID.
#![no_main]

use ids_core::{EntityId, Uuid};
use libfuzzer_sys::fuzz_target;

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "audit_record")]
struct AuditRecordId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "")]
struct BareId(Uuid);

fn check<T: EntityId>(input: &str) {
    match T::parse(input) {
        Ok(id) => assert_eq!(id.to_string(), input, "accepted a non-canonical form"),
        Err(err) => {
            // Formatting the error must not panic either, and its length has a bound that does
            // not grow with the input's (see ids-core's errors test of the bound).
            let message = err.to_string();
            assert!(message.len() <= 2048, "a {}-byte message for {} input bytes", message.len(), input.len());
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    check::<UserId>(&input);
    check::<AuditRecordId>(&input);
    check::<BareId>(&input);
});
