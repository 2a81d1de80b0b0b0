//! Connections to the test databases, each test in a schema (Postgres), database (MySQL) or
//! in-memory database (SQLite) of its own, so tests run in parallel.
//!
//! The servers come from `IDS_TEST_POSTGRES_URL` and `IDS_TEST_MYSQL_URL`, by default the local
//! servers. A server that cannot be reached skips the test with a `SKIPPED` line on standard
//! error, unless `IDS_REQUIRE_DB=1`, which turns it into a failure (CI sets it).

use std::fmt::Display;
use std::io::Write;
use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use sqlx::mysql::{MySqlConnectOptions, MySqlPool, MySqlPoolOptions};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions};
use sqlx::{ConnectOptions, Connection, Executor};

/// The default PostgreSQL server: the local one, trust authentication.
pub const DEFAULT_POSTGRES_URL: &str = "postgres://postgres@127.0.0.1:5432/test";

/// The default MySQL/MariaDB server: the local one, root without a password.
pub const DEFAULT_MYSQL_URL: &str = "mysql://root@127.0.0.1:3306/test";

/// The PostgreSQL server the tests use.
pub fn postgres_url() -> String {
    std::env::var("IDS_TEST_POSTGRES_URL").unwrap_or_else(|_| DEFAULT_POSTGRES_URL.to_owned())
}

/// The MySQL/MariaDB server the tests use.
pub fn mysql_url() -> String {
    std::env::var("IDS_TEST_MYSQL_URL").unwrap_or_else(|_| DEFAULT_MYSQL_URL.to_owned())
}

/// A name no other test in any process is using: the test's name, the process and a counter.
fn unique_name(test: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("ids_{test}_{}_{n}", std::process::id())
}

/// `None` after a SKIPPED line, or a panic when the databases are required.
fn unreachable<T>(server: &str, url: &str, err: impl Display) -> Option<T> {
    if std::env::var("IDS_REQUIRE_DB").as_deref() == Ok("1") {
        panic!("{server} at {url} is required (IDS_REQUIRE_DB=1) but cannot be reached: {err}");
    }
    // Straight to the stream: the test harness captures print!, and a skip must be seen.
    let _ = writeln!(
        std::io::stderr(),
        "SKIPPED: {server} at {url} cannot be reached ({err}); set IDS_REQUIRE_DB=1 to fail instead"
    );
    None
}

/// A pool whose connections all work in one fresh schema; drop the schema with
/// [`PgSchema::drop`] at the end of the test.
pub struct PgSchema {
    /// Connections with `search_path` set to the schema.
    pub pool: PgPool,
    name: String,
}

/// Connects to PostgreSQL and creates a schema for `test`, or skips.
pub async fn postgres(test: &str) -> Option<PgSchema> {
    let url = postgres_url();
    let options = match PgConnectOptions::from_str(&url) {
        Ok(options) => options,
        Err(err) => panic!("IDS_TEST_POSTGRES_URL {url:?} is not a PostgreSQL URL: {err}"),
    };
    let mut admin = match options.connect().await {
        Ok(conn) => conn,
        Err(err) => return unreachable("PostgreSQL", &url, err),
    };
    let name = unique_name(test);
    admin
        .execute(format!("CREATE SCHEMA {name}").as_str())
        .await
        .expect("create the test schema");
    let _ = admin.close().await;
    let pool = PgPoolOptions::new()
        .max_connections(4)
        .acquire_timeout(Duration::from_secs(30))
        .connect_with(options.options([("search_path", name.as_str())]))
        .await
        .expect("connect to the test schema");
    Some(PgSchema { pool, name })
}

impl PgSchema {
    /// Drops the schema and everything in it.
    pub async fn drop(self) {
        self.pool
            .execute(format!("DROP SCHEMA {} CASCADE", self.name).as_str())
            .await
            .expect("drop the test schema");
        self.pool.close().await;
    }
}

/// A pool connected to a fresh database; drop it with [`MySqlDatabase::drop`] at the end of
/// the test.
pub struct MySqlDatabase {
    /// Connections to the test's database.
    pub pool: MySqlPool,
    name: String,
}

/// Connects to MySQL/MariaDB and creates a database for `test`, or skips.
pub async fn mysql(test: &str) -> Option<MySqlDatabase> {
    let url = mysql_url();
    let options = match MySqlConnectOptions::from_str(&url) {
        Ok(options) => options,
        Err(err) => panic!("IDS_TEST_MYSQL_URL {url:?} is not a MySQL URL: {err}"),
    };
    let mut admin = match options.connect().await {
        Ok(conn) => conn,
        Err(err) => return unreachable("MySQL", &url, err),
    };
    let name = unique_name(test);
    admin
        .execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create the test database");
    let _ = admin.close().await;
    let pool = MySqlPoolOptions::new()
        .max_connections(4)
        .acquire_timeout(Duration::from_secs(30))
        .connect_with(options.database(&name))
        .await
        .expect("connect to the test database");
    Some(MySqlDatabase { pool, name })
}

impl MySqlDatabase {
    /// Drops the database and everything in it.
    pub async fn drop(self) {
        self.pool
            .execute(format!("DROP DATABASE {}", self.name).as_str())
            .await
            .expect("drop the test database");
        self.pool.close().await;
    }
}

/// A private in-memory SQLite database: one connection, gone when the pool closes.
pub async fn sqlite() -> SqlitePool {
    SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(SqliteConnectOptions::from_str("sqlite::memory:").expect("valid URL"))
        .await
        .expect("open an in-memory SQLite database")
}
