//! The expansions introduce no name that can meet one of the user's: a constant named `UUID`
//! passed to `id!`, types named like the derive's generic parameters, raw identifiers (whose
//! `r#` is not part of the name users read), and a deprecated type that the generated impls
//! name without a warning. `deny(warnings)` makes any warning from generated code fail the
//! build of this test.
#![deny(warnings)]

use ids_core::{EntityId, Uuid, id, registry};

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
struct UserId(Uuid);

/// The generic parameter of the sqlx impls used to be named `__Db`.
#[derive(EntityId)]
#[entity_id(prefix = "database", sqlx)]
struct __Db(Uuid);

/// Generic parameters of methods: `H` (`Hash`), `S` and `D` (serde).
#[derive(EntityId)]
#[entity_id(prefix = "hasher", sqlx = "text")]
struct H(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "serializer")]
struct S(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "deserializer")]
struct D(Uuid);

#[allow(non_camel_case_types)]
#[derive(EntityId)]
#[entity_id(prefix = "kind", sqlx)]
struct r#type(Uuid);

/// Deprecated and never used: the derive's impls must not warn about it.
#[deprecated = "use UserId"]
#[derive(EntityId)]
#[entity_id(prefix = "old_user", sqlx)]
struct OldUserId(Uuid);

const UUID: &str = "user_01h455vb4pex5vsknk084sn02q";

#[test]
fn id_takes_a_constant_named_like_its_own_internals() {
    const ROOT: UserId = id!(UserId, UUID);
    assert_eq!(ROOT.to_string(), UUID);
    let local = id!(UserId, UUID);
    assert_eq!(local, ROOT);
}

#[test]
fn types_named_like_generic_parameters_work() {
    let db = __Db::new();
    assert_eq!(__Db::parse(&db.to_string()), Ok(db));
    assert_eq!(<__Db as EntityId>::TYPE_NAME, "__Db");
    let h = H::new();
    let mut set = std::collections::HashSet::new();
    assert!(set.insert(h));
    let s = S::new();
    let d = D::new();
    let json = serde_json::to_string(&(s, d)).expect("serializes");
    assert_eq!(serde_json::from_str::<(S, D)>(&json).ok(), Some((s, d)));
}

#[test]
fn raw_identifiers_drop_their_r_hash_everywhere_users_read_the_name() {
    let id = r#type::new();
    assert_eq!(<r#type as EntityId>::TYPE_NAME, "type");
    assert!(format!("{id:?}").starts_with("type(kind_"), "{id:?}");
    let err = r#type::parse("user_01h455vb4pex5vsknk084sn02q").expect_err("another kind");
    assert!(err.to_string().starts_with("invalid type "), "{err}");
    let kind = registry::kind("kind").expect("registered");
    assert_eq!(kind.type_name, "type");
    assert_eq!(kind.path(), "generated_names::type");
}

#[test]
fn a_deprecated_type_still_works_where_it_is_allowed() {
    #[allow(deprecated)]
    let old = OldUserId::new();
    #[allow(deprecated)]
    let name = <OldUserId as EntityId>::TYPE_NAME;
    assert_eq!(name, "OldUserId");
    assert!(old.to_string().starts_with("old_user_"));
}
