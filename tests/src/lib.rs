#![doc = include_str!("../../README.md")]
//!
//! This crate holds the workspace's cross-crate tests in `tests/`; its library is empty, and
//! its documentation is the workspace README, so the README's examples run as doctests.
