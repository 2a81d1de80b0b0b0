//! The generated SQL at work: encoding and decoding 1,000,000 UUIDs in PostgreSQL and MariaDB,
//! against the servers' own conversions (the floor) and, on PostgreSQL, against a plain
//! PL/pgSQL encoder and decoder of the shape the public TypeID SQL scripts have, which build
//! the text one character at a time. `cargo bench -p ids-bench --bench sql`, then
//! `python3 benches/report.py`. Each measurement is one `SELECT count(…)` over the table, so
//! a sample takes seconds: the groups take 10 samples of one query each.

use std::time::Duration;

use criterion::{Criterion, SamplingMode, criterion_group, criterion_main};
use ids_core::{EntityId, Uuid, registry, sql};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

const ROWS: u32 = 1_000_000;
const ALPHABET: &str = "0123456789abcdefghjkmnpqrstvwxyz";

/// The baseline: PL/pgSQL that reads the UUID's bytes once and appends one character per
/// statement, and a decoder that sets one byte per statement.
fn naive_postgres() -> String {
    let mut encode = String::new();
    let mut chars = vec!["get_byte(b, 0) >> 5".to_owned()];
    for k in 1..26 {
        let bit = 3 + 5 * (k - 1);
        let (i, offset) = (bit / 8, bit % 8);
        chars.push(if offset <= 3 {
            format!("(get_byte(b, {i}) >> {}) & 31", 3 - offset)
        } else {
            format!(
                "(((get_byte(b, {i}) << 8) | get_byte(b, {})) >> {}) & 31",
                i + 1,
                11 - offset
            )
        });
    }
    for value in chars {
        encode.push_str(&format!("    o := o || chr(get_byte(a, {value}));\n"));
    }
    let mut decode = String::new();
    for byte in 0..16 {
        // Byte j holds bits 2 + 8j .. 2 + 8j + 8 of the 130-bit suffix.
        let start = 2 + 8 * byte;
        let first = start / 5;
        let last = ((start + 7) / 5).min(25);
        let joined = (first..=last)
            .map(|k| format!("(get_byte(dec, get_byte(v, {k})) << {})", 5 * (last - k)))
            .collect::<Vec<_>>()
            .join(" | ");
        let shift = 5 * (last + 1) - (start + 8);
        decode.push_str(&format!(
            "    id := set_byte(id, {byte}, (({joined}) >> {shift}) & 255);\n"
        ));
    }
    let mut table = [255u8; 256];
    for (value, c) in (0u8..).zip(ALPHABET.bytes()) {
        table[usize::from(c)] = value;
    }
    let table: String = table.iter().map(|b| format!("{b:02x}")).collect();
    let checks = (0..26)
        .map(|k| format!("get_byte(dec, get_byte(v, {k})) = 255"))
        .collect::<Vec<_>>()
        .join(" OR ");
    format!(
        "CREATE OR REPLACE FUNCTION naive_encode(prefix text, id uuid) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    b bytea := uuid_send(id);
    a bytea := convert_to('{ALPHABET}', 'UTF8');
    o text := '';
BEGIN
{encode}    RETURN prefix || '_' || o;
END $$;
CREATE OR REPLACE FUNCTION naive_decode(txt text, prefix text) RETURNS uuid
LANGUAGE plpgsql IMMUTABLE STRICT AS $$
DECLARE
    dec bytea := decode('{table}', 'hex');
    s text;
    v bytea;
    id bytea := decode('00000000000000000000000000000000', 'hex');
BEGIN
    IF left(txt, length(prefix) + 1) <> prefix || '_' THEN
        RAISE EXCEPTION 'wrong prefix' USING ERRCODE = '22P02';
    END IF;
    s := substr(txt, length(prefix) + 2);
    IF length(s) <> 26 THEN
        RAISE EXCEPTION 'wrong length' USING ERRCODE = '22P02';
    END IF;
    v := convert_to(s, 'UTF8');
    IF {checks} OR get_byte(v, 0) > 55 THEN
        RAISE EXCEPTION 'not a suffix' USING ERRCODE = '22P02';
    END IF;
{decode}    RETURN encode(id, 'hex')::uuid;
END $$;
"
    )
}

/// One group: each query a `SELECT count(…)` over the table, run once a sample.
fn measure<DB>(
    c: &mut Criterion,
    runtime: &tokio::runtime::Runtime,
    pool: &sqlx::Pool<DB>,
    group: &str,
    queries: &[(&str, &str)],
) where
    DB: sqlx::Database,
    for<'c> &'c sqlx::Pool<DB>: sqlx::Executor<'c, Database = DB>,
    for<'q> DB::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
    (i64,): for<'r> sqlx::FromRow<'r, DB::Row>,
{
    let mut group = c.benchmark_group(group);
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for (name, query) in queries {
        group.bench_function(*name, |b| {
            b.iter(|| {
                let rows: i64 = runtime
                    .block_on(sqlx::query_scalar(query).fetch_one(pool))
                    .expect(query);
                assert_eq!(rows, i64::from(ROWS), "every row converted");
            });
        });
    }
    group.finish();
}

fn postgres(c: &mut Criterion) {
    let _ = UserId::new();
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let url = ids_test_support::postgres_url();
    let pool = runtime.block_on(async {
        let setup = sqlx::postgres::PgPoolOptions::new()
            .max_connections(1)
            .connect(&url)
            .await
            .ok()?;
        sqlx::raw_sql("DROP SCHEMA IF EXISTS ids_bench_sql CASCADE; CREATE SCHEMA ids_bench_sql")
            .execute(&setup)
            .await
            .expect("a schema");
        setup.close().await;
        let options: sqlx::postgres::PgConnectOptions = url.parse().expect("a URL");
        let pool = sqlx::postgres::PgPoolOptions::new()
            .max_connections(1)
            .connect_with(options.options([
                ("search_path", "ids_bench_sql"),
                // One process per query on both sides: a per-row cost, not the machine's cores.
                ("max_parallel_workers_per_gather", "0"),
            ]))
            .await
            .expect("connect");
        sqlx::raw_sql(&sql::postgres(registry::kinds()))
            .execute(&pool)
            .await
            .expect("install the generated SQL");
        sqlx::raw_sql(&naive_postgres())
            .execute(&pool)
            .await
            .expect("install the baseline");
        sqlx::raw_sql(&format!(
            "CREATE TABLE u AS SELECT id, id::text AS hyphenated, typeid_encode('user', id) AS t
             FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, {ROWS})) g;
             ANALYZE u;"
        ))
        .execute(&pool)
        .await
        .expect("the table");
        // The baseline is a fair one only if it is right.
        let wrong: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM u WHERE naive_encode('user', id) <> t \
             OR naive_decode(t, 'user') <> id OR user_id(t) <> id",
        )
        .fetch_one(&pool)
        .await
        .expect("compare");
        assert_eq!(wrong, 0, "the baseline agrees with the generated SQL");
        Some(pool)
    });
    let Some(pool) = pool else {
        eprintln!("SKIPPED: the PostgreSQL SQL benchmarks, {url} cannot be reached");
        return;
    };
    let pool = &pool;
    measure(
        c,
        &runtime,
        pool,
        "SQL PostgreSQL, 1,000,000 rows",
        &[
            ("encode: id::text (floor)", "SELECT count(id::text) FROM u"),
            (
                "encode: typeid_encode",
                "SELECT count(typeid_encode('user', id)) FROM u",
            ),
            (
                "encode: user_id_text",
                "SELECT count(user_id_text(id)) FROM u",
            ),
            (
                "encode: naive PL/pgSQL",
                "SELECT count(naive_encode('user', id)) FROM u",
            ),
            (
                "decode: text::uuid (floor)",
                "SELECT count(hyphenated::uuid) FROM u",
            ),
            (
                "decode: typeid_decode",
                "SELECT count(typeid_decode(t, 'user')) FROM u",
            ),
            ("decode: user_id", "SELECT count(user_id(t)) FROM u"),
            (
                "decode: naive PL/pgSQL",
                "SELECT count(naive_decode(t, 'user')) FROM u",
            ),
        ],
    );
    runtime.block_on(async {
        sqlx::raw_sql("DROP SCHEMA ids_bench_sql CASCADE")
            .execute(pool)
            .await
            .expect("drop the schema");
    });
}

fn mysql(c: &mut Criterion) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let url = ids_test_support::mysql_url();
    let pool = runtime.block_on(async {
        let setup = sqlx::mysql::MySqlPoolOptions::new()
            .max_connections(1)
            .connect(&url)
            .await
            .ok()?;
        sqlx::raw_sql("DROP DATABASE IF EXISTS ids_bench_sql; CREATE DATABASE ids_bench_sql")
            .execute(&setup)
            .await
            .expect("a database");
        setup.close().await;
        let options: sqlx::mysql::MySqlConnectOptions = url.parse().expect("a URL");
        let pool = sqlx::mysql::MySqlPoolOptions::new()
            .max_connections(1)
            .connect_with(options.database("ids_bench_sql"))
            .await
            .expect("connect");
        sqlx::raw_sql(&sql::mysql(registry::kinds()))
            .execute(&pool)
            .await
            .expect("install the generated SQL");
        // MariaDB's sequence engine and RANDOM_BYTES (10.10 and later).
        sqlx::raw_sql(&format!(
            "CREATE TABLE u (id BINARY(16) NOT NULL, hex CHAR(32) NOT NULL, t VARCHAR(90) NOT NULL);
             INSERT INTO u (id, hex, t) SELECT r, HEX(r), '' FROM
                 (SELECT RANDOM_BYTES(16) AS r FROM seq_1_to_{ROWS}) g;
             UPDATE u SET t = typeid_encode('user', id);"
        ))
        .execute(&pool)
        .await
        .expect("the table");
        Some(pool)
    });
    let Some(pool) = pool else {
        eprintln!("SKIPPED: the MariaDB SQL benchmarks, {url} cannot be reached");
        return;
    };
    let pool = &pool;
    measure(
        c,
        &runtime,
        pool,
        "SQL MariaDB, 1,000,000 rows",
        &[
            ("encode: HEX(id) (floor)", "SELECT count(HEX(id)) FROM u"),
            (
                "encode: typeid_encode",
                "SELECT count(typeid_encode('user', id)) FROM u",
            ),
            (
                "decode: UNHEX(hex) (floor)",
                "SELECT count(UNHEX(hex)) FROM u",
            ),
            (
                "decode: typeid_decode",
                "SELECT count(typeid_decode(t, 'user')) FROM u",
            ),
        ],
    );
    runtime.block_on(async {
        sqlx::raw_sql("DROP DATABASE ids_bench_sql")
            .execute(pool)
            .await
            .expect("drop the database");
    });
}

criterion_group!(
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    targets = postgres, mysql
);
criterion_main!(benches);
