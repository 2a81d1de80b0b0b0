//! Writes the tokens: one call of `ids_core`'s `impl_entity_id!`, which holds every impl, so
//! the derive itself stays small and cheap to build.

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::{DeriveInput, LitStr, parse_quote};

use crate::ast::Input;
use crate::attr::Attrs;
use crate::errors::Errors;
use crate::valid;

pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let shape = Input::from_syn(input, &mut errors);
    let attrs = Attrs::from_syn(input, &mut errors);
    let prefix = attrs.prefix.filter(|lit| valid::prefix(lit, &mut errors));

    let mut tokens = errors.to_compile_errors();
    // A wrong shape leaves nothing to implement. A missing or invalid prefix does not stop the
    // expansion: an empty prefix stands in, so the rest of the crate still type-checks and the
    // one real error is all the user sees.
    if let Some(Input { ident }) = shape {
        let prefix = prefix.unwrap_or_else(|| LitStr::new("", Span::call_site()));
        let krate = attrs.krate.unwrap_or_else(|| parse_quote!(::ids_core));
        tokens.extend(quote! {
            #krate::__private::impl_entity_id!(#ident, #prefix);
        });
    }
    tokens
}
