//! ID types under every lint group a user may turn on: nothing the derive generates may
//! fire, since the user did not write it. Deprecated types, raw identifiers and every
//! integration are here, so each template is linted.
#![deny(warnings)]
#![deny(
    clippy::all,
    clippy::pedantic,
    clippy::nursery,
    clippy::restriction
)]
#![expect(
    clippy::blanket_clippy_restriction_lints,
    reason = "every lint, so that generated code is checked against each"
)]
#![deny(
    deprecated,
    elided_lifetimes_in_paths,
    missing_copy_implementations,
    missing_debug_implementations,
    missing_docs,
    single_use_lifetimes,
    trivial_casts,
    trivial_numeric_casts,
    unreachable_pub,
    unused_lifetimes,
    unused_qualifications,
    unused_results
)]

use std::process::ExitCode;

use ids_core::{EntityId, Uuid};

/// A user.
#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx, legacy_uuid, schemars, utoipa)]
pub struct UserId(Uuid);

/// An organisation, stored as text.
#[derive(EntityId)]
#[entity_id(prefix = "org", sqlx = "text")]
struct OrgId(Uuid);

/// Replaced by `UserId`, and never used.
#[deprecated = "use UserId"]
#[derive(EntityId)]
#[entity_id(prefix = "member", sqlx)]
struct MemberId(Uuid);

/// A raw identifier.
#[expect(non_camel_case_types, reason = "a raw identifier is the point")]
#[derive(EntityId)]
#[entity_id(prefix = "kind")]
struct r#type(Uuid);

#[expect(
    clippy::implicit_return,
    reason = "restriction lints disagree on returns; this is the user's code, not the derive's"
)]
fn main() -> ExitCode {
    let user = UserId::new();
    let org = OrgId::new();
    let kind = r#type::new();
    let parsed = (
        UserId::parse(&user.to_string()),
        OrgId::parse(&org.to_string()),
        r#type::parse(&kind.to_string()),
    );
    if parsed == (Ok(user), Ok(org), Ok(kind)) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
