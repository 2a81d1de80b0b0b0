//! Reading IDs out of rows: NULL, a value of the wrong shape and a wrong prefix each become an
//! error that names the type, never a panic and never a silently wrong ID.

use std::fmt;

use ids_core::{EntityId, ParseIdError, Uuid};
use sqlx_core::database::Database;
use sqlx_core::decode::Decode;
use sqlx_core::error::BoxDynError;
use sqlx_core::value::ValueRef;

/// A database value that could not be read as a typed ID at all: NULL, not a UUID (native
/// storage), or not text (text storage).
///
/// sqlx reports it as the source of `sqlx::Error::ColumnDecode`. Text that is not a valid ID
/// of the type, such as one with another prefix, reports an [`ids_core::ParseIdError`]
/// instead, with the same message parsing gives.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeIdError {
    /// The column is NULL; read it as `Option<T>` where NULL is allowed.
    Null {
        /// The ID type that was expected.
        type_name: &'static str,
    },
    /// A natively stored ID's column does not hold a UUID, such as a blob of 15 or 17 bytes.
    NotAUuid {
        /// The ID type that was expected.
        type_name: &'static str,
        /// What the driver reported.
        source: BoxDynError,
    },
    /// A text-stored ID's column does not hold text, such as bytes that are not UTF-8.
    NotText {
        /// The ID type that was expected.
        type_name: &'static str,
        /// What the driver reported.
        source: BoxDynError,
    },
}

impl fmt::Display for DecodeIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeIdError::Null { type_name } => write!(
                f,
                "unexpected NULL for a {type_name}; read the column as Option<{type_name}>"
            ),
            DecodeIdError::NotAUuid { type_name, source } => write!(
                f,
                "invalid {type_name}: the column does not hold a 16-byte UUID ({})",
                first_clause(source)
            ),
            DecodeIdError::NotText { type_name, source } => write!(
                f,
                "invalid {type_name}: the column does not hold text ({})",
                first_clause(source)
            ),
        }
    }
}

/// The driver's message up to its first `;`: the fact, without advice meant for raw `Uuid`s.
fn first_clause(source: &BoxDynError) -> String {
    let message = source.to_string();
    match message.split_once(';') {
        Some((fact, _)) => fact.to_owned(),
        None => message,
    }
}

impl std::error::Error for DecodeIdError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DecodeIdError::Null { .. } => None,
            DecodeIdError::NotAUuid { source, .. } | DecodeIdError::NotText { source, .. } => {
                Some(&**source)
            }
        }
    }
}

/// Decodes an ID stored as a UUID (`uuid`, `BINARY(16)`, a 16-byte `BLOB`).
pub fn decode_native<'r, T: EntityId, DB: Database>(
    value: <DB as Database>::ValueRef<'r>,
) -> Result<T, BoxDynError>
where
    Uuid: Decode<'r, DB>,
{
    if value.is_null() {
        return Err(Box::new(DecodeIdError::Null {
            type_name: T::TYPE_NAME,
        }));
    }
    match <Uuid as Decode<'r, DB>>::decode(value) {
        Ok(uuid) => Ok(T::from_uuid(uuid)),
        Err(source) => Err(Box::new(DecodeIdError::NotAUuid {
            type_name: T::TYPE_NAME,
            source,
        })),
    }
}

/// Decodes an ID stored as its TypeID text, checking the prefix like [`EntityId::parse`].
pub fn decode_text<'r, T: EntityId, DB: Database>(
    value: <DB as Database>::ValueRef<'r>,
) -> Result<T, BoxDynError>
where
    &'r str: Decode<'r, DB>,
{
    if value.is_null() {
        return Err(Box::new(DecodeIdError::Null {
            type_name: T::TYPE_NAME,
        }));
    }
    let text =
        <&'r str as Decode<'r, DB>>::decode(value).map_err(|source| DecodeIdError::NotText {
            type_name: T::TYPE_NAME,
            source,
        })?;
    T::parse(text).map_err(|err: ParseIdError| Box::new(err) as BoxDynError)
}
