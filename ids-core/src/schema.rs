//! API schemas for derived types: `schemars::JsonSchema` (the `schemars` key, feature
//! `schemars1`) and `utoipa::ToSchema` (the `utoipa` key, feature `utoipa6`). Both describe the
//! same thing: a string holding a TypeID with the type's prefix, as a pattern, with a
//! description and an example.

use crate::{EntityId, Uuid};

/// The UUID of every schema's example ID: a UUIDv7 from the TypeID specification.
const EXAMPLE: Uuid = Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057);

/// The regular expression an ID of `T` matches, anchored: the prefix and `_` (none for the
/// empty prefix), a first character of `0` to `7`, and 25 more from the alphabet. A type with
/// `legacy_uuid` also accepts a bare UUID, hyphenated or simple, in either case, so that a
/// gateway validating against the schema lets through what the type itself accepts.
pub(crate) fn pattern<T: EntityId>() -> String {
    let separator = if T::PREFIX.is_empty() { "" } else { "_" };
    let typeid = format!("{}{separator}[0-7][0-9a-hjkmnp-tv-z]{{25}}", T::PREFIX);
    if T::ACCEPTS_BARE_UUID {
        let hex = |n: usize| format!("[0-9a-fA-F]{{{n}}}");
        let hyphenated = [8, 4, 4, 4, 12].map(hex).join("-");
        format!("^({typeid}|{hyphenated}|{})$", hex(32))
    } else {
        format!("^{typeid}$")
    }
}

pub(crate) fn description<T: EntityId>() -> String {
    let shape = if T::PREFIX.is_empty() {
        "with no prefix".to_owned()
    } else {
        format!("with prefix {:?}", T::PREFIX)
    };
    let legacy = if T::ACCEPTS_BARE_UUID {
        " During a move from raw UUIDs, a bare UUID is accepted too; IDs are always written as TypeIDs."
    } else {
        ""
    };
    format!(
        "A {}: a TypeID {shape} (a UUID in 26 base32 characters).{legacy}",
        T::TYPE_NAME
    )
}

pub(crate) fn example<T: EntityId>() -> String {
    T::from_uuid(EXAMPLE).to_string()
}

/// The JSON Schema of `T`; every derived type's `JsonSchema::json_schema` returns it.
#[cfg(feature = "schemars1")]
pub fn json_schema<T: EntityId>() -> schemars::Schema {
    schemars::json_schema!({
        "type": "string",
        "pattern": pattern::<T>(),
        "description": description::<T>(),
        "examples": [example::<T>()],
    })
}

/// The OpenAPI schema of `T`; every derived type's `PartialSchema::schema` returns it.
#[cfg(feature = "utoipa6")]
pub fn openapi_schema<T: EntityId>() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
    use utoipa::openapi::schema::{ObjectBuilder, Type};

    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(pattern::<T>()))
        .description(Some(description::<T>()))
        .examples([serde_json::Value::String(example::<T>())])
        .into()
}
