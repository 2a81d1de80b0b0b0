//! Reading IDs out of database columns, for every database layer alike: the one error a stored
//! value that is not an ID of the type becomes, and the two reads every layer shares, from a
//! native column's 16 bytes and from a text column's TypeID.
//!
//! ids-sqlx and ids-diesel report their decode errors with [`DecodeIdError`]; a hand-written
//! integration for another layer can use the same reads and the same error.
//!
//! ```
//! use ids_core::column::{self, DecodeIdError};
//! use ids_core::{EntityId, Uuid};
//!
//! #[derive(EntityId)]
//! #[entity_id(prefix = "user")]
//! struct UserId(Uuid);
//!
//! let id = UserId::new();
//! assert_eq!(column::native::<UserId>(id.uuid().as_bytes()).unwrap(), id);
//! assert_eq!(column::text::<UserId>(id.to_string().as_bytes()).unwrap(), id);
//!
//! let err = column::native::<UserId>(&[0; 15]).unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "invalid UserId: the column does not hold a 16-byte UUID (expected 16 bytes, found 15)"
//! );
//! let err = column::text::<UserId>(b"org_01h455vb4pex5vsknk084sn02q").unwrap_err();
//! assert!(matches!(err, DecodeIdError::Parse(_)));
//! ```

use std::fmt;

use crate::{EntityId, ParseIdError, Uuid};

/// Why a database value could not be read as a typed ID. Every decode of every storage, in
/// every database layer, gives this one type; the layer reports it as its decode error's source
/// (`sqlx::Error::ColumnDecode`, Diesel's `DeserializationError`).
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
        /// The attribute key of the database layer that read it, such as `sqlx` or `diesel`:
        /// the message names the setting that reads such a column.
        key: &'static str,
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
                key,
            } => write!(
                f,
                "invalid {type_name}: the column holds text ({column_type}), but {type_name} is \
                 stored natively, as a UUID; a column of TypeID text is read by a type declared \
                 with `{key} = \"text\"`"
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

/// The ID whose UUID is `bytes`, a natively stored column's value: exactly 16 bytes, big-endian
/// as RFC 9562 writes them.
///
/// # Errors
///
/// [`DecodeIdError::NotAUuid`] when `bytes` is not 16 bytes long.
#[inline]
pub fn native<T: EntityId>(bytes: &[u8]) -> Result<T, DecodeIdError> {
    match <[u8; 16]>::try_from(bytes) {
        Ok(bytes) => Ok(T::from_uuid(Uuid::from_bytes(bytes))),
        Err(_) => Err(DecodeIdError::NotAUuid {
            type_name: T::TYPE_NAME,
            detail: format!("expected 16 bytes, found {}", bytes.len()),
        }),
    }
}

/// The ID whose TypeID is `bytes`, a text-stored column's value, checked as
/// [`EntityId::parse`] checks it.
///
/// # Errors
///
/// [`DecodeIdError::NotText`] when `bytes` is not UTF-8; [`DecodeIdError::Parse`] when the text
/// is not an ID of the type.
#[inline]
pub fn text<T: EntityId>(bytes: &[u8]) -> Result<T, DecodeIdError> {
    let text = std::str::from_utf8(bytes).map_err(|err| DecodeIdError::NotText {
        type_name: T::TYPE_NAME,
        detail: err.to_string(),
    })?;
    T::parse(text).map_err(DecodeIdError::Parse)
}
