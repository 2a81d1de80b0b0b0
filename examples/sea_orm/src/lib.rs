//! The package behind `cargo run --example sea_orm`; the example is `sea_orm.rs` beside this
//! directory. Cargo wants a target besides the example, and this empty library is it.
