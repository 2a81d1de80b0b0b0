#![doc = include_str!("../README.md")]
#![warn(missing_docs)]

/// The text form, TypeID: the suffix codec, the prefix rules, the stack buffer an ID is encoded
/// into, parsing, and the errors that explain a rejection.
mod text {
    pub(crate) mod buf;
    pub(crate) mod codec;
    pub(crate) mod error;
    pub(crate) mod parse;
    pub(crate) mod prefix;
}

/// Generation: the stamp layout (pure), the process-wide generator that holds one, its clock,
/// its random streams and the copy detection behind them, and deterministic scopes for tests.
/// Imports run one way: generator, deterministic, random and fork each use only modules listed
/// after them here, or `stamp`.
mod generate {
    pub(crate) mod clock;
    pub(crate) mod deterministic;
    pub(crate) mod fork;
    pub(crate) mod generator;
    pub(crate) mod random;
    pub(crate) mod stamp;
}

mod any;
pub mod column;
mod entity;
#[cfg(feature = "serde")]
pub mod legacy;
#[cfg(feature = "registry")]
pub mod registry;
#[cfg(any(feature = "schemars1", feature = "utoipa6"))]
mod schema;
#[cfg(feature = "serde")]
mod serde;
#[cfg(feature = "registry")]
pub mod sql;

pub use any::AnyId;
pub use entity::EntityId;
pub use generate::deterministic::Deterministic;
pub use generate::stamp::MAX_UNIX_MS;
pub use text::buf::IdBuf;
pub use text::error::{ParseIdError, ParseIdErrorKind};
pub use text::prefix::{MAX_PREFIX_LEN, is_valid_prefix};
pub use uuid::Uuid;

/// Makes every thread's random stream reseed from the operating system before its next ID.
///
/// A copy of the process made by `fork()` or the raw `fork`/`clone` system calls reseeds by
/// itself (see `GUARANTEES.md`). A copy that no kernel sees does not: a virtual machine or
/// container restored from the same snapshot more than once, a process checkpointed and
/// restored twice. Call this first thing after such a restore, from the platform's restore
/// hook, so that the copies do not share random bits. It costs one atomic store; the next ID of
/// each thread then pays for one reseed.
///
/// ```
/// # use ids_core::{EntityId, Uuid};
/// # #[derive(EntityId)]
/// # #[entity_id(prefix = "user")]
/// # struct UserId(Uuid);
/// let before = UserId::new();
/// ids_core::reseed();
/// assert!(UserId::new() > before, "order holds across a reseed");
/// ```
pub fn reseed() {
    generate::fork::invalidate();
}

/// Derives a complete ID type from `struct Name(Uuid)`; see the [crate docs](crate).
///
/// Attributes, inside `#[entity_id(...)]`:
/// - `prefix = "user"` (required): the TypeID prefix, checked at compile time.
/// - `legacy_uuid`: parsing and serde also accept a bare UUID as this type, while clients move
///   off raw UUIDs (see [`EntityId::ACCEPTS_BARE_UUID`] and [`legacy`]). Not with
///   `sqlx = "text"`, which it would make lose rows: convert such a column to native storage
///   (the repository's `MIGRATION.md`).
/// - `shared_prefix`: the type is a second type for an entity whose prefix another type owns
///   (the same users as text beside a native column). Two types with one prefix would parse
///   each other's IDs, so without this key a debug build with the `registry` feature (on by
///   default) panics on the first ID made or parsed, naming both types (see
///   `registry::check_unique_prefixes`).
/// - Integrations, each chosen per type; a crate feature only makes one available, and asking
///   for one whose feature is off is a compile error that names the feature:
///   - `serde`: `Serialize` and `Deserialize` (feature `serde`). Implied; `serde = false`
///     turns it off, for a type with impls of its own.
///   - `schemars`: `schemars::JsonSchema` (feature `schemars1`).
///   - `utoipa`: `utoipa::ToSchema` (feature `utoipa6`).
///   - `sqlx` or `sqlx = "text"`: sqlx support from the `ids-sqlx` crate, storing the ID
///     natively (a UUID column) or as its TypeID text.
/// - `crate = "path"`, `sqlx_crate = "path"`: where to find `ids_core` and `ids_sqlx` if they
///   were renamed or re-exported.
#[cfg(feature = "derive")]
pub use ids_macros::EntityId;

/// Paths for generated code only; not part of the public API and may change in any release.
#[doc(hidden)]
pub mod __private {
    pub use core::clone::Clone;
    pub use core::cmp::{Eq, Ord, Ordering, PartialEq, PartialOrd};
    pub use core::convert::{From, TryFrom};
    pub use core::fmt;
    pub use core::hash::{Hash, Hasher};
    pub use core::marker::Copy;
    pub use core::option::Option;
    pub use core::primitive::{bool, str};
    pub use core::result::Result;
    pub use core::str::FromStr;
    pub use core::{compile_error, concat, module_path, panic, unreachable};

    #[cfg(feature = "registry")]
    pub use crate::registry::{Kind, Storage};
    pub use crate::text::parse::{LiteralError, literal as parse_literal};
    pub use crate::{AnyId, EntityId, ParseIdError, Uuid};
    #[cfg(feature = "registry")]
    pub use inventory;

    #[cfg(feature = "serde")]
    pub use crate::serde::{deserialize, serialize};
    #[cfg(feature = "serde")]
    pub use serde_core as serde;

    pub use std::borrow::Cow;
    pub use std::string::String;
    pub use std::time::SystemTime;

    #[cfg(feature = "schemars1")]
    pub use crate::schema::json_schema;
    #[cfg(feature = "schemars1")]
    pub use schemars;

    #[cfg(feature = "utoipa6")]
    pub use crate::schema::openapi_schema;
    #[cfg(feature = "utoipa6")]
    pub use utoipa;

    pub use crate::__impl_entity_id as impl_entity_id;
    pub use crate::__impl_entity_id_fallback as impl_entity_id_fallback;
    pub use crate::__impl_schemars as impl_schemars;
    pub use crate::__impl_serde as impl_serde;
    pub use crate::__impl_utoipa as impl_utoipa;
    pub use crate::__lint_free as lint_free;
    pub use crate::__register as register;

    /// The TypeID text in a `String` allocated at exactly its length.
    #[inline]
    pub fn to_string<T: EntityId>(id: &T) -> String {
        String::from(id.encode().as_str())
    }

    /// `UserId(user_01h455vb4pex5vsknk084sn02q)`.
    pub fn fmt_debug<T: EntityId>(id: &T, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::TYPE_NAME)?;
        f.write_str("(")?;
        f.write_str(&id.encode())?;
        f.write_str(")")
    }
}

/// A typed ID from a literal, checked at compile time: the prefix must be the type's, the
/// suffix 26 valid characters. A mistake is a compile error that names the type and its
/// prefix; a correct literal costs nothing at run time, and works in `const` and `static`
/// items.
///
/// The type must be named (not `Self`) and derived with `#[derive(EntityId)]`, which gives it
/// the `const fn`s `id!` calls. On a type whose derive reported an error, `id!` reports none of
/// its own. A literal is always the TypeID form: `legacy_uuid` does not make
/// `id!` accept a bare UUID.
///
/// ```
/// use ids_core::{EntityId, Uuid, id};
///
/// #[derive(EntityId)]
/// #[entity_id(prefix = "user")]
/// struct UserId(Uuid);
///
/// const ROOT: UserId = id!(UserId, "user_01h455vb4pex5vsknk084sn02q");
/// assert_eq!(ROOT.to_string(), "user_01h455vb4pex5vsknk084sn02q");
/// assert_eq!(ROOT.uuid(), Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057));
/// ```
///
/// ```compile_fail
/// # use ids_core::{EntityId, Uuid, id};
/// # #[derive(EntityId)]
/// # #[entity_id(prefix = "user")]
/// # struct UserId(Uuid);
/// // Another kind's prefix: evaluating the constant fails, so the build does.
/// const ROOT: UserId = id!(UserId, "org_01h455vb4pex5vsknk084sn02q");
/// ```
#[macro_export]
macro_rules! id {
    // An inline `const` block, not a named constant: the literal may itself be a constant of
    // the caller's, under any name.
    ($ty:ty, $text:expr $(,)?) => {
        <$ty>::from_uuid(
            const {
                match <$ty>::__literal($text) {
                    $crate::__private::Result::Ok(uuid) => uuid,
                    $crate::__private::Result::Err(error) => {
                        $crate::__private::panic!("{}", error.as_str())
                    }
                }
            },
        )
    };
}

/// Everything `#[derive(EntityId)]` implements for `$ty`, a tuple struct around a `Uuid` whose
/// name, without any `r#`, is `$name`.
///
/// Expanded in the user's module, which may be `#![no_implicit_prelude]` and may declare its own
/// `Result`, `Option`, `Uuid`, `core`, `std`, `str` or `bool`: every path, primitive types
/// included, goes through `$crate`. The only names it introduces are generic parameters inside
/// methods, which never meet `$ty`. The trait impls sit in one anonymous constant, like serde's
/// expansions; the inherent impl beside it. Both allow the lints a user may turn on: none of
/// it is code the user wrote.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_entity_id {
    (
        $ty:ident,
        $name:literal,
        $prefix:literal,
        legacy_uuid: $legacy:literal,
        shared_prefix: $shared:literal,
        stand_in: $stand_in:literal,
        storage: $storage:ident
    ) => {
        // Outside the anonymous constant, so that the compiler's suggestions name the methods
        // as `UserId::new`, not `_::<impl UserId>::new`.
        #[allow(
            deprecated,
            clippy::all,
            clippy::pedantic,
            clippy::nursery,
            clippy::restriction
        )]
        impl $ty {
            #[doc = $crate::__private::concat!("The TypeID prefix of every `", $name, "`.")]
            pub const PREFIX: &'static $crate::__private::str = $prefix;

            /// A new ID from the shared generator: a UUIDv7, greater than every ID the
            /// generator made before it in this process.
            #[inline]
            #[must_use]
            pub fn new() -> Self {
                <Self as $crate::__private::EntityId>::new()
            }

            /// Wraps a UUID as this kind of ID, such as one read from an older column.
            #[inline]
            #[must_use]
            pub const fn from_uuid(uuid: $crate::__private::Uuid) -> Self {
                Self(uuid)
            }

            /// The UUID inside.
            #[inline]
            #[must_use]
            pub const fn uuid(&self) -> $crate::__private::Uuid {
                self.0
            }

            /// Parses the TypeID text form, checking the prefix.
            #[inline]
            pub fn parse(
                input: &$crate::__private::str,
            ) -> $crate::__private::Result<Self, $crate::__private::ParseIdError> {
                <Self as $crate::__private::EntityId>::parse(input)
            }

            /// The smallest ID whose timestamp is the millisecond of `time`: the lower bound
            /// of a time window (see `EntityId::min_at`).
            #[inline]
            #[must_use]
            pub fn min_at(time: $crate::__private::SystemTime) -> Self {
                <Self as $crate::__private::EntityId>::min_at(time)
            }

            /// The largest ID whose timestamp is the millisecond of `time` (see
            /// `EntityId::max_at`).
            #[inline]
            #[must_use]
            pub fn max_at(time: $crate::__private::SystemTime) -> Self {
                <Self as $crate::__private::EntityId>::max_at(time)
            }

            /// The TypeID text in a `String` of exactly its length: the same text as
            /// `Display` writes, without the formatting machinery.
            #[inline]
            #[must_use]
            pub fn to_string(&self) -> $crate::__private::String {
                $crate::__private::to_string(self)
            }

            // `id!`'s check of a literal. Behind a prefix that failed the derive's check (a
            // stand-in), every literal passes: the derive's error is the one to fix.
            #[doc(hidden)]
            pub const fn __literal(
                text: &$crate::__private::str,
            ) -> $crate::__private::Result<$crate::__private::Uuid, $crate::__private::LiteralError>
            {
                if $stand_in {
                    return $crate::__private::Result::Ok($crate::__private::Uuid::nil());
                }
                $crate::__private::parse_literal(text, $prefix, $name)
            }
        }

        $crate::__private::lint_free! {
            $crate::__private::register!($name, $prefix, shared_prefix: $shared, storage: $storage);

            #[automatically_derived]
            impl $crate::__private::EntityId for $ty {
                const PREFIX: &'static $crate::__private::str = $prefix;
                const ACCEPTS_BARE_UUID: $crate::__private::bool = $legacy;
                const TYPE_NAME: &'static $crate::__private::str = $name;

                #[inline]
                fn from_uuid(uuid: $crate::__private::Uuid) -> Self {
                    Self(uuid)
                }

                #[inline]
                fn uuid(&self) -> $crate::__private::Uuid {
                    self.0
                }
            }

            #[automatically_derived]
            impl $crate::__private::Clone for $ty {
                #[inline]
                fn clone(&self) -> Self {
                    *self
                }
            }

            #[automatically_derived]
            impl $crate::__private::Copy for $ty {}

            #[automatically_derived]
            impl $crate::__private::PartialEq for $ty {
                #[inline]
                fn eq(&self, other: &Self) -> $crate::__private::bool {
                    self.0 == other.0
                }
            }

            #[automatically_derived]
            impl $crate::__private::Eq for $ty {}

            #[automatically_derived]
            impl $crate::__private::PartialOrd for $ty {
                #[inline]
                fn partial_cmp(
                    &self,
                    other: &Self,
                ) -> $crate::__private::Option<$crate::__private::Ordering> {
                    $crate::__private::Option::Some($crate::__private::Ord::cmp(self, other))
                }
            }

            #[automatically_derived]
            impl $crate::__private::Ord for $ty {
                #[inline]
                fn cmp(&self, other: &Self) -> $crate::__private::Ordering {
                    $crate::__private::Ord::cmp(&self.0, &other.0)
                }
            }

            #[automatically_derived]
            impl $crate::__private::Hash for $ty {
                #[inline]
                fn hash<H: $crate::__private::Hasher>(&self, state: &mut H) {
                    $crate::__private::Hash::hash(&self.0, state)
                }
            }

            #[automatically_derived]
            impl $crate::__private::fmt::Debug for $ty {
                fn fmt(
                    &self,
                    f: &mut $crate::__private::fmt::Formatter<'_>,
                ) -> $crate::__private::fmt::Result {
                    $crate::__private::fmt_debug(self, f)
                }
            }

            #[automatically_derived]
            impl $crate::__private::fmt::Display for $ty {
                fn fmt(
                    &self,
                    f: &mut $crate::__private::fmt::Formatter<'_>,
                ) -> $crate::__private::fmt::Result {
                    $crate::__private::fmt::Display::fmt(
                        &$crate::__private::EntityId::encode(self),
                        f,
                    )
                }
            }

            #[automatically_derived]
            impl $crate::__private::FromStr for $ty {
                type Err = $crate::__private::ParseIdError;

                #[inline]
                fn from_str(
                    input: &$crate::__private::str,
                ) -> $crate::__private::Result<Self, Self::Err> {
                    <Self as $crate::__private::EntityId>::parse(input)
                }
            }

            #[automatically_derived]
            impl<'a> $crate::__private::TryFrom<&'a $crate::__private::str> for $ty {
                type Error = $crate::__private::ParseIdError;

                #[inline]
                fn try_from(
                    input: &'a $crate::__private::str,
                ) -> $crate::__private::Result<Self, Self::Error> {
                    <Self as $crate::__private::EntityId>::parse(input)
                }
            }

            #[automatically_derived]
            impl $crate::__private::TryFrom<$crate::__private::AnyId> for $ty {
                type Error = $crate::__private::ParseIdError;

                #[inline]
                fn try_from(
                    id: $crate::__private::AnyId,
                ) -> $crate::__private::Result<Self, Self::Error> {
                    id.to_typed()
                }
            }

            #[automatically_derived]
            impl $crate::__private::From<$ty> for $crate::__private::Uuid {
                #[inline]
                fn from(id: $ty) -> Self {
                    id.0
                }
            }
        }
    };
}

/// Registers a derived type in the `registry`, with the `registry` feature; without it,
/// nothing. The feature is read where this macro is defined, in ids-core, so one crate that
/// turns it on registers the types of every crate in the build.
#[cfg(feature = "registry")]
#[doc(hidden)]
#[macro_export]
macro_rules! __register {
    ($name:literal, $prefix:literal, shared_prefix: $shared:literal, storage: $storage:ident) => {
        $crate::__private::inventory::submit! {
            $crate::__private::Kind {
                prefix: $prefix,
                type_name: $name,
                module_path: $crate::__private::module_path!(),
                shared_prefix: $shared,
                storage: $crate::__private::Storage::$storage,
            }
        }
    };
}

/// Without the `registry` feature there is no registry to fill.
#[cfg(not(feature = "registry"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __register {
    ($($tokens:tt)*) => {};
}

/// Stands in for `__impl_entity_id!` when the derive's input has the wrong shape (an enum, named
/// fields, a field that is not a `Uuid`): the inherent items and the traits that do not touch
/// the field, with bodies that never run because the build has already failed. The user sees
/// the one real error instead of one per use of the type (in a `HashSet`, sorted, printed).
/// Each integration the type asked for stands in the same way: its template is called with the
/// mode `fallback`. `Copy`, and so `EntityId`, cannot stand in: a field that is not `Copy` would
/// make that impl an error of its own.
///
/// `$errors` are the derive's `compile_error!`s, reported from the length of the array that
/// `from_uuid` returns. That makes its return type an error, which the compiler stays silent
/// about wherever it flows: `id!` in a `const` item is never evaluated (no value of a type of
/// unknown shape could be made there), and no mismatch is reported.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_entity_id_fallback {
    ($ty:ident, errors: { $($errors:tt)* }) => {
        #[allow(unreachable_code, unused_variables)]
        impl $ty {
            #[doc(hidden)]
            pub const PREFIX: &'static $crate::__private::str = "";
            #[doc(hidden)]
            pub fn new() -> Self {
                $crate::__private::unreachable!()
            }
            #[doc(hidden)]
            pub const fn from_uuid(uuid: $crate::__private::Uuid) -> [Self; { $($errors)* }] {
                $crate::__private::unreachable!()
            }
            #[doc(hidden)]
            pub const fn __literal(
                text: &$crate::__private::str,
            ) -> $crate::__private::Result<$crate::__private::Uuid, $crate::__private::LiteralError>
            {
                $crate::__private::Result::Ok($crate::__private::Uuid::nil())
            }
            #[doc(hidden)]
            pub fn uuid(&self) -> $crate::__private::Uuid {
                $crate::__private::unreachable!()
            }
            #[doc(hidden)]
            pub fn parse(
                input: &$crate::__private::str,
            ) -> $crate::__private::Result<Self, $crate::__private::ParseIdError> {
                $crate::__private::unreachable!()
            }
        }

        impl $crate::__private::Clone for $ty {
            fn clone(&self) -> Self {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl $crate::__private::PartialEq for $ty {
            fn eq(&self, other: &Self) -> $crate::__private::bool {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl $crate::__private::fmt::Debug for $ty {
            fn fmt(
                &self,
                f: &mut $crate::__private::fmt::Formatter<'_>,
            ) -> $crate::__private::fmt::Result {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl $crate::__private::fmt::Display for $ty {
            fn fmt(
                &self,
                f: &mut $crate::__private::fmt::Formatter<'_>,
            ) -> $crate::__private::fmt::Result {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl $crate::__private::FromStr for $ty {
            type Err = $crate::__private::ParseIdError;

            fn from_str(
                input: &$crate::__private::str,
            ) -> $crate::__private::Result<Self, Self::Err> {
                $crate::__private::unreachable!()
            }
        }

        impl $crate::__private::Eq for $ty {}

        #[allow(unused_variables)]
        impl $crate::__private::PartialOrd for $ty {
            fn partial_cmp(
                &self,
                other: &Self,
            ) -> $crate::__private::Option<$crate::__private::Ordering> {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl $crate::__private::Ord for $ty {
            fn cmp(&self, other: &Self) -> $crate::__private::Ordering {
                $crate::__private::unreachable!()
            }
        }

        #[allow(unused_variables)]
        impl $crate::__private::Hash for $ty {
            fn hash<H: $crate::__private::Hasher>(&self, state: &mut H) {
                $crate::__private::unreachable!()
            }
        }
    };
}

/// Wraps generated impls in one anonymous constant, as serde's expansions are, with every lint a
/// user may turn on allowed: none of it is code the user wrote. Every template of every crate
/// that holds one (ids-sqlx, ids-diesel) wraps its impls with this one list.
#[doc(hidden)]
#[macro_export]
macro_rules! __lint_free {
    ($($item:item)*) => {
        #[doc(hidden)]
        #[allow(
            deprecated,
            non_camel_case_types,
            non_local_definitions,
            unused_qualifications,
            unused_results,
            clippy::all,
            clippy::pedantic,
            clippy::nursery,
            clippy::restriction,
            clippy::cargo
        )]
        const _: () = {
            $($item)*
        };
    };
}

// The integrations `#[derive(EntityId)]` dispatches to by key, one template each, all called as
// `template!(Type, "Type", mode, Param)`, the same in every crate that holds one (the mode and
// the parameter name serve database integrations). A template whose feature is off is one
// compile error that names the key and the feature, and implements nothing.

/// `Serialize` and `Deserialize` for `$ty`: the `serde` key, implied unless `serde = false`.
#[cfg(feature = "serde")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident, $name:literal, fallback, $param:ident) => {
        #[allow(unused_variables)]
        const _: () = {
            impl $crate::__private::serde::Serialize for $ty {
                fn serialize<S: $crate::__private::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> $crate::__private::Result<S::Ok, S::Error> {
                    $crate::__private::unreachable!()
                }
            }

            impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
                fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> $crate::__private::Result<Self, D::Error> {
                    $crate::__private::unreachable!()
                }
            }
        };
    };
    ($ty:ident, $name:literal, $mode:ident, $param:ident) => {
        $crate::__private::lint_free! {
            #[automatically_derived]
            impl $crate::__private::serde::Serialize for $ty {
                fn serialize<S: $crate::__private::serde::Serializer>(
                    &self,
                    serializer: S,
                ) -> $crate::__private::Result<S::Ok, S::Error> {
                    $crate::__private::serialize(self, serializer)
                }
            }

            #[automatically_derived]
            impl<'de> $crate::__private::serde::Deserialize<'de> for $ty {
                fn deserialize<D: $crate::__private::serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> $crate::__private::Result<Self, D::Error> {
                    $crate::__private::deserialize(deserializer)
                }
            }
        }
    };
}

/// Without the `serde` feature: the error that says how to get it or turn it off.
#[cfg(not(feature = "serde"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_serde {
    ($ty:ident, $name:literal, $mode:ident, $param:ident) => {
        $crate::__private::compile_error!($crate::__private::concat!(
            "#[derive(EntityId)] implements serde for ",
            $name,
            " unless #[entity_id(serde = false)], and ids-core is built without its `serde` \
             feature: enable it (ids-core = { features = [\"serde\"] }) or write `serde = false`"
        ));
    };
}

/// `JsonSchema` for `$ty`: the `schemars` key.
#[cfg(feature = "schemars1")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($ty:ident, $name:literal, fallback, $param:ident) => {
        impl $crate::__private::schemars::JsonSchema for $ty {
            fn schema_name() -> $crate::__private::Cow<'static, $crate::__private::str> {
                $crate::__private::unreachable!()
            }

            fn json_schema(
                _: &mut $crate::__private::schemars::SchemaGenerator,
            ) -> $crate::__private::schemars::Schema {
                $crate::__private::unreachable!()
            }
        }
    };
    ($ty:ident, $name:literal, $mode:ident, $param:ident) => {
        $crate::__private::lint_free! {
            #[automatically_derived]
            impl $crate::__private::schemars::JsonSchema for $ty {
                fn schema_name() -> $crate::__private::Cow<'static, $crate::__private::str> {
                    $crate::__private::Cow::Borrowed($name)
                }

                fn json_schema(
                    _: &mut $crate::__private::schemars::SchemaGenerator,
                ) -> $crate::__private::schemars::Schema {
                    $crate::__private::json_schema::<Self>()
                }
            }
        }
    };
}

/// Without the `schemars1` feature: the error that names it.
#[cfg(not(feature = "schemars1"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_schemars {
    ($ty:ident, $name:literal, $mode:ident, $param:ident) => {
        $crate::__private::compile_error!($crate::__private::concat!(
            "`schemars` in #[entity_id(...)] of ",
            $name,
            " needs the `schemars1` feature of ids-core (schemars 1.x): \
             ids-core = { features = [\"schemars1\"] }"
        ));
    };
}

/// `ToSchema` for `$ty`: the `utoipa` key.
#[cfg(feature = "utoipa6")]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($ty:ident, $name:literal, fallback, $param:ident) => {
        impl $crate::__private::utoipa::PartialSchema for $ty {
            fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                $crate::__private::utoipa::openapi::schema::Schema,
            > {
                $crate::__private::unreachable!()
            }
        }

        impl $crate::__private::utoipa::ToSchema for $ty {}
    };
    ($ty:ident, $name:literal, $mode:ident, $param:ident) => {
        $crate::__private::lint_free! {
            #[automatically_derived]
            impl $crate::__private::utoipa::PartialSchema for $ty {
                fn schema() -> $crate::__private::utoipa::openapi::RefOr<
                    $crate::__private::utoipa::openapi::schema::Schema,
                > {
                    $crate::__private::openapi_schema::<Self>()
                }
            }

            #[automatically_derived]
            impl $crate::__private::utoipa::ToSchema for $ty {
                fn name() -> $crate::__private::Cow<'static, $crate::__private::str> {
                    $crate::__private::Cow::Borrowed($name)
                }
            }
        }
    };
}

/// Without the `utoipa6` feature: the error that names it.
#[cfg(not(feature = "utoipa6"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_utoipa {
    ($ty:ident, $name:literal, $mode:ident, $param:ident) => {
        $crate::__private::compile_error!($crate::__private::concat!(
            "`utoipa` in #[entity_id(...)] of ",
            $name,
            " needs the `utoipa6` feature of ids-core (utoipa 6.x): \
             ids-core = { features = [\"utoipa6\"] }"
        ));
    };
}
