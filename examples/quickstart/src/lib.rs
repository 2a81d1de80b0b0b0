//! The package behind `cargo run --example quickstart`; the tour is `quickstart.rs` beside this
//! directory. Cargo wants a target besides the example, and this empty library is it.
