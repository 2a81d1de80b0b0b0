//! The generated SQL on the real servers: both dialects agree with the Rust codec bit for bit
//! (100,000 random UUIDs and the edges), make the same decision as the parser, serde and text
//! columns on every TypeID specification vector, check text columns exactly as the typed
//! parser does, install twice and as a migration, and let an index serve a lookup.

use std::collections::BTreeSet;

use ids_core::{AnyId, EntityId, MAX_UNIX_MS, Uuid, registry, sql};
use ids_tests::db;
use ids_tests::ids::UserId;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use sqlx::mysql::MySqlPool;
use sqlx::postgres::PgPool;
use sqlx::{Executor, QueryBuilder, Row};

/// The kinds of the specification's vectors, read from text columns.
#[derive(EntityId)]
#[entity_id(prefix = "prefix", sqlx = "text")]
struct PrefixId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "pre_fix", sqlx = "text")]
struct PreFixId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "", sqlx = "text")]
struct BareId(Uuid);

fn postgres_script() -> String {
    sql::postgres(registry::kinds())
}

fn mysql_script() -> String {
    sql::mysql(registry::kinds())
}

/// A schema with the script installed, twice: running it again must be harmless.
async fn postgres(test: &str) -> Option<db::PgSchema> {
    let schema = db::postgres(test).await?;
    for _ in 0..2 {
        sqlx::raw_sql(&postgres_script())
            .execute(&schema.pool)
            .await
            .expect("install the script");
    }
    Some(schema)
}

async fn mysql(test: &str) -> Option<db::MySqlDatabase> {
    let database = db::mysql(test).await?;
    for _ in 0..2 {
        sqlx::raw_sql(&mysql_script())
            .execute(&database.pool)
            .await
            .expect("install the script");
    }
    Some(database)
}

/// Nil, max, every single-bit value and 100,000 random UUIDs (a fixed seed, so a failure
/// repeats).
fn agreement_uuids() -> Vec<Uuid> {
    let mut state = 0x9e37_79b9_7f4a_7c15_u64;
    let mut next = || {
        // SplitMix64.
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    };
    let mut uuids = vec![Uuid::nil(), Uuid::max()];
    uuids.extend((0..128).map(|bit| Uuid::from_u128(1 << bit)));
    uuids.extend((0..100_000).map(|_| Uuid::from_u64_pair(next(), next())));
    uuids
}

fn typeid(prefix: &str, uuid: Uuid) -> String {
    AnyId::new(prefix, uuid)
        .expect("a valid prefix")
        .to_string()
}

/// Where two lists first differ, for a message that does not print 100,000 values.
fn assert_same<T: PartialEq + std::fmt::Debug>(found: &[T], expected: &[T], what: &str) {
    assert_eq!(found.len(), expected.len(), "{what}: how many");
    if let Some(at) = found.iter().zip(expected).position(|(a, b)| a != b) {
        panic!(
            "{what}: value {at} is {:?}, the Rust codec says {:?}",
            found[at], expected[at]
        );
    }
}

#[tokio::test]
async fn postgres_agrees_with_the_codec() {
    let Some(schema) = postgres("sql_pg_agree").await else {
        return;
    };
    let pool = &schema.pool;
    let uuids = agreement_uuids();
    let texts: Vec<String> = uuids.iter().map(|uuid| typeid("user", *uuid)).collect();
    let bare: Vec<String> = uuids.iter().map(|uuid| typeid("", *uuid)).collect();

    for (query, expected) in [
        (
            "SELECT typeid_encode('user', u) FROM unnest($1::uuid[]) WITH ORDINALITY AS x(u, n) ORDER BY n",
            &texts,
        ),
        (
            "SELECT user_id_text(u) FROM unnest($1::uuid[]) WITH ORDINALITY AS x(u, n) ORDER BY n",
            &texts,
        ),
        (
            "SELECT typeid_encode('', u) FROM unnest($1::uuid[]) WITH ORDINALITY AS x(u, n) ORDER BY n",
            &bare,
        ),
    ] {
        let encoded: Vec<String> = sqlx::query_scalar(query)
            .bind(&uuids)
            .fetch_all(pool)
            .await
            .expect("encode");
        assert_same(&encoded, expected, query);
    }
    for (query, input) in [
        (
            "SELECT typeid_decode(t, 'user') FROM unnest($1::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n",
            &texts,
        ),
        (
            "SELECT user_id(t) FROM unnest($1::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n",
            &texts,
        ),
        (
            "SELECT typeid_decode(t, '') FROM unnest($1::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n",
            &bare,
        ),
    ] {
        let decoded: Vec<Uuid> = sqlx::query_scalar(query)
            .bind(input)
            .fetch_all(pool)
            .await
            .expect("decode");
        assert_same(&decoded, &uuids, query);
    }

    // NULL in, NULL out.
    let row = sqlx::query(
        "SELECT typeid_encode('user', NULL), typeid_decode(NULL, 'user'), user_id(NULL), \
         user_id_text(NULL), typeid_is_valid(NULL, 'user')",
    )
    .fetch_one(pool)
    .await
    .expect("NULLs");
    assert_eq!(row.get::<Option<String>, _>(0), None);
    assert_eq!(row.get::<Option<Uuid>, _>(1), None);
    assert_eq!(row.get::<Option<Uuid>, _>(2), None);
    assert_eq!(row.get::<Option<String>, _>(3), None);
    assert_eq!(row.get::<Option<bool>, _>(4), None);
}

#[tokio::test]
async fn mysql_agrees_with_the_codec() {
    let Some(database) = mysql("sql_my_agree").await else {
        return;
    };
    let pool = &database.pool;
    pool.execute(
        "CREATE TABLE agree (n INT PRIMARY KEY, u BINARY(16) NOT NULL, \
         t VARCHAR(90) CHARACTER SET ascii COLLATE ascii_bin NOT NULL)",
    )
    .await
    .expect("create the table");
    let uuids = agreement_uuids();
    let texts: Vec<String> = uuids.iter().map(|uuid| typeid("user", *uuid)).collect();
    let rows: Vec<(i32, &Uuid, &String)> = (0..)
        .zip(uuids.iter().zip(&texts))
        .map(|(n, (uuid, text))| (n, uuid, text))
        .collect();
    for chunk in rows.chunks(1000) {
        QueryBuilder::new("INSERT INTO agree (n, u, t) ")
            .push_values(chunk, |mut row, (n, uuid, text)| {
                row.push_bind(*n)
                    .push_bind(uuid.as_bytes().as_slice())
                    .push_bind(text.as_str());
            })
            .build()
            .execute(pool)
            .await
            .expect("insert a chunk");
    }
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM agree")
        .fetch_one(pool)
        .await
        .expect("count");
    assert_eq!(count, i64::try_from(uuids.len()).expect("fits"));

    let disagree: Vec<i32> = sqlx::query_scalar(
        "SELECT n FROM agree WHERE NOT (BINARY typeid_encode('user', u) <=> BINARY t) \
         OR NOT (BINARY user_id_text(u) <=> BINARY t) OR NOT (typeid_decode(t, 'user') <=> u) \
         OR NOT (user_id(t) <=> u) OR NOT (BINARY typeid_encode('', u) <=> BINARY SUBSTR(t, 6)) \
         OR NOT (typeid_decode(SUBSTR(t, 6), '') <=> u) ORDER BY n LIMIT 10",
    )
    .fetch_all(pool)
    .await
    .expect("compare");
    assert_eq!(
        disagree,
        Vec::<i32>::new(),
        "rows where MariaDB and Rust disagree"
    );

    // The comparison above is byte by byte; the first values, read back, say so too.
    let sample: Vec<String> =
        sqlx::query_scalar("SELECT typeid_encode('user', u) FROM agree ORDER BY n LIMIT 300")
            .fetch_all(pool)
            .await
            .expect("sample");
    assert_same(&sample, &texts[..300], "MariaDB typeid_encode");

    let row = sqlx::query(
        "SELECT typeid_encode('user', NULL), typeid_decode(NULL, 'user'), \
         typeid_is_valid(NULL, 'user')",
    )
    .fetch_one(pool)
    .await
    .expect("NULLs");
    assert_eq!(row.get::<Option<String>, _>(0), None);
    assert_eq!(row.get::<Option<Vec<u8>>, _>(1), None);
    assert_eq!(row.get::<Option<bool>, _>(2), None);
}

/// One line of `tests/typeid_vectors.txt`.
#[derive(Debug)]
struct Vector {
    name: String,
    typeid: String,
    /// The prefix and UUID of a valid vector.
    valid: Option<(String, Uuid)>,
}

fn vectors() -> Vec<Vector> {
    let quoted = |rest: &str| -> (String, String) {
        let rest = rest
            .trim_start()
            .strip_prefix('"')
            .expect("a quoted string");
        let end = rest.find('"').expect("a closing quote");
        (rest[..end].to_owned(), rest[end + 1..].to_owned())
    };
    include_str!("../typeid_vectors.txt")
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| {
            let (verdict, rest) = line.split_once(' ').expect("a verdict");
            let (name, rest) = rest.split_once(' ').expect("a name");
            let (typeid, rest) = quoted(rest);
            let valid = match verdict {
                "valid" => {
                    let (prefix, rest) = quoted(&rest);
                    let uuid = Uuid::parse_str(rest.trim()).expect("a UUID");
                    Some((prefix, uuid))
                }
                "invalid" => None,
                other => panic!("unknown verdict {other:?}"),
            };
            Vector {
                name: name.to_owned(),
                typeid,
                valid,
            }
        })
        .collect()
}

/// The prefix a decoder is asked for: what comes before the last `_`.
fn asked_prefix(typeid: &str) -> &str {
    typeid.rfind('_').map_or("", |at| &typeid[..at])
}

/// What a way of reading an ID made of a vector: `Some(uuid)` or `None` for a rejection.
type Decision = Option<Uuid>;

#[tokio::test]
async fn every_spec_vector_is_decided_the_same_everywhere() {
    let vectors = vectors();
    assert!(vectors.len() >= 30, "the table was read");
    let pg = postgres("sql_pg_vectors").await;
    let my = mysql("sql_my_vectors").await;

    for vector in &vectors {
        let expected: Decision = vector.valid.as_ref().map(|(_, uuid)| *uuid);
        let text = vector.typeid.as_str();
        let prefix = asked_prefix(text);
        let name = &vector.name;

        // The Rust parser, and the encoder the other way.
        let parsed = AnyId::parse(text);
        assert_eq!(
            parsed.as_ref().ok().map(AnyId::uuid),
            expected,
            "{name}: AnyId::parse"
        );
        if let Some((prefix, uuid)) = &vector.valid {
            assert_eq!(parsed.expect("valid").prefix(), prefix, "{name}: prefix");
            assert_eq!(typeid(prefix, *uuid), text, "{name}: encode");
        }
        // serde.
        let json = serde_json::Value::String(text.to_owned());
        let deserialized = serde_json::from_value::<AnyId>(json.clone()).ok();
        assert_eq!(
            deserialized.map(|id| id.uuid()),
            expected,
            "{name}: serde AnyId"
        );
        // The typed parser, where a type has the prefix.
        let typed: Option<Decision> = match prefix {
            "prefix" => Some(PrefixId::parse(text).ok().map(|id| id.uuid())),
            "pre_fix" => Some(PreFixId::parse(text).ok().map(|id| id.uuid())),
            "" => Some(BareId::parse(text).ok().map(|id| id.uuid())),
            _ => None,
        };
        if let Some(typed) = typed {
            assert_eq!(typed, expected, "{name}: typed parse");
        }

        if let Some(schema) = &pg {
            let pool = &schema.pool;
            assert_eq!(
                pg_decode(pool, text, prefix).await,
                expected,
                "{name}: PostgreSQL typeid_decode"
            );
            let valid: bool = sqlx::query_scalar("SELECT typeid_is_valid($1, $2)")
                .bind(text)
                .bind(prefix)
                .fetch_one(pool)
                .await
                .expect("typeid_is_valid");
            assert_eq!(
                valid,
                expected.is_some(),
                "{name}: PostgreSQL typeid_is_valid"
            );
            if let Some((prefix, uuid)) = &vector.valid {
                let encoded: String = sqlx::query_scalar("SELECT typeid_encode($1, $2)")
                    .bind(prefix)
                    .bind(uuid)
                    .fetch_one(pool)
                    .await
                    .expect("typeid_encode");
                assert_eq!(encoded, *text, "{name}: PostgreSQL typeid_encode");
            }
            // A text column read as a typed ID, and the kind's domain.
            if typed.is_some() {
                assert_eq!(
                    pg_text_column(pool, text, prefix).await,
                    expected,
                    "{name}: text column"
                );
            }
            if let Some(domain) = ["prefix", "pre_fix"].iter().find(|p| **p == prefix) {
                let admitted = sqlx::query(&format!("SELECT $1::{domain}_typeid"))
                    .bind(text)
                    .execute(pool)
                    .await;
                if let Err(err) = &admitted {
                    assert_eq!(sqlstate(err), "23514", "{name}: {err}");
                }
                assert_eq!(
                    admitted.is_ok(),
                    expected.is_some(),
                    "{name}: {domain}_typeid"
                );
            }
        }
        if let Some(database) = &my {
            let pool = &database.pool;
            assert_eq!(
                my_decode(pool, text, prefix).await,
                expected,
                "{name}: MariaDB typeid_decode"
            );
            let valid: Option<bool> = sqlx::query_scalar("SELECT typeid_is_valid(?, ?)")
                .bind(text)
                .bind(prefix)
                .fetch_one(pool)
                .await
                .expect("typeid_is_valid");
            assert_eq!(
                valid,
                Some(expected.is_some()),
                "{name}: MariaDB typeid_is_valid"
            );
            if let Some((prefix, uuid)) = &vector.valid {
                let encoded: String = sqlx::query_scalar("SELECT typeid_encode(?, ?)")
                    .bind(prefix)
                    .bind(uuid.as_bytes().as_slice())
                    .fetch_one(pool)
                    .await
                    .expect("typeid_encode");
                assert_eq!(encoded, *text, "{name}: MariaDB typeid_encode");
            }
        }
    }
}

fn sqlstate(err: &sqlx::Error) -> String {
    err.as_database_error()
        .and_then(|err| err.code())
        .map(|code| code.into_owned())
        .unwrap_or_else(|| panic!("a database error, not {err}"))
}

/// A decode error as both dialects raise it: SQLSTATE 22P02 with the reason in the message.
fn rejected(err: &sqlx::Error) -> Decision {
    assert_eq!(sqlstate(err), "22P02", "{err}");
    assert!(
        err.to_string().contains("is not a TypeID with prefix"),
        "{err}"
    );
    None
}

async fn pg_decode(pool: &PgPool, text: &str, prefix: &str) -> Decision {
    match sqlx::query_scalar::<_, Uuid>("SELECT typeid_decode($1, $2)")
        .bind(text)
        .bind(prefix)
        .fetch_one(pool)
        .await
    {
        Ok(uuid) => Some(uuid),
        Err(err) => rejected(&err),
    }
}

async fn my_decode(pool: &MySqlPool, text: &str, prefix: &str) -> Decision {
    match sqlx::query_scalar::<_, Vec<u8>>("SELECT typeid_decode(?, ?)")
        .bind(text)
        .bind(prefix)
        .fetch_one(pool)
        .await
    {
        Ok(bytes) => Some(Uuid::from_slice(&bytes).expect("16 bytes")),
        Err(err) => rejected(&err),
    }
}

async fn pg_text_column(pool: &PgPool, text: &str, prefix: &str) -> Decision {
    let query = sqlx::query("SELECT $1::text AS id").bind(text);
    let row = query.fetch_one(pool).await.expect("select text");
    match prefix {
        "prefix" => row.try_get::<PrefixId, _>("id").ok().map(|id| id.uuid()),
        "pre_fix" => row.try_get::<PreFixId, _>("id").ok().map(|id| id.uuid()),
        "" => row.try_get::<BareId, _>("id").ok().map(|id| id.uuid()),
        other => unreachable!("no type has prefix {other:?}"),
    }
}

/// Strings near a `user` ID: valid ones, and each mutated in one of the ways text goes wrong.
fn candidate_strings() -> Vec<String> {
    let odd_chars = prop::sample::select(vec![
        '0', '7', '8', 'z', 'a', 'i', 'l', 'o', 'u', 'I', 'L', 'O', 'U', 'A', 'Z', '_', '-', ' ',
        '\n', '\t', 'é', '\u{0}',
    ]);
    let id = any::<u128>().prop_map(|bits| typeid("user", Uuid::from_u128(bits)));
    let mutated = (id, 0usize..40, odd_chars, 0u8..9).prop_map(|(text, at, c, how)| {
        let mut chars: Vec<char> = text.chars().collect();
        let at = at.min(chars.len() - 1);
        match how {
            0 => text,
            1 => {
                chars[at] = c;
                chars.into_iter().collect()
            }
            2 => {
                chars.insert(at, c);
                chars.into_iter().collect()
            }
            3 => {
                chars.remove(at);
                chars.into_iter().collect()
            }
            4 => text.to_uppercase(),
            5 => format!("{text}{c}"),
            6 => format!("{c}{text}"),
            7 => text.replacen("user", ["org", "users", "use", "", "User"][at % 5], 1),
            _ => text.replacen('_', "", 1),
        }
    });
    let mut runner = TestRunner::deterministic();
    (0..3000)
        .map(|_| mutated.new_tree(&mut runner).expect("a value").current())
        .filter(|text| !text.contains('\u{0}'))
        .collect()
}

#[tokio::test]
async fn text_checks_admit_exactly_what_the_typed_parser_admits() {
    let candidates = candidate_strings();
    let expected: Vec<bool> = candidates
        .iter()
        .map(|text| UserId::parse(text).is_ok())
        .collect();
    let accepted = expected.iter().filter(|ok| **ok).count();
    assert!(
        accepted > 200 && accepted < candidates.len() - 1000,
        "a mix: {accepted} of {} valid",
        candidates.len()
    );

    if let Some(schema) = postgres("sql_pg_checks").await {
        let pool = &schema.pool;
        pool.execute(
            "CREATE FUNCTION admits(txt text) RETURNS boolean LANGUAGE plpgsql AS $$
             BEGIN PERFORM txt::user_typeid; RETURN true;
             EXCEPTION WHEN check_violation THEN RETURN false; END $$",
        )
        .await
        .expect("create the probe");
        let rows = sqlx::query(
            "SELECT admits(t), typeid_is_valid(t, 'user') \
             FROM unnest($1::text[]) WITH ORDINALITY AS x(t, n) ORDER BY n",
        )
        .bind(&candidates)
        .fetch_all(pool)
        .await
        .expect("check");
        let domain: Vec<bool> = rows.iter().map(|row| row.get(0)).collect();
        let valid: Vec<bool> = rows.iter().map(|row| row.get(1)).collect();
        assert_same_verdicts(&candidates, &domain, &expected, "PostgreSQL user_typeid");
        assert_same_verdicts(&candidates, &valid, &expected, "PostgreSQL typeid_is_valid");
    }

    if let Some(database) = mysql("sql_my_checks").await {
        let pool = &database.pool;
        // A case-insensitive column, the default: the check must not follow its collation.
        pool.execute(
            "CREATE TABLE candidates (n INT PRIMARY KEY, \
             s VARCHAR(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci NOT NULL)",
        )
        .await
        .expect("create the table");
        let rows: Vec<(i32, &String)> = (0..).zip(&candidates).collect();
        for chunk in rows.chunks(500) {
            QueryBuilder::new("INSERT INTO candidates (n, s) ")
                .push_values(chunk, |mut row, (n, text)| {
                    row.push_bind(*n).push_bind(text.as_str());
                })
                .build()
                .execute(pool)
                .await
                .expect("insert candidates");
        }
        let check = sql::mysql_check::<UserId>("s");
        let rows = sqlx::query(&format!(
            "SELECT ({check}) = 1, typeid_is_valid(s, 'user') = 1 FROM candidates ORDER BY n"
        ))
        .fetch_all(pool)
        .await
        .expect("check");
        let checked: Vec<bool> = rows.iter().map(|row| row.get(0)).collect();
        let valid: Vec<bool> = rows.iter().map(|row| row.get(1)).collect();
        assert_same_verdicts(&candidates, &checked, &expected, "MariaDB mysql_check");
        assert_same_verdicts(&candidates, &valid, &expected, "MariaDB typeid_is_valid");

        // And as a real CHECK constraint.
        pool.execute(
            format!(
                "CREATE TABLE checked (id VARCHAR(90) PRIMARY KEY, CHECK ({}))",
                sql::mysql_check::<UserId>("id")
            )
            .as_str(),
        )
        .await
        .expect("create a checked table");
        let valid = UserId::new().to_string();
        for (text, ok) in [
            (valid.clone(), true),
            (valid.to_uppercase(), false),
            (format!("{valid}\n"), false),
        ] {
            let inserted = sqlx::query("INSERT INTO checked (id) VALUES (?)")
                .bind(&text)
                .execute(pool)
                .await;
            assert_eq!(inserted.is_ok(), ok, "{text:?}: {inserted:?}");
        }
    }
}

fn assert_same_verdicts(candidates: &[String], found: &[bool], expected: &[bool], what: &str) {
    assert_eq!(found.len(), expected.len(), "{what}: how many");
    let wrong: Vec<(&String, bool)> = candidates
        .iter()
        .zip(found.iter().zip(expected))
        .filter(|(_, (found, expected))| found != expected)
        .map(|(text, (found, _))| (text, *found))
        .take(5)
        .collect();
    assert!(
        wrong.is_empty(),
        "{what} admits differently from UserId::parse: {wrong:?}"
    );
}

#[tokio::test]
async fn an_index_serves_a_lookup_by_typeid() {
    let Some(schema) = postgres("sql_pg_index").await else {
        return;
    };
    let pool = &schema.pool;
    pool.execute("CREATE TABLE users (id uuid PRIMARY KEY, name text NOT NULL)")
        .await
        .expect("create the table");
    let ada = UserId::new();
    sqlx::query("INSERT INTO users (id, name) VALUES ($1, 'ada')")
        .bind(ada)
        .execute(pool)
        .await
        .expect("insert");
    let name: String = sqlx::query_scalar("SELECT name FROM users WHERE id = user_id($1)")
        .bind(ada.to_string())
        .fetch_one(pool)
        .await
        .expect("look up by TypeID");
    assert_eq!(name, "ada");
    let printed: String = sqlx::query_scalar("SELECT user_id_text(id) FROM users")
        .fetch_one(pool)
        .await
        .expect("print");
    assert_eq!(printed, ada.to_string());

    let mut conn = pool.acquire().await.expect("a connection");
    // On a table this small the planner would rather read it all.
    conn.execute("SET enable_seqscan = off").await.expect("set");
    let plan: Vec<String> =
        sqlx::query_scalar("EXPLAIN SELECT * FROM users WHERE id = user_id($1)")
            .bind(ada.to_string())
            .fetch_all(&mut *conn)
            .await
            .expect("explain");
    let plan = plan.join("\n");
    assert!(plan.contains("Index Scan using users_pkey"), "{plan}");
    // A literal is decoded once, when the query is planned.
    let literal = format!("EXPLAIN SELECT * FROM users WHERE id = user_id('{ada}')");
    let plan: Vec<String> = sqlx::query_scalar(&literal)
        .fetch_all(&mut *conn)
        .await
        .expect("explain");
    let plan = plan.join("\n");
    assert!(plan.contains(&format!("'{}'::uuid", ada.uuid())), "{plan}");
}

#[tokio::test]
async fn time_bounds_agree_with_min_at_and_max_at() {
    // Microseconds since the epoch: whole milliseconds, and the last microsecond of one,
    // which rounds down to its millisecond, as in Rust.
    let times: [u64; 6] = [
        0,
        1_000,
        1_764_547_200_123_000,
        1_764_547_200_123_999,
        2_000_000_000_999_999,
        4_102_444_800_000_000,
    ];
    let at = |micros: u64| std::time::UNIX_EPOCH + std::time::Duration::from_micros(micros);

    if let Some(schema) = postgres("sql_pg_bounds").await {
        let pool = &schema.pool;
        for micros in times.into_iter().chain([MAX_UNIX_MS * 1000]) {
            let row = sqlx::query(
                "WITH t AS (SELECT 'epoch'::timestamptz + $1::bigint * interval '1 microsecond' AS ts) \
                 SELECT typeid_min_at(ts), typeid_max_at(ts), typeid_min_at_text('user', ts), \
                 typeid_max_at_text('user', ts) FROM t",
            )
            .bind(i64::try_from(micros).expect("fits"))
            .fetch_one(pool)
            .await
            .expect("bounds");
            let (min, max) = (UserId::min_at(at(micros)), UserId::max_at(at(micros)));
            assert_eq!(row.get::<Uuid, _>(0), min.uuid(), "min at {micros} µs");
            assert_eq!(row.get::<Uuid, _>(1), max.uuid(), "max at {micros} µs");
            assert_eq!(
                row.get::<String, _>(2),
                min.to_string(),
                "min text at {micros} µs"
            );
            assert_eq!(
                row.get::<String, _>(3),
                max.to_string(),
                "max text at {micros} µs"
            );
        }
        // Outside the range: its ends, as in Rust.
        let ends: (Uuid, Uuid) =
            sqlx::query_as("SELECT typeid_min_at('-infinity'), typeid_max_at('infinity')")
                .fetch_one(pool)
                .await
                .expect("ends");
        assert_eq!(
            ends,
            (
                UserId::min_at(at(0)).uuid(),
                UserId::max_at(at(MAX_UNIX_MS * 1000)).uuid()
            )
        );
    }

    if let Some(database) = mysql("sql_my_bounds").await {
        let mut conn = database.pool.acquire().await.expect("a connection");
        conn.execute("SET time_zone = '+00:00'").await.expect("UTC");
        // FROM_UNIXTIME and UNIX_TIMESTAMP end in 2038 on MariaDB 10.11.
        for micros in times
            .into_iter()
            .filter(|micros| *micros < 2_147_483_648_000_000)
        {
            let row = sqlx::query(
                "WITH t AS (SELECT FROM_UNIXTIME(? / 1000000) AS ts) \
                 SELECT typeid_min_at(ts), typeid_max_at(ts), typeid_min_at_text('user', ts), \
                 typeid_max_at_text('user', ts) FROM t",
            )
            .bind(micros)
            .fetch_one(&mut *conn)
            .await
            .expect("bounds");
            let (min, max) = (UserId::min_at(at(micros)), UserId::max_at(at(micros)));
            assert_eq!(
                row.get::<Vec<u8>, _>(0),
                min.uuid().as_bytes(),
                "min at {micros} µs"
            );
            assert_eq!(
                row.get::<Vec<u8>, _>(1),
                max.uuid().as_bytes(),
                "max at {micros} µs"
            );
            assert_eq!(
                row.get::<String, _>(2),
                min.to_string(),
                "min text at {micros} µs"
            );
            assert_eq!(
                row.get::<String, _>(3),
                max.to_string(),
                "max text at {micros} µs"
            );
        }
        // Outside UNIX_TIMESTAMP's range: an error, not a NULL that would empty a window.
        for outside in ["2100-01-01 00:00:00", "1960-01-01 00:00:00"] {
            let err = sqlx::query("SELECT typeid_min_at(?)")
                .bind(outside)
                .fetch_one(&mut *conn)
                .await
                .expect_err("outside the range");
            assert_eq!(sqlstate(&err), "22008", "{outside}: {err}");
        }
        let null: Option<Vec<u8>> = sqlx::query_scalar("SELECT typeid_min_at(NULL)")
            .fetch_one(&mut *conn)
            .await
            .expect("NULL");
        assert_eq!(null, None);
    }
}

/// Writes `script` as the only migration in a directory of its own, runs sqlx's migrator
/// with it on `pool`, and calls two of its functions.
async fn migrate<DB>(pool: &sqlx::Pool<DB>, dialect: &str, script: &str)
where
    DB: sqlx::Database + sqlx::migrate::MigrateDatabase,
    DB::Connection: sqlx::migrate::Migrate,
    for<'c> &'c sqlx::Pool<DB>: Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    (String,): for<'r> sqlx::FromRow<'r, DB::Row>,
{
    let dir = std::env::temp_dir().join(format!("ids_sql_{dialect}_{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a migrations directory");
    std::fs::write(dir.join("0001_ids.sql"), script).expect("write the migration");
    let migrator = sqlx::migrate::Migrator::new(dir.as_path())
        .await
        .expect("read the migrations");
    migrator.run(pool).await.expect("migrate");
    let _ = std::fs::remove_dir_all(&dir);
    let text: String =
        sqlx::query_scalar("SELECT user_id_text(user_id('user_01h455vb4pex5vsknk084sn02q'))")
            .fetch_one(pool)
            .await
            .expect("call the functions");
    assert_eq!(text, "user_01h455vb4pex5vsknk084sn02q");
}

#[tokio::test]
async fn the_scripts_run_as_sqlx_migrations() {
    if let Some(schema) = db::postgres("sql_pg_migrate").await {
        migrate(&schema.pool, "postgres", &postgres_script()).await;
    }
    if let Some(database) = db::mysql("sql_my_migrate").await {
        migrate(&database.pool, "mysql", &mysql_script()).await;
    }
}

#[test]
fn every_kind_gets_its_helpers() {
    let kinds: BTreeSet<&str> = registry::kinds().map(|kind| kind.prefix).collect();
    assert!(
        kinds.contains("user") && kinds.contains("pre_fix"),
        "{kinds:?}"
    );
    let postgres = postgres_script();
    for needle in [
        "CREATE OR REPLACE FUNCTION user_id(txt text) RETURNS uuid",
        "CREATE OR REPLACE FUNCTION pre_fix_id_text(id uuid) RETURNS text",
        "CREATE DOMAIN user_typeid AS text",
        "-- The kind without a prefix has no typed helpers",
    ] {
        assert!(postgres.contains(needle), "{needle}");
    }
    let mysql = mysql_script();
    for needle in [
        "CREATE FUNCTION user_id(txt",
        "CREATE FUNCTION pre_fix_id_text(id",
    ] {
        assert!(mysql.contains(needle), "{needle}");
    }
    let reversed: Vec<_> = registry::kinds()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    assert_eq!(
        postgres,
        sql::postgres(reversed),
        "the registry's order does not matter"
    );
}

/// The functions are bound when the script runs: a caller whose `search_path` leaves out their
/// schema still reaches them by a qualified name, as pg_restore and maintenance commands do.
/// A column of a nondeterministic collation reads like any other.
#[tokio::test]
async fn postgres_functions_ignore_the_callers_search_path_and_collation() {
    let Some(schema) = postgres("sql_pg_path").await else {
        return;
    };
    let pool = &schema.pool;
    let name: String = sqlx::query_scalar("SELECT current_schema()")
        .fetch_one(pool)
        .await
        .expect("the schema");
    let id = UserId::new();
    let mut conn = pool.acquire().await.expect("a connection");
    conn.execute("SET search_path = pg_catalog")
        .await
        .expect("set");
    let row = sqlx::query(&format!(
        "SELECT {name}.user_id_text({name}.user_id($1)), {name}.typeid_decode($1, 'user'), \
         {name}.typeid_min_at_text('user', now()) IS NOT NULL, {name}.typeid_is_valid($1, 'user')"
    ))
    .bind(id.to_string())
    .fetch_one(&mut *conn)
    .await
    .expect("call with another search_path");
    assert_eq!(row.get::<String, _>(0), id.to_string());
    assert_eq!(row.get::<Uuid, _>(1), id.uuid());
    assert!(row.get::<bool, _>(2));
    assert!(row.get::<bool, _>(3));
    conn.execute(format!("SET search_path = {name}").as_str())
        .await
        .expect("set");
    drop(conn);

    pool.execute(
        "CREATE COLLATION loose (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
         CREATE TABLE labels (t text COLLATE loose NOT NULL)",
    )
    .await
    .expect("a nondeterministic collation");
    sqlx::query("INSERT INTO labels (t) VALUES ($1)")
        .bind(id.to_string())
        .execute(pool)
        .await
        .expect("insert");
    let row = sqlx::query(
        "SELECT user_id(t), typeid_decode(t, 'user'), typeid_is_valid(t, 'user') FROM labels",
    )
    .fetch_one(pool)
    .await
    .expect("read a nondeterministic column");
    assert_eq!(row.get::<Uuid, _>(0), id.uuid());
    assert_eq!(row.get::<Uuid, _>(1), id.uuid());
    assert!(row.get::<bool, _>(2));
}

#[tokio::test]
async fn mysql_uses_the_primary_key_for_a_lookup_and_a_window() {
    let Some(database) = mysql("sql_my_index").await else {
        return;
    };
    let pool = &database.pool;
    pool.execute("CREATE TABLE users (id BINARY(16) PRIMARY KEY, name TEXT NOT NULL)")
        .await
        .expect("create the table");
    let ids: Vec<UserId> = (0..50).map(|_| UserId::new()).collect();
    for id in &ids {
        sqlx::query("INSERT INTO users (id, name) VALUES (?, 'someone')")
            .bind(id)
            .execute(pool)
            .await
            .expect("insert");
    }
    let found: UserId = sqlx::query_scalar("SELECT id FROM users WHERE id = user_id(?)")
        .bind(ids[7].to_string())
        .fetch_one(pool)
        .await
        .expect("look up by TypeID");
    assert_eq!(found, ids[7]);
    for (query, access) in [
        ("EXPLAIN SELECT * FROM users WHERE id = user_id(?)", "const"),
        (
            "EXPLAIN SELECT * FROM users WHERE id >= typeid_min_at(NOW() + INTERVAL 1 HOUR) AND ? <> ''",
            "range",
        ),
    ] {
        let row = sqlx::query(query)
            .bind(ids[7].to_string())
            .fetch_one(pool)
            .await
            .expect("explain");
        let found: (Option<String>, Option<String>) = (
            row.try_get("type").expect("type"),
            row.try_get("key").expect("key"),
        );
        assert_eq!(
            found,
            (Some(access.to_owned()), Some("PRIMARY".to_owned())),
            "{query}"
        );
    }
}
