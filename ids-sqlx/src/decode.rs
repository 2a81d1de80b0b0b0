//! Reading IDs out of rows: NULL, a wrong-length value and a wrong prefix each become an
//! error that names the type, never a panic and never a silently wrong ID.

use std::fmt;

use ids_core::{EntityId, ParseIdError, Uuid};
use sqlx_core::database::Database;
use sqlx_core::decode::Decode;
use sqlx_core::error::BoxDynError;
use sqlx_core::value::ValueRef;

/// A database value that could not be read as a typed ID stored natively (as a UUID).
///
/// sqlx reports it as the source of `sqlx::Error::ColumnDecode`. A text column holding an
/// invalid or wrong-kind TypeID reports an [`ids_core::ParseIdError`] instead, with the same
/// message parsing gives.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeIdError {
    /// The column is NULL; read it as `Option<T>` where NULL is allowed.
    Null {
        /// The ID type that was expected.
        type_name: &'static str,
    },
    /// The value is not a UUID, such as a blob of 15 or 17 bytes.
    NotAUuid {
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
            DecodeIdError::NotAUuid { type_name, source } => {
                write!(
                    f,
                    "invalid {type_name}: the column does not hold a UUID: {source}"
                )
            }
        }
    }
}

impl std::error::Error for DecodeIdError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DecodeIdError::Null { .. } => None,
            DecodeIdError::NotAUuid { source, .. } => Some(&**source),
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
    let text = <&'r str as Decode<'r, DB>>::decode(value)?;
    T::parse(text).map_err(|err: ParseIdError| Box::new(err) as BoxDynError)
}
