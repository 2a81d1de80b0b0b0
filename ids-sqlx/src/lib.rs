#![doc = include_str!("../README.md")]

mod column;
mod decode;

pub use decode::DecodeIdError;

/// Paths for generated code only; not part of the public API and may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use core::primitive::bool;
    pub use core::result::Result;
    pub use core::unreachable;
    pub use ids_core::__lint_free as lint_free;
    pub use ids_core::Uuid;
    pub use sqlx_core::database::Database;
    pub use sqlx_core::decode::Decode;
    pub use sqlx_core::encode::{Encode, IsNull};
    pub use sqlx_core::error::BoxDynError;
    pub use sqlx_core::types::Type;
    #[cfg(feature = "postgres")]
    pub use sqlx_postgres::{PgHasArrayType, PgTypeInfo};
    pub use std::string::String;

    pub use crate::column::{
        NativeColumn, TextColumn, encode_native, encode_text, native_compatible, text_compatible,
    };
    pub use crate::decode::{decode_native, decode_text};
    pub use crate::{__impl_pg_array as impl_pg_array, __impl_sqlx as impl_sqlx};
}

/// The sqlx impls that `#[entity_id(prefix = "…", sqlx)]` asks for: `Type`, `Encode` and
/// `Decode` for every database this crate supports in the build (`native`: a UUID column;
/// `text`: the TypeID string), and Postgres arrays when the `postgres` feature is on. Called by
/// the derive as every integration's template is: `(Type, "Type", mode, Param)`, where `Param`
/// names the database parameter (derived from the type's name, so it never is that name).
///
/// The impls are generic over the database, bounded by `NativeColumn` or `TextColumn`: features
/// enabled by other crates in the same build add databases without a `cfg` in the user's code,
/// and a database whose feature is off is one error that names the feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx {
    ($ty:ident, $name:literal, $storage:ident, $db:ident) => {
        $crate::__private::lint_free! {
            $crate::__private::impl_sqlx!(@$storage $ty, $db, NativeColumn, TextColumn);
        }
    };
    // The type is malformed and the build has failed already: impls that let the rest of the
    // crate type-check, with bodies that never run.
    (@fallback $ty:ident, $db:ident, $native:ident, $text:ident) => {
        #[allow(unused_variables)]
        impl<$db: $crate::__private::$native> $crate::__private::Type<$db> for $ty {
            fn type_info() -> <$db as $crate::__private::Database>::TypeInfo {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl<'q, $db: $crate::__private::$native> $crate::__private::Encode<'q, $db> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut <$db as $crate::__private::Database>::ArgumentBuffer<'q>,
            ) -> $crate::__private::Result<$crate::__private::IsNull, $crate::__private::BoxDynError> {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl<'r, $db: $crate::__private::$native> $crate::__private::Decode<'r, $db> for $ty {
            fn decode(
                value: <$db as $crate::__private::Database>::ValueRef<'r>,
            ) -> $crate::__private::Result<Self, $crate::__private::BoxDynError> {
                $crate::__private::unreachable!()
            }
        }
    };
    (@native $ty:ident, $db:ident, $native:ident, $text:ident) => {
        $crate::__private::impl_sqlx!(@impls $ty, $db, $native, uuid_type_info, native_compatible, decode_native, encode_native);
        $crate::__private::impl_pg_array!($ty, $crate::__private::Uuid);
    };
    (@text $ty:ident, $db:ident, $native:ident, $text:ident) => {
        $crate::__private::impl_sqlx!(@impls $ty, $db, $text, text_type_info, text_compatible, decode_text, encode_text);
        $crate::__private::impl_pg_array!($ty, $crate::__private::String);
    };
    (@impls $ty:ident, $db:ident, $column:ident, $type_info:ident, $compatible:ident, $decode:ident, $encode:ident) => {
        #[automatically_derived]
        impl<$db: $crate::__private::$column> $crate::__private::Type<$db> for $ty {
            #[inline]
            fn type_info() -> <$db as $crate::__private::Database>::TypeInfo {
                <$db as $crate::__private::$column>::$type_info()
            }

            #[inline]
            fn compatible(ty: &<$db as $crate::__private::Database>::TypeInfo) -> $crate::__private::bool {
                $crate::__private::$compatible::<$db>(ty)
            }
        }

        #[automatically_derived]
        impl<'q, $db: $crate::__private::$column> $crate::__private::Encode<'q, $db> for $ty {
            #[inline]
            fn encode_by_ref(
                &self,
                buf: &mut <$db as $crate::__private::Database>::ArgumentBuffer<'q>,
            ) -> $crate::__private::Result<$crate::__private::IsNull, $crate::__private::BoxDynError> {
                $crate::__private::$encode::<Self, $db>(self, buf)
            }
        }

        #[automatically_derived]
        impl<'r, $db: $crate::__private::$column> $crate::__private::Decode<'r, $db> for $ty {
            #[inline]
            fn decode(
                value: <$db as $crate::__private::Database>::ValueRef<'r>,
            ) -> $crate::__private::Result<Self, $crate::__private::BoxDynError> {
                $crate::__private::$decode::<Self, $db>(value)
            }
        }
    };
}

/// `PgHasArrayType` for `$ty`, stored as `$stored`, when the `postgres` feature is on.
#[cfg(feature = "postgres")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_pg_array {
    ($ty:ident, $stored:ty) => {
        #[automatically_derived]
        impl $crate::__private::PgHasArrayType for $ty {
            #[inline]
            fn array_type_info() -> $crate::__private::PgTypeInfo {
                <$stored as $crate::__private::PgHasArrayType>::array_type_info()
            }

            #[inline]
            fn array_compatible(ty: &$crate::__private::PgTypeInfo) -> $crate::__private::bool {
                <$stored as $crate::__private::PgHasArrayType>::array_compatible(ty)
            }
        }
    };
}

/// `PgHasArrayType` for `$ty` when the `postgres` feature is on; nothing otherwise.
#[cfg(not(feature = "postgres"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_pg_array {
    ($ty:ident, $stored:ty) => {};
}
