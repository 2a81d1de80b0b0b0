//! The registry of ID kinds: every derived type is there without being listed, with its
//! prefix, name, module and storage, and `lookup` tells the kind of any ID string.

use ids_core::registry::{self, Storage};
use ids_core::{EntityId, ParseIdErrorKind, Uuid};

mod users {
    use super::*;

    #[derive(EntityId)]
    #[entity_id(prefix = "user")]
    pub struct UserId(Uuid);
}

#[derive(EntityId)]
#[entity_id(prefix = "session", sqlx)]
struct SessionId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "conn", sqlx = "text")]
struct ConnectionId(Uuid);

#[test]
fn every_derived_type_is_registered() {
    let user = registry::kind("user").expect("UserId is registered");
    assert_eq!(
        (user.type_name, user.module_path),
        ("UserId", "registry::users")
    );
    assert_eq!(user.path(), "registry::users::UserId");
    assert_eq!(user.storage, Storage::None);
    assert_eq!(
        registry::kind("session").map(|k| k.storage),
        Some(Storage::Native)
    );
    assert_eq!(
        registry::kind("conn").map(|k| k.storage),
        Some(Storage::Text)
    );
    let mut names: Vec<&str> = registry::kinds().map(|k| k.type_name).collect();
    names.sort_unstable();
    assert_eq!(names, ["ConnectionId", "SessionId", "UserId"]);
}

#[test]
fn lookup_tells_the_kind_of_any_id() {
    let session = SessionId::new();
    let found = registry::lookup(&session.to_string()).expect("a valid TypeID");
    assert_eq!(found.kind.map(|k| k.type_name), Some("SessionId"));
    assert_eq!(found.id.uuid(), session.uuid());
    assert_eq!(found.id.to_typed::<SessionId>(), Ok(session));
    let _ = users::UserId::new();
    let _ = ConnectionId::new();

    let unknown = registry::lookup("invoice_01h455vb4pex5vsknk084sn02q").expect("valid");
    assert_eq!(unknown.kind, None);
    assert_eq!(unknown.id.prefix(), "invoice");

    let err = registry::lookup("user_01h455vb4pex5vsknk084sn0").expect_err("invalid");
    assert_eq!(err.kind(), ParseIdErrorKind::Length);
}

#[test]
fn prefixes_here_are_unique() {
    assert_eq!(registry::check_unique_prefixes(), Ok(()));
}
