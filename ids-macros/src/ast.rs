//! The derive's input as data: a tuple struct with one `Uuid` field and no generics.

use syn::{Data, DeriveInput, Fields, Ident, Type};

use crate::errors::Errors;

const SHAPE: &str = "EntityId can only be derived for a tuple struct around one Uuid, such as \
                     `struct UserId(Uuid);`";

/// The parts of a well-shaped input the expansion needs.
pub(crate) struct Input<'a> {
    pub(crate) ident: &'a Ident,
}

impl<'a> Input<'a> {
    /// Reads the shape of `input`, recording every way it is wrong; `None` if it is.
    pub(crate) fn from_syn(input: &'a DeriveInput, errors: &mut Errors) -> Option<Input<'a>> {
        let before = errors.len();
        if !input.generics.params.is_empty() || input.generics.where_clause.is_some() {
            errors.spanned(
                &input.generics,
                "an EntityId type cannot be generic: each ID kind is one concrete type",
            );
        }
        match &input.data {
            Data::Struct(data) => match &data.fields {
                Fields::Unnamed(fields) => {
                    let mut iter = fields.unnamed.iter();
                    match iter.next() {
                        Some(field) if !is_uuid(&field.ty) => errors.spanned(
                            &field.ty,
                            "the field of an EntityId type must be a Uuid (`Uuid`, \
                             `ids_core::Uuid` or `uuid::Uuid`)",
                        ),
                        Some(_) => {}
                        None => errors.spanned(fields, format!("{SHAPE}; found no field")),
                    }
                    for extra in iter {
                        errors.spanned(extra, format!("{SHAPE}; remove this second field"));
                    }
                }
                Fields::Named(fields) => {
                    errors.spanned(fields, format!("{SHAPE}; found named fields"))
                }
                Fields::Unit => {
                    errors.spanned(&input.ident, format!("{SHAPE}; found a unit struct"))
                }
            },
            Data::Enum(data) => {
                let message = format!("{SHAPE}; found an enum");
                errors.push(syn::Error::new(data.enum_token.span, message));
            }
            Data::Union(data) => {
                let message = format!("{SHAPE}; found a union");
                errors.push(syn::Error::new(data.union_token.span, message));
            }
        }
        (errors.len() == before).then_some(Input {
            ident: &input.ident,
        })
    }
}

/// `Uuid`, `uuid::Uuid`, `ids_core::Uuid` or any path ending in `Uuid`: the name is all a
/// macro can see, and a different type named `Uuid` fails type checking at this span anyway.
fn is_uuid(ty: &Type) -> bool {
    match ty {
        Type::Path(path) => {
            path.qself.is_none()
                && path
                    .path
                    .segments
                    .last()
                    .is_some_and(|last| last.ident == "Uuid" && last.arguments.is_none())
        }
        Type::Group(group) => is_uuid(&group.elem),
        Type::Paren(paren) => is_uuid(&paren.elem),
        _ => false,
    }
}
