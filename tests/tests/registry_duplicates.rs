//! Two types with one prefix in the same program: the check reports both by their full paths,
//! and `kind` refuses to pick one.

use ids_core::{EntityId, Uuid, registry};

mod accounts {
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

#[test]
fn a_shared_prefix_is_reported_with_both_types() {
    let err = registry::check_unique_prefixes().expect_err("two types share \"user\"");
    assert_eq!(
        err.to_string(),
        r#"prefix "user" is used by 2 ID types: registry_duplicates::accounts::UserId, registry_duplicates::legacy::MemberId"#
    );
    assert_eq!(err.duplicates.len(), 1, "the unique prefix is not reported");
    assert_eq!(registry::kind("user"), None, "no guess between the two");
    assert_eq!(registry::kind("team").map(|k| k.type_name), Some("TeamId"));
    let _ = (
        accounts::UserId::new(),
        legacy::MemberId::new(),
        TeamId::new(),
    );
}
