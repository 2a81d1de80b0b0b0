//! API schemas: the JSON Schema (schemars) and the OpenAPI schema (utoipa) of a derived type
//! accept exactly the IDs of that type, checked with a JSON Schema validator.

use ids_core::{EntityId, Uuid};
use serde_json::{Value, json};

#[derive(EntityId)]
#[entity_id(prefix = "user", schemars, utoipa)]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "audit_record", schemars, utoipa)]
struct AuditRecordId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "", schemars, utoipa)]
struct PlainId(Uuid);

fn schemars_schema<T: schemars::JsonSchema>() -> Value {
    serde_json::to_value(schemars::schema_for!(T)).expect("a schema is JSON")
}

fn utoipa_schema<T: utoipa::PartialSchema>() -> Value {
    serde_json::to_value(T::schema()).expect("a schema is JSON")
}

/// Valid IDs of `T` pass; other kinds, bare UUIDs and malformed strings fail.
fn check<T: EntityId>(schema: &Value) {
    let validator = jsonschema::validator_for(schema).expect("a valid JSON Schema");
    for _ in 0..100 {
        let id = T::new().to_string();
        assert!(validator.is_valid(&json!(id)), "{id} against {schema}");
    }
    assert!(validator.is_valid(&json!(T::from_uuid(Uuid::max()).to_string())));
    let uuid = Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057);
    let valid = T::from_uuid(uuid).to_string();
    let mut rejected = vec![
        uuid.to_string(),
        valid.to_uppercase(),
        format!("{valid}0"),
        valid[..valid.len() - 1].to_owned(),
        valid.replace('0', "o"),
        format!("x{valid}"),
        String::new(),
    ];
    for other in ["org", "user", "audit_record", "users"] {
        if other != T::PREFIX {
            rejected.push(format!("{other}_{}", &valid[valid.len() - 26..]));
        }
    }
    for input in &rejected {
        assert!(
            !validator.is_valid(&json!(input)),
            "{input:?} passed {schema}"
        );
    }
    assert!(!validator.is_valid(&json!(42)));
}

#[test]
fn json_schemas_accept_their_own_kind_only() {
    check::<UserId>(&schemars_schema::<UserId>());
    check::<AuditRecordId>(&schemars_schema::<AuditRecordId>());
    check::<PlainId>(&schemars_schema::<PlainId>());
}

#[test]
fn openapi_schemas_accept_their_own_kind_only() {
    check::<UserId>(&utoipa_schema::<UserId>());
    check::<AuditRecordId>(&utoipa_schema::<AuditRecordId>());
    check::<PlainId>(&utoipa_schema::<PlainId>());
}

#[test]
fn schemas_describe_and_exemplify() {
    for schema in [schemars_schema::<UserId>(), utoipa_schema::<UserId>()] {
        assert_eq!(schema["type"], "string");
        assert_eq!(schema["pattern"], "^user_[0-7][0-9a-hjkmnp-tv-z]{25}$");
        assert_eq!(
            schema["examples"],
            json!(["user_01h455vb4pex5vsknk084sn02q"])
        );
        let description = schema["description"].as_str().expect("a description");
        assert!(
            description.contains(r#"UserId: a TypeID with prefix "user""#),
            "{description}"
        );
    }
    assert_eq!(<UserId as schemars::JsonSchema>::schema_name(), "UserId");
    assert_eq!(<UserId as utoipa::ToSchema>::name(), "UserId");
    assert_eq!(
        schemars_schema::<PlainId>()["pattern"],
        "^[0-7][0-9a-hjkmnp-tv-z]{25}$"
    );
}

#[derive(serde::Serialize, schemars::JsonSchema)]
struct Login {
    user: UserId,
    previous: Option<UserId>,
}

#[test]
fn a_struct_of_ids_validates_its_json() {
    let schema = serde_json::to_value(schemars::schema_for!(Login)).expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
    let login = Login {
        user: UserId::new(),
        previous: None,
    };
    assert!(validator.is_valid(&serde_json::to_value(&login).expect("JSON")));
    assert!(
        !validator.is_valid(&json!({"user": "org_01h455vb4pex5vsknk084sn02q", "previous": null}))
    );
}

#[derive(EntityId)]
#[entity_id(prefix = "member", legacy_uuid, schemars, utoipa)]
struct MemberId(Uuid);

#[test]
fn a_legacy_type_schema_also_accepts_bare_uuids() {
    let uuid = "01890a5d-ac96-774b-bcce-b302099a8057";
    for schema in [schemars_schema::<MemberId>(), utoipa_schema::<MemberId>()] {
        let validator = jsonschema::validator_for(&schema).expect("a valid JSON Schema");
        for accepted in [
            MemberId::new().to_string(),
            uuid.to_owned(),
            uuid.to_uppercase(),
            uuid.replace('-', ""),
        ] {
            assert!(
                validator.is_valid(&json!(accepted)),
                "{accepted} against {schema}"
            );
            assert!(
                MemberId::parse(&accepted).is_ok(),
                "the type agrees with its schema"
            );
        }
        for rejected in [
            "user_01h455vb4pex5vsknk084sn02q",
            "01890a5d-ac96-774b-bcce-b302099a805",
            "{01890a5d-ac96-774b-bcce-b302099a8057}",
        ] {
            assert!(
                !validator.is_valid(&json!(rejected)),
                "{rejected} passed {schema}"
            );
            assert!(MemberId::parse(rejected).is_err());
        }
    }
}
