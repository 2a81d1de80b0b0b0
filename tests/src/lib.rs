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
