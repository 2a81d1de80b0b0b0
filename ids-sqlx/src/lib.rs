#![doc = include_str!("../README.md")]
#![allow(
    clippy::duplicate_mod,
    reason = "`version/` is compiled once per sqlx version, against each version's crates"
)]

// One implementation, compiled once per sqlx version: `version/` holds the column and decode
// code, written against the names `sqlx_core`, `sqlx_postgres`, `sqlx_mysql` and `sqlx_sqlite`,
// and each version's module binds those names to its own crates.
#[cfg(feature = "sqlx08")]
#[doc(hidden)]
pub mod v08;
#[cfg(feature = "sqlx09")]
#[doc(hidden)]
pub mod v09;

pub use ids_core::column::DecodeIdError;

/// Paths for generated code only; not part of the public API and may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use core::primitive::bool;
    pub use core::result::Result;
    pub use core::unreachable;
    pub use ids_core::__lint_free as lint_free;
    pub use ids_core::Uuid;
    pub use std::string::String;

    pub use crate::__impl_sqlx as impl_sqlx;
    pub use crate::{__if_sqlx08 as if_sqlx08, __if_sqlx09 as if_sqlx09};
}

/// The sqlx impls that `#[entity_id(prefix = "…", sqlx)]` asks for: `Type`, `Encode` and
/// `Decode` for every sqlx version and database this crate supports in the build (`native`: a
/// UUID column; `text`: the TypeID string), and Postgres arrays where PostgreSQL is on. Called
/// by the derive as every integration's template is: `(Type, "Type", mode, Param)`, where
/// `Param` names the database parameter (derived from the type's name, so it never is that
/// name).
///
/// The impls are generic over the database, bounded by each version's `NativeColumn` or
/// `TextColumn`: features enabled by other crates in the same build add databases without a
/// `cfg` in the user's code, and a database whose feature is off is one error that names the
/// feature.
#[cfg(any(feature = "sqlx08", feature = "sqlx09"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx {
    ($ty:ident, $name:literal, $storage:ident, $db:ident) => {
        $crate::__private::lint_free! {
            $crate::__private::if_sqlx08! {
                $crate::__private::impl_sqlx!(@$storage v08, $ty, $db);
            }
            $crate::__private::if_sqlx09! {
                $crate::__private::impl_sqlx!(@$storage v09, $ty, $db);
            }
        }
    };
    // The type is malformed and the build has failed already: impls that let the rest of the
    // crate type-check, with bodies that never run.
    (@fallback $v:ident, $ty:ident, $db:ident) => {
        #[allow(unused_variables)]
        impl<$db: $crate::$v::__private::NativeColumn> $crate::$v::__private::Type<$db> for $ty {
            fn type_info() -> <$db as $crate::$v::__private::Database>::TypeInfo {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl<'q, $db: $crate::$v::__private::NativeColumn> $crate::$v::__private::Encode<'q, $db> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut $crate::$v::__private::ArgumentBuffer<'q, $db>,
            ) -> $crate::__private::Result<$crate::$v::__private::IsNull, $crate::$v::__private::BoxDynError> {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl<'r, $db: $crate::$v::__private::NativeColumn> $crate::$v::__private::Decode<'r, $db> for $ty {
            fn decode(
                value: <$db as $crate::$v::__private::Database>::ValueRef<'r>,
            ) -> $crate::__private::Result<Self, $crate::$v::__private::BoxDynError> {
                $crate::__private::unreachable!()
            }
        }
    };
    (@native $v:ident, $ty:ident, $db:ident) => {
        $crate::__private::impl_sqlx!(@impls $v, $ty, $db, NativeColumn, uuid_type_info, native_compatible, decode_native, encode_native);
        $crate::$v::__private::if_postgres! {
            $crate::__private::impl_sqlx!(@pg_array $v, $ty, $crate::__private::Uuid);
        }
    };
    (@text $v:ident, $ty:ident, $db:ident) => {
        $crate::__private::impl_sqlx!(@impls $v, $ty, $db, TextColumn, text_type_info, text_compatible, decode_text, encode_text);
        $crate::$v::__private::if_postgres! {
            $crate::__private::impl_sqlx!(@pg_array $v, $ty, $crate::__private::String);
        }
    };
    (@impls $v:ident, $ty:ident, $db:ident, $column:ident, $type_info:ident, $compatible:ident, $decode:ident, $encode:ident) => {
        #[automatically_derived]
        impl<$db: $crate::$v::__private::$column> $crate::$v::__private::Type<$db> for $ty {
            #[inline]
            fn type_info() -> <$db as $crate::$v::__private::Database>::TypeInfo {
                <$db as $crate::$v::__private::$column>::$type_info()
            }

            #[inline]
            fn compatible(ty: &<$db as $crate::$v::__private::Database>::TypeInfo) -> $crate::__private::bool {
                $crate::$v::__private::$compatible::<$db>(ty)
            }
        }

        #[automatically_derived]
        impl<'q, $db: $crate::$v::__private::$column> $crate::$v::__private::Encode<'q, $db> for $ty {
            #[inline]
            fn encode_by_ref(
                &self,
                buf: &mut $crate::$v::__private::ArgumentBuffer<'q, $db>,
            ) -> $crate::__private::Result<$crate::$v::__private::IsNull, $crate::$v::__private::BoxDynError> {
                $crate::$v::__private::$encode::<Self, $db>(self, buf)
            }
        }

        #[automatically_derived]
        impl<'r, $db: $crate::$v::__private::$column> $crate::$v::__private::Decode<'r, $db> for $ty {
            #[inline]
            fn decode(
                value: <$db as $crate::$v::__private::Database>::ValueRef<'r>,
            ) -> $crate::__private::Result<Self, $crate::$v::__private::BoxDynError> {
                $crate::$v::__private::$decode::<Self, $db>(value)
            }
        }
    };
    // `PgHasArrayType` for `$ty`, stored as `$stored`: `Vec<Id>` binds as an array.
    (@pg_array $v:ident, $ty:ident, $stored:ty) => {
        #[automatically_derived]
        impl $crate::$v::__private::PgHasArrayType for $ty {
            #[inline]
            fn array_type_info() -> $crate::$v::__private::PgTypeInfo {
                <$stored as $crate::$v::__private::PgHasArrayType>::array_type_info()
            }

            #[inline]
            fn array_compatible(ty: &$crate::$v::__private::PgTypeInfo) -> $crate::__private::bool {
                <$stored as $crate::$v::__private::PgHasArrayType>::array_compatible(ty)
            }
        }
    };
}

/// Without a sqlx version: the error that says which features give one.
#[cfg(not(any(feature = "sqlx08", feature = "sqlx09")))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx {
    ($ty:ident, $name:literal, $storage:ident, $db:ident) => {
        ::core::compile_error!(::core::concat!(
            "#[entity_id(sqlx)] on ",
            $name,
            ": ids-sqlx is built without a sqlx version; enable its feature for your sqlx \
             version and database, such as `sqlx09-postgres` (or `sqlx08-postgres` for sqlx 0.8)"
        ));
    };
}

// Each feature's gate: the tokens when the feature is on, nothing when it is off. Generated code
// is expanded in the user's crate, where `#[cfg(feature = …)]` would test the user's features;
// these test ours.

/// The tokens inside when ids-sqlx's `sqlx08` feature is on.
#[cfg(feature = "sqlx08")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sqlx08 {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Nothing: ids-sqlx's `sqlx08` feature is off.
#[cfg(not(feature = "sqlx08"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sqlx08 {
    ($($tokens:tt)*) => {};
}

/// The tokens inside when ids-sqlx's `sqlx09` feature is on.
#[cfg(feature = "sqlx09")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sqlx09 {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Nothing: ids-sqlx's `sqlx09` feature is off.
#[cfg(not(feature = "sqlx09"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sqlx09 {
    ($($tokens:tt)*) => {};
}

/// The tokens inside when ids-sqlx's `sqlx08-postgres` feature is on.
#[cfg(feature = "sqlx08-postgres")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sqlx08_postgres {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Nothing: ids-sqlx's `sqlx08-postgres` feature is off.
#[cfg(not(feature = "sqlx08-postgres"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sqlx08_postgres {
    ($($tokens:tt)*) => {};
}

/// The tokens inside when ids-sqlx's `sqlx09-postgres` feature is on.
#[cfg(feature = "sqlx09-postgres")]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sqlx09_postgres {
    ($($tokens:tt)*) => { $($tokens)* };
}

/// Nothing: ids-sqlx's `sqlx09-postgres` feature is off.
#[cfg(not(feature = "sqlx09-postgres"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __if_sqlx09_postgres {
    ($($tokens:tt)*) => {};
}
