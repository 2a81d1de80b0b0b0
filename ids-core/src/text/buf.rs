//! [`IdBuf`]: an encoded ID on the stack, so formatting an ID allocates nothing.

use std::fmt;
use std::ops::Deref;

use crate::Uuid;
use crate::text::codec::{self, SUFFIX_LEN};
use crate::text::prefix::MAX_PREFIX_LEN;

/// The TypeID text of one ID, held in a fixed buffer on the stack.
///
/// Returned by [`EntityId::encode`](crate::EntityId::encode) and
/// [`AnyId::encode`](crate::AnyId::encode); it derefs to `&str`, so it can be written, compared
/// and sent without an allocation. Call `to_string()` on it (or on the ID) when you need a
/// `String`.
///
/// ```
/// use ids_core::{EntityId, Uuid};
///
/// #[derive(EntityId)]
/// #[entity_id(prefix = "user")]
/// struct UserId(Uuid);
///
/// let id = UserId::from_uuid(Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057));
/// let text = id.encode();
/// assert_eq!(&*text, "user_01h455vb4pex5vsknk084sn02q");
/// assert_eq!(text.len(), 31);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct IdBuf {
    bytes: [u8; IdBuf::CAPACITY],
    len: u8,
}

impl IdBuf {
    /// The longest TypeID: a 63-character prefix, the separator and the 26-character suffix.
    pub const CAPACITY: usize = MAX_PREFIX_LEN + 1 + SUFFIX_LEN;

    /// Encodes `uuid` under `prefix`, which the caller has checked against the prefix rules.
    #[inline]
    pub(crate) fn new(prefix: &str, uuid: Uuid) -> IdBuf {
        let mut bytes = [0; IdBuf::CAPACITY];
        let mut len = prefix.len();
        bytes[..len].copy_from_slice(prefix.as_bytes());
        if len > 0 {
            bytes[len] = b'_';
            len += 1;
        }
        let suffix: &mut [u8; SUFFIX_LEN] = (&mut bytes[len..len + SUFFIX_LEN])
            .try_into()
            .expect("a checked prefix leaves room for the suffix");
        codec::encode_into(uuid.as_u128(), suffix);
        IdBuf {
            bytes,
            len: (len + SUFFIX_LEN) as u8,
        }
    }

    /// The length of the TypeID text for `prefix`.
    pub(crate) const fn len_for(prefix: &str) -> usize {
        if prefix.is_empty() {
            SUFFIX_LEN
        } else {
            prefix.len() + 1 + SUFFIX_LEN
        }
    }

    /// The encoded text.
    pub fn as_str(&self) -> &str {
        ascii_str(&self.bytes[..usize::from(self.len)])
    }
}

/// `bytes` as a `str`; they are ASCII by construction (a checked prefix, `_` and the suffix
/// alphabet). The standard library's UTF-8 check runs a word at a time over ASCII, so this
/// costs a few instructions for an ID.
pub(crate) fn ascii_str(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => unreachable!("IDs are written in ASCII"),
    }
}

impl Deref for IdBuf {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for IdBuf {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<str> for IdBuf {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for IdBuf {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

impl fmt::Display for IdBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` honours a width or precision; without either, the plain write is shorter, and
        // `to_string` always takes this path.
        if f.width().is_none() && f.precision().is_none() {
            f.write_str(self.as_str())
        } else {
            f.pad(self.as_str())
        }
    }
}

impl fmt::Debug for IdBuf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}
