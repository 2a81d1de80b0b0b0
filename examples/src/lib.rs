//! Code shared by the examples and their tests. The examples themselves are in this
//! directory: `cargo run -p ids-examples --example migration` and the others from the workspace root. The
//! quickstart is a package of its own, in `quickstart/`.

pub mod service;
