//! Reading IDs out of rows: NULL, a value of the wrong shape, text where a UUID is stored and a
//! wrong prefix each become a [`DecodeIdError`] that names the type, never a panic and never a
//! silently wrong ID.

use std::fmt;

use ids_core::{EntityId, ParseIdError};
use sqlx_core::database::Database;
use sqlx_core::error::BoxDynError;
use sqlx_core::type_info::TypeInfo;
use sqlx_core::value::ValueRef;

use crate::column::{NativeColumn, TextColumn};

/// Why a database value could not be read as a typed ID. sqlx reports it as the source of
/// `sqlx::Error::ColumnDecode`; every decode of every storage gives this one type.
///
/// `Display` is one sentence that names the type and includes what the driver or the parser
/// said; nothing is repeated through `source()`.
///
/// New variants may be added; match with a wildcard arm.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeIdError {
    /// The column is NULL.
    Null {
        /// The ID type that was expected.
        type_name: &'static str,
    },
    /// A natively stored ID's column holds text, such as a TypeID or the 16 characters of a
    /// `CHAR(16)`: text is never taken for the 16 bytes of a UUID.
    TextInNativeColumn {
        /// The ID type that was expected.
        type_name: &'static str,
        /// The column's SQL type, as the driver names it.
        column_type: String,
    },
    /// A natively stored ID's column holds something other than a UUID, such as a blob of 15
    /// or 17 bytes.
    NotAUuid {
        /// The ID type that was expected.
        type_name: &'static str,
        /// What the driver reported.
        detail: String,
    },
    /// A text-stored ID's column does not hold text, such as bytes that are not UTF-8.
    NotText {
        /// The ID type that was expected.
        type_name: &'static str,
        /// What the driver reported.
        detail: String,
    },
    /// The text is not an ID of the type: another prefix, a bad suffix, a bare UUID. The
    /// message is the one parsing gives.
    Parse(ParseIdError),
}

impl DecodeIdError {
    /// The ID type that was expected, such as `"UserId"`.
    pub fn type_name(&self) -> &'static str {
        match self {
            DecodeIdError::Null { type_name }
            | DecodeIdError::TextInNativeColumn { type_name, .. }
            | DecodeIdError::NotAUuid { type_name, .. }
            | DecodeIdError::NotText { type_name, .. } => type_name,
            DecodeIdError::Parse(err) => err.type_name(),
        }
    }

    /// The parse error, when the text was read but is not an ID of the type.
    pub fn parse_error(&self) -> Option<&ParseIdError> {
        match self {
            DecodeIdError::Parse(err) => Some(err),
            _ => None,
        }
    }
}

impl fmt::Display for DecodeIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeIdError::Null { type_name } => write!(
                f,
                "unexpected NULL for a {type_name}; read a nullable column as \
                 Option<{type_name}>, and an array with NULL elements as Vec<Option<{type_name}>>"
            ),
            DecodeIdError::TextInNativeColumn {
                type_name,
                column_type,
            } => write!(
                f,
                "invalid {type_name}: the column holds text ({column_type}), but {type_name} is \
                 stored natively, as a UUID; a column of TypeID text is read by a type declared \
                 with `sqlx = \"text\"`"
            ),
            DecodeIdError::NotAUuid { type_name, detail } => write!(
                f,
                "invalid {type_name}: the column does not hold a 16-byte UUID ({detail})"
            ),
            DecodeIdError::NotText { type_name, detail } => write!(
                f,
                "invalid {type_name}: the column does not hold text ({detail})"
            ),
            DecodeIdError::Parse(err) => fmt::Display::fmt(err, f),
        }
    }
}

impl std::error::Error for DecodeIdError {}

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
    if value.is_null() {
        return Err(Box::new(DecodeIdError::Null {
            type_name: T::TYPE_NAME,
        }));
    }
    let column = value.type_info();
    if DB::holds_text(&column) && !DB::holds_uuid(&column) {
        return Err(Box::new(DecodeIdError::TextInNativeColumn {
            type_name: T::TYPE_NAME,
            column_type: column.name().to_owned(),
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
