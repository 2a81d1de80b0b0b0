//! The [`EntityId`] trait: what every derived ID type is and can do.

use std::fmt::{Debug, Display};
use std::hash::Hash;
use std::str::FromStr;
use std::time::SystemTime;

use crate::generate::generator;
use crate::text::parse;
use crate::{IdBuf, ParseIdError, Uuid};

/// A typed ID of one kind of entity: a UUID with a fixed TypeID prefix.
///
/// Implement it with `#[derive(EntityId)]` on a tuple struct around a [`Uuid`]; the derive
/// also gives the type inherent `new`, `from_uuid`, `uuid`, `parse` and `PREFIX`, so callers
/// need no trait import, plus the comparisons, hashing, `Copy`, `Debug`, `Display`, `FromStr`,
/// conversions and serde support. Use the trait itself to write code generic over ID kinds.
///
/// ```
/// use ids_core::{EntityId, Uuid};
///
/// #[derive(EntityId)]
/// #[entity_id(prefix = "user")]
/// pub struct UserId(Uuid);
///
/// #[derive(EntityId)]
/// #[entity_id(prefix = "session")]
/// pub struct SessionId(Uuid);
///
/// fn describe<T: EntityId>(id: T) -> String {
///     format!("{} of kind {:?}", id, T::PREFIX)
/// }
///
/// let user = UserId::new();
/// assert!(describe(user).starts_with("user_"));
/// assert_eq!(UserId::parse(&user.to_string()), Ok(user));
/// assert!(SessionId::parse(&user.to_string()).is_err());
/// ```
pub trait EntityId:
    Copy + Eq + Ord + Hash + Debug + Display + FromStr<Err = ParseIdError> + Send + Sync + 'static
{
    /// The TypeID prefix, such as `"user"`: checked against the TypeID rules when the type is
    /// derived.
    const PREFIX: &'static str;

    /// The type's name as written in its declaration, without any `r#`, used in error messages.
    const TYPE_NAME: &'static str;

    /// Whether [`parse`](Self::parse), and so `FromStr` and serde, also accept a
    /// bare UUID (`01890a5d-ac96-774b-bcce-b302099a8057`, or without hyphens, in either case) as
    /// an ID of this type, during a move from raw UUIDs. Set by `#[entity_id(legacy_uuid)]`;
    /// off by default. IDs are always written in the TypeID form.
    const ACCEPTS_BARE_UUID: bool = false;

    /// Evaluating this fails the build when [`PREFIX`](Self::PREFIX) breaks the TypeID rules,
    /// which the derive checks but a hand-written impl might not. Referenced by every method
    /// that uses the prefix.
    #[doc(hidden)]
    const __PREFIX_IS_VALID: () = assert!(
        crate::is_valid_prefix(Self::PREFIX),
        "EntityId::PREFIX is not a valid TypeID prefix: 0 to 63 characters of a-z and '_', starting and ending with a letter"
    );

    /// Wraps a UUID as this kind of ID. Explicit by design: nothing turns a raw `Uuid` into a
    /// typed ID behind the caller's back.
    fn from_uuid(uuid: Uuid) -> Self;

    /// The UUID inside.
    fn uuid(&self) -> Uuid;

    /// A new ID from the shared generator: a UUIDv7, greater than every ID the generator made
    /// before it in this process (see the crate docs for the exact guarantees).
    fn new() -> Self {
        Self::from_uuid(generator::next_uuid())
    }

    /// Parses the TypeID text form, checking that the prefix is [`PREFIX`](Self::PREFIX).
    fn parse(input: &str) -> Result<Self, ParseIdError> {
        let () = Self::__PREFIX_IS_VALID;
        parse::typed(
            input,
            Self::PREFIX,
            Self::TYPE_NAME,
            Self::ACCEPTS_BARE_UUID,
        )
        .map(Self::from_uuid)
    }

    /// When the ID was made, read from its UUIDv7 timestamp (millisecond precision); `None`
    /// for a UUID of another version.
    fn created_at(&self) -> Option<SystemTime> {
        generator::created_at(self.uuid())
    }

    /// The smallest ID whose timestamp is the millisecond of `time`: every ID with a timestamp
    /// of that millisecond or later is at least this one, and every ID with an earlier one is
    /// less, in the database's order as in Rust's. With [`max_at`](Self::max_at), the bounds of a time
    /// window on an ID column, whose index then serves the query:
    /// `WHERE id >= $1 AND id < $2` with `min_at(start)` and `min_at(end)` selects `[start,
    /// end)`. The bounds are exact for timestamps; an ID's timestamp can differ from the
    /// moment it was made, both ways: up to one clock tick earlier (see the crate docs), and
    /// later after more than 32,768 IDs in one millisecond or a step back of the clock, where
    /// the generator runs ahead to stay ordered. Start a window a tick early to catch every ID
    /// made in it.
    ///
    /// A time before the Unix epoch counts as the epoch, one past the year 10889 as the last
    /// millisecond a UUIDv7 can hold.
    fn min_at(time: SystemTime) -> Self {
        Self::from_uuid(generator::bounds_at(time).0)
    }

    /// The largest ID whose timestamp is the millisecond of `time`: `id <= max_at(t)` keeps
    /// every ID whose timestamp is at most that millisecond. See [`min_at`](Self::min_at) for
    /// how timestamps and the moments IDs are made can differ.
    fn max_at(time: SystemTime) -> Self {
        Self::from_uuid(generator::bounds_at(time).1)
    }

    /// The TypeID text form in a stack buffer: no allocation.
    fn encode(&self) -> IdBuf {
        let () = Self::__PREFIX_IS_VALID;
        IdBuf::new(Self::PREFIX, self.uuid())
    }
}
