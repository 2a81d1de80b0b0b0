//! Reading `#[entity_id(prefix = "…", crate = "…")]`. Nothing here judges the prefix's value
//! (that is `valid.rs`) or emits code.

use syn::meta::ParseNestedMeta;
use syn::{DeriveInput, LitStr, Path};

use crate::errors::Errors;

/// The keys, as written; each `None` when absent.
#[derive(Default)]
pub(crate) struct Attrs {
    pub(crate) prefix: Option<LitStr>,
    pub(crate) krate: Option<Path>,
}

impl Attrs {
    /// Reads every `#[entity_id]` attribute of `input`, recording each mistake.
    pub(crate) fn from_syn(input: &DeriveInput, errors: &mut Errors) -> Attrs {
        let mut attrs = Attrs::default();
        let mut last = None;
        let before = errors.len();
        for attr in &input.attrs {
            if !attr.path().is_ident("entity_id") {
                continue;
            }
            last = Some(attr);
            let result = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("prefix") {
                    let lit = string(&meta, "prefix = \"user\"")?;
                    set_once(&mut attrs.prefix, lit, &meta, errors);
                } else if meta.path.is_ident("crate") {
                    let lit = string(&meta, "crate = \"my_ids::ids_core\"")?;
                    match lit.parse::<Path>() {
                        Ok(path) => set_once(&mut attrs.krate, path, &meta, errors),
                        Err(_) => errors.spanned(
                            &lit,
                            "`crate` takes a path to ids_core, such as `crate = \"my_ids::ids_core\"`",
                        ),
                    }
                } else {
                    errors.push(meta.error(format!(
                        "unknown entity_id key `{}`; the keys are `prefix` and `crate`",
                        path_text(&meta.path)
                    )));
                    skip_value(&meta)?;
                }
                Ok(())
            });
            if let Err(err) = result {
                errors.push(err);
            }
        }
        match last {
            // Reported only when the attributes are otherwise clean: after a misspelt key, the
            // missing prefix is the same mistake.
            Some(attr) if attrs.prefix.is_none() && errors.len() == before => {
                errors.spanned(attr, "missing `prefix = \"…\"` in #[entity_id(...)]");
            }
            Some(_) => {}
            None => errors.spanned(
                &input.ident,
                "missing #[entity_id(prefix = \"…\")]: every EntityId type names its TypeID \
                 prefix, for example #[entity_id(prefix = \"user\")]",
            ),
        }
        attrs
    }
}

/// The string literal after `key =`; `example` shows the right form in the error.
fn string(meta: &ParseNestedMeta<'_>, example: &str) -> syn::Result<LitStr> {
    meta.value()?.parse::<LitStr>().map_err(|err| {
        let key = path_text(&meta.path);
        syn::Error::new(
            err.span(),
            format!("`{key}` takes a string literal, such as `{example}`"),
        )
    })
}

/// Stores `value` unless the key was given before, which is an error at the second one.
fn set_once<T>(slot: &mut Option<T>, value: T, meta: &ParseNestedMeta<'_>, errors: &mut Errors) {
    if slot.is_some() {
        errors.push(meta.error(format!(
            "`{}` is given more than once; keep one",
            path_text(&meta.path)
        )));
    } else {
        *slot = Some(value);
    }
}

/// Consumes `= value` or `(...)` after an unknown key, so the keys after it are still read.
fn skip_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        meta.value()?.parse::<syn::Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        meta.parse_nested_meta(|nested| skip_value(&nested))?;
    }
    Ok(())
}

fn path_text(path: &Path) -> String {
    path.segments
        .iter()
        .map(|segment| segment.ident.to_string())
        .collect::<Vec<_>>()
        .join("::")
}
