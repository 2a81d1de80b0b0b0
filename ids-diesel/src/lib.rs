#![doc = include_str!("../README.md")]

mod backend;

pub use ids_core::column::DecodeIdError;

/// Paths for generated code only; not part of the public API and may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use core::option::Option;
    pub use core::result::Result;
    pub use core::unreachable;
    pub use diesel::backend::Backend;
    pub use diesel::deserialize::{self, FromSql, Queryable};
    pub use diesel::expression::AsExpression;
    pub use diesel::internal::derives::as_expression::Bound;
    pub use diesel::serialize::{self, Output, ToSql};
    pub use diesel::sql_types::{Binary, Nullable, SingleValue, Text};
    #[cfg(feature = "postgres")]
    pub use diesel::{pg::Pg, sql_types::Uuid as PgUuid};
    pub use ids_core::__lint_free as lint_free;

    pub use crate::backend::{
        NativeBackend, TextBackend, from_native, from_text, to_native, to_text,
    };
    pub use crate::{__impl_diesel as impl_diesel, __impl_diesel_pg_uuid as impl_diesel_pg_uuid};
}

/// The Diesel impls that `#[entity_id(prefix = "…", diesel)]` asks for, called by the derive as
/// every integration's template is: `(Type, "Type", mode, Param)`, where `Param` names the
/// backend parameter (derived from the type's name, so it never is that name).
///
/// `native` makes the type an expression of `Binary` on every backend and of `Uuid` on
/// PostgreSQL; `text` of `Text`. Each comes with what `#[derive(AsExpression, FromSqlRow)]`
/// would give a column type: `AsExpression` for the type and its references, nullable or not,
/// `ToSql`, `FromSql` and `Queryable`. The impls are generic over the backend, bounded by
/// `NativeBackend` or `TextBackend`: a backend whose feature is off is one error that names the
/// feature.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_diesel {
    ($ty:ident, $name:literal, $storage:ident, $db:ident) => {
        $crate::__private::lint_free! {
            $crate::__private::impl_diesel!(@$storage $ty, $db);
        }
    };
    (@native $ty:ident, $db:ident) => {
        $crate::__private::impl_diesel!(@queryable $ty, $db);
        $crate::__private::impl_diesel!(@expression $ty, $db, $crate::__private::Binary);
        #[automatically_derived]
        impl<$db: $crate::__private::NativeBackend> $crate::__private::ToSql<$crate::__private::Binary, $db> for $ty {
            #[inline]
            fn to_sql<'b>(&'b self, out: &mut $crate::__private::Output<'b, '_, $db>) -> $crate::__private::serialize::Result {
                $crate::__private::to_native::<$db>(&self.0, out)
            }
        }
        #[automatically_derived]
        impl<$db: $crate::__private::NativeBackend> $crate::__private::FromSql<$crate::__private::Binary, $db> for $ty {
            #[inline]
            fn from_sql(value: <$db as $crate::__private::Backend>::RawValue<'_>) -> $crate::__private::deserialize::Result<Self> {
                $crate::__private::from_native::<Self, $db>($crate::__private::Option::Some(value))
            }
            #[inline]
            fn from_nullable_sql(value: $crate::__private::Option<<$db as $crate::__private::Backend>::RawValue<'_>>) -> $crate::__private::deserialize::Result<Self> {
                $crate::__private::from_native::<Self, $db>(value)
            }
        }
        $crate::__private::impl_diesel_pg_uuid!($ty, $db);
    };
    (@text $ty:ident, $db:ident) => {
        $crate::__private::impl_diesel!(@queryable $ty, $db);
        $crate::__private::impl_diesel!(@expression $ty, $db, $crate::__private::Text);
        #[automatically_derived]
        impl<$db: $crate::__private::TextBackend> $crate::__private::ToSql<$crate::__private::Text, $db> for $ty {
            #[inline]
            fn to_sql<'b>(&'b self, out: &mut $crate::__private::Output<'b, '_, $db>) -> $crate::__private::serialize::Result {
                $crate::__private::to_text::<Self, $db>(self, out)
            }
        }
        #[automatically_derived]
        impl<$db: $crate::__private::TextBackend> $crate::__private::FromSql<$crate::__private::Text, $db> for $ty {
            #[inline]
            fn from_sql(value: <$db as $crate::__private::Backend>::RawValue<'_>) -> $crate::__private::deserialize::Result<Self> {
                $crate::__private::from_text::<Self, $db>($crate::__private::Option::Some(value))
            }
            #[inline]
            fn from_nullable_sql(value: $crate::__private::Option<<$db as $crate::__private::Backend>::RawValue<'_>>) -> $crate::__private::deserialize::Result<Self> {
                $crate::__private::from_text::<Self, $db>(value)
            }
        }
    };
    // The type is malformed and the build has failed already: the native impls, with bodies
    // that never run, so that the rest of the crate type-checks.
    (@fallback $ty:ident, $db:ident) => {
        $crate::__private::impl_diesel!(@queryable $ty, $db);
        $crate::__private::impl_diesel!(@expression $ty, $db, $crate::__private::Binary);
        #[allow(unused_variables)]
        impl<$db: $crate::__private::NativeBackend> $crate::__private::ToSql<$crate::__private::Binary, $db> for $ty {
            fn to_sql<'b>(&'b self, out: &mut $crate::__private::Output<'b, '_, $db>) -> $crate::__private::serialize::Result {
                $crate::__private::unreachable!()
            }
        }
        #[allow(unused_variables)]
        impl<$db: $crate::__private::NativeBackend> $crate::__private::FromSql<$crate::__private::Binary, $db> for $ty {
            fn from_sql(value: <$db as $crate::__private::Backend>::RawValue<'_>) -> $crate::__private::deserialize::Result<Self> {
                $crate::__private::unreachable!()
            }
        }
    };
    // A row of one column of this type, for `#[derive(Queryable)]` structs and `load`.
    (@queryable $ty:ident, $db:ident) => {
        #[automatically_derived]
        impl<$db, __ST> $crate::__private::Queryable<__ST, $db> for $ty
        where
            $db: $crate::__private::Backend,
            __ST: $crate::__private::SingleValue,
            Self: $crate::__private::FromSql<__ST, $db>,
        {
            type Row = Self;

            #[inline]
            fn build(row: Self) -> $crate::__private::deserialize::Result<Self> {
                $crate::__private::Result::Ok(row)
            }
        }
    };
    // The type as a bound value of SQL type `$st`: by value and by reference, as `$st` and as
    // `Nullable<$st>`, which is what filters, inserts and `eq_any` over slices ask for.
    (@expression $ty:ident, $db:ident, $st:ty) => {
        $crate::__private::impl_diesel!(@as_expression $ty, $st, []);
        $crate::__private::impl_diesel!(@as_expression &'__expr $ty, $st, ['__expr]);
        $crate::__private::impl_diesel!(@as_expression &'__expr2 &'__expr $ty, $st, ['__expr, '__expr2]);

        #[automatically_derived]
        impl<$db> $crate::__private::ToSql<$crate::__private::Nullable<$st>, $db> for $ty
        where
            $db: $crate::__private::Backend,
            Self: $crate::__private::ToSql<$st, $db>,
        {
            #[inline]
            fn to_sql<'b>(&'b self, out: &mut $crate::__private::Output<'b, '_, $db>) -> $crate::__private::serialize::Result {
                <Self as $crate::__private::ToSql<$st, $db>>::to_sql(self, out)
            }
        }
    };
    (@as_expression $target:ty, $st:ty, [$($lt:lifetime),*]) => {
        #[automatically_derived]
        impl<$($lt),*> $crate::__private::AsExpression<$st> for $target {
            type Expression = $crate::__private::Bound<$st, Self>;

            #[inline]
            fn as_expression(self) -> Self::Expression {
                $crate::__private::Bound::new(self)
            }
        }

        #[automatically_derived]
        impl<$($lt),*> $crate::__private::AsExpression<$crate::__private::Nullable<$st>> for $target {
            type Expression = $crate::__private::Bound<$crate::__private::Nullable<$st>, Self>;

            #[inline]
            fn as_expression(self) -> Self::Expression {
                $crate::__private::Bound::new(self)
            }
        }
    };
}

/// PostgreSQL's `uuid` type for a natively stored `$ty`, when the `postgres` feature is on.
#[cfg(feature = "postgres")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_diesel_pg_uuid {
    ($ty:ident, $db:ident) => {
        $crate::__private::impl_diesel!(@expression $ty, $db, $crate::__private::PgUuid);

        #[automatically_derived]
        impl $crate::__private::ToSql<$crate::__private::PgUuid, $crate::__private::Pg> for $ty {
            #[inline]
            fn to_sql<'b>(&'b self, out: &mut $crate::__private::Output<'b, '_, $crate::__private::Pg>) -> $crate::__private::serialize::Result {
                $crate::__private::to_native::<$crate::__private::Pg>(&self.0, out)
            }
        }

        #[automatically_derived]
        impl $crate::__private::FromSql<$crate::__private::PgUuid, $crate::__private::Pg> for $ty {
            #[inline]
            fn from_sql(value: <$crate::__private::Pg as $crate::__private::Backend>::RawValue<'_>) -> $crate::__private::deserialize::Result<Self> {
                $crate::__private::from_native::<Self, $crate::__private::Pg>($crate::__private::Option::Some(value))
            }
            #[inline]
            fn from_nullable_sql(value: $crate::__private::Option<<$crate::__private::Pg as $crate::__private::Backend>::RawValue<'_>>) -> $crate::__private::deserialize::Result<Self> {
                $crate::__private::from_native::<Self, $crate::__private::Pg>(value)
            }
        }
    };
}

/// PostgreSQL's `uuid` type for a natively stored `$ty` when the `postgres` feature is on;
/// nothing otherwise.
#[cfg(not(feature = "postgres"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_diesel_pg_uuid {
    ($ty:ident, $db:ident) => {};
}
