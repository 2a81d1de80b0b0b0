//! How each backend writes and reads an ID, per storage.
//!
//! Native storage binds the UUID's 16 bytes and reads 16 bytes back; a value that is text is
//! refused whatever its length, wherever the backend tells (PostgreSQL by the column's type,
//! MySQL by its character set, SQLite by the value's own type). Text storage binds the TypeID
//! and reads it back with the prefix checked.

use diesel::backend::Backend;
use diesel::deserialize;
use diesel::serialize::{self, Output};
use ids_core::column::DecodeIdError;
use ids_core::{EntityId, IdBuf};

/// The attribute key named in errors, so a message says which setting reads the column.
#[cfg(any(feature = "postgres", feature = "mysql", feature = "sqlite"))]
const KEY: &str = "diesel";

/// How a backend binds and reads an ID stored natively, as `Binary` (and on PostgreSQL also as
/// `Uuid`).
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "ids-diesel is built without support for `{Self}`",
    label = "a typed ID declared with `diesel` is used with `{Self}` here",
    note = "enable ids-diesel's feature for this backend: `postgres`, `mysql` or `sqlite`"
)]
pub trait NativeBackend: Backend {
    /// Binds `bytes`, the UUID inside an ID that lives as long as the query's arguments.
    fn write_bytes<'b>(bytes: &'b [u8; 16], out: &mut Output<'b, '_, Self>) -> serialize::Result;

    /// The ID in `value`, a non-NULL value.
    fn read_native<T: EntityId>(value: Self::RawValue<'_>) -> Result<T, DecodeIdError>;
}

/// How a backend binds and reads an ID stored as TypeID text.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "ids-diesel is built without support for `{Self}`",
    label = "a typed ID declared with `diesel = \"text\"` is used with `{Self}` here",
    note = "enable ids-diesel's feature for this backend: `postgres`, `mysql` or `sqlite`"
)]
pub trait TextBackend: Backend {
    /// Binds `text`, an ID's TypeID.
    fn write_text(text: IdBuf, out: &mut Output<'_, '_, Self>) -> serialize::Result;

    /// The ID in `value`, a non-NULL value.
    fn read_text<T: EntityId>(value: Self::RawValue<'_>) -> Result<T, DecodeIdError>;
}

/// Reads a natively stored ID, NULL included: diesel reports NULL through this path, and the
/// error names the type instead of diesel's bare "unexpected null".
#[inline]
pub fn from_native<T: EntityId, DB: NativeBackend>(
    value: Option<DB::RawValue<'_>>,
) -> deserialize::Result<T> {
    match value {
        Some(value) => Ok(DB::read_native(value)?),
        None => Err(null::<T>()),
    }
}

/// Reads an ID stored as text, NULL included.
#[inline]
pub fn from_text<T: EntityId, DB: TextBackend>(
    value: Option<DB::RawValue<'_>>,
) -> deserialize::Result<T> {
    match value {
        Some(value) => Ok(DB::read_text(value)?),
        None => Err(null::<T>()),
    }
}

/// Binds an ID stored natively; `uuid` is the UUID inside it, borrowed from it.
#[inline]
pub fn to_native<'b, DB: NativeBackend>(
    uuid: &'b ids_core::Uuid,
    out: &mut Output<'b, '_, DB>,
) -> serialize::Result {
    DB::write_bytes(uuid.as_bytes(), out)
}

/// Binds an ID stored as text.
#[inline]
pub fn to_text<T: EntityId, DB: TextBackend>(
    id: &T,
    out: &mut Output<'_, '_, DB>,
) -> serialize::Result {
    DB::write_text(id.encode(), out)
}

fn null<T: EntityId>() -> Box<dyn std::error::Error + Send + Sync> {
    Box::new(DecodeIdError::Null {
        type_name: T::TYPE_NAME,
    })
}

#[cfg(any(feature = "postgres", feature = "mysql", feature = "sqlite"))]
fn text_in_native_column<T: EntityId>(column_type: &str) -> DecodeIdError {
    DecodeIdError::TextInNativeColumn {
        type_name: T::TYPE_NAME,
        column_type: column_type.to_owned(),
        key: KEY,
    }
}

/// Binds `bytes` on a backend whose arguments are raw bytes (PostgreSQL, MySQL).
#[cfg(any(feature = "postgres", feature = "mysql"))]
fn write_raw(bytes: &[u8], out: &mut impl std::io::Write) -> serialize::Result {
    out.write_all(bytes)?;
    Ok(serialize::IsNull::No)
}

#[cfg(feature = "postgres")]
mod postgres {
    use diesel::pg::{Pg, PgValue};

    use ids_core::column;

    use super::*;

    /// The type OIDs of PostgreSQL's text types, with their names: `text`, `varchar`,
    /// `bpchar` (`char(n)`) and `name`.
    const TEXT_TYPES: [(u32, &str); 4] = [
        (25, "TEXT"),
        (1043, "VARCHAR"),
        (1042, "CHAR"),
        (19, "NAME"),
    ];
    const BPCHAR: u32 = 1042;

    fn text_type(value: &PgValue<'_>) -> Option<&'static str> {
        let oid = value.get_oid().get();
        TEXT_TYPES
            .iter()
            .find_map(|&(text_oid, name)| (text_oid == oid).then_some(name))
    }

    impl NativeBackend for Pg {
        fn write_bytes<'b>(
            bytes: &'b [u8; 16],
            out: &mut Output<'b, '_, Self>,
        ) -> serialize::Result {
            write_raw(bytes, out)
        }

        fn read_native<T: EntityId>(value: PgValue<'_>) -> Result<T, DecodeIdError> {
            if let Some(name) = text_type(&value) {
                return Err(text_in_native_column::<T>(name));
            }
            column::native(value.as_bytes())
        }
    }

    /// `char(n)` pads its values with spaces to `n` characters, and PostgreSQL sends them
    /// padded; the padding is not part of the value, so it is removed before parsing. In
    /// every other column a space is a mistake the parser reports.
    impl TextBackend for Pg {
        fn write_text(text: IdBuf, out: &mut Output<'_, '_, Self>) -> serialize::Result {
            write_raw(text.as_bytes(), out)
        }

        fn read_text<T: EntityId>(value: PgValue<'_>) -> Result<T, DecodeIdError> {
            let bytes = value.as_bytes();
            if value.get_oid().get() == BPCHAR {
                let end = bytes.iter().rposition(|&b| b != b' ').map_or(0, |i| i + 1);
                return column::text(&bytes[..end]);
            }
            column::text(bytes)
        }
    }
}

#[cfg(feature = "mysql")]
mod mysql {
    use diesel::mysql::{Mysql, MysqlType, MysqlValue};

    use ids_core::column;

    use super::*;

    /// A binary string column: `BINARY(16)`, `VARBINARY`, `BLOB`.
    ///
    /// Diesel reports a value's type from the type it expected, not only from the column, so a
    /// `CHAR(16)` and a `BINARY(16)` column look alike here. Text is told by its content
    /// instead: a value of any length other than 16 that is all printable ASCII (a TypeID, a
    /// UUID spelled out) is refused as text; exactly 16 characters are the one case taken for
    /// a UUID's bytes. MariaDB's own `UUID` type reaches the client as 36 characters and is
    /// refused as text: declare such columns `BINARY(16)`.
    impl NativeBackend for Mysql {
        fn write_bytes<'b>(
            bytes: &'b [u8; 16],
            out: &mut Output<'b, '_, Self>,
        ) -> serialize::Result {
            write_raw(bytes, out)
        }

        fn read_native<T: EntityId>(value: MysqlValue<'_>) -> Result<T, DecodeIdError> {
            let bytes = value.as_bytes();
            let printable = |bytes: &[u8]| bytes.iter().all(|b| (b' '..=b'~').contains(b));
            if value.value_type() == MysqlType::String && bytes.len() != 16 && printable(bytes) {
                return Err(text_in_native_column::<T>("CHAR, VARCHAR or TEXT"));
            }
            column::native(bytes)
        }
    }

    /// Any string column: one with a character set, and one with a binary collation
    /// (`ascii_bin`, the collation that compares IDs byte for byte), which the server reports
    /// as binary.
    impl TextBackend for Mysql {
        fn write_text(text: IdBuf, out: &mut Output<'_, '_, Self>) -> serialize::Result {
            write_raw(text.as_bytes(), out)
        }

        fn read_text<T: EntityId>(value: MysqlValue<'_>) -> Result<T, DecodeIdError> {
            column::text(value.as_bytes())
        }
    }
}

#[cfg(feature = "sqlite")]
mod sqlite {
    use diesel::sqlite::{Sqlite, SqliteType, SqliteValue};

    use ids_core::column;

    use super::*;

    /// SQLite keeps a type per value, not per column: a value is read natively only if it is a
    /// blob, whatever the column was declared as.
    impl NativeBackend for Sqlite {
        fn write_bytes<'b>(
            bytes: &'b [u8; 16],
            out: &mut Output<'b, '_, Self>,
        ) -> serialize::Result {
            out.set_value(bytes.as_slice());
            Ok(serialize::IsNull::No)
        }

        fn read_native<T: EntityId>(
            mut value: SqliteValue<'_, '_, '_>,
        ) -> Result<T, DecodeIdError> {
            match value.value_type() {
                Some(SqliteType::Text) => Err(text_in_native_column::<T>("TEXT")),
                Some(SqliteType::Binary) => column::native(value.read_blob()),
                other => Err(DecodeIdError::NotAUuid {
                    type_name: T::TYPE_NAME,
                    detail: format!("expected a blob, found {}", type_name(other)),
                }),
            }
        }
    }

    impl TextBackend for Sqlite {
        fn write_text(text: IdBuf, out: &mut Output<'_, '_, Self>) -> serialize::Result {
            out.set_value(String::from(text.as_str()));
            Ok(serialize::IsNull::No)
        }

        fn read_text<T: EntityId>(mut value: SqliteValue<'_, '_, '_>) -> Result<T, DecodeIdError> {
            match value.value_type() {
                Some(SqliteType::Text) => column::text(value.read_text().as_bytes()),
                other => Err(DecodeIdError::NotText {
                    type_name: T::TYPE_NAME,
                    detail: format!("expected text, found {}", type_name(other)),
                }),
            }
        }
    }

    fn type_name(ty: Option<SqliteType>) -> &'static str {
        match ty {
            Some(SqliteType::Binary) => "a blob",
            Some(SqliteType::Text) => "text",
            Some(SqliteType::Float | SqliteType::Double) => "a real number",
            Some(_) => "an integer",
            None => "NULL",
        }
    }
}
