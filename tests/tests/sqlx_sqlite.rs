//! Typed IDs in SQLite, stored natively (a 16-byte `BLOB`) and as text, in real in-memory and
//! file databases.

use ids_sqlx::DecodeIdError;
use ids_tests::db;
use ids_tests::ids::{OrgId, TextOrgId, TextUserId, UserId};
use ids_tests::rows::{TextUser, User};
use ids_tests::shared::{
    a_time_window_selects_by_its_bounds, decode_source, insert_text_users, insert_users,
    legacy_rows_read_as_typed_ids, legacy_text_column_converts_in_one_statement,
    native_rejects_stored_text, native_rejects_text as native_rejects_text_in,
    text_rejects_what_is_not_an_id as text_rejects_what_is_not_an_id_in, users_read_back,
};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{Executor, SqlitePool};

const SCHEMA: &str = include_str!("../sql/sqlite.sql");

async fn setup() -> SqlitePool {
    let pool = db::sqlite().await;
    pool.execute(SCHEMA).await.expect("create the tables");
    pool
}

#[tokio::test]
async fn native_round_trip_order_and_keys() {
    let pool = setup().await;
    let users = insert_users(&pool).await;

    users_read_back(&pool, &users).await;

    let (kind, stored): (String, Vec<u8>) =
        sqlx::query_as("SELECT typeof(id), id FROM users WHERE id = ?")
            .bind(users[0].id)
            .fetch_one(&pool)
            .await
            .expect("select raw");
    assert_eq!(
        (kind.as_str(), stored.as_slice()),
        ("blob", &users[0].id.uuid().as_bytes()[..])
    );

    let err = sqlx::query("INSERT INTO users (id, org) VALUES (?, ?)")
        .bind(UserId::new())
        .bind(OrgId::new())
        .execute(&pool)
        .await
        .expect_err("no such org");
    assert_eq!(
        err.as_database_error().and_then(|e| e.code()).as_deref(),
        Some("787"),
        "SQLITE_CONSTRAINT_FOREIGNKEY"
    );
}

#[tokio::test]
async fn native_reads_legacy_uuids() {
    let pool = setup().await;
    legacy_rows_read_as_typed_ids(&pool).await;
}

#[tokio::test]
async fn native_rejects_null_and_wrong_lengths() {
    let pool = setup().await;
    let err = sqlx::query_scalar::<_, UserId>("SELECT NULL")
        .fetch_one(&pool)
        .await
        .expect_err("NULL into UserId");
    let source = decode_source(&err);
    assert!(
        matches!(
            source.downcast_ref::<DecodeIdError>(),
            Some(DecodeIdError::Null { .. })
        ),
        "{err}"
    );

    for len in [15, 17] {
        let err = sqlx::query_scalar::<_, UserId>("SELECT randomblob(?)")
            .bind(len)
            .fetch_one(&pool)
            .await
            .expect_err("a blob that is not 16 bytes");
        let source = decode_source(&err);
        assert!(
            matches!(
                source.downcast_ref::<DecodeIdError>(),
                Some(DecodeIdError::NotAUuid { .. })
            ),
            "{err}"
        );
        assert!(
            err.to_string()
                .contains("invalid UserId: the column does not hold a 16-byte UUID"),
            "{err}"
        );
    }
    let none: Option<UserId> = sqlx::query_scalar("SELECT NULL")
        .fetch_one(&pool)
        .await
        .expect("Option");
    assert_eq!(none, None, "the same connection answers the next query");
}

#[tokio::test]
async fn native_rejects_text() {
    let pool = setup().await;
    native_rejects_text_in(&pool, "SELECT ?").await;
    // SQLite keeps each value's own type, whatever the column says.
    native_rejects_stored_text(&pool, &["", "BLOB", "TEXT"]).await;
}

#[tokio::test]
async fn a_text_column_of_bare_uuids_converts_in_one_statement() {
    let pool = setup().await;
    legacy_text_column_converts_in_one_statement(
        &pool,
        "CREATE TABLE legacy_users (id TEXT PRIMARY KEY, name TEXT NOT NULL)",
        "UPDATE legacy_users SET id = unhex(replace(id, '-', ''))",
    )
    .await;
}

#[tokio::test]
async fn text_round_trip_order_and_keys() {
    let pool = setup().await;
    let users = insert_text_users(&pool).await;
    let read: Vec<TextUser> = sqlx::query_as("SELECT id, org, manager FROM text_users ORDER BY id")
        .fetch_all(&pool)
        .await
        .expect("select users");
    assert_eq!(read, users, "the text sorts in creation order too");

    let stored: String = sqlx::query_scalar("SELECT id FROM text_users WHERE id = ?")
        .bind(users[0].id)
        .fetch_one(&pool)
        .await
        .expect("select by id");
    assert_eq!(stored, users[0].id.to_string(), "stored as the full TypeID");
}

#[tokio::test]
async fn text_rejects_what_is_not_an_id() {
    let pool = setup().await;
    text_rejects_what_is_not_an_id_in(&pool, "SELECT ?").await;
}

#[tokio::test]
async fn a_file_database_keeps_ids_across_connections() {
    let dir = std::env::temp_dir().join(format!("ids-sqlite-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("ids.db");
    let _ = std::fs::remove_file(&path);
    let options = SqliteConnectOptions::new()
        .filename(&path)
        .create_if_missing(true);

    let pool = SqlitePoolOptions::new()
        .connect_with(options.clone())
        .await
        .expect("create the file");
    pool.execute(SCHEMA).await.expect("create the tables");
    let users = insert_users(&pool).await;
    pool.close().await;

    let pool = SqlitePoolOptions::new()
        .connect_with(options)
        .await
        .expect("reopen the file");
    let read: Vec<User> = sqlx::query_as("SELECT id, org, manager FROM users ORDER BY id")
        .fetch_all(&pool)
        .await
        .expect("select users");
    assert_eq!(read, users);
    pool.close().await;
    std::fs::remove_dir_all(&dir).expect("remove the temp dir");
}

/// The macros read the checked-in query data in `tests/.sqlx`, one file per query text; the
/// `/* sqlite */` tag keeps this database's queries apart from the same text for another.
#[tokio::test]
async fn checked_query_macros() {
    let pool = setup().await;
    let users = insert_users(&pool).await;

    let read = sqlx::query_as!(
        User,
        r#"/* sqlite */ SELECT id AS "id: UserId", org AS "org: OrgId", manager AS "manager: UserId" FROM users ORDER BY id"#
    )
    .fetch_all(&pool)
    .await
    .expect("query_as!");
    assert_eq!(read, users);

    let row = sqlx::query!(
        r#"/* sqlite */ SELECT id AS "id: UserId", manager AS "manager: UserId" FROM users WHERE id = ?"#,
        users[1].id
    )
    .fetch_one(&pool)
    .await
    .expect("query!");
    assert_eq!((row.id, row.manager), (users[1].id, Some(users[0].id)));

    let org = TextOrgId::new();
    sqlx::query!(
        "/* sqlite */ INSERT INTO text_orgs (id, name) VALUES (?, 'acme')",
        org
    )
    .execute(&pool)
    .await
    .expect("query! with a text ID");
    let back = sqlx::query_scalar!(r#"/* sqlite */ SELECT id AS "id: TextOrgId" FROM text_orgs"#)
        .fetch_one(&pool)
        .await
        .expect("query_scalar! reading a text ID");
    assert_eq!(back, org);

    let user = TextUserId::new();
    sqlx::query!(
        "/* sqlite */ INSERT INTO text_users (id, org) VALUES (?, ?)",
        user,
        org
    )
    .execute(&pool)
    .await
    .expect("query! inserting text IDs");
    let read = sqlx::query_as!(
        TextUser,
        r#"/* sqlite */ SELECT id AS "id: TextUserId", org AS "org: TextOrgId", manager AS "manager: TextUserId" FROM text_users"#
    )
    .fetch_all(&pool)
    .await
    .expect("query_as! reading text IDs");
    assert_eq!(
        read,
        [TextUser {
            id: user,
            org,
            manager: None
        }]
    );
}

#[tokio::test]
async fn a_time_window_by_min_at_and_max_at() {
    let pool = setup().await;
    a_time_window_selects_by_its_bounds(&pool).await;
}
