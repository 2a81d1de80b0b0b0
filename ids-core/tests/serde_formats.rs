//! serde through binary formats as well as JSON: every written form names its kind, so an
//! untagged enum, a flattened struct or an internally tagged enum never takes one kind of ID
//! for another; each format reads the TypeID text another service may write; bare UUID bytes
//! are read only where the schema names the kind.

use ids_core::{EntityId, Uuid};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize, Serializer};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "org")]
struct OrgId(Uuid);

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
enum Subject {
    User(UserId),
    Org(OrgId),
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind")]
enum Event {
    Joined { user: UserId, org: OrgId },
    Left { user: UserId },
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Owner {
    owner: OrgId,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Document {
    author: UserId,
    #[serde(flatten)]
    owner: Owner,
}

/// One format: how to write and read a value.
struct Format {
    name: &'static str,
    write: fn(&dyn erased::Value) -> Vec<u8>,
}

/// Writing through a `dyn` value, so the formats fit in one table.
mod erased {
    pub(crate) trait Value {
        fn msgpack(&self) -> Vec<u8>;
        fn cbor(&self) -> Vec<u8>;
        fn json(&self) -> Vec<u8>;
    }

    impl<T: serde::Serialize> Value for T {
        fn msgpack(&self) -> Vec<u8> {
            rmp_serde::to_vec(self).expect("MessagePack")
        }
        fn cbor(&self) -> Vec<u8> {
            let mut out = Vec::new();
            ciborium::into_writer(self, &mut out).expect("CBOR");
            out
        }
        fn json(&self) -> Vec<u8> {
            serde_json::to_vec(self).expect("JSON")
        }
    }
}

const FORMATS: [Format; 3] = [
    Format {
        name: "MessagePack",
        write: |value| value.msgpack(),
    },
    Format {
        name: "CBOR",
        write: |value| value.cbor(),
    },
    Format {
        name: "JSON",
        write: |value| value.json(),
    },
];

fn read<T: DeserializeOwned>(format: &Format, bytes: &[u8]) -> Result<T, String> {
    match format.name {
        "MessagePack" => rmp_serde::from_slice(bytes).map_err(|e| e.to_string()),
        "CBOR" => ciborium::from_reader(bytes).map_err(|e| match e {
            // Its Display quotes the message in Debug form.
            ciborium::de::Error::Semantic(_, message) => message,
            other => other.to_string(),
        }),
        _ => serde_json::from_slice(bytes).map_err(|e| e.to_string()),
    }
}

fn round_trip<T: Serialize + DeserializeOwned>(format: &Format, value: &T) -> Result<T, String> {
    read(format, &(format.write)(value))
}

#[test]
fn untagged_enums_come_back_as_the_kind_that_went_in() {
    for format in &FORMATS {
        for subject in [Subject::Org(OrgId::new()), Subject::User(UserId::new())] {
            assert_eq!(
                round_trip(format, &subject).as_ref(),
                Ok(&subject),
                "{}",
                format.name
            );
        }
    }
}

#[test]
fn internally_tagged_enums_and_flattened_structs_keep_their_kinds() {
    for format in &FORMATS {
        let joined = Event::Joined {
            user: UserId::new(),
            org: OrgId::new(),
        };
        let left = Event::Left {
            user: UserId::new(),
        };
        assert_eq!(
            round_trip(format, &joined).as_ref(),
            Ok(&joined),
            "{}",
            format.name
        );
        assert_eq!(
            round_trip(format, &left).as_ref(),
            Ok(&left),
            "{}",
            format.name
        );
        let document = Document {
            author: UserId::new(),
            owner: Owner {
                owner: OrgId::new(),
            },
        };
        assert_eq!(
            round_trip(format, &document).as_ref(),
            Ok(&document),
            "{}",
            format.name
        );
    }
}

/// Bytes written by something else: a raw UUID, or another kind's ID's binary form.
struct Bytes(Vec<u8>);

impl Serialize for Bytes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bytes(&self.0)
    }
}

fn binary_form(uuid: Uuid, prefix: &str) -> Bytes {
    let mut bytes = uuid.as_bytes().to_vec();
    bytes.extend(prefix.as_bytes());
    Bytes(bytes)
}

#[test]
fn bare_uuid_bytes_are_read_only_where_the_schema_names_the_kind() {
    let uuid = Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057);
    for format in &FORMATS[..2] {
        let bare = (format.write)(&Bytes(uuid.as_bytes().to_vec()));
        assert_eq!(
            read::<OrgId>(format, &bare),
            Ok(OrgId::from_uuid(uuid)),
            "{}: a field of its own",
            format.name
        );
        let err = read::<Subject>(format, &bare).expect_err("no kind to tell by");
        assert!(
            err.contains("did not match any variant"),
            "{}: {err}",
            format.name
        );
    }
}

#[test]
fn another_kinds_bytes_are_refused_with_both_prefixes() {
    let uuid = Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057);
    for format in &FORMATS[..2] {
        let org_bytes = (format.write)(&binary_form(uuid, "org"));
        assert_eq!(
            read::<OrgId>(format, &org_bytes),
            Ok(OrgId::from_uuid(uuid))
        );
        let err = read::<UserId>(format, &org_bytes).expect_err("an OrgId's bytes");
        assert!(
            err.contains(
                r#"invalid UserId: the bytes of an ID with prefix "org", expected prefix "user""#
            ),
            "{}: {err}",
            format.name
        );
        assert_eq!(
            read::<Subject>(format, &org_bytes),
            Ok(Subject::Org(OrgId::from_uuid(uuid))),
            "{}",
            format.name
        );
    }
    let postcard_org = postcard::to_allocvec(&binary_form(uuid, "org")).expect("postcard");
    let err = postcard::from_bytes::<UserId>(&postcard_org).expect_err("an OrgId's bytes");
    assert!(
        err.to_string().contains("Serde Deserialization Error"),
        "{err}"
    );
}

#[test]
fn every_format_reads_the_typeid_text_and_checks_its_prefix() {
    let text = "user_01h455vb4pex5vsknk084sn02q";
    let expected = UserId::parse(text).expect("valid");
    for format in &FORMATS {
        let written = (format.write)(&text);
        assert_eq!(
            read::<UserId>(format, &written),
            Ok(expected),
            "{}",
            format.name
        );
        let err = read::<OrgId>(format, &written).expect_err("another kind");
        assert!(
            err.contains(r#"expected prefix "org", found "user""#),
            "{}: {err}",
            format.name
        );
    }
    let postcard_text = postcard::to_allocvec(&text).expect("postcard");
    assert_eq!(postcard::from_bytes::<UserId>(&postcard_text), Ok(expected));
}

#[test]
fn binary_forms_hold_the_uuid_then_the_prefix() {
    let id = UserId::from_uuid(Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057));
    let cbor = (FORMATS[1].write)(&id);
    // A CBOR byte string of 20 bytes: major type 2 with the length in the same byte.
    assert_eq!(cbor.len(), 21);
    assert_eq!(cbor[0], 0x40 | 20);
    assert_eq!(&cbor[1..17], id.uuid().as_bytes());
    assert_eq!(&cbor[17..], b"user");
}
