//! serde support: the TypeID string in human-readable formats (JSON, TOML, YAML), the 16 UUID
//! bytes in binary ones (postcard, bincode, CBOR). Deserializing text checks the prefix with
//! the same message as [`EntityId::parse`]; 16 bytes carry no prefix, so a binary format trusts
//! the schema for the kind.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::{AnyId, EntityId, Uuid, parse};

/// Serializes a typed ID; every derived type's `Serialize` calls this.
pub fn serialize<T: EntityId, S: Serializer>(id: &T, serializer: S) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_str(&id.encode())
    } else {
        serializer.serialize_bytes(id.uuid().as_bytes())
    }
}

/// Deserializes a typed ID; every derived type's `Deserialize` calls this.
pub fn deserialize<'de, T: EntityId, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    deserialize_with(deserializer, T::ACCEPTS_BARE_UUID)
}

/// Deserializes a typed ID, also from a bare UUID string if `accept_bare_uuid`.
pub(crate) fn deserialize_with<'de, T: EntityId, D: Deserializer<'de>>(
    deserializer: D,
    accept_bare_uuid: bool,
) -> Result<T, D::Error> {
    let visitor = TypedVisitor {
        accept_bare_uuid,
        _type: PhantomData,
    };
    if deserializer.is_human_readable() {
        deserializer.deserialize_str(visitor)
    } else {
        deserializer.deserialize_bytes(visitor)
    }
}

struct TypedVisitor<T> {
    accept_bare_uuid: bool,
    _type: PhantomData<T>,
}

impl<'de, T: EntityId> Visitor<'de> for TypedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a {} (a TypeID with prefix {:?}",
            T::TYPE_NAME,
            T::PREFIX
        )?;
        if self.accept_bare_uuid {
            f.write_str(" or a bare UUID")?;
        }
        f.write_str(") or its 16 UUID bytes")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        parse::typed(text, T::PREFIX, T::TYPE_NAME, self.accept_bare_uuid)
            .map(T::from_uuid)
            .map_err(E::custom)
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<T, E> {
        match Uuid::from_slice(bytes) {
            Ok(uuid) => Ok(T::from_uuid(uuid)),
            Err(_) => Err(E::invalid_length(bytes.len(), &self)),
        }
    }

    // Formats that write bytes as a sequence of numbers.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let mut bytes = [0u8; 16];
        for (i, byte) in bytes.iter_mut().enumerate() {
            *byte = seq
                .next_element()?
                .ok_or_else(|| de::Error::invalid_length(i, &self))?;
        }
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(17, &self));
        }
        Ok(T::from_uuid(Uuid::from_bytes(bytes)))
    }
}

/// Always the TypeID string: 16 bytes alone would lose the prefix.
impl Serialize for AnyId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.encode())
    }
}

impl<'de> Deserialize<'de> for AnyId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<AnyId, D::Error> {
        struct AnyVisitor;

        impl Visitor<'_> for AnyVisitor {
            type Value = AnyId;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a TypeID string")
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<AnyId, E> {
                AnyId::parse(text).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(AnyVisitor)
    }
}
