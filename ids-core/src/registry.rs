//! Every ID type in the program, discoverable at run time without anyone listing it: the derive
//! registers each type's prefix, name and storage, and [`lookup`] tells which kind an arbitrary
//! ID string is.
//!
//! Registration happens at link time (through the `inventory` crate), so the registry holds
//! every derived type in the final binary, from every crate, before `main` starts. That works
//! on Linux, Android, the BSDs, illumos, macOS, iOS, Windows and WebAssembly; on other targets
//! the registry is empty, and the duplicate-prefix check finds nothing. The module comes with
//! the `registry` feature, on by default; one crate in the build that turns it on registers
//! the types of all of them. A crate that
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

pub(crate) mod kinds;

pub use kinds::{DuplicatePrefixes, Kind, Storage, check_unique_prefixes, kind, kinds};

use crate::{AnyId, ParseIdError};

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
