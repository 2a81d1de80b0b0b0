//! Typed IDs in MySQL/MariaDB, stored natively (`BINARY(16)`) and as text, against a real
//! server.

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
use sqlx::Executor;

const SCHEMA: &str = include_str!("../sql/mysql.sql");

async fn setup(test: &str) -> Option<db::MySqlDatabase> {
    let database = db::mysql(test).await?;
    database
        .pool
        .execute(SCHEMA)
        .await
        .expect("create the tables");
    Some(database)
}

#[tokio::test]
async fn native_round_trip_order_and_keys() {
    let Some(database) = setup("my_native_round_trip").await else {
        return;
    };
    let pool = &database.pool;
    let users = insert_users(pool).await;

    users_read_back(pool, &users).await;

    let stored: Vec<u8> = sqlx::query_scalar("SELECT id FROM users WHERE id = ?")
        .bind(users[0].id)
        .fetch_one(pool)
        .await
        .expect("select raw bytes");
    assert_eq!(
        stored,
        users[0].id.uuid().as_bytes(),
        "stored as the 16 UUID bytes"
    );

    let err = sqlx::query("INSERT INTO users (id, org) VALUES (?, ?)")
        .bind(UserId::new())
        .bind(OrgId::new())
        .execute(pool)
        .await
        .expect_err("no such org");
    assert_eq!(
        err.as_database_error().and_then(|e| e.code()).as_deref(),
        Some("23000")
    );
}

#[tokio::test]
async fn native_reads_legacy_uuids() {
    let Some(database) = setup("my_native_legacy").await else {
        return;
    };
    let pool = &database.pool;
    legacy_rows_read_as_typed_ids(pool).await;
}

#[tokio::test]
async fn native_rejects_null_and_wrong_lengths() {
    let Some(database) = setup("my_native_rejects").await else {
        return;
    };
    let mut conn = database.pool.acquire().await.expect("connection");

    let err = sqlx::query_scalar::<_, UserId>("SELECT CAST(NULL AS BINARY(16))")
        .fetch_one(&mut *conn)
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
        let err = sqlx::query_scalar::<_, UserId>("SELECT UNHEX(REPEAT('ab', ?))")
            .bind(len)
            .fetch_one(&mut *conn)
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
            err.to_string().contains(&format!(
                "invalid UserId: the column does not hold a 16-byte UUID (expected 16 bytes, found {len})"
            )),
            "{err}"
        );
    }

    let none: Option<UserId> = sqlx::query_scalar("SELECT CAST(NULL AS BINARY(16))")
        .fetch_one(&mut *conn)
        .await
        .expect("Option");
    assert_eq!(none, None, "the same connection answers the next query");
    drop(conn);
}

#[tokio::test]
async fn native_rejects_text() {
    let Some(database) = setup("my_native_rejects_text").await else {
        return;
    };
    let pool = &database.pool;
    native_rejects_text_in(pool, "SELECT CAST(? AS CHAR)").await;
    native_rejects_stored_text(pool, &["CHAR(16)", "CHAR(36)", "VARCHAR(90)"]).await;
}

/// MariaDB's own `UUID` type (10.7 and later) as a native column: it sends values as their
/// 36-character text, which reads as the UUID it spells.
#[tokio::test]
async fn mariadb_uuid_columns_are_native() {
    let Some(database) = setup("my_mariadb_uuid").await else {
        return;
    };
    let pool = &database.pool;
    let version: String = sqlx::query_scalar("SELECT VERSION()")
        .fetch_one(pool)
        .await
        .expect("version");
    if !version.contains("MariaDB") {
        eprintln!("SKIPPED: {version} is not MariaDB, which alone has a UUID type");
        return;
    }
    pool.execute(
        "CREATE TABLE uuid_users (id UUID PRIMARY KEY, org UUID NOT NULL, manager UUID NULL)",
    )
    .await
    .expect("create");
    let org = OrgId::new();
    let users: Vec<User> = ids_tests::rows::chain(org, 50);
    for user in users.iter().rev() {
        sqlx::query("INSERT INTO uuid_users (id, org, manager) VALUES (?, ?, ?)")
            .bind(user.id)
            .bind(user.org)
            .bind(user.manager)
            .execute(pool)
            .await
            .expect("insert");
    }
    let read: Vec<User> = sqlx::query_as("SELECT id, org, manager FROM uuid_users ORDER BY id")
        .fetch_all(pool)
        .await
        .expect("read back");
    assert_eq!(read, users, "ORDER BY id is creation order for UUIDv7");
    let found: User = sqlx::query_as("SELECT id, org, manager FROM uuid_users WHERE id = ?")
        .bind(users[7].id)
        .fetch_one(pool)
        .await
        .expect("look up by ID");
    assert_eq!(found, users[7]);
    let updated = sqlx::query("UPDATE uuid_users SET manager = NULL WHERE id = ?")
        .bind(users[7].id)
        .execute(pool)
        .await
        .expect("update by ID");
    assert_eq!(updated.rows_affected(), 1);
    let text: String = sqlx::query_scalar("SELECT CAST(id AS CHAR) FROM uuid_users WHERE id = ?")
        .bind(users[0].id)
        .fetch_one(pool)
        .await
        .expect("as text");
    assert_eq!(text, users[0].id.uuid().hyphenated().to_string());
}

#[tokio::test]
async fn a_text_column_of_bare_uuids_converts_in_one_statement() {
    let Some(database) = setup("my_legacy_text").await else {
        return;
    };
    legacy_text_column_converts_in_one_statement(
        &database.pool,
        "CREATE TABLE legacy_users (id CHAR(36) PRIMARY KEY, name VARCHAR(100) NOT NULL)",
        "ALTER TABLE legacy_users MODIFY id UUID NOT NULL",
    )
    .await;
}

#[tokio::test]
async fn text_round_trip_order_and_keys() {
    let Some(database) = setup("my_text_round_trip").await else {
        return;
    };
    let pool = &database.pool;
    let users = insert_text_users(pool).await;
    let read: Vec<TextUser> = sqlx::query_as("SELECT id, org, manager FROM text_users ORDER BY id")
        .fetch_all(pool)
        .await
        .expect("select users");
    assert_eq!(read, users, "the text sorts in creation order too");

    // ascii_bin makes MySQL report the column as binary, so plain sqlx reads it as bytes.
    let stored: Vec<u8> = sqlx::query_scalar("SELECT id FROM text_users WHERE id = ?")
        .bind(users[0].id)
        .fetch_one(pool)
        .await
        .expect("select by id");
    assert_eq!(
        stored,
        users[0].id.to_string().as_bytes(),
        "stored as the full TypeID"
    );
}

#[tokio::test]
async fn text_rejects_what_is_not_an_id() {
    let Some(db) = setup("my_text_rejects").await else {
        return;
    };
    text_rejects_what_is_not_an_id_in(&db.pool, "SELECT CAST(? AS CHAR)").await;
}

/// The macros read the checked-in query data in `tests/.sqlx`, one file per query text; the
/// `/* mysql */` tag keeps this database's queries apart from the same text for another.
#[tokio::test]
async fn checked_query_macros() {
    let Some(database) = setup("my_macros").await else {
        return;
    };
    let pool = &database.pool;
    let users = insert_users(pool).await;

    let read = sqlx::query_as!(
        User,
        "/* mysql */ SELECT id AS `id: UserId`, org AS `org: OrgId`, manager AS `manager: UserId` FROM users ORDER BY id"
    )
    .fetch_all(pool)
    .await
    .expect("query_as!");
    assert_eq!(read, users);

    let row = sqlx::query!(
        "/* mysql */ SELECT id AS `id: UserId`, manager AS `manager: UserId` FROM users WHERE id = ?",
        users[1].id
    )
    .fetch_one(pool)
    .await
    .expect("query!");
    assert_eq!((row.id, row.manager), (users[1].id, Some(users[0].id)));

    let org = TextOrgId::new();
    sqlx::query!(
        "/* mysql */ INSERT INTO text_orgs (id, name) VALUES (?, 'acme')",
        org
    )
    .execute(pool)
    .await
    .expect("query! with a text ID");
    let back = sqlx::query_scalar!("/* mysql */ SELECT id AS `id: TextOrgId` FROM text_orgs")
        .fetch_one(pool)
        .await
        .expect("query_scalar! reading a text ID");
    assert_eq!(back, org);

    let user = TextUserId::new();
    sqlx::query!(
        "/* mysql */ INSERT INTO text_users (id, org) VALUES (?, ?)",
        user,
        org
    )
    .execute(pool)
    .await
    .expect("query! inserting text IDs");
    let read = sqlx::query_as!(
        TextUser,
        "/* mysql */ SELECT id AS `id: TextUserId`, org AS `org: TextOrgId`, manager AS `manager: TextUserId` FROM text_users"
    )
    .fetch_all(pool)
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
    let Some(database) = setup("my_time_window").await else {
        return;
    };
    a_time_window_selects_by_its_bounds(&database.pool).await;
}
