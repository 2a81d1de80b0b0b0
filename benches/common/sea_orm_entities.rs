// The two tables of the SeaORM benchmarks, one of typed IDs and one of raw `Uuid`s, and the SQL
// that makes and empties them on each backend, shared by `benches/sea_orm.rs` and
// `examples/callgrind_sea_orm.rs`. Each includes this file after declaring `UserId`.

/// The statements that make both tables in the database `url` names (temporary on the servers),
/// and the statement, without its table, that empties one: `TRUNCATE` on PostgreSQL, which
/// leaves no dead rows behind.
fn tables_for(url: &str) -> (&'static str, &'static str) {
    if url.starts_with("mysql:") {
        (
            "CREATE TEMPORARY TABLE typed (id BINARY(16) PRIMARY KEY); \
             CREATE TEMPORARY TABLE raw (id BINARY(16) PRIMARY KEY)",
            "DELETE FROM",
        )
    } else if url.starts_with("postgres:") {
        (
            "CREATE TEMPORARY TABLE typed (id uuid PRIMARY KEY); \
             CREATE TEMPORARY TABLE raw (id uuid PRIMARY KEY)",
            "TRUNCATE",
        )
    } else {
        (
            "CREATE TABLE typed (id BLOB PRIMARY KEY); CREATE TABLE raw (id BLOB PRIMARY KEY)",
            "DELETE FROM",
        )
    }
}

mod typed {
    use super::UserId;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "typed")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: UserId,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

mod raw {
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "raw")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: Uuid,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}
