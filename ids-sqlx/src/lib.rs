#![doc = include_str!("../README.md")]

mod column;
mod decode;

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

    pub use crate::column::{NativeColumn, TextColumn};
    pub use crate::decode::{decode_native, decode_text};

    /// Whether native storage takes a column of type `ty`: a UUID column, and a text column,
    /// which decoding then refuses with a message that says which storage would read it.
    #[inline]
    pub fn native_compatible<DB: NativeColumn>(ty: &DB::TypeInfo) -> bool {
        DB::holds_uuid(ty) || DB::holds_text(ty)
    }
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
    ($ty:ident, $storage:ident, $db:ident) => {
        #[doc(hidden)]
        #[allow(
            deprecated,
            non_camel_case_types,
            non_local_definitions,
            clippy::all,
            clippy::pedantic,
            clippy::nursery,
            clippy::restriction
        )]
        const _: () = {
            $crate::__private::impl_sqlx!(@$storage $ty, $db);
        };
    };
    (@native $ty:ident, $db:ident) => {
        #[automatically_derived]
        impl<$db: $crate::__private::NativeColumn> $crate::__private::Type<$db> for $ty
        where
            $crate::__private::Uuid: $crate::__private::Type<$db>,
        {
            #[inline]
            fn type_info() -> <$db as $crate::__private::Database>::TypeInfo {
                <$crate::__private::Uuid as $crate::__private::Type<$db>>::type_info()
            }

            #[inline]
            fn compatible(ty: &<$db as $crate::__private::Database>::TypeInfo) -> $crate::__private::bool {
                $crate::__private::native_compatible::<$db>(ty)
            }
        }

        $crate::__private::impl_pg_array!($ty, $crate::__private::Uuid);

        #[automatically_derived]
        impl<'q, $db: $crate::__private::Database> $crate::__private::Encode<'q, $db> for $ty
        where
            $crate::__private::Uuid: $crate::__private::Encode<'q, $db>,
        {
            #[inline]
            fn encode_by_ref(
                &self,
                buf: &mut <$db as $crate::__private::Database>::ArgumentBuffer<'q>,
            ) -> $crate::__private::Result<$crate::__private::IsNull, $crate::__private::BoxDynError> {
                $crate::__private::Encode::<'q, $db>::encode_by_ref(
                    &$crate::__private::EntityId::uuid(self),
                    buf,
                )
            }
        }

        #[automatically_derived]
        impl<'r, $db: $crate::__private::NativeColumn> $crate::__private::Decode<'r, $db> for $ty {
            #[inline]
            fn decode(
                value: <$db as $crate::__private::Database>::ValueRef<'r>,
            ) -> $crate::__private::Result<Self, $crate::__private::BoxDynError> {
                $crate::__private::decode_native::<Self, $db>(value)
            }
        }
    };
    (@text $ty:ident, $db:ident) => {
        #[automatically_derived]
        impl<$db: $crate::__private::TextColumn> $crate::__private::Type<$db> for $ty
        where
            $crate::__private::String: $crate::__private::Type<$db>,
        {
            fn type_info() -> <$db as $crate::__private::Database>::TypeInfo {
                <$crate::__private::String as $crate::__private::Type<$db>>::type_info()
            }

            fn compatible(ty: &<$db as $crate::__private::Database>::TypeInfo) -> $crate::__private::bool {
                <$db as $crate::__private::TextColumn>::reads_text(ty)
            }
        }

        $crate::__private::impl_pg_array!($ty, $crate::__private::String);

        #[automatically_derived]
        impl<'q, $db: $crate::__private::Database> $crate::__private::Encode<'q, $db> for $ty
        where
            $crate::__private::String: $crate::__private::Encode<'q, $db>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <$db as $crate::__private::Database>::ArgumentBuffer<'q>,
            ) -> $crate::__private::Result<$crate::__private::IsNull, $crate::__private::BoxDynError> {
                // Owned: some drivers (SQLite) keep the argument until the query runs.
                $crate::__private::Encode::<'q, $db>::encode(
                    <$crate::__private::String as $crate::__private::From<&$crate::__private::str>>::from(
                        &$crate::__private::EntityId::encode(self),
                    ),
                    buf,
                )
            }
        }

        #[automatically_derived]
        impl<'r, $db: $crate::__private::TextColumn> $crate::__private::Decode<'r, $db> for $ty {
            fn decode(
                value: <$db as $crate::__private::Database>::ValueRef<'r>,
            ) -> $crate::__private::Result<Self, $crate::__private::BoxDynError> {
                $crate::__private::decode_text::<Self, $db>(value)
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
