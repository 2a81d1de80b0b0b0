#![doc = include_str!("../../README.md")]
//!
//! # Migration guide
#![doc = include_str!("../../MIGRATION.md")]
//!
//! This crate holds the workspace's cross-crate tests in `tests/`. Its library has what the
//! database tests share: the ID types under test and connections to the test databases. Its
//! documentation is the workspace README, so the README's examples run as doctests.

pub mod db;
pub mod ids;
pub mod rows;
pub mod shared;

/// What differs between the sqlx versions the database tests run on: ids-tests is on 0.8 and
/// ids-tests-sqlx09 on 0.9, each with its own `sqlx_version.rs` beside its Cargo.toml.
pub mod sqlx_version {
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/sqlx_version.rs"));
}
