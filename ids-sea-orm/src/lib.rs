#![doc = include_str!("../README.md")]

mod storage;

pub use ids_core::column::DecodeIdError;
pub use storage::MAX_TEXT_LEN;

/// Paths for generated code only; not part of the public API and may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use core::convert::From;
    pub use core::result::Result;
    pub use ids_core::__lint_free as lint_free;
    #[cfg(feature = "sqlx-postgres")]
    pub use sea_orm::sea_query::postgres_array::NotU8;
    pub use sea_orm::sea_query::{ArrayType, ColumnType, Nullable, ValueType, ValueTypeErr};
    pub use sea_orm::{
        ActiveValue, ColIdx, DbErr, IntoActiveValue, QueryResult, TryFromU64, TryGetError,
        TryGetable, Value,
    };
    pub use std::string::String;

    pub use crate::storage::{native, text, try_from_u64};
    // A malformed type's impls, which never run, read as natively stored ones.
    pub use crate::storage::native as fallback;
    pub use crate::{__if_sea_orm_postgres as if_postgres, __impl_sea_orm as impl_sea_orm};
}

/// The SeaORM impls that `#[entity_id(prefix = "…", sea_orm)]` asks for, called by the derive as
/// every integration's template is: `(Type, "Type", mode, Param)`.
///
/// What SeaORM asks of a column type: `From<Type> for Value`, `TryGetable` (NULL as
/// `TryGetError::Null`, so that `Option<Type>` reads it), `ValueType`, `Nullable` (the NULL of the
/// same `Value` variant), `TryFromU64` for primary keys, `IntoActiveValue`, and on PostgreSQL
/// `NotU8` for arrays. `mode` names the module of `__private` that implements the storage.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sea_orm {
    ($ty:ident, $name:literal, $storage:ident, $param:ident) => {
        $crate::__private::lint_free! {
            #[automatically_derived]
            impl $crate::__private::From<$ty> for $crate::__private::Value {
                #[inline]
                fn from(id: $ty) -> Self {
                    $crate::__private::$storage::value(id)
                }
            }

            #[automatically_derived]
            impl $crate::__private::TryGetable for $ty {
                #[inline]
                fn try_get_by<I: $crate::__private::ColIdx>(
                    res: &$crate::__private::QueryResult,
                    index: I,
                ) -> $crate::__private::Result<Self, $crate::__private::TryGetError> {
                    $crate::__private::$storage::try_get(res, index)
                }
            }

            #[automatically_derived]
            impl $crate::__private::ValueType for $ty {
                #[inline]
                fn try_from(
                    value: $crate::__private::Value,
                ) -> $crate::__private::Result<Self, $crate::__private::ValueTypeErr> {
                    $crate::__private::$storage::try_from(value)
                }

                fn type_name() -> $crate::__private::String {
                    $crate::__private::From::from($name)
                }

                fn array_type() -> $crate::__private::ArrayType {
                    $crate::__private::$storage::array_type()
                }

                fn column_type() -> $crate::__private::ColumnType {
                    $crate::__private::$storage::column_type()
                }
            }

            #[automatically_derived]
            impl $crate::__private::Nullable for $ty {
                #[inline]
                fn null() -> $crate::__private::Value {
                    $crate::__private::$storage::null()
                }
            }

            #[automatically_derived]
            impl $crate::__private::IntoActiveValue<$ty> for $ty {
                #[inline]
                fn into_active_value(self) -> $crate::__private::ActiveValue<$ty> {
                    $crate::__private::ActiveValue::Set(self)
                }
            }

            #[automatically_derived]
            impl $crate::__private::TryFromU64 for $ty {
                fn try_from_u64(n: u64) -> $crate::__private::Result<Self, $crate::__private::DbErr> {
                    $crate::__private::try_from_u64(n)
                }
            }

            $crate::__private::if_postgres! {
                #[automatically_derived]
                impl $crate::__private::NotU8 for $ty {}
            }
        }
    };
}

/// The tokens inside when ids-sea-orm's `sqlx-postgres` feature is on.
#[cfg(feature = "sqlx-postgres")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sea_orm_postgres {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Nothing: ids-sea-orm's `sqlx-postgres` feature is off.
#[cfg(not(feature = "sqlx-postgres"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sea_orm_postgres {
    ($($tokens:tt)*) => {};
}
