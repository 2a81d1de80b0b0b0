//! Code shared by the examples and their tests. The examples themselves are in this
//! directory: `cargo run --example quickstart` and the others from the workspace root.

pub mod service;
