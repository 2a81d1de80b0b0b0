//! Which columns each storage reads, per database, and how it gets the value out of them.
//!
//! Native storage reads UUID columns only: PostgreSQL `uuid`, MySQL `BINARY(16)` (or any binary
//! string), MariaDB's own `UUID`, SQLite blobs. Its `Type::compatible` also admits text columns,
//! so that reading one reaches [`decode_native`](crate::__private::decode_native) and fails
//! with a message that names the storage that would read it, instead of sqlx's bare type
//! mismatch. Text storage reads each database's text columns.

use ids_core::Uuid;
use sqlx_core::database::Database;
use sqlx_core::error::BoxDynError;

/// The columns an ID stored natively is read from, per database.
#[doc(hidden)]
pub trait NativeColumn: TextColumn {
    /// Whether a column of type `ty` holds UUIDs.
    fn holds_uuid(ty: &Self::TypeInfo) -> bool;

    /// The UUID in `value`, a non-NULL value of a column that is not text.
    fn decode_uuid(value: Self::ValueRef<'_>) -> Result<Uuid, BoxDynError>;
}

/// The columns an ID stored as TypeID text is read from, per database.
#[doc(hidden)]
pub trait TextColumn: Database {
    /// Whether a column of type `ty` is a text column.
    fn holds_text(ty: &Self::TypeInfo) -> bool;

    /// Whether text storage reads a column of type `ty`: its text columns, and any others that
    /// may hold text the driver cannot tell apart.
    fn reads_text(ty: &Self::TypeInfo) -> bool {
        Self::holds_text(ty)
    }

    /// The text in `value`, a non-NULL value.
    fn decode_text<'r>(value: Self::ValueRef<'r>) -> Result<&'r str, BoxDynError>;
}

#[cfg(feature = "postgres")]
mod postgres {
    use sqlx_core::type_info::TypeInfo;
    use sqlx_core::value::ValueRef;
    use sqlx_postgres::{PgValueRef, Postgres};

    use sqlx_core::decode::Decode;
    use sqlx_core::types::Type;

    use super::*;

    impl NativeColumn for Postgres {
        fn holds_uuid(ty: &Self::TypeInfo) -> bool {
            <Uuid as Type<Self>>::compatible(ty)
        }

        fn decode_uuid(value: PgValueRef<'_>) -> Result<Uuid, BoxDynError> {
            <Uuid as Decode<'_, Self>>::decode(value)
        }
    }

    /// `char(n)` pads its values with spaces to `n` characters, and PostgreSQL sends them
    /// padded; the padding is not part of the value (PostgreSQL itself ignores it when it
    /// compares), so it is removed before parsing. In every other column a space is a mistake
    /// the parser reports.
    impl TextColumn for Postgres {
        fn holds_text(ty: &Self::TypeInfo) -> bool {
            <String as Type<Self>>::compatible(ty)
        }

        fn decode_text<'r>(value: Self::ValueRef<'r>) -> Result<&'r str, BoxDynError> {
            let padded = value.type_info().name() == "CHAR";
            let text = <&'r str as Decode<'r, Self>>::decode(value)?;
            Ok(if padded {
                text.trim_end_matches(' ')
            } else {
                text
            })
        }
    }
}

#[cfg(feature = "mysql")]
mod mysql {
    use sqlx_core::value::ValueRef;
    use sqlx_mysql::{MySql, MySqlValueRef};

    use sqlx_core::decode::Decode;
    use sqlx_core::types::Type;

    use super::*;

    /// A binary string column: `BINARY(16)`, `VARBINARY`, `BLOB`, and MariaDB's `UUID`.
    ///
    /// MariaDB sends a `UUID` column's values as their 36-character text, in a binary column
    /// that it alone flags `UNSIGNED`; those are read as the UUID they spell. Elsewhere 36
    /// characters are not a UUID's 16 bytes.
    impl NativeColumn for MySql {
        fn holds_uuid(ty: &Self::TypeInfo) -> bool {
            <&[u8] as Type<Self>>::compatible(ty) && !<&str as Type<Self>>::compatible(ty)
        }

        fn decode_uuid(value: MySqlValueRef<'_>) -> Result<Uuid, BoxDynError> {
            let mariadb_uuid = is_mariadb_uuid(&value.type_info());
            let bytes = <&[u8] as Decode<'_, Self>>::decode(value)?;
            match (bytes.len(), mariadb_uuid) {
                (16, _) => Ok(Uuid::from_slice(bytes)?),
                (36, true) => Ok(Uuid::try_parse_ascii(bytes)?),
                (len, _) => Err(format!("expected 16 bytes, found {len}").into()),
            }
        }
    }

    /// Whether `ty` is MariaDB's `UUID` type: a binary string column flagged `UNSIGNED`, which
    /// sqlx keeps but does not expose except through `Debug`.
    fn is_mariadb_uuid(ty: &<MySql as Database>::TypeInfo) -> bool {
        let debug = format!("{ty:?}");
        debug.contains("type: String") && debug.contains("UNSIGNED") && debug.contains("BINARY")
    }

    /// MySQL reports a column with a binary collation (`ascii_bin`, `utf8mb4_bin`: the
    /// collations that compare IDs byte for byte, case-sensitively) as a binary string, which
    /// sqlx's `String` refuses. A TypeID is ASCII, so such a column holds it as well as any text
    /// column. The type information does not tell these columns from `BINARY`/`BLOB` ones;
    /// reading an ID from one of those fails on its content instead (not UTF-8, or not a valid
    /// ID).
    impl TextColumn for MySql {
        fn holds_text(ty: &Self::TypeInfo) -> bool {
            <&str as Type<Self>>::compatible(ty)
        }

        fn reads_text(ty: &Self::TypeInfo) -> bool {
            Self::holds_text(ty) || <&[u8] as Type<Self>>::compatible(ty)
        }

        fn decode_text<'r>(value: Self::ValueRef<'r>) -> Result<&'r str, BoxDynError> {
            <&'r str as Decode<'r, Self>>::decode(value)
        }
    }
}

#[cfg(feature = "sqlite")]
mod sqlite {
    use sqlx_sqlite::{Sqlite, SqliteValueRef};

    use sqlx_core::decode::Decode;
    use sqlx_core::types::Type;

    use super::*;

    /// SQLite keeps a type per value, not per column: a value is read natively only if it is a
    /// blob, whatever the column was declared as.
    impl NativeColumn for Sqlite {
        fn holds_uuid(ty: &Self::TypeInfo) -> bool {
            <Vec<u8> as Type<Self>>::compatible(ty) && !<String as Type<Self>>::compatible(ty)
        }

        fn decode_uuid(value: SqliteValueRef<'_>) -> Result<Uuid, BoxDynError> {
            <Uuid as Decode<'_, Self>>::decode(value)
        }
    }

    impl TextColumn for Sqlite {
        fn holds_text(ty: &Self::TypeInfo) -> bool {
            <String as Type<Self>>::compatible(ty)
        }

        fn decode_text<'r>(value: Self::ValueRef<'r>) -> Result<&'r str, BoxDynError> {
            <&'r str as Decode<'r, Self>>::decode(value)
        }
    }
}
