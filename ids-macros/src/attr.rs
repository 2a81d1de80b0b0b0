//! Reading `#[entity_id(prefix = "…", crate = "…", legacy_uuid, shared_prefix, ...)]` and the integration keys
//! of the table in `integrations.rs` (`serde`, `sqlx = "text"`, `sqlx_crate = "…"`, …). Nothing
//! here judges the prefix's value or how keys combine (that is `valid.rs`) or emits code.

use proc_macro2::Span;
use syn::meta::ParseNestedMeta;
use syn::spanned::Spanned;
use syn::{DeriveInput, LitBool, LitStr, Path};

use crate::errors::Errors;
use crate::integrations::{self, Integration};

/// The keys, as written; each `None` when absent.
#[derive(Default)]
pub(crate) struct Attrs {
    pub(crate) prefix: Option<LitStr>,
    pub(crate) krate: Option<Path>,
    /// `legacy_uuid`: parsing also accepts a bare UUID. Holds the key's span, for errors.
    pub(crate) legacy_uuid: Option<Span>,
    /// `shared_prefix`: the type is a second type for an entity whose prefix another type
    /// has, so the registry's duplicate check passes it over.
    pub(crate) shared_prefix: Option<Span>,
    /// Each integration key written, in the order written.
    pub(crate) integrations: Vec<Asked>,
    /// Each crate path override written, such as `sqlx_crate = "…"`, with its integration.
    pub(crate) crate_paths: Vec<(&'static Integration, Path)>,
}

/// One integration key as written.
pub(crate) struct Asked {
    pub(crate) integration: &'static Integration,
    /// `None` for `key = false`.
    pub(crate) storage: Option<Storage>,
    /// The key, for errors and for the template's own error when its feature is off.
    pub(crate) span: Span,
}

/// How an integration with storage stores the ID: `key` alone or `key = "native"`, or
/// `key = "text"`; `Default` for integrations without storage.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Storage {
    Default,
    /// Postgres `uuid`, MySQL `BINARY(16)`, SQLite 16-byte `BLOB`.
    Native,
    /// The TypeID string in a text column.
    Text,
}

impl Storage {
    /// The mode a template is called with.
    pub(crate) fn mode(self) -> &'static str {
        match self {
            Storage::Default => "default",
            Storage::Native => "native",
            Storage::Text => "text",
        }
    }
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
                let key = path_text(&meta.path);
                if key == "prefix" {
                    if let Some(lit) = string(&meta, "prefix = \"user\"", errors)? {
                        set_once(&mut attrs.prefix, lit, &meta, errors);
                    }
                } else if key == "crate" {
                    let path = crate_path(&meta, "crate = \"my_ids::ids_core\"", errors)?;
                    if let Some(path) = path {
                        set_once(&mut attrs.krate, path, &meta, errors);
                    }
                } else if key == "legacy_uuid" {
                    flag(&mut attrs.legacy_uuid, &key, &meta, errors)?;
                } else if key == "shared_prefix" {
                    flag(&mut attrs.shared_prefix, &key, &meta, errors)?;
                } else if let Some(integration) = integrations::by_key(&key) {
                    let setting = setting(integration, &meta, errors)?;
                    if attrs
                        .integrations
                        .iter()
                        .any(|asked| asked.integration.key == integration.key)
                    {
                        errors
                            .push(meta.error(format!("`{key}` is given more than once; keep one")));
                    } else if let Some(storage) = setting {
                        attrs.integrations.push(Asked {
                            integration,
                            storage,
                            span: meta.path.span(),
                        });
                    }
                } else if let Some(integration) = integrations::by_override_key(&key) {
                    let example = format!("{key} = \"my_ids::{}\"", default_path(integration));
                    if let Some(path) = crate_path(&meta, &example, errors)? {
                        if attrs
                            .crate_paths
                            .iter()
                            .any(|(known, _)| known.key == integration.key)
                        {
                            errors.push(
                                meta.error(format!("`{key}` is given more than once; keep one")),
                            );
                        } else {
                            attrs.crate_paths.push((integration, path));
                        }
                    }
                } else {
                    errors.push(meta.error(format!(
                        "unknown entity_id key `{key}`; {}",
                        integrations::all_keys()
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

    /// Whether `integration` is on: asked for, or implied and not turned off.
    pub(crate) fn asked(&self, integration: &Integration) -> Option<(Storage, Option<Span>)> {
        match self
            .integrations
            .iter()
            .find(|asked| asked.integration.key == integration.key)
        {
            Some(asked) => asked.storage.map(|storage| (storage, Some(asked.span))),
            None => integration.implied.then_some((Storage::Default, None)),
        }
    }

    /// The path given for `integration`'s crate, if any.
    pub(crate) fn crate_path(&self, integration: &Integration) -> Option<&Path> {
        self.crate_paths
            .iter()
            .find(|(known, _)| known.key == integration.key)
            .map(|(_, path)| path)
    }
}

/// The crate an integration's template lives in, by default.
fn default_path(integration: &Integration) -> &'static str {
    match integration.home {
        integrations::Home::Core => "ids_core",
        integrations::Home::Crate { path, .. } => path,
    }
}

/// What an integration key says: on with a storage (`Some(Some(_))`), off (`Some(None)`, for
/// `key = false`), or nothing usable (`None`, with an error recorded).
fn setting(
    integration: &Integration,
    meta: &ParseNestedMeta<'_>,
    errors: &mut Errors,
) -> syn::Result<Option<Option<Storage>>> {
    let on = if integration.storage {
        Storage::Native
    } else {
        Storage::Default
    };
    if !meta.input.peek(syn::Token![=]) {
        if meta.input.peek(syn::token::Paren) {
            errors.push(meta.error(format!(
                "`{}` takes no list; write `{}` alone",
                integration.key, integration.key
            )));
            skip_value(meta)?;
            return Ok(None);
        }
        return Ok(Some(Some(on)));
    }
    let value = meta.value()?;
    if value.peek(LitBool) {
        let lit: LitBool = value.parse()?;
        return Ok(Some(lit.value.then_some(on)));
    }
    if integration.storage && value.peek(LitStr) {
        let lit: LitStr = value.parse()?;
        return match lit.value().as_str() {
            "native" => Ok(Some(Some(Storage::Native))),
            "text" => Ok(Some(Some(Storage::Text))),
            _ => {
                errors.spanned(
                    &lit,
                    format!(
                        "`{}` storage is \"native\" (the default: a UUID column) or \"text\" \
                         (the TypeID string)",
                        integration.key
                    ),
                );
                Ok(None)
            }
        };
    }
    let forms = if integration.storage {
        format!(
            "`{key}`, `{key} = \"text\"` or `{key} = false`",
            key = integration.key
        )
    } else {
        format!("`{key}` or `{key} = false`", key = integration.key)
    };
    errors.push(value.error(format!("`{}` is written {forms}", integration.key)));
    value.parse::<syn::Expr>()?;
    Ok(None)
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

/// Records a key that takes no value, such as `legacy_uuid`, with its span.
fn flag(
    slot: &mut Option<Span>,
    key: &str,
    meta: &ParseNestedMeta<'_>,
    errors: &mut Errors,
) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) || meta.input.peek(syn::token::Paren) {
        errors.push(meta.error(format!("`{key}` takes no value: write `{key}` alone")));
        skip_value(meta)
    } else {
        set_once(slot, meta.path.span(), meta, errors);
        Ok(())
    }
}

/// Consumes `= value` or `(...)` after an unknown key, so the keys after it are still read.
fn skip_value(meta: &ParseNestedMeta<'_>) -> syn::Result<()> {
    if meta.input.peek(syn::Token![=]) {
        meta.value()?.parse::<syn::Expr>()?;
    } else if meta.input.peek(syn::token::Paren) {
        let content;
        syn::parenthesized!(content in meta.input);
        content.parse::<proc_macro2::TokenStream>()?;
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
