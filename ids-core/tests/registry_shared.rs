//! Prefixes shared on purpose pass the duplicate check, in debug builds' own check at the first
//! ID and in `check_unique_prefixes`: a type that says `shared_prefix`, and one type registered
//! twice under one path. The modules below have the names rustdoc gives merged doc examples,
//! each of which may declare its own `UserId`.

use ids_core::{EntityId, Uuid, registry};

mod __doctest_1 {
    use super::*;

    #[derive(EntityId)]
    #[entity_id(prefix = "user")]
    pub struct UserId(Uuid);
}

mod __doctest_2 {
    use super::*;

    #[derive(EntityId)]
    #[entity_id(prefix = "user")]
    pub struct UserId(Uuid);
}

#[derive(EntityId)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

/// The same sessions, kept as text somewhere.
#[derive(EntityId)]
#[entity_id(prefix = "session", shared_prefix)]
struct TextSessionId(Uuid);

/// A second type for an entity whose own type this program does not link.
#[derive(EntityId)]
#[entity_id(prefix = "audit", shared_prefix)]
struct TextAuditId(Uuid);

#[test]
fn deliberate_sharing_passes_the_check() {
    assert_eq!(registry::check_unique_prefixes(), Ok(()));
    let session = registry::kind("session").expect("SessionId owns \"session\"");
    assert_eq!(
        (session.type_name, session.shared_prefix),
        ("SessionId", false)
    );
    let shared = registry::kinds()
        .find(|kind| kind.type_name == "TextSessionId")
        .expect("registered");
    assert!(shared.shared_prefix);
    assert_eq!(
        registry::kind("user").map(|kind| kind.type_name),
        Some("UserId"),
        "one type registered twice still answers"
    );
    assert_eq!(
        registry::kind("audit").map(|kind| kind.type_name),
        Some("TextAuditId"),
        "with no owner linked, the one sharing type answers"
    );
    let _ = TextAuditId::new();
}

#[test]
fn ids_are_made_and_parsed_without_a_panic() {
    let session = SessionId::new();
    let text = TextSessionId::parse(&session.to_string()).expect("the same kind of ID");
    assert_eq!(text.uuid(), session.uuid());
    let user = __doctest_1::UserId::new();
    assert_eq!(
        __doctest_2::UserId::parse(&user.to_string()).map(|id| id.uuid()),
        Ok(user.uuid())
    );
}
