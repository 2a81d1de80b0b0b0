//! The registered kinds themselves, and the rule that no two types share a prefix. Apart from
//! [`lookup`](super::lookup) so that the ID types' own code can check the rule without
//! importing the parser that `lookup` needs.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};

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
    /// check passes it over, and [`kind`] never answers with it.
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

/// The registered type that owns `prefix`, if exactly one does (see [`check_unique_prefixes`]).
pub fn kind(prefix: &str) -> Option<&'static Kind> {
    let mut owners = owners(prefix);
    let first = owners.next()?;
    owners
        .all(|other| other.type_name == first.type_name)
        .then_some(first)
}

/// The types with `prefix` that do not say `shared_prefix`.
fn owners(prefix: &str) -> impl Iterator<Item = &'static Kind> {
    kinds().filter(move |kind| kind.prefix == prefix && !kind.shared_prefix)
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
/// say `shared_prefix` are passed over; types of the same name are taken for one type seen
/// twice (two versions of one crate in a build, or the merged doc examples of a crate, each
/// declaring its own `UserId`).
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
        .filter(|(_, kinds)| {
            let mut names = kinds.iter().map(|kind| kind.type_name);
            let first = names.next();
            names.any(|name| Some(name) != first)
        })
        .map(|(prefix, kinds)| {
            let mut paths: Vec<String> = kinds.iter().map(|kind| kind.path()).collect();
            paths.sort();
            paths.dedup();
            (prefix, paths)
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
pub(crate) fn assert_unique_prefixes() {
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
