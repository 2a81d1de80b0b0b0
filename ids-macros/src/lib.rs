//! The `#[derive(EntityId)]` macro of [`ids-core`](https://docs.rs/ids-core). Depend on
//! `ids-core` and use it as `ids_core::EntityId`; this crate is not meant to be used directly.
//!
//! The derive reads the input in three steps, one module each: `ast` turns the struct into
//! data, `attr` reads `#[entity_id(...)]`, `valid` checks the prefix against the TypeID
//! rules; `expand` then writes the tokens. Every mistake found along the way is collected, so
//! one build reports them all, each at the span at fault.

mod ast;
mod attr;
mod errors;
mod expand;
mod integrations;
mod valid;

use proc_macro::TokenStream;

/// Derives a complete typed ID for `struct Name(Uuid)`; documented in `ids_core`.
#[proc_macro_derive(EntityId, attributes(entity_id))]
pub fn derive_entity_id(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::derive(&input).into()
}
