//! The migration path: types that accept bare UUIDs while clients move, the serde adapters,
//! and strictness everywhere else.

use ids_core::{EntityId, ParseIdErrorKind, Uuid};
use serde::{Deserialize, Serialize};

#[derive(EntityId)]
#[entity_id(prefix = "user", legacy_uuid)]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "org")]
struct OrgId(Uuid);

const UUID: &str = "01890a5d-ac96-774b-bcce-b302099a8057";
const TYPEID: &str = "user_01h455vb4pex5vsknk084sn02q";

#[test]
fn a_legacy_type_accepts_every_bare_uuid_spelling_and_writes_the_typeid() {
    let expected = UserId::parse(TYPEID).expect("the canonical form");
    for spelling in [
        UUID.to_owned(),
        UUID.to_uppercase(),
        UUID.replace('-', ""),
        UUID.replace('-', "").to_uppercase(),
    ] {
        let id = UserId::parse(&spelling).unwrap_or_else(|err| panic!("{spelling}: {err}"));
        assert_eq!(id, expected, "{spelling}");
        assert_eq!(id.to_string(), TYPEID, "output is always the TypeID");
        assert_eq!(spelling.parse::<UserId>(), Ok(expected));
    }
    let flags = [
        <UserId as EntityId>::ACCEPTS_BARE_UUID,
        <OrgId as EntityId>::ACCEPTS_BARE_UUID,
    ];
    assert_eq!(flags, [true, false], "legacy_uuid is per type");
}

#[test]
fn a_legacy_type_still_rejects_another_kind_and_garbage() {
    let err = UserId::parse("org_01h455vb4pex5vsknk084sn02q").expect_err("another kind");
    assert_eq!(err.kind(), ParseIdErrorKind::WrongPrefix);
    for garbage in [
        "{01890a5d-ac96-774b-bcce-b302099a8057}",
        "urn:uuid:01890a5d-ac96-774b-bcce-b302099a8057",
        "01890a5d-ac96-774b-bcce-b302099a805",
        "",
    ] {
        assert!(UserId::parse(garbage).is_err(), "{garbage}");
    }
}

#[test]
fn a_strict_type_rejects_a_bare_uuid_with_the_hint() {
    let err = OrgId::parse(UUID).expect_err("strict by default");
    assert_eq!(err.kind(), ParseIdErrorKind::BareUuid);
    assert!(
        err.to_string()
            .contains(r#"its TypeID is "org_01h455vb4pex5vsknk084sn02q""#),
        "{err}"
    );
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Profile {
    id: UserId,
    org: OrgId,
}

#[test]
fn serde_follows_the_type() {
    let json = format!(r#"{{"id":"{UUID}","org":"org_01h455vb4pex5vsknk084sn02q"}}"#);
    let profile: Profile = serde_json::from_str(&json).expect("a bare UUID for the legacy field");
    assert_eq!(
        serde_json::to_string(&profile).expect("serializes"),
        format!(r#"{{"id":"{TYPEID}","org":"org_01h455vb4pex5vsknk084sn02q"}}"#)
    );
    let json = format!(r#"{{"id":"{TYPEID}","org":"{UUID}"}}"#);
    let err = serde_json::from_str::<Profile>(&json).expect_err("the strict field");
    assert!(
        err.to_string()
            .contains("this is a bare UUID, not a TypeID"),
        "{err}"
    );
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct OldConsumerView {
    #[serde(with = "ids_core::legacy::as_uuid")]
    org: OrgId,
    #[serde(with = "ids_core::legacy::as_uuid::option", default)]
    parent: Option<OrgId>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct TransitionView {
    #[serde(with = "ids_core::legacy::accept_uuid")]
    org: OrgId,
    #[serde(with = "ids_core::legacy::accept_uuid::option", default)]
    parent: Option<OrgId>,
}

#[test]
fn the_as_uuid_adapter_writes_bare_uuids_and_reads_both() {
    let org = OrgId::from_uuid(Uuid::parse_str(UUID).expect("valid"));
    let view = OldConsumerView {
        org,
        parent: Some(org),
    };
    let json = serde_json::to_string(&view).expect("serializes");
    assert_eq!(json, format!(r#"{{"org":"{UUID}","parent":"{UUID}"}}"#));
    assert_eq!(
        serde_json::from_str::<OldConsumerView>(&json).ok(),
        Some(OldConsumerView {
            org,
            parent: Some(org)
        })
    );
    let typeid = r#"{"org":"org_01h455vb4pex5vsknk084sn02q","parent":null}"#;
    assert_eq!(
        serde_json::from_str::<OldConsumerView>(typeid).ok(),
        Some(OldConsumerView { org, parent: None })
    );
    let wrong = r#"{"org":"user_01h455vb4pex5vsknk084sn02q"}"#;
    let err = serde_json::from_str::<OldConsumerView>(wrong).expect_err("another kind");
    assert!(
        err.to_string()
            .contains(r#"expected prefix "org", found "user""#),
        "{err}"
    );
}

#[test]
fn the_accept_uuid_adapter_writes_typeids_and_reads_both() {
    let org = OrgId::from_uuid(Uuid::parse_str(UUID).expect("valid"));
    let from_uuid: TransitionView = serde_json::from_str(&format!(
        r#"{{"org":"{UUID}","parent":"{}"}}"#,
        UUID.to_uppercase()
    ))
    .expect("bare UUIDs, any case");
    assert_eq!(
        from_uuid,
        TransitionView {
            org,
            parent: Some(org)
        }
    );
    assert_eq!(
        serde_json::to_string(&from_uuid).expect("serializes"),
        r#"{"org":"org_01h455vb4pex5vsknk084sn02q","parent":"org_01h455vb4pex5vsknk084sn02q"}"#
    );
    let missing: TransitionView =
        serde_json::from_str(r#"{"org":"org_01h455vb4pex5vsknk084sn02q"}"#).expect("default");
    assert_eq!(missing.parent, None);
    assert!(
        serde_json::from_str::<TransitionView>(r#"{"org":"user_01h455vb4pex5vsknk084sn02q"}"#)
            .is_err()
    );
}

#[test]
fn binary_formats_carry_the_bytes_either_way() {
    let org = OrgId::new();
    let view = OldConsumerView { org, parent: None };
    let bytes = postcard::to_allocvec(&view).expect("serializes");
    assert_eq!(
        postcard::from_bytes::<OldConsumerView>(&bytes).ok(),
        Some(view)
    );
}
