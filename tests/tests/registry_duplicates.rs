//! Two types with one prefix in the same program, neither saying `shared_prefix`: the check
//! reports both by their full paths, `kind` refuses to pick one, and a debug build panics on
//! every ID made or parsed, of any type, with the same message.

use ids_core::{EntityId, Uuid, registry};

mod accounts {
    use super::*;

    #[derive(EntityId)]
    #[entity_id(prefix = "user")]
    pub struct UserId(Uuid);
}

/// The same name as `accounts::UserId`, in another module: another type.
mod billing {
    use super::*;

    #[derive(EntityId)]
    #[entity_id(prefix = "user")]
    pub struct UserId(Uuid);
}

mod legacy {
    use super::*;

    #[derive(EntityId)]
    #[entity_id(prefix = "user")]
    pub struct MemberId(Uuid);
}

#[derive(EntityId)]
#[entity_id(prefix = "team")]
struct TeamId(Uuid);

const REPORT: &str = r#"prefix "user" is used by 3 ID types: registry_duplicates::accounts::UserId, registry_duplicates::billing::UserId, registry_duplicates::legacy::MemberId"#;

#[test]
fn a_shared_prefix_is_reported_with_both_types() {
    let err = registry::check_unique_prefixes().expect_err("two types share \"user\"");
    assert_eq!(err.to_string(), REPORT);
    assert_eq!(err.duplicates.len(), 1, "the unique prefix is not reported");
    assert_eq!(registry::kind("user"), None, "no guess between the two");
    assert_eq!(registry::kind("team").map(|k| k.type_name), Some("TeamId"));
}

/// Every call panics, not only the first: otherwise whichever test ran first would hide it
/// from the others.
#[cfg(debug_assertions)]
#[test]
fn debug_builds_panic_on_every_id_made_or_parsed() {
    let message = |result: std::thread::Result<()>| -> String {
        let payload = result.expect_err("a panic");
        payload
            .downcast_ref::<String>()
            .cloned()
            .expect("a formatted message")
    };
    let made = [
        message(std::panic::catch_unwind(|| {
            let _ = TeamId::new();
        })),
        message(std::panic::catch_unwind(|| {
            let _ = accounts::UserId::new();
        })),
        message(std::panic::catch_unwind(|| {
            let _ = legacy::MemberId::new();
        })),
        message(std::panic::catch_unwind(|| {
            let _ = billing::UserId::new();
        })),
        message(std::panic::catch_unwind(|| {
            let _ = TeamId::parse("team_01h455vb4pex5vsknk084sn02q");
        })),
        message(std::panic::catch_unwind(|| {
            let _ = serde_json::from_str::<TeamId>(r#""team_01h455vb4pex5vsknk084sn02q""#);
        })),
    ];
    for text in made {
        assert!(text.starts_with(REPORT), "{text}");
        assert!(text.contains("#[entity_id(shared_prefix)]"), "{text}");
    }
}
