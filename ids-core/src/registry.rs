//! Every ID type in the program, discoverable at run time without anyone listing it: the derive
//! registers each type's prefix, name and storage, and [`lookup`] tells which kind an arbitrary
//! ID string is.
//!
//! Registration happens at link time (through the `inventory` crate), so the registry holds
//! every derived type in the final binary, from every crate, before `main` starts. A crate that
//! nothing in the binary uses can be left out by the linker, and its types with it; where a
//! program needs such a crate's kinds (a tool that only inspects IDs), `extern crate name;`
//! keeps it in.
//!
//! ```standalone_crate
//! // A crate of its own: the registry holds every ID type of the program it runs in.
//! use ids_core::{EntityId, Uuid, registry};
//!
//! #[derive(EntityId)]
//! #[entity_id(prefix = "invoice")]
//! struct InvoiceId(Uuid);
//!
//! let found = registry::lookup("invoice_01h455vb4pex5vsknk084sn02q")?;
//! let kind = found.kind.expect("InvoiceId is registered");
//! assert_eq!(kind.type_name, "InvoiceId");
//! assert_eq!(kind.storage, registry::Storage::None);
//!
//! let unknown = registry::lookup("nobody_01h455vb4pex5vsknk084sn02q")?;
//! assert!(unknown.kind.is_none());
//!
//! // In a test: no two types share a prefix.
//! registry::check_unique_prefixes().expect("one type per prefix");
//! # Ok::<(), ids_core::ParseIdError>(())
//! ```

use std::collections::BTreeMap;
use std::fmt;

use crate::{AnyId, ParseIdError};

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

/// The registered type with `prefix`, if exactly one has it (see [`check_unique_prefixes`]).
pub fn kind(prefix: &str) -> Option<&'static Kind> {
    let mut matching = kinds().filter(|kind| kind.prefix == prefix);
    let first = matching.next()?;
    matching.next().is_none().then_some(first)
}

/// An ID string read without knowing its kind: the ID and, if its prefix is registered, the
/// type it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lookup {
    /// The ID, with whatever valid prefix it had.
    pub id: AnyId,
    /// The registered type of that prefix; `None` if no type or several have it.
    pub kind: Option<&'static Kind>,
}

/// Parses any TypeID and finds its registered type.
pub fn lookup(text: &str) -> Result<Lookup, ParseIdError> {
    let id = AnyId::parse(text)?;
    Ok(Lookup {
        kind: kind(id.prefix()),
        id,
    })
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

/// Checks that no two registered types share a prefix. Call it from a test:
/// `ids_core::registry::check_unique_prefixes().unwrap()` fails with a message naming the types.
pub fn check_unique_prefixes() -> Result<(), DuplicatePrefixes> {
    let mut by_prefix: BTreeMap<&'static str, Vec<String>> = BTreeMap::new();
    for kind in kinds() {
        by_prefix.entry(kind.prefix).or_default().push(kind.path());
    }
    let duplicates: Vec<_> = by_prefix
        .into_iter()
        .filter(|(_, types)| types.len() > 1)
        .map(|(prefix, mut types)| {
            types.sort();
            (prefix, types)
        })
        .collect();
    if duplicates.is_empty() {
        Ok(())
    } else {
        Err(DuplicatePrefixes { duplicates })
    }
}
