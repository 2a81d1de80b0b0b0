//! Writes the tokens: one call of `ids_core`'s `impl_entity_id!`, which holds every impl, and
//! with `sqlx` one of `ids_sqlx`'s `impl_sqlx!`, so the derive itself stays small and cheap to
//! build.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::{DeriveInput, LitStr, parse_quote};

use crate::ast::Input;
use crate::attr::{Attrs, Storage};
use crate::errors::Errors;
use crate::valid;

pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let shape = Input::from_syn(input, &mut errors);
    let attrs = Attrs::from_syn(input, &mut errors);
    valid::sqlx_crate(&attrs, &mut errors);
    valid::legacy_text_storage(&attrs, &mut errors);
    let prefix = attrs.prefix.filter(|lit| valid::prefix(lit, &mut errors));

    let mut tokens = errors.to_compile_errors();
    let krate = attrs.krate.unwrap_or_else(|| parse_quote!(::ids_core));
    // After an error the expansion goes on as far as it can, so the rest of the crate still
    // type-checks and the real errors are all the user sees: with a missing or invalid prefix,
    // an empty one stands in; with a wrong shape, a stand-in without the field (generic types
    // get none: their parameters would have to be repeated, and they are rare).
    let Some(Input { ident }) = shape else {
        if input.generics.params.is_empty() {
            let ident = &input.ident;
            tokens.extend(quote! {
                #krate::__private::impl_entity_id_fallback!(#ident);
            });
        }
        return tokens;
    };
    let prefix = prefix.unwrap_or_else(|| LitStr::new("", Span::call_site()));
    // The name users read in messages, the registry and schemas: `r#type` is `type`.
    let unraw = ident.unraw();
    let name = LitStr::new(&unraw.to_string(), ident.span());
    let legacy_uuid = attrs.legacy_uuid.is_some();
    let storage = match attrs.sqlx {
        None => quote!(None),
        Some(Storage::Native) => quote!(Native),
        Some(Storage::Text) => quote!(Text),
    };
    tokens.extend(quote! {
        #krate::__private::impl_entity_id!(#ident, #name, #prefix, legacy_uuid: #legacy_uuid, storage: #storage);
    });
    if let Some(storage) = attrs.sqlx {
        let sqlx_crate = attrs.sqlx_crate.unwrap_or_else(|| parse_quote!(::ids_sqlx));
        let mode = match storage {
            Storage::Native => quote!(native),
            Storage::Text => quote!(text),
        };
        // The impls are generic over the database, and the parameter's name is in scope where
        // the impl names the type: derived from the type's name, it can never be that name.
        let db = format_ident!("__{}Db", unraw);
        tokens.extend(quote! {
            #sqlx_crate::__private::impl_sqlx!(#ident, #mode, #db);
        });
    }
    tokens
}
