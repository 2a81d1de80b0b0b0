//! Typed IDs in PostgreSQL, stored natively (`uuid`) and as text, against a real server.

use ids_core::Uuid;
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

const SCHEMA: &str = include_str!("../sql/postgres.sql");

async fn setup(test: &str) -> Option<db::PgSchema> {
    let schema = db::postgres(test).await?;
    schema
        .pool
        .execute(SCHEMA)
        .await
        .expect("create the tables");
    Some(schema)
}

#[tokio::test]
async fn native_round_trip_order_and_keys() {
    let Some(schema) = setup("pg_native_round_trip").await else {
        return;
    };
    let pool = &schema.pool;
    let users = insert_users(pool).await;

    users_read_back(pool, &users).await;

    let column_type: String = sqlx::query_scalar("SELECT pg_typeof(id)::text FROM users LIMIT 1")
        .fetch_one(pool)
        .await
        .expect("column type");
    assert_eq!(column_type, "uuid");
    let raw: Uuid = sqlx::query_scalar("SELECT id FROM users WHERE id = $1")
        .bind(users[0].id)
        .fetch_one(pool)
        .await
        .expect("select raw");
    assert_eq!(raw, users[0].id.uuid(), "stored as the plain UUID");

    // The foreign key holds: a user of an org that does not exist is refused.
    let err = sqlx::query("INSERT INTO users (id, org) VALUES ($1, $2)")
        .bind(UserId::new())
        .bind(OrgId::new())
        .execute(pool)
        .await
        .expect_err("no such org");
    assert_eq!(
        err.as_database_error().and_then(|e| e.code()).as_deref(),
        Some("23503")
    );
}

#[tokio::test]
async fn native_arrays_and_any() {
    let Some(schema) = setup("pg_native_arrays").await else {
        return;
    };
    let pool = &schema.pool;
    let users = insert_users(pool).await;
    let members: Vec<UserId> = users.iter().map(|u| u.id).collect();

    sqlx::query("INSERT INTO teams (name, members) VALUES ('core', $1)")
        .bind(&members)
        .execute(pool)
        .await
        .expect("insert array");
    let back: Vec<UserId> = sqlx::query_scalar("SELECT members FROM teams WHERE name = 'core'")
        .fetch_one(pool)
        .await
        .expect("select array");
    assert_eq!(back, members);

    let wanted = vec![members[1], members[3]];
    let found: Vec<UserId> =
        sqlx::query_scalar("SELECT id FROM users WHERE id = ANY($1) ORDER BY id")
            .bind(&wanted)
            .fetch_all(pool)
            .await
            .expect("select with ANY");
    assert_eq!(found, wanted);
}

#[tokio::test]
async fn native_reads_legacy_uuids() {
    let Some(schema) = setup("pg_native_legacy").await else {
        return;
    };
    let pool = &schema.pool;
    legacy_rows_read_as_typed_ids(pool).await;
}

#[tokio::test]
async fn native_null_is_an_error_and_the_connection_survives() {
    let Some(schema) = setup("pg_native_null").await else {
        return;
    };
    let pool = &schema.pool;
    let mut conn = pool.acquire().await.expect("connection");
    let err = sqlx::query_scalar::<_, UserId>("SELECT NULL::uuid")
        .fetch_one(&mut *conn)
        .await
        .expect_err("NULL into UserId");
    let source = decode_source(&err);
    assert!(matches!(
        source.downcast_ref::<DecodeIdError>(),
        Some(DecodeIdError::Null {
            type_name: "UserId"
        })
    ));
    assert!(
        err.to_string()
            .contains("unexpected NULL for a UserId; read a nullable column as Option<UserId>, and an array with NULL elements as Vec<Option<UserId>>"),
        "{err}"
    );

    let none: Option<UserId> = sqlx::query_scalar("SELECT NULL::uuid")
        .fetch_one(&mut *conn)
        .await
        .expect("Option");
    assert_eq!(none, None, "the same connection answers the next query");
    drop(conn);
}

#[tokio::test]
async fn native_rejects_text() {
    let Some(schema) = setup("pg_native_rejects_text").await else {
        return;
    };
    native_rejects_text_in(&schema.pool, "SELECT ?::text").await;
    native_rejects_stored_text(&schema.pool, &["text", "char(16)", "varchar(90)"]).await;
}

#[tokio::test]
async fn a_text_column_of_bare_uuids_converts_in_one_statement() {
    let Some(schema) = setup("pg_legacy_text").await else {
        return;
    };
    legacy_text_column_converts_in_one_statement(
        &schema.pool,
        "CREATE TABLE legacy_users (id text PRIMARY KEY, name text NOT NULL)",
        "ALTER TABLE legacy_users ALTER COLUMN id TYPE uuid USING id::uuid",
    )
    .await;
}

/// `char(n)` pads to `n` characters; the padding is not part of the ID.
#[tokio::test]
async fn text_in_padded_char_columns() {
    let Some(schema) = setup("pg_text_char").await else {
        return;
    };
    let pool = &schema.pool;
    pool.execute("CREATE TABLE char_users (id char(40) PRIMARY KEY, exact char(31) NOT NULL)")
        .await
        .expect("create");
    let ids: Vec<TextUserId> = (0..3).map(|_| TextUserId::new()).collect();
    for id in &ids {
        sqlx::query("INSERT INTO char_users (id, exact) VALUES ($1, $1)")
            .bind(id)
            .execute(pool)
            .await
            .expect("insert");
    }
    let read: Vec<(TextUserId, TextUserId)> =
        sqlx::query_as("SELECT id, exact FROM char_users ORDER BY id")
            .fetch_all(pool)
            .await
            .expect("read padded text");
    assert_eq!(
        read,
        ids.iter().map(|id| (*id, *id)).collect::<Vec<_>>(),
        "the padding is dropped"
    );
    let found: TextUserId = sqlx::query_scalar("SELECT id FROM char_users WHERE id = $1")
        .bind(ids[1])
        .fetch_one(pool)
        .await
        .expect("look up by ID");
    assert_eq!(found, ids[1]);
    // In a column that does not pad, a trailing space is a mistake, not padding.
    let err = sqlx::query_scalar::<_, TextUserId>("SELECT $1::text")
        .bind(format!("{} ", ids[0]))
        .fetch_one(pool)
        .await
        .expect_err("a space in text");
    assert!(err.to_string().contains("ends with whitespace"), "{err}");
}

#[tokio::test]
async fn text_round_trip_order_and_keys() {
    let Some(schema) = setup("pg_text_round_trip").await else {
        return;
    };
    let pool = &schema.pool;
    let users = insert_text_users(pool).await;
    let read: Vec<TextUser> =
        sqlx::query_as("SELECT id, org, manager FROM text_users ORDER BY id COLLATE \"C\"")
            .fetch_all(pool)
            .await
            .expect("select users");
    assert_eq!(read, users, "the text sorts in creation order too");

    let stored: String = sqlx::query_scalar("SELECT id FROM text_users WHERE id = $1")
        .bind(users[0].id)
        .fetch_one(pool)
        .await
        .expect("select by id");
    assert_eq!(stored, users[0].id.to_string(), "stored as the full TypeID");

    let team: Vec<TextUserId> = users.iter().map(|u| u.id).collect();
    sqlx::query("INSERT INTO text_teams (name, members) VALUES ('core', $1)")
        .bind(&team)
        .execute(pool)
        .await
        .expect("insert text array");
    let back: Vec<TextUserId> =
        sqlx::query_scalar("SELECT members FROM text_teams WHERE name = 'core'")
            .fetch_one(pool)
            .await
            .expect("select text array");
    assert_eq!(back, team);
    let found: Vec<TextUserId> = sqlx::query_scalar(
        "SELECT id FROM text_users WHERE id = ANY($1) ORDER BY id COLLATE \"C\"",
    )
    .bind(&team[..2])
    .fetch_all(pool)
    .await
    .expect("select with ANY");
    assert_eq!(found, team[..2]);
}

#[tokio::test]
async fn text_rejects_what_is_not_an_id() {
    let Some(db) = setup("pg_text_rejects").await else {
        return;
    };
    text_rejects_what_is_not_an_id_in(&db.pool, "SELECT ?::text").await;
}

/// The macros read the checked-in query data in `tests/.sqlx`, one file per query text; the
/// `/* postgres */` tag keeps this database's queries apart from the same text for another.
#[tokio::test]
async fn checked_query_macros() {
    let Some(schema) = setup("pg_macros").await else {
        return;
    };
    let pool = &schema.pool;
    let users = insert_users(pool).await;

    let read = sqlx::query_as!(
        User,
        r#"/* postgres */ SELECT id AS "id: UserId", org AS "org: OrgId", manager AS "manager: UserId" FROM users ORDER BY id"#
    )
    .fetch_all(pool)
    .await
    .expect("query_as!");
    assert_eq!(read, users);

    let row = sqlx::query!(
        r#"/* postgres */ SELECT id AS "id: UserId", manager AS "manager: UserId" FROM users WHERE id = $1"#,
        users[1].id as UserId
    )
    .fetch_one(pool)
    .await
    .expect("query!");
    assert_eq!((row.id, row.manager), (users[1].id, Some(users[0].id)));

    let ids: Vec<UserId> = users.iter().map(|u| u.id).collect();
    let count = sqlx::query_scalar!(
        r#"/* postgres */ SELECT count(*) AS "count!" FROM users WHERE id = ANY($1)"#,
        &ids as &[UserId]
    )
    .fetch_one(pool)
    .await
    .expect("query_scalar! with an array");
    assert_eq!(count, 5);

    let org = TextOrgId::new();
    sqlx::query!(
        "/* postgres */ INSERT INTO text_orgs (id, name) VALUES ($1, 'acme')",
        org as TextOrgId
    )
    .execute(pool)
    .await
    .expect("query! with a text ID");
    let back = sqlx::query_scalar!(r#"/* postgres */ SELECT id AS "id: TextOrgId" FROM text_orgs"#)
        .fetch_one(pool)
        .await
        .expect("query_scalar! reading a text ID");
    assert_eq!(back, org);

    let user = TextUserId::new();
    sqlx::query!(
        "/* postgres */ INSERT INTO text_users (id, org) VALUES ($1, $2)",
        user as TextUserId,
        org as TextOrgId
    )
    .execute(pool)
    .await
    .expect("query! inserting text IDs");
    let read = sqlx::query_as!(
        TextUser,
        r#"/* postgres */ SELECT id AS "id: TextUserId", org AS "org: TextOrgId", manager AS "manager: TextUserId" FROM text_users"#
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

/// Sixteen tasks generate 100,000 IDs between them and insert them concurrently into a table
/// whose primary key is the typed ID: not one constraint violation.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_inserts_never_collide() {
    let Some(schema) = setup("pg_concurrent").await else {
        return;
    };
    let pool = schema.pool.clone();
    sqlx::query("CREATE TABLE events (id uuid PRIMARY KEY)")
        .execute(&pool)
        .await
        .expect("create table");
    const TASKS: usize = 16;
    const BATCHES: usize = 25;
    const BATCH: usize = 250;
    let tasks: Vec<_> = (0..TASKS)
        .map(|_| {
            let pool = pool.clone();
            tokio::spawn(async move {
                for _ in 0..BATCHES {
                    let ids: Vec<UserId> = (0..BATCH).map(|_| UserId::new()).collect();
                    sqlx::query("INSERT INTO events (id) SELECT * FROM UNNEST($1::uuid[])")
                        .bind(&ids)
                        .execute(&pool)
                        .await
                        .expect("no constraint violation");
                }
            })
        })
        .collect();
    for task in tasks {
        task.await.expect("inserting task panicked");
    }
    let (rows, distinct): (i64, i64) =
        sqlx::query_as("SELECT count(*), count(DISTINCT id) FROM events")
            .fetch_one(&pool)
            .await
            .expect("count");
    assert_eq!((rows, distinct), (100_000, 100_000));
}

#[tokio::test]
async fn a_time_window_by_min_at_and_max_at() {
    let Some(schema) = setup("pg_time_window").await else {
        return;
    };
    let pool = &schema.pool;
    a_time_window_selects_by_its_bounds(pool).await;

    // The bounds are values of the column's own type, so the primary key's index can serve
    // the window (shown with sequential scans off: on a table this small the planner would
    // rather read it all).
    let now = std::time::SystemTime::now();
    let mut conn = pool.acquire().await.expect("a connection");
    conn.execute("SET enable_seqscan = off").await.expect("set");
    let native: Vec<String> =
        sqlx::query_scalar("EXPLAIN SELECT id FROM users WHERE id >= $1 AND id < $2")
            .bind(UserId::min_at(now))
            .bind(UserId::max_at(now))
            .fetch_all(&mut *conn)
            .await
            .expect("explain");
    let text: Vec<String> =
        sqlx::query_scalar("EXPLAIN SELECT id FROM text_users WHERE id >= $1 AND id < $2")
            .bind(TextUserId::min_at(now))
            .bind(TextUserId::max_at(now))
            .fetch_all(&mut *conn)
            .await
            .expect("explain");
    for plan in [native.join("\n"), text.join("\n")] {
        assert!(plan.contains("Index"), "{plan}");
    }
}
