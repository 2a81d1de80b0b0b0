//! The database tests that read the same on every database, written once over sqlx's
//! `Database`: each `tests/sqlx_*.rs` calls them with its own pool. SQL is written with `?`
//! placeholders; [`sql`] numbers them for PostgreSQL.

use ids_core::{EntityId, Uuid};
use sqlx::database::Database;
use sqlx::{Decode, Encode, Executor, FromRow, Pool, Type};

use crate::ids::{LEGACY_UUIDS, OrgId, TextOrgId, TextUserId, UserId};
use crate::rows::{TextUser, User, chain, text_chain};
use crate::sqlx_version::{Args, IntoArgs};

/// `query` with its `?` placeholders numbered `$1`, `$2`, … for PostgreSQL, as [`built`] text.
pub fn sql<DB: Database>(query: &str) -> &'static str {
    built(numbered::<DB>(query))
}

/// SQL built at run time, leaked to make it `'static`, which both sqlx versions take as a query
/// (0.9 takes no other text unless it is marked as checked). The tests build a few hundred.
pub fn built(sql: String) -> &'static str {
    Box::leak(sql.into_boxed_str())
}

fn numbered<DB: Database>(query: &str) -> String {
    if DB::NAME != "PostgreSQL" {
        return query.to_owned();
    }
    let mut numbered = String::with_capacity(query.len() + 8);
    let mut n = 0;
    for c in query.chars() {
        if c == '?' {
            n += 1;
            numbered.push_str(&format!("${n}"));
        } else {
            numbered.push(c);
        }
    }
    numbered
}

/// The cause of a decode error, for tests that expect one.
pub fn decode_source(err: &sqlx::Error) -> &(dyn std::error::Error + Send + Sync + 'static) {
    match err {
        sqlx::Error::ColumnDecode { source, .. } => &**source,
        other => panic!("expected a decode error, got {other}"),
    }
}

/// What a value needs to be bound to a query of `DB`.
pub trait Bind<DB: Database>: for<'q> Encode<'q, DB> + Type<DB> + Send + 'static {}

impl<DB: Database, T: for<'q> Encode<'q, DB> + Type<DB> + Send + 'static> Bind<DB> for T {}

/// Runs `query` with `args` bound in order, expecting success.
macro_rules! run {
    ($pool:expr, $query:expr $(, $arg:expr)* ; $what:literal) => {
        sqlx::query(sql::<DB>($query))$(.bind($arg))*.execute($pool).await.expect($what)
    };
}

/// An org and a chain of five users, inserted newest first (so that `ORDER BY id` has work to
/// do) and given their managers once all rows exist.
pub async fn insert_users<DB: Database>(pool: &Pool<DB>) -> Vec<User>
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'q> Args<'q, DB>: IntoArgs<'q, DB>,
    UserId: Bind<DB>,
    OrgId: Bind<DB>,
    Option<UserId>: Bind<DB>,
{
    let org = OrgId::new();
    run!(pool, "INSERT INTO orgs (id, name) VALUES (?, 'acme')", org; "insert org");
    let users = chain(org, 5);
    for user in users.iter().rev() {
        run!(pool, "INSERT INTO users (id, org) VALUES (?, ?)", user.id, user.org; "insert user");
    }
    for user in &users {
        run!(pool, "UPDATE users SET manager = ? WHERE id = ?", user.manager, user.id; "set manager");
    }
    users
}

/// Reads `users` back: all of them by `ORDER BY id`, which is creation order, with NULL
/// managers as `None`; and one by `WHERE id = ?`.
pub async fn users_read_back<DB: Database>(pool: &Pool<DB>, users: &[User])
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'q> Args<'q, DB>: IntoArgs<'q, DB>,
    for<'r> User: FromRow<'r, DB::Row>,
    UserId: Bind<DB>,
{
    let read: Vec<User> =
        sqlx::query_as(sql::<DB>("SELECT id, org, manager FROM users ORDER BY id"))
            .fetch_all(pool)
            .await
            .expect("select users");
    assert_eq!(
        read, users,
        "ORDER BY id is creation order; NULL manager reads as None"
    );
    let one: User = sqlx::query_as(sql::<DB>("SELECT id, org, manager FROM users WHERE id = ?"))
        .bind(users[2].id)
        .fetch_one(pool)
        .await
        .expect("select by id");
    assert_eq!(one, users[2]);
}

/// The same for text storage, and the foreign key between text IDs refusing a manager that
/// does not exist.
pub async fn insert_text_users<DB: Database>(pool: &Pool<DB>) -> Vec<TextUser>
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'q> Args<'q, DB>: IntoArgs<'q, DB>,
    TextUserId: Bind<DB>,
    TextOrgId: Bind<DB>,
    Option<TextUserId>: Bind<DB>,
{
    let org = TextOrgId::new();
    run!(pool, "INSERT INTO text_orgs (id, name) VALUES (?, 'acme')", org; "insert org");
    let users = text_chain(org, 5);
    for user in users.iter().rev() {
        run!(pool, "INSERT INTO text_users (id, org) VALUES (?, ?)", user.id, user.org; "insert user");
    }
    for user in &users {
        run!(pool, "UPDATE text_users SET manager = ? WHERE id = ?", user.manager, user.id; "set manager");
    }
    let refused = sqlx::query(sql::<DB>("UPDATE text_users SET manager = ? WHERE id = ?"))
        .bind(TextUserId::new())
        .bind(users[0].id)
        .execute(pool)
        .await;
    let Err(err) = refused else {
        panic!("a manager that does not exist was accepted")
    };
    assert!(
        err.as_database_error()
            .is_some_and(|e| e.is_foreign_key_violation()),
        "{err}"
    );
    users
}

/// Rows written as raw random UUIDs, the state a migration starts from, read back as typed
/// IDs, and found again by them.
pub async fn legacy_rows_read_as_typed_ids<DB: Database>(pool: &Pool<DB>)
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'q> Args<'q, DB>: IntoArgs<'q, DB>,
    for<'r> User: FromRow<'r, DB::Row>,
    Uuid: Bind<DB>,
    UserId: Bind<DB> + for<'r> Decode<'r, DB>,
{
    let parse = |raw: &str| Uuid::parse_str(raw).expect("valid UUID");
    let org = parse(LEGACY_UUIDS[0]);
    run!(pool, "INSERT INTO orgs (id, name) VALUES (?, 'old')", org; "insert raw org");
    for raw in &LEGACY_UUIDS[1..] {
        run!(pool, "INSERT INTO users (id, org) VALUES (?, ?)", parse(raw), org; "insert raw user");
    }
    let read: Vec<User> =
        sqlx::query_as(sql::<DB>("SELECT id, org, manager FROM users ORDER BY id"))
            .fetch_all(pool)
            .await
            .expect("read raw rows as typed IDs");
    let mut expected: Vec<UserId> = LEGACY_UUIDS[1..]
        .iter()
        .map(|raw| UserId::from_uuid(parse(raw)))
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
    let by_typed: User =
        sqlx::query_as(sql::<DB>("SELECT id, org, manager FROM users WHERE id = ?"))
            .bind(read[1].id)
            .fetch_one(pool)
            .await
            .expect("look up by the typed ID");
    assert_eq!(by_typed, read[1]);
}

/// Text that is not an ID of the type, read from a text column: another kind, NULL, garbage
/// and 10 MB. Each is an error that names the type, never a panic, and the connection answers
/// the next query. `select_text` selects its one parameter as text, in the database's syntax.
pub async fn text_rejects_what_is_not_an_id<DB: Database>(pool: &Pool<DB>, select_text: &str)
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'q> Args<'q, DB>: IntoArgs<'q, DB>,
    (TextUserId,): for<'r> FromRow<'r, DB::Row>,
    Option<String>: Bind<DB>,
{
    use ids_core::{ParseIdError, ParseIdErrorKind};
    use ids_sqlx::DecodeIdError;

    let query = sql::<DB>(select_text);
    let mut conn = pool.acquire().await.expect("a connection");
    let mut read = async |text: Option<String>| {
        sqlx::query_as::<_, (TextUserId,)>(query)
            .bind(text)
            .fetch_one(&mut *conn)
            .await
            .map(|(id,)| id)
    };

    let err = read(Some("org_01h455vb4pex5vsknk084sn02q".into()))
        .await
        .expect_err("another kind");
    let message = err.to_string();
    assert!(
        message.ends_with(r#"invalid TextUserId "org_01h455vb4pex5vsknk084sn02q": expected prefix "user", found "org""#),
        "{message}"
    );
    let source = decode_source(&err);
    assert_eq!(
        source
            .downcast_ref::<DecodeIdError>()
            .and_then(DecodeIdError::parse_error)
            .map(ParseIdError::kind),
        Some(ParseIdErrorKind::WrongPrefix)
    );
    assert!(
        source.source().is_none(),
        "the cause is in the message once"
    );

    let null = read(None).await.expect_err("NULL into TextUserId");
    let source = decode_source(&null);
    assert!(
        matches!(
            source.downcast_ref::<DecodeIdError>(),
            Some(DecodeIdError::Null {
                type_name: "TextUserId"
            })
        ),
        "{source}"
    );

    for garbage in [
        "",
        "user_",
        "USER_01H455VB4PEX5VSKNK084SN02Q",
        "not an id at all",
    ] {
        let err = read(Some(garbage.into())).await.expect_err(garbage);
        assert!(
            err.to_string().contains("invalid TextUserId"),
            "{garbage:?}: {err}"
        );
    }

    let huge = read(Some("u".repeat(10 << 20)))
        .await
        .expect_err("10 MB is not an ID");
    assert!(
        huge.to_string().len() < 400,
        "the message quotes a bounded part: {huge}"
    );
    let source = decode_source(&huge);
    assert_eq!(
        source
            .downcast_ref::<DecodeIdError>()
            .and_then(DecodeIdError::parse_error)
            .map(ParseIdError::kind),
        Some(ParseIdErrorKind::Length)
    );

    let id = TextUserId::new();
    assert_eq!(
        read(Some(id.to_string())).await.ok(),
        Some(id),
        "the connection is still usable"
    );
}

/// Text read into a natively stored ID: 16 characters (as many as a UUID has bytes) and a
/// TypeID. Each is an error that names the type and the storage that reads text, never 16
/// characters taken for a UUID. `select_text` selects its one parameter as text.
pub async fn native_rejects_text<DB: Database>(pool: &Pool<DB>, select_text: &str)
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'q> Args<'q, DB>: IntoArgs<'q, DB>,
    (UserId,): for<'r> FromRow<'r, DB::Row>,
    String: Bind<DB>,
{
    use ids_sqlx::DecodeIdError;

    let query = sql::<DB>(select_text);
    for text in [
        "abcdefghijklmnop".to_owned(),
        UserId::new().to_string(),
        LEGACY_UUIDS[0].to_owned(),
    ] {
        let err = sqlx::query_as::<_, (UserId,)>(query)
            .bind(text.clone())
            .fetch_one(pool)
            .await
            .expect_err("text is not a native ID");
        let source = decode_source(&err);
        assert!(
            matches!(
                source.downcast_ref::<DecodeIdError>(),
                Some(DecodeIdError::TextInNativeColumn {
                    type_name: "UserId",
                    ..
                })
            ),
            "{text}: {source}"
        );
        let message = source.to_string();
        assert!(
            message.starts_with("invalid UserId: the column holds text")
                && message.contains("sqlx = \"text\""),
            "{message}"
        );
        assert!(source.source().is_none());
    }
}

/// Text stored in a native ID's column, as a mistaken write or an older schema leaves it: each
/// of `columns` (a column type, possibly empty for SQLite) holding 16 characters fails to read
/// as a `UserId`, naming the text column, and never as 16 bytes of UUID.
pub async fn native_rejects_stored_text<DB: Database>(pool: &Pool<DB>, columns: &[&str])
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'q> Args<'q, DB>: IntoArgs<'q, DB>,
    (UserId,): for<'r> FromRow<'r, DB::Row>,
{
    use ids_sqlx::DecodeIdError;

    // A table per column type: PostgreSQL refuses a cached statement whose result type changed.
    for (n, column) in columns.iter().enumerate() {
        run!(pool, &format!("CREATE TABLE mixed_{n} (id {column})"); "create");
        run!(pool, &format!("INSERT INTO mixed_{n} VALUES ('abcdefghijklmnop')"); "insert");
        let err = sqlx::query_as::<_, (UserId,)>(sql::<DB>(&format!("SELECT id FROM mixed_{n}")))
            .fetch_one(pool)
            .await
            .expect_err("text is not a UUID");
        assert!(
            matches!(
                decode_source(&err).downcast_ref::<DecodeIdError>(),
                Some(DecodeIdError::TextInNativeColumn { .. })
            ),
            "{column}: {err}"
        );
    }
}

/// The tested way off a text column of bare UUIDs: one statement turns it into a native
/// column, after which the ID read from each old row finds that row again (updates match
/// it, a second insert is refused) and new rows sit beside the old ones.
///
/// `create` makes `legacy_users (id <text> PRIMARY KEY, name <text>)`; `convert` is the
/// statement MIGRATION.md gives for the database.
pub async fn legacy_text_column_converts_in_one_statement<DB: Database>(
    pool: &Pool<DB>,
    create: &str,
    convert: &str,
) where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'q> Args<'q, DB>: IntoArgs<'q, DB>,
    (UserId, String): for<'r> FromRow<'r, DB::Row>,
    (i64,): for<'r> FromRow<'r, DB::Row>,
    UserId: Bind<DB>,
    String: Bind<DB>,
{
    run!(pool, create; "create the legacy table");
    // The spellings old code wrote: hyphenated, upper case, without hyphens.
    let spellings = [
        LEGACY_UUIDS[0].to_owned(),
        LEGACY_UUIDS[1].to_uppercase(),
        LEGACY_UUIDS[2].replace('-', ""),
    ];
    for (n, text) in spellings.iter().enumerate() {
        run!(pool, "INSERT INTO legacy_users (id, name) VALUES (?, ?)", text.clone(), format!("old {n}"); "insert a legacy row");
    }
    run!(pool, convert; "convert the column");

    let rows: Vec<(UserId, String)> =
        sqlx::query_as(sql::<DB>("SELECT id, name FROM legacy_users ORDER BY name"))
            .fetch_all(pool)
            .await
            .expect("old rows read as typed IDs");
    let expected: Vec<UserId> = LEGACY_UUIDS
        .iter()
        .map(|raw| UserId::from_uuid(Uuid::parse_str(raw).expect("valid UUID")))
        .collect();
    assert_eq!(rows.iter().map(|(id, _)| *id).collect::<Vec<_>>(), expected);

    for (id, name) in &rows {
        let renamed = format!("{name}, renamed");
        run!(pool, "UPDATE legacy_users SET name = ? WHERE id = ?", renamed.clone(), *id; "update by the ID just read");
        let (_, read): (UserId, String) =
            sqlx::query_as(sql::<DB>("SELECT id, name FROM legacy_users WHERE id = ?"))
                .bind(*id)
                .fetch_one(pool)
                .await
                .expect("look up by the ID just read");
        assert_eq!(read, renamed, "{id} finds its own row");
        let again = sqlx::query(sql::<DB>(
            "INSERT INTO legacy_users (id, name) VALUES (?, 'duplicate')",
        ))
        .bind(*id)
        .execute(pool)
        .await;
        let err = again.err();
        assert!(
            err.as_ref()
                .and_then(sqlx::Error::as_database_error)
                .is_some_and(|e| e.is_unique_violation()),
            "{id} inserted twice: {err:?}"
        );
    }
    let new = UserId::new();
    run!(pool, "INSERT INTO legacy_users (id, name) VALUES (?, 'new')", new; "insert a new row");
    let (count,): (i64,) = sqlx::query_as(sql::<DB>("SELECT COUNT(*) FROM legacy_users"))
        .fetch_one(pool)
        .await
        .expect("count");
    assert_eq!(count, 4, "three old rows and one new, no duplicates");
    let (found, name): (UserId, String) =
        sqlx::query_as(sql::<DB>("SELECT id, name FROM legacy_users WHERE id = ?"))
            .bind(new)
            .fetch_one(pool)
            .await
            .expect("the new row");
    assert_eq!((found, name.as_str()), (new, "new"));
}

/// Users made over ten milliseconds, three in each, stored natively and as text: for every
/// window `[from, to)` inside, `WHERE id >= ? AND id < ?` with `min_at(from)` and `min_at(to)`
/// selects exactly the users of those milliseconds, on both columns, in the database's own
/// order; and `id <= max_at(t)` keeps everything up to the end of `t`.
pub async fn a_time_window_selects_by_its_bounds<DB: Database>(pool: &Pool<DB>)
where
    for<'c> &'c mut DB::Connection: Executor<'c, Database = DB>,
    for<'q> Args<'q, DB>: IntoArgs<'q, DB>,
    UserId: Bind<DB> + for<'r> Decode<'r, DB>,
    OrgId: Bind<DB>,
    TextUserId: Bind<DB> + for<'r> Decode<'r, DB>,
    TextOrgId: Bind<DB>,
    for<'r> (UserId,): FromRow<'r, DB::Row>,
    for<'r> (TextUserId,): FromRow<'r, DB::Row>,
{
    use std::time::{Duration, UNIX_EPOCH};

    let start: u64 = 1_764_547_200_000; // 2025-12-01T00:00:00Z
    let at = |ms: u64| UNIX_EPOCH + Duration::from_millis(start + ms);
    // Random bits everywhere but the timestamp, version and variant.
    let random_tail = (0xfff_u128 << 64) | ((1 << 62) - 1);
    let mut users: Vec<UserId> = (0..10)
        .flat_map(|ms| (0..3).map(move |_| ms))
        .map(|ms| {
            let bits = UserId::min_at(at(ms)).uuid().as_u128()
                | (UserId::new().uuid().as_u128() & random_tail);
            UserId::from_uuid(Uuid::from_u128(bits))
        })
        .collect();
    users.sort();

    let org = OrgId::new();
    run!(pool, "INSERT INTO orgs (id, name) VALUES (?, 'window')", org; "insert org");
    let text_org = TextOrgId::from_uuid(org.uuid());
    run!(pool, "INSERT INTO text_orgs (id, name) VALUES (?, 'window')", text_org; "insert org");
    // Newest first, so that only the bounds and ORDER BY put them in order.
    for user in users.iter().rev() {
        run!(pool, "INSERT INTO users (id, org) VALUES (?, ?)", *user, org; "insert user");
        let text = TextUserId::from_uuid(user.uuid());
        run!(pool, "INSERT INTO text_users (id, org) VALUES (?, ?)", text, text_org; "insert user");
    }

    for (from, to) in [(0, 10), (0, 1), (3, 4), (2, 7), (9, 10), (9, 20), (10, 11)] {
        let expected: Vec<UserId> = users
            .iter()
            .copied()
            .filter(|user| {
                let ms = (user.uuid().as_u128() >> 80) as u64 - start;
                (from..to).contains(&ms)
            })
            .collect();
        let native: Vec<(UserId,)> = sqlx::query_as(sql::<DB>(
            "SELECT id FROM users WHERE org = ? AND id >= ? AND id < ? ORDER BY id",
        ))
        .bind(org)
        .bind(UserId::min_at(at(from)))
        .bind(UserId::min_at(at(to)))
        .fetch_all(pool)
        .await
        .expect("select a window");
        let native: Vec<UserId> = native.into_iter().map(|(id,)| id).collect();
        assert_eq!(native, expected, "native window {from}..{to}");

        let text: Vec<(TextUserId,)> = sqlx::query_as(sql::<DB>(
            "SELECT id FROM text_users WHERE org = ? AND id >= ? AND id < ? ORDER BY id",
        ))
        .bind(text_org)
        .bind(TextUserId::min_at(at(from)))
        .bind(TextUserId::min_at(at(to)))
        .fetch_all(pool)
        .await
        .expect("select a window");
        let text: Vec<UserId> = text
            .into_iter()
            .map(|(id,)| UserId::from_uuid(id.uuid()))
            .collect();
        assert_eq!(text, expected, "text window {from}..{to}");
        if from == 0 && to == 10 {
            assert_eq!(expected.len(), 30, "the whole span");
        }
    }

    let up_to: Vec<(UserId,)> = sqlx::query_as(sql::<DB>(
        "SELECT id FROM users WHERE org = ? AND id <= ? ORDER BY id",
    ))
    .bind(org)
    .bind(UserId::max_at(at(4)))
    .fetch_all(pool)
    .await
    .expect("select up to a millisecond");
    assert_eq!(up_to.len(), 15, "milliseconds 0 to 4, three users each");
}
