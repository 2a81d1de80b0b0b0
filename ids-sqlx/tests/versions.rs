//! One suite, run once with sqlx 0.8 and once with sqlx 0.9, on SQLite and the real PostgreSQL
//! and MariaDB: the same ID types (each gets both versions' impls) bound and read back in both
//! storages, arrays, MariaDB's `UUID` columns, and every kind of bad value an error that names
//! the type, with the connection still working after it.
//!
//! The servers come from `IDS_TEST_POSTGRES_URL` and `IDS_TEST_MYSQL_URL`, by default the local
//! ones; each test works in temporary tables of one connection. A server that cannot be reached
//! skips with a `SKIPPED` line, unless `IDS_REQUIRE_DB=1`.

use ids_core::{EntityId, Uuid};
use ids_sqlx::DecodeIdError;
use ids_test_support::{mysql_url, postgres_url, unreachable};

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "post", sqlx = "text")]
struct PostId(Uuid);

const ORG_TEXT: &str = "org_01h455vb4pex5vsknk084sn02q";

/// The rows every database writes and reads back: two users, one managing the other, each with
/// a post whose ID is stored as text.
fn rows() -> Vec<(UserId, Option<UserId>, PostId)> {
    let first = UserId::new();
    vec![
        (first, None, PostId::new()),
        (UserId::new(), Some(first), PostId::new()),
    ]
}

macro_rules! suite {
    ($version:ident, $sqlx:ident) => {
        mod $version {
            use super::*;
            use ::$sqlx as sqlx;

            /// The decode error of a failed read, which must be ours.
            fn decode_error(err: &sqlx::Error) -> &DecodeIdError {
                match err {
                    sqlx::Error::ColumnDecode { source, .. } => source
                        .downcast_ref::<DecodeIdError>()
                        .unwrap_or_else(|| panic!("not a DecodeIdError: {source}")),
                    other => panic!("not a decode error: {other}"),
                }
            }

            /// Reads `$sql`'s one value as `$ty`, expects our error matching `$pattern`, then
            /// checks that the connection still answers.
            macro_rules! refused {
                ($pool:expr, $ty:ty, $sql:expr, $pattern:pat) => {{
                    let err = sqlx::query_scalar::<_, $ty>($sql)
                        .fetch_one($pool)
                        .await
                        .expect_err($sql);
                    let decode = decode_error(&err);
                    assert!(matches!(decode, $pattern), "{}: {decode}", $sql);
                    assert!(decode.to_string().contains(<$ty as EntityId>::TYPE_NAME));
                    let one: i32 = sqlx::query_scalar("SELECT 1")
                        .fetch_one($pool)
                        .await
                        .expect("the connection keeps working");
                    assert_eq!(one, 1);
                }};
            }

            /// Inserts `rows()` with `$insert` and reads them back with `$select`.
            macro_rules! round_trip {
                ($pool:expr, $insert:expr, $select:expr) => {{
                    let written = rows();
                    for (id, manager, post) in &written {
                        sqlx::query($insert)
                            .bind(id)
                            .bind(manager)
                            .bind(post)
                            .execute($pool)
                            .await
                            .expect("insert");
                    }
                    let read: Vec<(UserId, Option<UserId>, PostId)> =
                        sqlx::query_as($select).fetch_all($pool).await.expect("select");
                    assert_eq!(read, written);
                    written
                }};
            }

            #[tokio::test]
            async fn sqlite() {
                let pool = sqlx::sqlite::SqlitePoolOptions::new()
                    .max_connections(1)
                    .connect("sqlite::memory:")
                    .await
                    .expect("an in-memory database");
                sqlx::query("CREATE TABLE users (id BLOB PRIMARY KEY, manager BLOB, post TEXT NOT NULL)")
                    .execute(&pool)
                    .await
                    .expect("create");
                round_trip!(
                    &pool,
                    "INSERT INTO users (id, manager, post) VALUES (?, ?, ?)",
                    "SELECT id, manager, post FROM users ORDER BY id"
                );

                refused!(&pool, PostId, "SELECT 'org_01h455vb4pex5vsknk084sn02q'", DecodeIdError::Parse(_));
                refused!(&pool, PostId, "SELECT 'POST_01H455VB4PEX5VSKNK084SN02Q'", DecodeIdError::Parse(_));
                refused!(&pool, UserId, "SELECT 'user_01h455vb4pex5vsknk084sn02q'", DecodeIdError::TextInNativeColumn { key: "sqlx", .. });
                refused!(&pool, UserId, "SELECT randomblob(15)", DecodeIdError::NotAUuid { .. });
                refused!(&pool, UserId, "SELECT randomblob(17)", DecodeIdError::NotAUuid { .. });
                refused!(&pool, UserId, "SELECT NULL", DecodeIdError::Null { .. });
            }

            #[tokio::test]
            async fn postgres() {
                let url = postgres_url();
                let pool = match sqlx::postgres::PgPoolOptions::new().max_connections(1).connect(&url).await {
                    Ok(pool) => pool,
                    Err(err) => {
                        unreachable::<()>("PostgreSQL", &url, &err);
                        return;
                    }
                };
                sqlx::query("CREATE TEMPORARY TABLE users (id uuid PRIMARY KEY, manager uuid, post text NOT NULL)")
                    .execute(&pool)
                    .await
                    .expect("create");
                let written = round_trip!(
                    &pool,
                    "INSERT INTO users (id, manager, post) VALUES ($1, $2, $3)",
                    "SELECT id, manager, post FROM users ORDER BY id"
                );

                // Arrays of both storages, as `= ANY($1)` binds them.
                let ids: Vec<UserId> = written.iter().map(|row| row.0).collect();
                let found: Vec<UserId> = sqlx::query_scalar("SELECT id FROM users WHERE id = ANY($1) ORDER BY id")
                    .bind(&ids)
                    .fetch_all(&pool)
                    .await
                    .expect("uuid[]");
                assert_eq!(found, ids);
                let posts: Vec<PostId> = written.iter().map(|row| row.2).collect();
                let found: Vec<PostId> = sqlx::query_scalar("SELECT post FROM users WHERE post = ANY($1) ORDER BY id")
                    .bind(&posts)
                    .fetch_all(&pool)
                    .await
                    .expect("text[]");
                assert_eq!(found, posts);

                refused!(&pool, PostId, "SELECT 'org_01h455vb4pex5vsknk084sn02q'::text", DecodeIdError::Parse(_));
                refused!(&pool, PostId, "SELECT '01890a5d-ac96-774b-bcce-b302099a8057'::text", DecodeIdError::Parse(_));
                refused!(&pool, UserId, "SELECT 'user_01h455vb4pex5vsknk084sn02q'::text", DecodeIdError::TextInNativeColumn { key: "sqlx", .. });
                refused!(&pool, UserId, "SELECT NULL::uuid", DecodeIdError::Null { .. });
                assert!(ORG_TEXT.starts_with("org_"));
            }

            #[tokio::test]
            async fn mariadb() {
                let url = mysql_url();
                let pool = match sqlx::mysql::MySqlPoolOptions::new().max_connections(1).connect(&url).await {
                    Ok(pool) => pool,
                    Err(err) => {
                        unreachable::<()>("MariaDB", &url, &err);
                        return;
                    }
                };
                sqlx::query(
                    "CREATE TEMPORARY TABLE users (id BINARY(16) PRIMARY KEY, manager BINARY(16),
                     post VARCHAR(90) CHARACTER SET ascii COLLATE ascii_bin NOT NULL)",
                )
                .execute(&pool)
                .await
                .expect("create");
                round_trip!(
                    &pool,
                    "INSERT INTO users (id, manager, post) VALUES (?, ?, ?)",
                    "SELECT id, manager, post FROM users ORDER BY id"
                );

                // MariaDB's own UUID type: sent as text with a binary flag, read as the UUID.
                sqlx::query("CREATE TEMPORARY TABLE uuids (id UUID PRIMARY KEY)")
                    .execute(&pool)
                    .await
                    .expect("create a UUID column");
                let id = UserId::new();
                sqlx::query("INSERT INTO uuids (id) VALUES (?)").bind(id).execute(&pool).await.expect("insert");
                let read: UserId = sqlx::query_scalar("SELECT id FROM uuids WHERE id = ?")
                    .bind(id)
                    .fetch_one(&pool)
                    .await
                    .expect("a UUID column reads natively");
                assert_eq!(read, id);

                refused!(&pool, PostId, "SELECT 'org_01h455vb4pex5vsknk084sn02q'", DecodeIdError::Parse(_));
                refused!(&pool, UserId, "SELECT 'user_01h455vb4pex5vsknk084sn02q'", DecodeIdError::TextInNativeColumn { key: "sqlx", .. });
                refused!(&pool, UserId, "SELECT X'0102030405060708090a0b0c0d0e0f'", DecodeIdError::NotAUuid { .. });
                refused!(&pool, UserId, "SELECT NULL", DecodeIdError::Null { .. });
            }
        }
    };
}

suite!(on_sqlx08, sqlx08);
suite!(on_sqlx09, sqlx);
