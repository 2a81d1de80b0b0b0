//! The registered kinds themselves, and the rule that no two types share a prefix. Apart from
//! [`lookup`](super::lookup) so that the ID types' own code can check the rule without
//! importing the parser that `lookup` needs.

use std::collections::BTreeMap;
use std::fmt;

/// One derived ID type, as the registry knows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kind {
    /// The TypeID prefix.
    pub prefix: &'static str,
    /// The type's name, such as `"UserId"`.
    pub type_name: &'static str,
    /// The module that declares it, such as `"my_app::users"`.
    pub module_path: &'static str,
    /// How `ids-sqlx` stores it, if the type asked for sqlx support.
    pub storage: Storage,
    /// Set by `#[entity_id(shared_prefix)]`: a second type for an entity whose prefix another
    /// type owns (the same users kept as text beside a native column, say). The duplicate
    /// check passes it over, and [`kind`] answers with it only where no type owns the prefix.
    pub shared_prefix: bool,
}

impl Kind {
    /// The type's full path, such as `"my_app::users::UserId"`.
    pub fn path(&self) -> String {
        format!("{}::{}", self.module_path, self.type_name)
    }
}

/// How a type's IDs are stored in databases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Storage {
    /// The type has no sqlx support.
    None,
    /// A UUID column: Postgres `uuid`, MySQL `BINARY(16)`, SQLite 16-byte `BLOB`.
    Native,
    /// The TypeID string in a text column.
    Text,
}

inventory::collect!(Kind);

/// Every registered ID type, in no particular order.
pub fn kinds() -> impl Iterator<Item = &'static Kind> {
    inventory::iter::<Kind>.into_iter()
}

/// The registered type that owns `prefix`, if exactly one does (see [`check_unique_prefixes`]);
/// where none owns it, the one type that says `shared_prefix`, if there is one.
pub fn kind(prefix: &str) -> Option<&'static Kind> {
    let with_prefix = || kinds().filter(move |kind| kind.prefix == prefix);
    let owners = with_prefix().filter(|kind| !kind.shared_prefix);
    the_one(owners).or_else(|| {
        let none_owns = with_prefix().all(|kind| kind.shared_prefix);
        if none_owns {
            the_one(with_prefix())
        } else {
            None
        }
    })
}

/// The first of `kinds` if they are all one type, as [`identity`] tells.
fn the_one(mut kinds: impl Iterator<Item = &'static Kind>) -> Option<&'static Kind> {
    let first = kinds.next()?;
    let identity = identity(first);
    kinds
        .all(|other| self::identity(other) == identity)
        .then_some(first)
}

/// What makes two registrations one type: the full path, without the modules rustdoc wraps
/// each merged doc example in (`__doctest_3`). Two versions of one crate in a build register
/// the same path, and so do a crate's doc examples that each declare a `UserId`; two types
/// that merely share a name in different modules do not.
fn identity(kind: &Kind) -> String {
    let mut path: Vec<&str> = kind
        .module_path
        .split("::")
        .filter(|segment| !segment.starts_with("__doctest_"))
        .collect();
    path.push(kind.type_name);
    path.join("::")
}

/// Two or more ID types in one program with the same prefix: their IDs would be
/// indistinguishable, and each would parse the other's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DuplicatePrefixes {
    /// Each shared prefix with the full paths of the types that have it, sorted.
    pub duplicates: Vec<(&'static str, Vec<String>)>,
}

impl fmt::Display for DuplicatePrefixes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, (prefix, types)) in self.duplicates.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            write!(
                f,
                "prefix {prefix:?} is used by {} ID types: {}",
                types.len(),
                types.join(", ")
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for DuplicatePrefixes {}

/// Checks that no two registered types share a prefix, and names them if they do. Types that
/// say `shared_prefix` are passed over, and so is a type registered twice under one path (two
/// versions of one crate in a build, or a crate's merged doc examples each declaring its own
/// `UserId`). Two types of the same name in different modules are two types.
///
/// Debug builds run this check by themselves and panic with its message on the first ID made
/// or parsed; call it from a test to have release builds covered too:
/// `ids_core::registry::check_unique_prefixes().unwrap()`.
pub fn check_unique_prefixes() -> Result<(), DuplicatePrefixes> {
    let mut by_prefix: BTreeMap<&'static str, Vec<&'static Kind>> = BTreeMap::new();
    for kind in kinds().filter(|kind| !kind.shared_prefix) {
        by_prefix.entry(kind.prefix).or_default().push(kind);
    }
    let duplicates: Vec<_> = by_prefix
        .into_iter()
        .filter_map(|(prefix, kinds)| {
            let mut types: Vec<String> = kinds.iter().map(|kind| identity(kind)).collect();
            types.sort();
            types.dedup();
            (types.len() > 1).then_some((prefix, types))
        })
        .collect();
    if duplicates.is_empty() {
        Ok(())
    } else {
        Err(DuplicatePrefixes { duplicates })
    }
}

/// [`check_unique_prefixes`] once per process, then a relaxed load per call; a failure panics
/// on every call, so that no test of a program with a shared prefix passes by running second.
/// Called, in debug builds, where IDs are made and parsed.
#[cfg(debug_assertions)]
pub(crate) fn assert_unique_prefixes() {
    use std::sync::atomic::{AtomicU8, Ordering};

    const UNCHECKED: u8 = 0;
    const UNIQUE: u8 = 1;
    const SHARED: u8 = 2;
    static STATE: AtomicU8 = AtomicU8::new(UNCHECKED);
    let state = match STATE.load(Ordering::Relaxed) {
        UNCHECKED => {
            let state = if check_unique_prefixes().is_ok() {
                UNIQUE
            } else {
                SHARED
            };
            STATE.store(state, Ordering::Relaxed);
            state
        }
        state => state,
    };
    if state == SHARED
        && let Err(duplicates) = check_unique_prefixes()
    {
        panic!(
            "{duplicates}. Each would parse the other's IDs. Give each type its own prefix, or \
             mark a deliberate second type for one entity with #[entity_id(shared_prefix)] \
             (debug builds check this on the first ID made or parsed)"
        );
    }
}
