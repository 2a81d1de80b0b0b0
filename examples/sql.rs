//! Writes the SQL functions for this program's ID kinds: `typeid_encode`, `typeid_decode`,
//! time-window bounds and, per kind, `user_id(text)` and `user_id_text(uuid)`, as a migration.
//!
//! ```sh
//! cargo run -p ids-examples --example sql -- postgres > migrations/0001_ids.sql
//! cargo run -p ids-examples --example sql -- mysql > migrations/0001_ids.sql
//! ```
//!
//! The kinds are those of the service example (`user`, `session`, `conn`), found in the
//! registry. The copies in `examples/migrations/` are checked against them by
//! `examples/tests/sql.rs`, the way a program checks its own migration.

use std::process::ExitCode;

use ids_core::{registry, sql};
// Linked for the registrations of the service's ID types, which nothing here names.
#[allow(unused_extern_crates)]
extern crate ids_examples;

fn main() -> ExitCode {
    match std::env::args().nth(1).as_deref() {
        Some("postgres") => print!("{}", sql::postgres(registry::kinds())),
        Some("mysql") => print!("{}", sql::mysql(registry::kinds())),
        _ => {
            eprintln!(
                "usage: cargo run -p ids-examples --example sql -- postgres|mysql > migrations/0001_ids.sql"
            );
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
