//! serde support. Every form an ID is written in names its kind, so no way of reading it back
//! (a field, an `#[serde(untagged)]` enum, a flattened struct) can take one kind for another.
//!
//! - Human-readable formats (JSON, TOML, YAML): the TypeID string.
//! - Binary formats (postcard, bincode, MessagePack, CBOR): bytes, the 16 of the UUID followed
//!   by the prefix's ASCII (`user` makes 20 bytes), which is 11 bytes shorter than the text and
//!   needs no encoding.
//!
//! Reading accepts, in any format, the TypeID string (prefix checked) and the form above. A
//! binary format's own field may also hold the bare 16 UUID bytes, as another system may write
//! them: there the schema says which kind the field is. Inside an untagged enum or a flattened
//! struct it does not (serde tries each candidate type in turn on buffered content, which also
//! reports itself as human-readable), so there bare bytes are an error, not a guess.

use std::fmt;
use std::marker::PhantomData;

use serde_core::de::{self, Deserializer, SeqAccess, Visitor};
use serde_core::ser::Serializer;
use serde_core::{Deserialize, Serialize};

use crate::text::parse;
use crate::text::prefix::MAX_PREFIX_LEN;
use crate::{AnyId, EntityId, Uuid};

/// The longest binary form: the UUID and the longest prefix.
const MAX_BINARY_LEN: usize = 16 + MAX_PREFIX_LEN;

/// Serializes a typed ID; every derived type's `Serialize` calls this.
pub fn serialize<T: EntityId, S: Serializer>(id: &T, serializer: S) -> Result<S::Ok, S::Error> {
    if serializer.is_human_readable() {
        serializer.serialize_str(&id.encode())
    } else {
        let mut bytes = [0; MAX_BINARY_LEN];
        bytes[..16].copy_from_slice(id.uuid().as_bytes());
        bytes[16..16 + T::PREFIX.len()].copy_from_slice(T::PREFIX.as_bytes());
        serializer.serialize_bytes(&bytes[..16 + T::PREFIX.len()])
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
    let binary = !deserializer.is_human_readable();
    let visitor = TypedVisitor {
        accept_bare_uuid,
        accept_bare_bytes: binary,
        _type: PhantomData,
    };
    if !binary {
        deserializer.deserialize_str(visitor)
    } else if strict_bytes::<D>() {
        deserializer.deserialize_any(visitor)
    } else {
        deserializer.deserialize_bytes(visitor)
    }
}

/// Whether `D` is a CBOR deserializer, whose `deserialize_bytes` refuses a text string before
/// the visitor sees it. CBOR describes itself, so `deserialize_any` reads both forms there;
/// other binary formats (postcard, bincode) may not describe themselves and are asked for bytes,
/// which they hand over as the visitor accepts them (MessagePack's text included). serde gives
/// no way to ask a deserializer this, so the type's path is the test.
fn strict_bytes<'de, D: Deserializer<'de>>() -> bool {
    let name = std::any::type_name::<D>();
    name.contains("ciborium::") || name.contains("serde_cbor::")
}

struct TypedVisitor<T> {
    accept_bare_uuid: bool,
    /// Whether 16 bytes alone are this type: only in a format's own field, where the schema
    /// fixes the type.
    accept_bare_bytes: bool,
    _type: PhantomData<T>,
}

impl<T: EntityId> TypedVisitor<T> {
    fn read_bytes<E: de::Error>(&self, bytes: &[u8]) -> Result<T, E> {
        if let Some((uuid, prefix)) = bytes.split_first_chunk::<16>() {
            if prefix == T::PREFIX.as_bytes() {
                return Ok(T::from_uuid(Uuid::from_bytes(*uuid)));
            }
            if prefix.is_empty() && self.accept_bare_bytes {
                return Ok(T::from_uuid(Uuid::from_bytes(*uuid)));
            }
            if prefix.is_empty() {
                return Err(E::custom(format_args!(
                    "invalid {}: 16 bare UUID bytes where the kind cannot be told from the \
                     schema (an untagged enum or a flattened struct); write the ID with its \
                     own Serialize, which adds the prefix {:?}",
                    T::TYPE_NAME,
                    T::PREFIX
                )));
            }
            if crate::text::prefix::check(prefix).is_ok() {
                return Err(E::custom(format_args!(
                    "invalid {}: the bytes of an ID with prefix {:?}, expected prefix {:?}",
                    T::TYPE_NAME,
                    String::from_utf8_lossy(prefix),
                    T::PREFIX
                )));
            }
        }
        // Text handed over as bytes.
        match std::str::from_utf8(bytes) {
            Ok(text) => self.read_str(text),
            Err(_) => Err(E::invalid_length(bytes.len(), self)),
        }
    }

    fn read_str<E: de::Error>(&self, text: &str) -> Result<T, E> {
        parse::typed(text, T::PREFIX, T::TYPE_NAME, self.accept_bare_uuid)
            .map(T::from_uuid)
            .map_err(E::custom)
    }
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
        f.write_str(") or its UUID bytes followed by the prefix")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
        self.read_str(text)
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<T, E> {
        self.read_bytes(bytes)
    }

    // Formats that write bytes as a sequence of numbers.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<T, A::Error> {
        let mut bytes = [0u8; MAX_BINARY_LEN];
        let mut len = 0;
        while let Some(byte) = seq.next_element()? {
            if len == MAX_BINARY_LEN {
                return Err(de::Error::invalid_length(len + 1, &self));
            }
            bytes[len] = byte;
            len += 1;
        }
        self.read_bytes(&bytes[..len])
    }
}

/// Always the TypeID string: the one form every format and every TypeID library reads.
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
