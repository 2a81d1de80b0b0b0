//! `AnyId`: parsing and building from a prefix never panic; accepted text round-trips.
#![no_main]

use ids_core::{AnyId, Uuid};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = String::from_utf8_lossy(data);
    match AnyId::parse(&input) {
        Ok(id) => {
            assert_eq!(id.to_string(), input, "accepted a non-canonical form");
            assert_eq!(AnyId::new(id.prefix(), id.uuid()), Ok(id));
        }
        Err(err) => assert!(err.to_string().len() <= 2048, "an unbounded message"),
    }
    // The same bytes as a prefix.
    if let Ok(id) = AnyId::new(&input, Uuid::max()) {
        assert_eq!(AnyId::parse(&id.to_string()), Ok(id));
    }
});
