//! [`AnyId`]: a TypeID whose prefix is known only at run time.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;
use std::time::SystemTime;

use crate::generate::generator;
use crate::text::error::{ParseIdError, Reason};
use crate::text::parse;
use crate::text::prefix::{self, MAX_PREFIX_LEN};
use crate::{EntityId, IdBuf, Uuid};

/// An ID of any kind: a valid TypeID prefix and a UUID, for tooling, logs and interop where the
/// kind is known only at run time. Fixed size and `Copy`: the prefix is stored inline.
///
/// Convert from a typed ID with `From`, and back with `TryFrom`, which checks the prefix:
///
/// ```
/// use ids_core::{AnyId, EntityId, Uuid};
///
/// #[derive(EntityId)]
/// #[entity_id(prefix = "user")]
/// struct UserId(Uuid);
///
/// #[derive(EntityId)]
/// #[entity_id(prefix = "org")]
/// struct OrgId(Uuid);
///
/// let any = AnyId::parse("user_01h455vb4pex5vsknk084sn02q")?;
/// assert_eq!(any.prefix(), "user");
/// assert_eq!(any.uuid().to_string(), "01890a5d-ac96-774b-bcce-b302099a8057");
///
/// let user = UserId::try_from(any)?;
/// assert_eq!(AnyId::from(user), any);
///
/// let err = OrgId::try_from(any).unwrap_err();
/// assert_eq!(err.to_string(), r#"invalid OrgId "user_01h455vb4pex5vsknk084sn02q": expected prefix "org", found "user""#);
/// # Ok::<(), ids_core::ParseIdError>(())
/// ```
#[derive(Clone, Copy)]
pub struct AnyId {
    prefix: [u8; MAX_PREFIX_LEN],
    prefix_len: u8,
    uuid: Uuid,
}

impl AnyId {
    /// An ID with `prefix` and `uuid`; fails if `prefix` breaks the TypeID rules.
    ///
    /// ```
    /// use ids_core::{AnyId, ParseIdErrorKind, Uuid};
    ///
    /// let id = AnyId::new("audit_record", Uuid::nil())?;
    /// assert_eq!(id.to_string(), "audit_record_00000000000000000000000000");
    ///
    /// let err = AnyId::new("Audit", Uuid::nil()).unwrap_err();
    /// assert_eq!(err.kind(), ParseIdErrorKind::InvalidPrefix);
    /// assert_eq!(err.index(), Some(0));
    /// # Ok::<(), ids_core::ParseIdError>(())
    /// ```
    pub fn new(prefix: &str, uuid: Uuid) -> Result<AnyId, ParseIdError> {
        match prefix::check(prefix.as_bytes()) {
            Ok(()) => Ok(AnyId::from_valid(prefix, uuid)),
            Err(rule) => Err(ParseIdError::new(
                "TypeID prefix",
                None,
                prefix,
                Reason::Prefix(rule),
            )),
        }
    }

    /// Parses any valid TypeID.
    pub fn parse(input: &str) -> Result<AnyId, ParseIdError> {
        let (prefix, uuid) = parse::any(input)?;
        Ok(AnyId::from_valid(prefix, uuid))
    }

    /// `prefix` must satisfy the prefix rules.
    fn from_valid(prefix: &str, uuid: Uuid) -> AnyId {
        let mut bytes = [0; MAX_PREFIX_LEN];
        bytes[..prefix.len()].copy_from_slice(prefix.as_bytes());
        AnyId {
            prefix: bytes,
            prefix_len: prefix.len() as u8,
            uuid,
        }
    }

    /// The prefix; empty for a TypeID without one.
    pub fn prefix(&self) -> &str {
        crate::text::buf::ascii_str(&self.prefix[..usize::from(self.prefix_len)])
    }

    /// The UUID.
    pub fn uuid(&self) -> Uuid {
        self.uuid
    }

    /// When the ID was made, for a UUIDv7; `None` for other versions.
    pub fn created_at(&self) -> Option<SystemTime> {
        generator::created_at(self.uuid)
    }

    /// The smallest ID with `prefix` whose timestamp is the millisecond of `time`: the lower
    /// bound of a time window, as [`EntityId::min_at`]. Fails only on an invalid prefix.
    pub fn min_at(prefix: &str, time: SystemTime) -> Result<AnyId, ParseIdError> {
        AnyId::new(prefix, generator::bounds_at(time).0)
    }

    /// The largest ID with `prefix` whose timestamp is the millisecond of `time`, as
    /// [`EntityId::max_at`]. Fails only on an invalid prefix.
    pub fn max_at(prefix: &str, time: SystemTime) -> Result<AnyId, ParseIdError> {
        AnyId::new(prefix, generator::bounds_at(time).1)
    }

    /// Whether this is an ID of kind `T`, judged by its prefix.
    pub fn is<T: EntityId>(&self) -> bool {
        self.prefix() == T::PREFIX
    }

    /// The text form in a stack buffer: no allocation.
    pub fn encode(&self) -> IdBuf {
        IdBuf::new(self.prefix(), self.uuid)
    }

    /// Converts to the typed ID `T`, checking the prefix. `TryFrom<AnyId>`, which every derived
    /// type implements, calls this.
    pub fn to_typed<T: EntityId>(&self) -> Result<T, ParseIdError> {
        if self.is::<T>() {
            return Ok(T::from_uuid(self.uuid));
        }
        let found = (!self.prefix().is_empty()).then(|| self.prefix().into());
        Err(ParseIdError::new(
            T::TYPE_NAME,
            Some(T::PREFIX),
            &self.encode(),
            Reason::WrongPrefix { found },
        ))
    }
}

impl<T: EntityId> From<T> for AnyId {
    fn from(id: T) -> AnyId {
        let () = T::__PREFIX_IS_VALID;
        AnyId::from_valid(T::PREFIX, id.uuid())
    }
}

impl PartialEq for AnyId {
    fn eq(&self, other: &AnyId) -> bool {
        self.uuid == other.uuid && self.prefix() == other.prefix()
    }
}

impl Eq for AnyId {}

/// By prefix, then by UUID.
impl Ord for AnyId {
    fn cmp(&self, other: &AnyId) -> Ordering {
        (self.prefix(), self.uuid).cmp(&(other.prefix(), other.uuid))
    }
}

impl PartialOrd for AnyId {
    fn partial_cmp(&self, other: &AnyId) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Hash for AnyId {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.prefix().hash(state);
        self.uuid.hash(state);
    }
}

impl fmt::Display for AnyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.encode(), f)
    }
}

impl fmt::Debug for AnyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AnyId({})", self.encode())
    }
}

impl FromStr for AnyId {
    type Err = ParseIdError;

    fn from_str(input: &str) -> Result<AnyId, ParseIdError> {
        AnyId::parse(input)
    }
}

impl TryFrom<&str> for AnyId {
    type Error = ParseIdError;

    fn try_from(input: &str) -> Result<AnyId, ParseIdError> {
        AnyId::parse(input)
    }
}
