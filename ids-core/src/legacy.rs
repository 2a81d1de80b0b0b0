//! serde adapters for moving JSON from raw UUIDs to TypeIDs one consumer at a time, with
//! `#[serde(with = "…")]` on a typed ID field.
//!
//! - [`as_uuid`] keeps writing the bare UUID (`"01890a5d-ac96-774b-bcce-b302099a8057"`) for
//!   consumers that still expect it, and reads either form.
//! - [`accept_uuid`] writes the TypeID (`"user_01h455vb4pex5vsknk084sn02q"`) and reads either
//!   form: the step once every consumer reads TypeIDs, while some producers still send UUIDs.
//!
//! Both still reject an ID of another kind: `"org_01h…"` is not a `UserId` in any form. Each has
//! an `option` submodule for `Option<Id>` fields. In binary formats `as_uuid` writes the bare 16
//! UUID bytes, which a raw `Uuid` field reads, and `accept_uuid` the type's own binary form.
//!
//! ```
//! use ids_core::{EntityId, Uuid};
//! use serde::{Deserialize, Serialize};
//!
//! #[derive(EntityId)]
//! #[entity_id(prefix = "user")]
//! struct UserId(Uuid);
//!
//! #[derive(Serialize, Deserialize)]
//! struct OldEvent {
//!     #[serde(with = "ids_core::legacy::as_uuid")]
//!     user: UserId,
//! }
//!
//! #[derive(Serialize, Deserialize)]
//! struct NewEvent {
//!     #[serde(with = "ids_core::legacy::accept_uuid")]
//!     user: UserId,
//!     #[serde(with = "ids_core::legacy::accept_uuid::option", default)]
//!     invited_by: Option<UserId>,
//! }
//!
//! let old: OldEvent = serde_json::from_str(r#"{"user":"user_01h455vb4pex5vsknk084sn02q"}"#)?;
//! assert_eq!(serde_json::to_string(&old)?, r#"{"user":"01890a5d-ac96-774b-bcce-b302099a8057"}"#);
//!
//! let new: NewEvent = serde_json::from_str(r#"{"user":"01890a5d-ac96-774b-bcce-b302099a8057"}"#)?;
//! assert_eq!(
//!     serde_json::to_string(&new)?,
//!     r#"{"user":"user_01h455vb4pex5vsknk084sn02q","invited_by":null}"#
//! );
//!
//! assert!(serde_json::from_str::<NewEvent>(r#"{"user":"org_01h455vb4pex5vsknk084sn02q"}"#).is_err());
//! # Ok::<(), serde_json::Error>(())
//! ```

use serde_core::{Deserialize, Deserializer, Serialize, Serializer};

use crate::EntityId;

/// Writes the bare, hyphenated UUID; reads a bare UUID or this type's TypeID.
pub mod as_uuid {
    use super::*;

    /// Writes `id` as a bare UUID in human-readable formats, 16 bytes in binary ones.
    pub fn serialize<T: EntityId, S: Serializer>(id: &T, serializer: S) -> Result<S::Ok, S::Error> {
        if serializer.is_human_readable() {
            serializer.collect_str(&id.uuid().hyphenated())
        } else {
            serializer.serialize_bytes(id.uuid().as_bytes())
        }
    }

    /// Reads a bare UUID (hyphenated or simple, any case) or this type's TypeID.
    pub fn deserialize<'de, T: EntityId, D: Deserializer<'de>>(
        deserializer: D,
    ) -> Result<T, D::Error> {
        crate::serde::deserialize_with(deserializer, true)
    }

    /// The same for `Option<Id>`; `None` is `null`.
    pub mod option {
        use super::super::*;

        /// Writes `Some(id)` as a bare UUID, `None` as `null`.
        pub fn serialize<T: EntityId, S: Serializer>(
            id: &Option<T>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            id.as_ref().map(Raw).serialize(serializer)
        }

        /// Reads `null`, a bare UUID or this type's TypeID.
        pub fn deserialize<'de, T: EntityId, D: Deserializer<'de>>(
            deserializer: D,
        ) -> Result<Option<T>, D::Error> {
            Ok(Option::<Lenient<T>>::deserialize(deserializer)?.map(|id| id.0))
        }
    }
}

/// Writes the TypeID; reads this type's TypeID or a bare UUID.
pub mod accept_uuid {
    use super::*;

    /// Writes `id` as its TypeID, like the type's own `Serialize`.
    pub fn serialize<T: EntityId, S: Serializer>(id: &T, serializer: S) -> Result<S::Ok, S::Error> {
        crate::serde::serialize(id, serializer)
    }

    /// Reads this type's TypeID or a bare UUID: the same reading as [`super::as_uuid`].
    pub use super::as_uuid::deserialize;

    /// The same for `Option<Id>`; `None` is `null`.
    pub mod option {
        use super::super::*;

        /// Writes `Some(id)` as its TypeID, `None` as `null`.
        pub fn serialize<T: EntityId, S: Serializer>(
            id: &Option<T>,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            id.as_ref().map(Canonical).serialize(serializer)
        }

        /// Reads `null`, this type's TypeID or a bare UUID.
        pub use super::super::as_uuid::option::deserialize;
    }
}

/// An ID that serializes as a bare UUID.
struct Raw<'a, T>(&'a T);

impl<T: EntityId> Serialize for Raw<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        as_uuid::serialize(self.0, serializer)
    }
}

/// An ID that serializes as its TypeID.
struct Canonical<'a, T>(&'a T);

impl<T: EntityId> Serialize for Canonical<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        crate::serde::serialize(self.0, serializer)
    }
}

/// An ID that deserializes from either form.
struct Lenient<T>(T);

impl<'de, T: EntityId> Deserialize<'de> for Lenient<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::serde::deserialize_with(deserializer, true).map(Lenient)
    }
}
