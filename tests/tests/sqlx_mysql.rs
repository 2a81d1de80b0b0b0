//! Typed IDs in MySQL/MariaDB, stored natively (`BINARY(16)`) and as text, against a real
//! server.

use ids_core::{EntityId, ParseIdError, ParseIdErrorKind, Uuid};
use ids_sqlx::DecodeIdError;
use ids_tests::db;
use ids_tests::ids::{LEGACY_UUIDS, OrgId, TextOrgId, TextUserId, UserId};
use ids_tests::rows::{TextUser, User, chain, text_chain};
use sqlx::{Executor, MySqlPool};

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

async fn insert_users(pool: &MySqlPool) -> Vec<User> {
    let org = OrgId::new();
    sqlx::query("INSERT INTO orgs (id, name) VALUES (?, 'acme')")
        .bind(org)
        .execute(pool)
        .await
        .expect("insert org");
    let users = chain(org, 5);
    // Newest first, so that ORDER BY id has something to undo; managers once all rows exist.
    for user in users.iter().rev() {
        sqlx::query("INSERT INTO users (id, org) VALUES (?, ?)")
            .bind(user.id)
            .bind(user.org)
            .execute(pool)
            .await
            .expect("insert user");
    }
    for user in &users {
        sqlx::query("UPDATE users SET manager = ? WHERE id = ?")
            .bind(user.manager)
            .bind(user.id)
            .execute(pool)
            .await
            .expect("set manager");
    }
    users
}

#[tokio::test]
async fn native_round_trip_order_and_keys() {
    let Some(database) = setup("my_native_round_trip").await else {
        return;
    };
    let pool = &database.pool;
    let users = insert_users(pool).await;

    let read: Vec<User> = sqlx::query_as("SELECT id, org, manager FROM users ORDER BY id")
        .fetch_all(pool)
        .await
        .expect("select users");
    assert_eq!(
        read, users,
        "ORDER BY id is creation order; NULL manager reads as None"
    );

    let one: User = sqlx::query_as("SELECT id, org, manager FROM users WHERE id = ?")
        .bind(users[2].id)
        .fetch_one(pool)
        .await
        .expect("select by id");
    assert_eq!(one, users[2]);

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
    let org = Uuid::parse_str(LEGACY_UUIDS[0]).expect("valid UUID");
    sqlx::query("INSERT INTO orgs (id, name) VALUES (?, 'old')")
        .bind(org)
        .execute(pool)
        .await
        .expect("insert raw org");
    for raw in &LEGACY_UUIDS[1..] {
        sqlx::query("INSERT INTO users (id, org) VALUES (?, ?)")
            .bind(Uuid::parse_str(raw).expect("valid UUID"))
            .bind(org)
            .execute(pool)
            .await
            .expect("insert raw user");
    }
    let read: Vec<User> = sqlx::query_as("SELECT id, org, manager FROM users ORDER BY id")
        .fetch_all(pool)
        .await
        .expect("read raw rows as typed IDs");
    let mut expected: Vec<UserId> = LEGACY_UUIDS[1..]
        .iter()
        .map(|raw| UserId::from_uuid(Uuid::parse_str(raw).expect("valid UUID")))
        .collect();
    expected.sort();
    assert_eq!(read.iter().map(|u| u.id).collect::<Vec<_>>(), expected);
    assert!(
        read.iter()
            .all(|u| u.org == OrgId::from_uuid(org) && u.manager.is_none())
    );
    assert!(
        read.iter().all(|u| u.id.created_at().is_none()),
        "version 4 UUIDs carry no time"
    );
    let by_typed: User = sqlx::query_as("SELECT id, org, manager FROM users WHERE id = ?")
        .bind(read[1].id)
        .fetch_one(pool)
        .await
        .expect("look up by the typed ID");
    assert_eq!(by_typed, read[1]);
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
    let sqlx::Error::ColumnDecode { source, .. } = &err else {
        panic!("{err}")
    };
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
        let sqlx::Error::ColumnDecode { source, .. } = &err else {
            panic!("{err}")
        };
        assert!(
            matches!(
                source.downcast_ref::<DecodeIdError>(),
                Some(DecodeIdError::NotAUuid { .. })
            ),
            "{err}"
        );
        assert!(
            err.to_string().contains(&format!(
                "invalid UserId: the column does not hold a 16-byte UUID (Expected 16 bytes, got {len})"
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
async fn text_round_trip_order_and_keys() {
    let Some(database) = setup("my_text_round_trip").await else {
        return;
    };
    let pool = &database.pool;
    let org = TextOrgId::new();
    sqlx::query("INSERT INTO text_orgs (id, name) VALUES (?, 'acme')")
        .bind(org)
        .execute(pool)
        .await
        .expect("insert org");
    let users = text_chain(org, 5);
    for user in users.iter().rev() {
        sqlx::query("INSERT INTO text_users (id, org) VALUES (?, ?)")
            .bind(user.id)
            .bind(user.org)
            .execute(pool)
            .await
            .expect("insert user");
    }
    for user in &users {
        sqlx::query("UPDATE text_users SET manager = ? WHERE id = ?")
            .bind(user.manager)
            .bind(user.id)
            .execute(pool)
            .await
            .expect("set manager");
    }
    // The foreign key holds on text: a manager that does not exist is refused.
    let err = sqlx::query("UPDATE text_users SET manager = ? WHERE id = ?")
        .bind(TextUserId::new())
        .bind(users[0].id)
        .execute(pool)
        .await
        .expect_err("no such manager");
    assert!(
        err.as_database_error()
            .is_some_and(|e| e.is_foreign_key_violation()),
        "{err}"
    );
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
async fn text_rejects_another_prefix_and_garbage() {
    let Some(database) = setup("my_text_rejects").await else {
        return;
    };
    let mut conn = database.pool.acquire().await.expect("connection");
    let err = sqlx::query_scalar::<_, TextUserId>("SELECT 'org_01h455vb4pex5vsknk084sn02q'")
        .fetch_one(&mut *conn)
        .await
        .expect_err("another kind");
    assert!(
        err.to_string().ends_with(r#"invalid TextUserId "org_01h455vb4pex5vsknk084sn02q": expected prefix "user", found "org""#),
        "{err}"
    );
    let sqlx::Error::ColumnDecode { source, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(
        source
            .downcast_ref::<ParseIdError>()
            .map(ParseIdError::kind),
        Some(ParseIdErrorKind::WrongPrefix)
    );

    let err = sqlx::query_scalar::<_, TextUserId>("SELECT CAST(NULL AS CHAR)")
        .fetch_one(&mut *conn)
        .await
        .expect_err("NULL into TextUserId");
    let sqlx::Error::ColumnDecode { source, .. } = &err else {
        panic!("{err}")
    };
    assert!(
        matches!(
            source.downcast_ref::<DecodeIdError>(),
            Some(DecodeIdError::Null {
                type_name: "TextUserId"
            })
        ),
        "{err}"
    );

    for garbage in [
        "",
        "user_",
        "USER_01H455VB4PEX5VSKNK084SN02Q",
        "not an id at all",
    ] {
        let err = sqlx::query_scalar::<_, TextUserId>("SELECT CAST(? AS CHAR)")
            .bind(garbage)
            .fetch_one(&mut *conn)
            .await
            .expect_err(garbage);
        assert!(
            err.to_string().contains("invalid TextUserId"),
            "{garbage:?}: {err}"
        );
    }
    let one: i64 = sqlx::query_scalar("SELECT 1")
        .fetch_one(&mut *conn)
        .await
        .expect("still usable");
    assert_eq!(one, 1);
    drop(conn);
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
async fn text_rejects_a_10_mb_string_quickly_and_stays_usable() {
    let Some(database) = setup("my_text_huge").await else {
        return;
    };
    let mut conn = database.pool.acquire().await.expect("connection");
    let err = sqlx::query_scalar::<_, TextUserId>("SELECT REPEAT('u', 10 * 1024 * 1024)")
        .fetch_one(&mut *conn)
        .await
        .expect_err("10 MB is not an ID");
    let sqlx::Error::ColumnDecode { source, .. } = &err else {
        panic!("{err}")
    };
    assert_eq!(
        source
            .downcast_ref::<ParseIdError>()
            .map(ParseIdError::kind),
        Some(ParseIdErrorKind::Length)
    );
    assert!(
        err.to_string().len() < 400,
        "the message quotes a bounded part: {err}"
    );
    let one: i64 = sqlx::query_scalar("SELECT 1")
        .fetch_one(&mut *conn)
        .await
        .expect("still usable");
    assert_eq!(one, 1);
    drop(conn);
}
