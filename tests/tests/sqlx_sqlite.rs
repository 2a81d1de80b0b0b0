//! Typed IDs in SQLite, stored natively (a 16-byte `BLOB`) and as text, in real in-memory and
//! file databases.

use ids_core::{EntityId, ParseIdError, ParseIdErrorKind, Uuid};
use ids_sqlx::DecodeIdError;
use ids_tests::db;
use ids_tests::ids::{LEGACY_UUIDS, OrgId, TextOrgId, TextUserId, UserId};
use ids_tests::rows::{TextUser, User, chain, text_chain};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use sqlx::{Executor, SqlitePool};

const SCHEMA: &str = include_str!("../sql/sqlite.sql");

async fn setup() -> SqlitePool {
    let pool = db::sqlite().await;
    pool.execute(SCHEMA).await.expect("create the tables");
    pool
}

async fn insert_users(pool: &SqlitePool) -> Vec<User> {
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
    let pool = setup().await;
    let users = insert_users(&pool).await;

    let read: Vec<User> = sqlx::query_as("SELECT id, org, manager FROM users ORDER BY id")
        .fetch_all(&pool)
        .await
        .expect("select users");
    assert_eq!(
        read, users,
        "ORDER BY id is creation order; NULL manager reads as None"
    );

    let one: User = sqlx::query_as("SELECT id, org, manager FROM users WHERE id = ?")
        .bind(users[2].id)
        .fetch_one(&pool)
        .await
        .expect("select by id");
    assert_eq!(one, users[2]);

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
    let org = Uuid::parse_str(LEGACY_UUIDS[0]).expect("valid UUID");
    sqlx::query("INSERT INTO orgs (id, name) VALUES (?, 'old')")
        .bind(org)
        .execute(&pool)
        .await
        .expect("insert raw org");
    for raw in &LEGACY_UUIDS[1..] {
        sqlx::query("INSERT INTO users (id, org) VALUES (?, ?)")
            .bind(Uuid::parse_str(raw).expect("valid UUID"))
            .bind(org)
            .execute(&pool)
            .await
            .expect("insert raw user");
    }
    let read: Vec<User> = sqlx::query_as("SELECT id, org, manager FROM users ORDER BY id")
        .fetch_all(&pool)
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
        .fetch_one(&pool)
        .await
        .expect("look up by the typed ID");
    assert_eq!(by_typed, read[1]);
}

#[tokio::test]
async fn native_rejects_null_and_wrong_lengths() {
    let pool = setup().await;
    let err = sqlx::query_scalar::<_, UserId>("SELECT NULL")
        .fetch_one(&pool)
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
        let err = sqlx::query_scalar::<_, UserId>("SELECT randomblob(?)")
            .bind(len)
            .fetch_one(&pool)
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
async fn text_round_trip_order_and_keys() {
    let pool = setup().await;
    let org = TextOrgId::new();
    sqlx::query("INSERT INTO text_orgs (id, name) VALUES (?, 'acme')")
        .bind(org)
        .execute(&pool)
        .await
        .expect("insert org");
    let users = text_chain(org, 5);
    for user in users.iter().rev() {
        sqlx::query("INSERT INTO text_users (id, org) VALUES (?, ?)")
            .bind(user.id)
            .bind(user.org)
            .execute(&pool)
            .await
            .expect("insert user");
    }
    for user in &users {
        sqlx::query("UPDATE text_users SET manager = ? WHERE id = ?")
            .bind(user.manager)
            .bind(user.id)
            .execute(&pool)
            .await
            .expect("set manager");
    }
    // The foreign key holds on text: a manager that does not exist is refused.
    let err = sqlx::query("UPDATE text_users SET manager = ? WHERE id = ?")
        .bind(TextUserId::new())
        .bind(users[0].id)
        .execute(&pool)
        .await
        .expect_err("no such manager");
    assert!(
        err.as_database_error()
            .is_some_and(|e| e.is_foreign_key_violation()),
        "{err}"
    );
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
async fn text_rejects_another_prefix_and_garbage() {
    let pool = setup().await;
    let err = sqlx::query_scalar::<_, TextUserId>("SELECT 'org_01h455vb4pex5vsknk084sn02q'")
        .fetch_one(&pool)
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

    let err = sqlx::query_scalar::<_, TextUserId>("SELECT NULL")
        .fetch_one(&pool)
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
        let err = sqlx::query_scalar::<_, TextUserId>("SELECT ?")
            .bind(garbage)
            .fetch_one(&pool)
            .await
            .expect_err(garbage);
        assert!(
            err.to_string().contains("invalid TextUserId"),
            "{garbage:?}: {err}"
        );
    }
    let one: i64 = sqlx::query_scalar("SELECT 1")
        .fetch_one(&pool)
        .await
        .expect("still usable");
    assert_eq!(one, 1);
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
async fn text_rejects_a_10_mb_string_quickly_and_stays_usable() {
    let pool = setup().await;
    let err = sqlx::query_scalar::<_, TextUserId>("SELECT printf('%.*c', 10 * 1024 * 1024, 'u')")
        .fetch_one(&pool)
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
        .fetch_one(&pool)
        .await
        .expect("still usable");
    assert_eq!(one, 1);
}
