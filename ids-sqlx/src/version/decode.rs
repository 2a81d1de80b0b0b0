//! Reading IDs out of rows: NULL, a value of the wrong shape, text where a UUID is stored and a
//! wrong prefix each become a [`DecodeIdError`] that names the type, never a panic and never a
//! silently wrong ID.

use ids_core::EntityId;
use ids_core::column::DecodeIdError;

use super::sqlx_core;
use sqlx_core::database::Database;
use sqlx_core::error::BoxDynError;
use sqlx_core::type_info::TypeInfo;
use sqlx_core::value::ValueRef;

use super::column::{NativeColumn, TextColumn};

/// The driver's message up to its first `;`: the fact, without advice meant for raw `Uuid`s.
fn first_clause(source: &BoxDynError) -> String {
    let message = source.to_string();
    match message.split_once(';') {
        Some((fact, _)) => fact.to_owned(),
        None => message,
    }
}

/// Decodes an ID stored as a UUID (`uuid`, `BINARY(16)`, MariaDB `UUID`, a 16-byte `BLOB`).
pub fn decode_native<'r, T: EntityId, DB: NativeColumn>(
    value: <DB as Database>::ValueRef<'r>,
) -> Result<T, BoxDynError> {
    decode_native_for::<T, DB>(value, "sqlx")
}

/// [`decode_native`] for another layer over sqlx (SeaORM): `key` is its attribute key, which
/// the error for a text column names as the setting that reads one.
pub fn decode_native_for<'r, T: EntityId, DB: NativeColumn>(
    value: <DB as Database>::ValueRef<'r>,
    key: &'static str,
) -> Result<T, BoxDynError> {
    if value.is_null() {
        return Err(Box::new(DecodeIdError::Null {
            type_name: T::TYPE_NAME,
        }));
    }
    let column = value.type_info();
    // The UUID question first: it is the cheap one (PostgreSQL's text check compares against
    // five types), and the answer for every read that succeeds.
    if !DB::holds_uuid(&column) && DB::holds_text(&column) {
        return Err(Box::new(DecodeIdError::TextInNativeColumn {
            type_name: T::TYPE_NAME,
            column_type: column.name().to_owned(),
            key,
        }));
    }
    drop(column);
    match DB::decode_uuid(value) {
        Ok(uuid) => Ok(T::from_uuid(uuid)),
        Err(source) => Err(Box::new(DecodeIdError::NotAUuid {
            type_name: T::TYPE_NAME,
            detail: first_clause(&source),
        })),
    }
}

/// Decodes an ID stored as its TypeID text, checking the prefix like [`EntityId::parse`].
pub fn decode_text<'r, T: EntityId, DB: TextColumn>(
    value: <DB as Database>::ValueRef<'r>,
) -> Result<T, BoxDynError> {
    if value.is_null() {
        return Err(Box::new(DecodeIdError::Null {
            type_name: T::TYPE_NAME,
        }));
    }
    let text = DB::decode_text(value).map_err(|source| DecodeIdError::NotText {
        type_name: T::TYPE_NAME,
        detail: first_clause(&source),
    })?;
    T::parse(text).map_err(|err| Box::new(DecodeIdError::Parse(err)) as BoxDynError)
}
