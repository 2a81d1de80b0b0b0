//! Which columns each storage reads, per database, and how it gets the value out of them.
//!
//! Native storage reads UUID columns only: PostgreSQL `uuid`, MySQL `BINARY(16)` (or any binary
//! string), MariaDB's own `UUID`, SQLite blobs. Its `Type::compatible` also admits text columns,
//! so that reading one reaches [`decode_native`](crate::__private::decode_native) and fails
//! with a message that names the storage that would read it, instead of sqlx's bare type
//! mismatch. Text storage reads each database's text columns.

use ids_core::{EntityId, Uuid};

use super::{ArgumentBuffer, sqlx_core};
use sqlx_core::database::Database;
use sqlx_core::encode::IsNull;
use sqlx_core::error::BoxDynError;

/// How an ID stored natively is written and read, per database.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "ids-sqlx is built without support for `{Self}`",
    label = "a typed ID declared with `sqlx` is used with `{Self}` here",
    note = "enable ids-sqlx's feature for this database and your sqlx version, such as `sqlx09-postgres`, `sqlx09-mysql` or `sqlx09-sqlite`"
)]
pub trait NativeColumn: TextColumn {
    /// The SQL type of a bound ID.
    fn uuid_type_info() -> Self::TypeInfo;

    /// Writes `uuid` as a bind parameter.
    fn encode_uuid(uuid: Uuid, buf: &mut ArgumentBuffer<'_, Self>) -> Result<IsNull, BoxDynError>;

    /// Whether a column of type `ty` holds UUIDs.
    fn holds_uuid(ty: &Self::TypeInfo) -> bool;

    /// The UUID in `value`, a non-NULL value of a column that is not text.
    fn decode_uuid(value: Self::ValueRef<'_>) -> Result<Uuid, BoxDynError>;
}

/// How an ID stored as TypeID text is written and read, per database.
#[doc(hidden)]
#[diagnostic::on_unimplemented(
    message = "ids-sqlx is built without support for `{Self}`",
    label = "a typed ID declared with `sqlx = \"text\"` is used with `{Self}` here",
    note = "enable ids-sqlx's feature for this database and your sqlx version, such as `sqlx09-postgres`, `sqlx09-mysql` or `sqlx09-sqlite`"
)]
pub trait TextColumn: Database {
    /// The SQL type of a bound ID.
    fn text_type_info() -> Self::TypeInfo;

    /// Writes `text` as a bind parameter; owned, because some drivers (SQLite) keep the
    /// argument until the query runs.
    fn encode_text(text: String, buf: &mut ArgumentBuffer<'_, Self>)
    -> Result<IsNull, BoxDynError>;

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

/// Whether native storage takes a column of type `ty`: a UUID column, and a text column,
/// which decoding then refuses with a message that says which storage would read it.
#[inline]
pub fn native_compatible<DB: NativeColumn>(ty: &DB::TypeInfo) -> bool {
    DB::holds_uuid(ty) || DB::holds_text(ty)
}

/// Whether text storage takes a column of type `ty`.
#[inline]
pub fn text_compatible<DB: TextColumn>(ty: &DB::TypeInfo) -> bool {
    DB::reads_text(ty)
}

/// Binds an ID stored natively: its UUID, as sqlx binds a raw `Uuid`.
#[inline]
pub fn encode_native<T: EntityId, DB: NativeColumn>(
    id: &T,
    buf: &mut ArgumentBuffer<'_, DB>,
) -> Result<IsNull, BoxDynError> {
    DB::encode_uuid(id.uuid(), buf)
}

/// Binds an ID stored as text: its TypeID.
#[inline]
pub fn encode_text<T: EntityId, DB: TextColumn>(
    id: &T,
    buf: &mut ArgumentBuffer<'_, DB>,
) -> Result<IsNull, BoxDynError> {
    DB::encode_text(String::from(id.encode().as_str()), buf)
}

postgres! {
    mod postgres {
        use sqlx_core::type_info::TypeInfo;
        use sqlx_core::value::ValueRef;
        use super::super::sqlx_postgres::{PgValueRef, Postgres};

        use sqlx_core::decode::Decode;
        use sqlx_core::encode::Encode;
        use sqlx_core::types::Type;

        use super::*;

        impl NativeColumn for Postgres {
            fn uuid_type_info() -> Self::TypeInfo {
                <Uuid as Type<Self>>::type_info()
            }

            fn encode_uuid(
                uuid: Uuid,
                buf: &mut ArgumentBuffer<'_, Self>,
            ) -> Result<IsNull, BoxDynError> {
                <Uuid as Encode<'_, Self>>::encode_by_ref(&uuid, buf)
            }

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
            fn text_type_info() -> Self::TypeInfo {
                <String as Type<Self>>::type_info()
            }

            fn encode_text(
                text: String,
                buf: &mut ArgumentBuffer<'_, Self>,
            ) -> Result<IsNull, BoxDynError> {
                <String as Encode<'_, Self>>::encode(text, buf)
            }

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
}

mysql! {
    mod mysql {
        use sqlx_core::value::ValueRef;
        use super::super::sqlx_mysql::{MySql, MySqlValueRef};

        use sqlx_core::decode::Decode;
        use sqlx_core::encode::Encode;
        use sqlx_core::types::Type;

        use super::*;

        /// A binary string column: `BINARY(16)`, `VARBINARY`, `BLOB`, and MariaDB's `UUID`.
        ///
        /// MariaDB sends a `UUID` column's values as their 36-character text, in a binary column
        /// that it alone flags `UNSIGNED`; those are read as the UUID they spell. Elsewhere 36
        /// characters are not a UUID's 16 bytes.
        impl NativeColumn for MySql {
            fn uuid_type_info() -> Self::TypeInfo {
                <Uuid as Type<Self>>::type_info()
            }

            fn encode_uuid(
                uuid: Uuid,
                buf: &mut ArgumentBuffer<'_, Self>,
            ) -> Result<IsNull, BoxDynError> {
                <Uuid as Encode<'_, Self>>::encode_by_ref(&uuid, buf)
            }

            fn holds_uuid(ty: &Self::TypeInfo) -> bool {
                (<&[u8] as Type<Self>>::compatible(ty) && !<&str as Type<Self>>::compatible(ty))
                    || is_mariadb_uuid(ty)
            }

            fn decode_uuid(value: MySqlValueRef<'_>) -> Result<Uuid, BoxDynError> {
                let ty = value.type_info().into_owned();
                let bytes = <&[u8] as Decode<'_, Self>>::decode(value)?;
                match bytes.len() {
                    16 => Ok(Uuid::from_slice(bytes)?),
                    // Only MariaDB's `UUID` sends its values as text, and only then is the type
                    // worth the cost of asking.
                    36 if is_mariadb_uuid(&ty) => Ok(Uuid::try_parse_ascii(bytes)?),
                    len => Err(format!("expected 16 bytes, found {len}").into()),
                }
            }
        }

        /// Whether `ty` is MariaDB's `UUID` type: a binary string column flagged `UNSIGNED`, which
        /// sqlx keeps but does not expose except through `Debug`. Formatting it costs thousands of
        /// instructions, so the common reads (a `BINARY(16)` column, 16 bytes) never ask.
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
            fn text_type_info() -> Self::TypeInfo {
                <String as Type<Self>>::type_info()
            }

            fn encode_text(
                text: String,
                buf: &mut ArgumentBuffer<'_, Self>,
            ) -> Result<IsNull, BoxDynError> {
                <String as Encode<'_, Self>>::encode(text, buf)
            }

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
}

sqlite! {
    mod sqlite {
        use super::super::sqlx_sqlite::{Sqlite, SqliteValueRef};

        use sqlx_core::decode::Decode;
        use sqlx_core::encode::Encode;
        use sqlx_core::types::Type;

        use super::*;

        /// SQLite keeps a type per value, not per column: a value is read natively only if it is a
        /// blob, whatever the column was declared as.
        impl NativeColumn for Sqlite {
            fn uuid_type_info() -> Self::TypeInfo {
                <Uuid as Type<Self>>::type_info()
            }

            fn encode_uuid(
                uuid: Uuid,
                buf: &mut ArgumentBuffer<'_, Self>,
            ) -> Result<IsNull, BoxDynError> {
                <Uuid as Encode<'_, Self>>::encode_by_ref(&uuid, buf)
            }

            fn holds_uuid(ty: &Self::TypeInfo) -> bool {
                <Vec<u8> as Type<Self>>::compatible(ty) && !<String as Type<Self>>::compatible(ty)
            }

            fn decode_uuid(value: SqliteValueRef<'_>) -> Result<Uuid, BoxDynError> {
                <Uuid as Decode<'_, Self>>::decode(value)
            }
        }

        impl TextColumn for Sqlite {
            fn text_type_info() -> Self::TypeInfo {
                <String as Type<Self>>::type_info()
            }

            fn encode_text(
                text: String,
                buf: &mut ArgumentBuffer<'_, Self>,
            ) -> Result<IsNull, BoxDynError> {
                <String as Encode<'_, Self>>::encode(text, buf)
            }

            fn holds_text(ty: &Self::TypeInfo) -> bool {
                <String as Type<Self>>::compatible(ty)
            }

            fn decode_text<'r>(value: Self::ValueRef<'r>) -> Result<&'r str, BoxDynError> {
                <&'r str as Decode<'r, Self>>::decode(value)
            }
        }
    }
}
