//! Writes the tokens: one call of `ids_core`'s `impl_entity_id!`, which holds the type's own
//! impls, and one call of each integration's template from the table in `integrations.rs`, so
//! the derive itself stays small and cheap to build.

use proc_macro2::{Span, TokenStream};
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::{DeriveInput, Ident, LitStr};

use crate::ast::Input;
use crate::attr::{Attrs, Storage};
use crate::errors::Errors;
use crate::integrations::{Home, INTEGRATIONS};
use crate::valid;

pub(crate) fn derive(input: &DeriveInput) -> TokenStream {
    let mut errors = Errors::default();
    let shape = Input::from_syn(input, &mut errors);
    let mut attrs = Attrs::from_syn(input, &mut errors);
    valid::crate_paths(&attrs, &mut errors);
    valid::legacy_text_storage(&attrs, &mut errors);
    valid::one_storage(&attrs, &mut errors);
    let prefix = attrs
        .prefix
        .take()
        .filter(|lit| valid::prefix(lit, &mut errors));

    let krate = match &attrs.krate {
        Some(path) => quote!(#path),
        None => quote!(::ids_core),
    };
    // After an error the expansion goes on as far as it can, so the rest of the crate still
    // type-checks and the real errors are all the user sees: with a missing or invalid prefix,
    // an empty one stands in (and `id!` takes any literal); with a wrong shape, a stand-in
    // without the field, which reports the errors itself (see `__impl_entity_id_fallback`).
    // Generic types get no stand-in: their parameters would have to be repeated, and they are
    // rare.
    let Some(Input { ident }) = shape else {
        let errors = errors.to_compile_errors();
        if !input.generics.params.is_empty() {
            return errors;
        }
        let ident = &input.ident;
        let name = LitStr::new(&ident.unraw().to_string(), ident.span());
        let mut tokens = quote! {
            #krate::__private::impl_entity_id_fallback!(#ident, errors: { #errors });
        };
        tokens.extend(templates(&attrs, &krate, ident, &name, Some("fallback")));
        return tokens;
    };
    let mut tokens = errors.to_compile_errors();
    let stand_in = prefix.is_none();
    let prefix = prefix.unwrap_or_else(|| LitStr::new("", Span::call_site()));
    // The name users read in messages, the registry and schemas: `r#type` is `type`.
    let unraw = ident.unraw();
    let name = LitStr::new(&unraw.to_string(), ident.span());
    let legacy_uuid = attrs.legacy_uuid.is_some();
    let shared_prefix = attrs.shared_prefix.is_some();
    let storage = match valid::storage(&attrs) {
        None | Some(Storage::Default) => quote!(None),
        Some(Storage::Native) => quote!(Native),
        Some(Storage::Text) => quote!(Text),
    };
    tokens.extend(quote! {
        #krate::__private::impl_entity_id!(#ident, #name, #prefix, legacy_uuid: #legacy_uuid, shared_prefix: #shared_prefix, stand_in: #stand_in, storage: #storage);
    });
    tokens.extend(templates(&attrs, &krate, ident, &name, None));
    tokens
}

/// One call of each integration's template the type asks for, in the table's order, with the
/// key's storage mode, or with `mode` for all of them (`fallback` after a malformed input).
fn templates(
    attrs: &Attrs,
    krate: &TokenStream,
    ident: &Ident,
    name: &LitStr,
    mode: Option<&str>,
) -> TokenStream {
    // A name for templates' generic parameters that is in scope where their impls name the
    // type: derived from the type's name, it can never be that name.
    let param = format_ident!("__{}Db", ident.unraw());
    let mut tokens = TokenStream::new();
    for integration in INTEGRATIONS {
        let Some((storage, key)) = attrs.asked(integration) else {
            continue;
        };
        let path = match (integration.home, attrs.crate_path(integration)) {
            (Home::Core, _) => krate.clone(),
            (Home::Crate { .. }, Some(path)) => quote!(#path),
            (Home::Crate { path, .. }, None) => {
                let ident = format_ident!("{}", path);
                quote!(::#ident)
            }
        };
        let template = format_ident!("{}", integration.template);
        let mode = format_ident!("{}", mode.unwrap_or(storage.mode()));
        // At the key, so that a template's own error (its feature is off) underlines it.
        let span = key.unwrap_or_else(Span::call_site);
        tokens.extend(quote_spanned! {span=>
            #path::__private::#template!(#ident, #name, #mode, #param);
        });
    }
    tokens
}
