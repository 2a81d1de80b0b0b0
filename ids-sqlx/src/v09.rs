//! ids-sqlx for sqlx 0.9: the code in `version/`, compiled against sqlx 0.9's crates.

use sqlx_core_09 as sqlx_core;
#[cfg(feature = "sqlx09-mysql")]
use sqlx_mysql_09 as sqlx_mysql;
#[cfg(feature = "sqlx09-postgres")]
use sqlx_postgres_09 as sqlx_postgres;
#[cfg(feature = "sqlx09-sqlite")]
use sqlx_sqlite_09 as sqlx_sqlite;

/// The buffer a bound argument is written into; sqlx 0.9 dropped its lifetime, which is kept
/// here so that one signature serves both versions.
pub type ArgumentBuffer<'q, DB> = <DB as sqlx_core::database::Database>::ArgumentBuffer;

/// The items inside, for the databases whose sqlx 0.9 feature is on.
macro_rules! postgres {
    ($($item:item)*) => { $(#[cfg(feature = "sqlx09-postgres")] $item)* };
}
macro_rules! mysql {
    ($($item:item)*) => { $(#[cfg(feature = "sqlx09-mysql")] $item)* };
}
macro_rules! sqlite {
    ($($item:item)*) => { $(#[cfg(feature = "sqlx09-sqlite")] $item)* };
}

#[path = "version/column.rs"]
mod column;
#[path = "version/decode.rs"]
mod decode;

/// Paths for generated code only; not part of the public API and may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use super::ArgumentBuffer;
    pub use super::column::{
        NativeColumn, TextColumn, encode_native, encode_text, native_compatible, text_compatible,
    };
    pub use super::decode::{decode_native, decode_native_for, decode_text};
    pub use super::sqlx_core::database::Database;
    pub use super::sqlx_core::decode::Decode;
    pub use super::sqlx_core::encode::{Encode, IsNull};
    pub use super::sqlx_core::error::BoxDynError;
    pub use super::sqlx_core::types::Type;
    #[cfg(feature = "sqlx09-postgres")]
    pub use super::sqlx_postgres::{PgHasArrayType, PgTypeInfo};
    pub use crate::__if_sqlx09_postgres as if_postgres;
}
