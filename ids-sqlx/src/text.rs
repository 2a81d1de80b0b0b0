//! Which columns text storage reads: each database's text types, and on MySQL/MariaDB also the
//! binary-collated ones.

use sqlx_core::database::Database;

/// The columns an ID stored as TypeID text can be read from, per database.
#[doc(hidden)]
pub trait TextColumn: Database {
    /// Whether a column of type `ty` holds text an ID can be read from.
    fn compatible(ty: &Self::TypeInfo) -> bool;
}

#[cfg(feature = "postgres")]
impl TextColumn for sqlx_postgres::Postgres {
    fn compatible(ty: &Self::TypeInfo) -> bool {
        <String as sqlx_core::types::Type<Self>>::compatible(ty)
    }
}

/// MySQL reports a column with a binary collation (`ascii_bin`, `utf8mb4_bin`: the collations
/// that compare IDs byte for byte, case-sensitively) as a binary string, which sqlx's `String`
/// refuses. A TypeID is ASCII, so such a column holds it as well as any text column. The type
/// information does not tell these columns from `BINARY`/`BLOB` ones; reading an ID from one of
/// those fails on its content instead (not UTF-8, or not a valid ID).
#[cfg(feature = "mysql")]
impl TextColumn for sqlx_mysql::MySql {
    fn compatible(ty: &Self::TypeInfo) -> bool {
        <String as sqlx_core::types::Type<Self>>::compatible(ty)
            || <Vec<u8> as sqlx_core::types::Type<Self>>::compatible(ty)
    }
}

#[cfg(feature = "sqlite")]
impl TextColumn for sqlx_sqlite::Sqlite {
    fn compatible(ty: &Self::TypeInfo) -> bool {
        <String as sqlx_core::types::Type<Self>>::compatible(ty)
    }
}
