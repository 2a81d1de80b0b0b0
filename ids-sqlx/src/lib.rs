#![doc = include_str!("../README.md")]

mod decode;
mod text;

pub use decode::DecodeIdError;

/// Paths for generated code only; not part of the public API and may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use core::convert::From;
    pub use core::primitive::{bool, str};
    pub use core::result::Result;
    pub use ids_core::{EntityId, Uuid};
    pub use sqlx_core::database::Database;
    pub use sqlx_core::decode::Decode;
    pub use sqlx_core::encode::{Encode, IsNull};
    pub use sqlx_core::error::BoxDynError;
    pub use sqlx_core::types::Type;
    #[cfg(feature = "postgres")]
    pub use sqlx_postgres::{PgHasArrayType, PgTypeInfo};
    pub use std::string::String;

    pub use crate::decode::{decode_native, decode_text};
    pub use crate::text::TextColumn;
    pub use crate::{__impl_pg_array as impl_pg_array, __impl_sqlx as impl_sqlx};
}

/// The sqlx impls that `#[entity_id(prefix = "…", sqlx)]` asks for: `Type`, `Encode` and
/// `Decode` for every database whose driver supports the storage (`native`: UUID; `text`:
/// the TypeID string), and Postgres arrays when the `postgres` feature is on.
///
/// The impls are generic over the database, so features enabled by other crates in the same
/// build add databases without a `cfg` in the user's code.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_sqlx {
    ($ty:ident, native) => {
        impl<__Db: $crate::__private::Database> $crate::__private::Type<__Db> for $ty
        where
            $crate::__private::Uuid: $crate::__private::Type<__Db>,
        {
            #[inline]
            fn type_info() -> <__Db as $crate::__private::Database>::TypeInfo {
                <$crate::__private::Uuid as $crate::__private::Type<__Db>>::type_info()
            }

            #[inline]
            fn compatible(ty: &<__Db as $crate::__private::Database>::TypeInfo) -> $crate::__private::bool {
                <$crate::__private::Uuid as $crate::__private::Type<__Db>>::compatible(ty)
            }
        }

        $crate::__private::impl_pg_array!($ty, $crate::__private::Uuid);

        impl<'q, __Db: $crate::__private::Database> $crate::__private::Encode<'q, __Db> for $ty
        where
            $crate::__private::Uuid: $crate::__private::Encode<'q, __Db>,
        {
            #[inline]
            fn encode_by_ref(
                &self,
                buf: &mut <__Db as $crate::__private::Database>::ArgumentBuffer<'q>,
            ) -> $crate::__private::Result<$crate::__private::IsNull, $crate::__private::BoxDynError> {
                $crate::__private::Encode::<'q, __Db>::encode_by_ref(
                    &$crate::__private::EntityId::uuid(self),
                    buf,
                )
            }
        }

        impl<'r, __Db: $crate::__private::Database> $crate::__private::Decode<'r, __Db> for $ty
        where
            $crate::__private::Uuid: $crate::__private::Decode<'r, __Db>,
        {
            #[inline]
            fn decode(
                value: <__Db as $crate::__private::Database>::ValueRef<'r>,
            ) -> $crate::__private::Result<Self, $crate::__private::BoxDynError> {
                $crate::__private::decode_native::<Self, __Db>(value)
            }
        }
    };
    ($ty:ident, text) => {
        impl<__Db: $crate::__private::TextColumn> $crate::__private::Type<__Db> for $ty
        where
            $crate::__private::String: $crate::__private::Type<__Db>,
        {
            fn type_info() -> <__Db as $crate::__private::Database>::TypeInfo {
                <$crate::__private::String as $crate::__private::Type<__Db>>::type_info()
            }

            fn compatible(ty: &<__Db as $crate::__private::Database>::TypeInfo) -> $crate::__private::bool {
                <__Db as $crate::__private::TextColumn>::compatible(ty)
            }
        }

        $crate::__private::impl_pg_array!($ty, $crate::__private::String);

        impl<'q, __Db: $crate::__private::Database> $crate::__private::Encode<'q, __Db> for $ty
        where
            $crate::__private::String: $crate::__private::Encode<'q, __Db>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <__Db as $crate::__private::Database>::ArgumentBuffer<'q>,
            ) -> $crate::__private::Result<$crate::__private::IsNull, $crate::__private::BoxDynError> {
                // Owned: some drivers (SQLite) keep the argument until the query runs.
                $crate::__private::Encode::<'q, __Db>::encode(
                    <$crate::__private::String as $crate::__private::From<&$crate::__private::str>>::from(
                        &$crate::__private::EntityId::encode(self),
                    ),
                    buf,
                )
            }
        }

        impl<'r, __Db: $crate::__private::Database> $crate::__private::Decode<'r, __Db> for $ty
        where
            &'r $crate::__private::str: $crate::__private::Decode<'r, __Db>,
        {
            fn decode(
                value: <__Db as $crate::__private::Database>::ValueRef<'r>,
            ) -> $crate::__private::Result<Self, $crate::__private::BoxDynError> {
                $crate::__private::decode_text::<Self, __Db>(value)
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
