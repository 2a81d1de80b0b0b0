//! Typed IDs as SeaORM column types on SQLite and the real PostgreSQL and MariaDB: entities with
//! ID primary keys, a typed foreign key and a nullable one, schema creation from the entities,
//! the query forms a service uses, and every kind of bad value an error naming the type.
//!
//! The servers come from `IDS_TEST_POSTGRES_URL` and `IDS_TEST_MYSQL_URL`, by default the local
//! ones; each test works in a schema (PostgreSQL) or database (MariaDB) of its own, dropped at the
//! end. A server that cannot be reached skips with a `SKIPPED` line, unless `IDS_REQUIRE_DB=1`.

#![allow(
    missing_docs,
    unreachable_pub,
    reason = "entities are written as SeaORM's documentation writes them, public"
)]

use ids_core::{EntityId, Uuid};
use ids_sea_orm::DecodeIdError;
use ids_test_support::{mysql_url, postgres_url, unique_name, unreachable};
use sea_orm::entity::prelude::*;
use sea_orm::{
    ActiveValue::Set, ConnectOptions, ConnectionTrait, Database, DatabaseBackend,
    DatabaseConnection, QueryOrder, Schema, Statement,
};

#[derive(EntityId)]
#[entity_id(prefix = "org", sea_orm)]
pub struct OrgId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "user", sea_orm)]
pub struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "post", sea_orm = "text")]
pub struct PostId(Uuid);

mod org {
    use super::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "orgs")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: OrgId,
        pub name: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(has_many = "super::user::Entity")]
        User,
    }

    impl Related<super::user::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::User.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

mod user {
    use super::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "users")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: UserId,
        pub org_id: OrgId,
        pub manager_id: Option<UserId>,
        pub name: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "super::org::Entity",
            from = "Column::OrgId",
            to = "super::org::Column::Id"
        )]
        Org,
        #[sea_orm(has_many = "super::post::Entity")]
        Post,
    }

    impl Related<super::org::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Org.def()
        }
    }

    impl Related<super::post::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Post.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

mod post {
    use super::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "posts")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: PostId,
        pub author_id: UserId,
        pub title: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "super::user::Entity",
            from = "Column::AuthorId",
            to = "super::user::Column::Id"
        )]
        User,
    }

    impl Related<super::user::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::User.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

const ORG_TEXT: &str = "org_01h455vb4pex5vsknk084sn02q";
const UUID_TEXT: &str = "01890a5d-ac96-774b-bcce-b302099a8057";

/// A connection to a database of the test's own, and how to drop it.
struct Db {
    conn: DatabaseConnection,
    admin: Option<(DatabaseConnection, String)>,
}

impl Db {
    async fn drop(self) {
        if let Some((admin, drop)) = self.admin {
            admin
                .execute_unprepared(&drop)
                .await
                .expect("drop the test database");
        }
    }
}

async fn sqlite(_test: &str) -> Option<Db> {
    let conn = Database::connect("sqlite::memory:")
        .await
        .expect("an in-memory database");
    Some(Db { conn, admin: None })
}

async fn postgres(test: &str) -> Option<Db> {
    let url = postgres_url();
    let admin = match Database::connect(&url).await {
        Ok(conn) => conn,
        Err(err) => return unreachable("PostgreSQL", &url, &err),
    };
    let name = unique_name(test);
    admin
        .execute_unprepared(&format!("CREATE SCHEMA {name}"))
        .await
        .expect("create the test schema");
    let mut options = ConnectOptions::new(url);
    options
        .max_connections(1)
        .set_schema_search_path(name.clone());
    let conn = Database::connect(options)
        .await
        .expect("connect to the test schema");
    Some(Db {
        conn,
        admin: Some((admin, format!("DROP SCHEMA {name} CASCADE"))),
    })
}

async fn mysql(test: &str) -> Option<Db> {
    let url = mysql_url();
    let admin = match Database::connect(&url).await {
        Ok(conn) => conn,
        Err(err) => return unreachable("MariaDB", &url, &err),
    };
    let name = unique_name(test);
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("create the test database");
    let base = url.rsplit_once('/').map_or(url.as_str(), |(base, _)| base);
    let conn = Database::connect(format!("{base}/{name}"))
        .await
        .expect("connect to the test database");
    Some(Db {
        conn,
        admin: Some((admin, format!("DROP DATABASE {name}"))),
    })
}

/// The tables, created from the entities.
async fn create_tables(conn: &DatabaseConnection) {
    let backend = conn.get_database_backend();
    let schema = Schema::new(backend);
    conn.execute(&schema.create_table_from_entity(org::Entity))
        .await
        .expect("orgs");
    conn.execute(&schema.create_table_from_entity(user::Entity))
        .await
        .expect("users");
    conn.execute(&schema.create_table_from_entity(post::Entity))
        .await
        .expect("posts");
}

/// The error inside a failed read, which must be ours, for `type_name`.
fn decode_error<'e>(err: &'e DbErr, type_name: &str) -> &'e DecodeIdError {
    match err {
        DbErr::TryIntoErr { into, source, .. } => {
            assert_eq!(*into, type_name);
            source
                .downcast_ref::<DecodeIdError>()
                .unwrap_or_else(|| panic!("not a DecodeIdError: {source}"))
        }
        other => panic!("not a TryIntoErr: {other}"),
    }
}

/// The value of the SQL expression `expr`, read as `T`.
async fn read<T: sea_orm::TryGetable>(conn: &DatabaseConnection, expr: &str) -> Result<T, DbErr> {
    let backend = conn.get_database_backend();
    let row = conn
        .query_one_raw(Statement::from_string(
            backend,
            format!("SELECT {expr} AS v"),
        ))
        .await?
        .expect("one row");
    row.try_get::<T>("", "v")
}

async fn still_works(conn: &DatabaseConnection) {
    let one: i32 = read(conn, "1").await.expect("the connection keeps working");
    assert_eq!(one, 1);
}

/// The declared type of `table.column`, as the backend reports it.
async fn column_type(conn: &DatabaseConnection, table: &str, column: &str) -> String {
    let query = match conn.get_database_backend() {
        DatabaseBackend::Postgres => format!(
            "SELECT data_type AS v FROM information_schema.columns \
             WHERE table_schema = current_schema() AND table_name = '{table}' AND column_name = '{column}'"
        ),
        DatabaseBackend::MySql => format!(
            "SELECT CAST(column_type AS CHAR) AS v FROM information_schema.columns \
             WHERE table_schema = DATABASE() AND table_name = '{table}' AND column_name = '{column}'"
        ),
        _ => format!("SELECT type AS v FROM pragma_table_info('{table}') WHERE name = '{column}'"),
    };
    let backend = conn.get_database_backend();
    let row = conn
        .query_one_raw(Statement::from_string(backend, query))
        .await
        .expect("the column's type")
        .expect("the column exists");
    row.try_get::<String>("", "v")
        .expect("a type name")
        .to_lowercase()
}

async fn rows_round_trip(db: Db, native: &str, text: &str) {
    let conn = &db.conn;
    create_tables(conn).await;
    for (table, column, expected) in [
        ("orgs", "id", native),
        ("users", "id", native),
        ("users", "org_id", native),
        ("users", "manager_id", native),
        ("posts", "id", text),
        ("posts", "author_id", native),
    ] {
        assert_eq!(
            column_type(conn, table, column).await,
            expected,
            "{table}.{column}"
        );
    }

    let acme = org::ActiveModel {
        id: Set(OrgId::new()),
        name: Set("Acme".into()),
    }
    .insert(conn)
    .await
    .expect("insert an org");
    let initech = org::ActiveModel {
        id: Set(OrgId::new()),
        name: Set("Initech".into()),
    }
    .insert(conn)
    .await
    .expect("insert an org");
    let ada = user::ActiveModel {
        id: Set(UserId::new()),
        org_id: Set(acme.id),
        manager_id: Set(None),
        name: Set("Ada".into()),
    }
    .insert(conn)
    .await
    .expect("insert a user");
    let bob = user::ActiveModel {
        id: Set(UserId::new()),
        org_id: Set(acme.id),
        manager_id: Set(Some(ada.id)),
        name: Set("Bob".into()),
    }
    .insert(conn)
    .await
    .expect("insert a user");
    let eve = user::ActiveModel {
        id: Set(UserId::new()),
        org_id: Set(initech.id),
        manager_id: Set(None),
        name: Set("Eve".into()),
    }
    .insert(conn)
    .await
    .expect("insert a user");

    // `find_by_id`, `Column::Id.eq`, `is_in`; `ORDER BY id` is creation order.
    let found = user::Entity::find_by_id(bob.id)
        .one(conn)
        .await
        .expect("find")
        .expect("bob");
    assert_eq!(found, bob);
    assert_eq!(
        user::Entity::find_by_id(UserId::new())
            .one(conn)
            .await
            .expect("find"),
        None
    );
    let found = user::Entity::find()
        .filter(user::Column::Id.eq(ada.id))
        .one(conn)
        .await
        .expect("eq");
    assert_eq!(found, Some(ada.clone()));
    let some: Vec<user::Model> = user::Entity::find()
        .filter(user::Column::Id.is_in([ada.id, eve.id]))
        .order_by_asc(user::Column::Id)
        .all(conn)
        .await
        .expect("is_in");
    assert_eq!(some, [ada.clone(), eve.clone()]);

    // A nullable column, compared with an ID and read as `Option`.
    let managed = user::Entity::find()
        .filter(user::Column::ManagerId.eq(ada.id))
        .all(conn)
        .await
        .expect("by manager");
    assert_eq!(managed, std::slice::from_ref(&bob));
    let unmanaged = user::Entity::find()
        .filter(user::Column::ManagerId.is_null())
        .order_by_asc(user::Column::Id)
        .all(conn)
        .await
        .expect("no manager");
    assert_eq!(unmanaged, [ada.clone(), eve.clone()]);

    // An update through the active model.
    let mut moved: user::ActiveModel = bob.clone().into();
    moved.org_id = Set(initech.id);
    moved.manager_id = Set(Some(eve.id));
    let moved = moved.update(conn).await.expect("update");
    assert_eq!((moved.org_id, moved.manager_id), (initech.id, Some(eve.id)));

    // Text storage: a primary key of TypeID text.
    let hello = post::ActiveModel {
        id: Set(PostId::new()),
        author_id: Set(ada.id),
        title: Set("Hello".into()),
    }
    .insert(conn)
    .await
    .expect("insert a post");
    let found = post::Entity::find_by_id(hello.id)
        .one(conn)
        .await
        .expect("find")
        .expect("hello");
    assert_eq!(found, hello);
    let stored: String = read(conn, "(SELECT id FROM posts)")
        .await
        .expect("the stored text");
    assert_eq!(stored, hello.id.to_string());
    // Native storage is the bare UUID, which a raw `Uuid` reads.
    let stored: Uuid = read(conn, "(SELECT id FROM orgs WHERE name = 'Acme')")
        .await
        .expect("the stored UUID");
    assert_eq!(stored, acme.id.uuid());

    // Relations through the typed foreign keys.
    let in_acme = acme
        .find_related(user::Entity)
        .all(conn)
        .await
        .expect("related");
    assert_eq!(
        in_acme.iter().map(|user| user.id).collect::<Vec<_>>(),
        [ada.id]
    );
    let with_author = post::Entity::find()
        .find_also_related(user::Entity)
        .all(conn)
        .await
        .expect("also related");
    assert_eq!(with_author, [(hello.clone(), Some(ada.clone()))]);
    let by_author = user::Entity::find()
        .find_with_related(post::Entity)
        .order_by_asc(user::Column::Id)
        .all(conn)
        .await
        .expect("with related");
    assert_eq!(by_author.len(), 3);
    assert_eq!(by_author[0].1, [hello]);

    db.drop().await;
}

async fn bad_values(db: Db, blob: fn(&str) -> String, text: fn(&str) -> String) {
    let conn = &db.conn;
    let id = UserId::new();
    let hex: String = id
        .uuid()
        .as_bytes()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();

    // Good values first, so that the failures below are the values' fault.
    assert_eq!(
        read::<UserId>(conn, &blob(&hex)).await.expect("16 bytes"),
        id
    );
    assert_eq!(
        read::<Option<UserId>>(conn, "NULL").await.expect("NULL"),
        None
    );

    for (value, starts) in [
        (
            blob(&hex[2..]),
            "invalid UserId: the column does not hold a 16-byte UUID",
        ),
        (
            blob(&format!("{hex}00")),
            "invalid UserId: the column does not hold a 16-byte UUID",
        ),
        (
            text("user_01h455vb4pex5vsknk084sn02q"),
            "invalid UserId: the column holds text",
        ),
        (text(UUID_TEXT), "invalid UserId: the column holds text"),
    ] {
        let err = read::<UserId>(conn, &value).await.expect_err(&value);
        let message = decode_error(&err, "UserId").to_string();
        assert!(message.starts_with(starts), "{value}: {message}");
        if starts.contains("holds text") {
            assert!(message.contains("`sea_orm = \"text\"`"), "{message}");
        }
        still_works(conn).await;
    }
    let err = read::<UserId>(conn, "NULL").await.expect_err("NULL");
    assert!(
        err.to_string()
            .contains("unexpected NULL for a UserId; read a nullable column as Option<UserId>"),
        "{err}"
    );
    still_works(conn).await;

    for value in [
        text(ORG_TEXT),
        text("POST_01H455VB4PEX5VSKNK084SN02Q"),
        text(UUID_TEXT),
    ] {
        let err = read::<PostId>(conn, &value).await.expect_err(&value);
        let decode = decode_error(&err, "PostId");
        assert!(decode.parse_error().is_some(), "{value}: {decode}");
        assert!(decode.to_string().starts_with("invalid PostId"), "{decode}");
        still_works(conn).await;
    }

    db.drop().await;
}

macro_rules! per_backend {
    ($backend:ident, native: $native:literal, text: $text_type:literal, blob: $blob:expr, text: $text:expr) => {
        mod $backend {
            use super::*;

            #[tokio::test]
            async fn rows_round_trip_through_every_query_form() {
                if let Some(db) = super::$backend("round_trip").await {
                    rows_round_trip(db, $native, $text_type).await;
                }
            }

            #[tokio::test]
            async fn bad_values_are_errors_that_name_the_type() {
                if let Some(db) = super::$backend("bad_values").await {
                    bad_values(db, $blob, $text).await;
                }
            }
        }
    };
}

per_backend!(sqlite, native: "uuid_text", text: "varchar(90)", blob: |hex| format!("X'{hex}'"), text: |text| format!("'{text}'"));
per_backend!(mysql, native: "binary(16)", text: "varchar(90)", blob: |hex| format!("X'{hex}'"), text: |text| format!("'{text}'"));
per_backend!(postgres, native: "uuid", text: "character varying", blob: |hex| format!("'\\x{hex}'::bytea"), text: |text| format!("'{text}'::text"));

/// SeaORM reads the joined side of `find_also_related` as `Option`, and a value it cannot read
/// there becomes `None`: the README says so, and this keeps the statement true. Read directly,
/// the same row is the error that names the type.
#[tokio::test]
async fn find_also_related_reads_a_bad_joined_row_as_none() {
    let Some(db) = sqlite("also_related").await else {
        return;
    };
    let conn = &db.conn;
    create_tables(conn).await;
    let org = org::ActiveModel {
        id: Set(OrgId::new()),
        name: Set("Acme".into()),
    }
    .insert(conn)
    .await
    .expect("insert an org");
    let ada = user::ActiveModel {
        id: Set(UserId::new()),
        org_id: Set(org.id),
        manager_id: Set(None),
        name: Set("Ada".into()),
    }
    .insert(conn)
    .await
    .expect("insert a user");
    let post = post::ActiveModel {
        id: Set(PostId::new()),
        author_id: Set(ada.id),
        title: Set("Hi".into()),
    }
    .insert(conn)
    .await
    .expect("insert a post");
    conn.execute_unprepared("UPDATE users SET manager_id = X'0102'")
        .await
        .expect("a bad manager");

    let joined = post::Entity::find()
        .find_also_related(user::Entity)
        .all(conn)
        .await
        .expect("the join itself succeeds");
    assert_eq!(joined, [(post, None)]);
    let err = user::Entity::find_by_id(ada.id)
        .one(conn)
        .await
        .expect_err("read directly");
    assert!(err.to_string().contains("invalid UserId"), "{err}");
}
