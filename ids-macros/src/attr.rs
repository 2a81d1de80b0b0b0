//! Reading `#[entity_id(prefix = "…", crate = "…", sqlx = "…", sqlx_crate = "…", legacy_uuid)]`.
//! Nothing here judges the prefix's value (that is `valid.rs`) or emits code.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{DeriveInput, LitStr, Path};

use crate::errors::Errors;

/// The keys, as written; each `None` when absent.
#[derive(Default)]
pub(crate) struct Attrs {
    pub(crate) prefix: Option<LitStr>,
    pub(crate) krate: Option<Path>,
    pub(crate) sqlx: Option<Storage>,
    pub(crate) sqlx_crate: Option<Path>,
    /// `legacy_uuid`: parsing also accepts a bare UUID. Holds the key's span, for errors.
    pub(crate) legacy_uuid: Option<Span>,
}

/// How `sqlx` stores the ID: `sqlx` alone or `sqlx = "native"`, or `sqlx = "text"`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Storage {
    /// Postgres `uuid`, MySQL `BINARY(16)`, SQLite 16-byte `BLOB`.
    Native,
    /// The TypeID string in a text column.
    Text,
}

const KEYS: &str = "the keys are `prefix`, `crate`, `sqlx`, `sqlx_crate` and `legacy_uuid`";

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
                    if let Some(lit) = string(&meta, "prefix = \"user\"", errors)? {
                        set_once(&mut attrs.prefix, lit, &meta, errors);
                    }
                } else if meta.path.is_ident("crate") {
                    let path = crate_path(&meta, "crate = \"my_ids::ids_core\"", errors)?;
                    if let Some(path) = path {
                        set_once(&mut attrs.krate, path, &meta, errors);
                    }
                } else if meta.path.is_ident("sqlx") {
                    if let Some(storage) = storage(&meta, errors)? {
                        set_once(&mut attrs.sqlx, storage, &meta, errors);
                    }
                } else if meta.path.is_ident("legacy_uuid") {
                    if meta.input.peek(syn::Token![=]) || meta.input.peek(syn::token::Paren) {
                        errors.push(
                            meta.error("`legacy_uuid` takes no value: write `legacy_uuid` alone"),
                        );
                        skip_value(&meta)?;
                    } else {
                        set_once(&mut attrs.legacy_uuid, meta.path.span(), &meta, errors);
                    }
                } else if meta.path.is_ident("sqlx_crate") {
                    let path = crate_path(&meta, "sqlx_crate = \"my_ids::ids_sqlx\"", errors)?;
                    if let Some(path) = path {
                        set_once(&mut attrs.sqlx_crate, path, &meta, errors);
                    }
                } else {
                    errors.push(meta.error(format!(
                        "unknown entity_id key `{}`; {KEYS}",
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

/// The string literal after `key =`. Anything else is recorded as an error, with `example`
/// showing the right form, and skipped so the keys after it are still read.
fn string(
    meta: &ParseNestedMeta<'_>,
    example: &str,
    errors: &mut Errors,
) -> syn::Result<Option<LitStr>> {
    let value = meta.value()?;
    if value.peek(LitStr) {
        return value.parse().map(Some);
    }
    let key = path_text(&meta.path);
    errors.push(value.error(format!(
        "`{key}` takes a string literal, such as `{example}`"
    )));
    value.parse::<syn::Expr>()?;
    Ok(None)
}

/// `sqlx` alone or `sqlx = "native"`: [`Storage::Native`]; `sqlx = "text"`: [`Storage::Text`].
fn storage(meta: &ParseNestedMeta<'_>, errors: &mut Errors) -> syn::Result<Option<Storage>> {
    if !meta.input.peek(syn::Token![=]) {
        return Ok(Some(Storage::Native));
    }
    let Some(lit) = string(meta, "sqlx = \"text\"", errors)? else {
        return Ok(None);
    };
    match lit.value().as_str() {
        "native" => Ok(Some(Storage::Native)),
        "text" => Ok(Some(Storage::Text)),
        _ => {
            errors.spanned(
                &lit,
                "`sqlx` storage is \"native\" (the default: a UUID column) or \"text\" (the TypeID string)",
            );
            Ok(None)
        }
    }
}

/// The path after `key =`, or `None` with an error recorded if the string is not a path.
fn crate_path(
    meta: &ParseNestedMeta<'_>,
    example: &str,
    errors: &mut Errors,
) -> syn::Result<Option<Path>> {
    let Some(lit) = string(meta, example, errors)? else {
        return Ok(None);
    };
    match lit.parse::<Path>() {
        Ok(path) => Ok(Some(path)),
        Err(_) => {
            let key = path_text(&meta.path);
            errors.spanned(&lit, format!("`{key}` takes a path, such as `{example}`"));
            Ok(None)
        }
    }
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
