//! The committed migrations in `examples/migrations/` match the SQL the program writes for its
//! ID kinds: a new kind, or a changed prefix, fails here until they are written again
//! (`IDS_SQL=overwrite cargo test -p ids-examples --test sql`).

use ids_core::{registry, sql};
// Linked for the registrations of the service's ID types, as in the `sql` example.
#[allow(unused_extern_crates)]
extern crate ids_examples;

#[test]
fn committed_migrations_match_the_kinds() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    sql::check_file(
        dir.join("postgres/0001_ids.sql"),
        &sql::postgres(registry::kinds()),
    )
    .unwrap_or_else(|stale| panic!("{stale}"));
    sql::check_file(
        dir.join("mysql/0001_ids.sql"),
        &sql::mysql(registry::kinds()),
    )
    .unwrap_or_else(|stale| panic!("{stale}"));
}
