//! serde: the TypeID string in JSON, the UUID bytes and the prefix in postcard, the prefix
//! checked on the way in.

use ids_core::{AnyId, EntityId, Uuid};
use serde::{Deserialize, Serialize};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Login {
    user: UserId,
    session: SessionId,
    previous: Option<SessionId>,
}

fn login() -> Login {
    Login {
        user: UserId::from_uuid(Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057)),
        session: SessionId::from_uuid(Uuid::from_u128(1)),
        previous: None,
    }
}

#[test]
fn json_is_the_typeid_string() {
    let json = serde_json::to_string(&login()).expect("serializes");
    assert_eq!(
        json,
        r#"{"user":"user_01h455vb4pex5vsknk084sn02q","session":"session_00000000000000000000000001","previous":null}"#
    );
    let back: Login = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back, login());
}

#[test]
fn json_rejects_a_wrong_kind_with_the_parse_message() {
    let json = r#"{"user":"session_01h455vb4pex5vsknk084sn02q","session":"session_00000000000000000000000001","previous":null}"#;
    let err = serde_json::from_str::<Login>(json).expect_err("wrong kind");
    assert_eq!(
        err.to_string(),
        r#"invalid UserId "session_01h455vb4pex5vsknk084sn02q": expected prefix "user", found "session" at line 1 column 44"#
    );
}

#[test]
fn json_rejects_what_is_not_a_string() {
    let err = serde_json::from_str::<UserId>("42").expect_err("a number");
    assert!(
        err.to_string()
            .contains(r#"expected a UserId (a TypeID with prefix "user")"#),
        "{err}"
    );
    let err = serde_json::from_str::<UserId>(r#""01890a5d-ac96-774b-bcce-b302099a8057""#)
        .expect_err("bare");
    assert!(err.to_string().contains("bare UUID"), "{err}");
}

#[test]
fn postcard_carries_the_uuid_bytes_and_the_prefix() {
    let id = login().user;
    let bytes = postcard::to_allocvec(&id).expect("serializes");
    assert_eq!(
        bytes.len(),
        21,
        "a length byte, the 16 UUID bytes and \"user\""
    );
    assert_eq!(&bytes[1..17], id.uuid().as_bytes());
    assert_eq!(&bytes[17..], b"user");
    assert_eq!(postcard::from_bytes::<UserId>(&bytes), Ok(id));
    let mut bare = vec![16];
    bare.extend(id.uuid().as_bytes());
    assert_eq!(
        postcard::from_bytes::<UserId>(&bare),
        Ok(id),
        "in a field of its own, the schema names the kind of 16 bare bytes"
    );

    let bytes = postcard::to_allocvec(&login()).expect("serializes");
    assert_eq!(postcard::from_bytes::<Login>(&bytes), Ok(login()));
}

#[test]
fn postcard_rejects_a_wrong_length() {
    let mut bytes = vec![15];
    bytes.extend([0u8; 15]);
    assert!(postcard::from_bytes::<UserId>(&bytes).is_err());
}

#[test]
fn any_id_is_a_string_everywhere() {
    let any = AnyId::from(login().user);
    let json = serde_json::to_string(&any).expect("serializes");
    assert_eq!(json, r#""user_01h455vb4pex5vsknk084sn02q""#);
    assert_eq!(serde_json::from_str::<AnyId>(&json).ok(), Some(any));
    let bytes = postcard::to_allocvec(&any).expect("serializes");
    assert_eq!(postcard::from_bytes::<AnyId>(&bytes).ok(), Some(any));
    assert!(serde_json::from_str::<AnyId>(r#""User_01h455vb4pex5vsknk084sn02q""#).is_err());
}
