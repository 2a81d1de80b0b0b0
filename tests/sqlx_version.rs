// sqlx 0.8, for ids-tests: a query's arguments carry the lifetime of what they borrow.

/// The arguments of a query of `DB`.
pub type Args<'q, DB> = <DB as sqlx::Database>::Arguments<'q>;

/// What a query's arguments need for the query to run.
pub trait IntoArgs<'q, DB: sqlx::Database>: sqlx::IntoArguments<'q, DB> {}

impl<'q, DB: sqlx::Database, T: sqlx::IntoArguments<'q, DB>> IntoArgs<'q, DB> for T {}
