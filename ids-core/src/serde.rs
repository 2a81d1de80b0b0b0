//! serde support: the TypeID string in human-readable formats (JSON, TOML, YAML), the 16 UUID
//! bytes in binary ones (postcard, bincode, CBOR). Deserializing text checks the prefix with
//! the same message as [`EntityId::parse`]; 16 bytes carry no prefix, so a binary format trusts
//! the schema for the kind.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::ser::Serializer;
use serde::{Deserialize, Serialize};

use crate::{AnyId, EntityId, Uuid};

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
    if deserializer.is_human_readable() {
        deserializer.deserialize_str(TypedVisitor(PhantomData))
    } else {
        deserializer.deserialize_bytes(TypedVisitor(PhantomData))
    }
}

struct TypedVisitor<T>(PhantomData<T>);

impl<'de, T: EntityId> Visitor<'de> for TypedVisitor<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a {} (a TypeID with prefix {:?}) or its 16 UUID bytes",
            T::TYPE_NAME,
            T::PREFIX
        )
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        T::parse(text).map_err(E::custom)
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
