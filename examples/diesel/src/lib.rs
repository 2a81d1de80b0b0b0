//! The package behind `cargo run --example diesel`; the example is `diesel.rs` beside this
//! directory. Cargo wants a target besides the example, and this empty library is it.
