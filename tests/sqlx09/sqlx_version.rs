// sqlx 0.9, for ids-tests-sqlx09: a query's arguments own what they hold, so they have no
// lifetime; `'q` is kept so that the tests' bounds read the same on both versions.

/// The arguments of a query of `DB`.
pub type Args<'q, DB> = <DB as sqlx::Database>::Arguments;

/// What a query's arguments need for the query to run.
pub trait IntoArgs<'q, DB: sqlx::Database>: sqlx::IntoArguments<DB> {}

impl<DB: sqlx::Database, T: sqlx::IntoArguments<DB>> IntoArgs<'_, DB> for T {}
