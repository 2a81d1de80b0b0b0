//! Connections to the test databases, each test in a schema (PostgreSQL), database (MySQL) or
//! in-memory database (SQLite) of its own, so tests run in parallel and leave nothing behind.
//!
//! The servers come from `IDS_TEST_POSTGRES_URL` and `IDS_TEST_MYSQL_URL`, by default the local
//! servers. A server that cannot be reached skips the test with a `SKIPPED` line on standard
//! error, unless `IDS_REQUIRE_DB=1`, which turns it into a failure (CI sets it). A server that
//! answers but refuses the connection (a wrong password, a missing database) always fails: that
//! is a broken setup, not a missing server.

use std::io::Write;
use std::str::FromStr;
use std::time::Duration;

use sqlx::mysql::{MySqlConnectOptions, MySqlPool, MySqlPoolOptions};
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqlitePool, SqlitePoolOptions};
use sqlx::{ConnectOptions, Connection, Executor};

use ids_test_support::unique_name;

use crate::shared::built;
pub use ids_test_support::{DEFAULT_MYSQL_URL, DEFAULT_POSTGRES_URL, mysql_url, postgres_url};

/// `None` after a SKIPPED line when the server is not there; a panic when the databases are
/// required, or when the server is there but refused us.
fn connect_failed<T>(server: &str, url: &str, err: sqlx::Error) -> Option<T> {
    let unreachable = matches!(err, sqlx::Error::Io(_) | sqlx::Error::PoolTimedOut);
    if !unreachable {
        panic!("{server} at {url} answered but refused the test connection: {err}");
    }
    ids_test_support::unreachable(server, url, &err)
}

/// Runs `cleanup` to completion on a runtime of its own: `Drop` cannot await, and it also runs
/// while a failed test unwinds, inside or outside the test's runtime.
fn block_on_cleanup<F: Future<Output = Result<(), sqlx::Error>> + Send + 'static>(
    what: String,
    cleanup: F,
) {
    let outcome = std::thread::spawn(move || {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(sqlx::Error::Io)
            .and_then(|runtime| runtime.block_on(cleanup))
    })
    .join();
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(err)) => {
            let _ = writeln!(std::io::stderr(), "warning: could not drop {what}: {err}");
        }
        Err(_) => {
            let _ = writeln!(std::io::stderr(), "warning: dropping {what} panicked");
        }
    }
}

/// A pool whose connections all work in one fresh schema, dropped with everything in it when
/// this value is.
pub struct PgSchema {
    /// Connections with `search_path` set to the schema.
    pub pool: PgPool,
    name: String,
    options: PgConnectOptions,
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
        Err(err) => return connect_failed("PostgreSQL", &url, err),
    };
    let name = unique_name(test);
    admin
        .execute(built(format!("CREATE SCHEMA {name}")))
        .await
        .expect("create the test schema");
    let _ = admin.close().await;
    let pool = PgPoolOptions::new()
        .max_connections(4)
        .acquire_timeout(Duration::from_secs(30))
        .connect_with(options.clone().options([("search_path", name.as_str())]))
        .await
        .expect("connect to the test schema");
    Some(PgSchema {
        pool,
        name,
        options,
    })
}

impl Drop for PgSchema {
    fn drop(&mut self) {
        let (options, name) = (self.options.clone(), self.name.clone());
        block_on_cleanup(format!("schema {name}"), async move {
            let mut conn = options.connect().await?;
            conn.execute(built(format!("DROP SCHEMA IF EXISTS {name} CASCADE")))
                .await?;
            conn.close().await
        });
    }
}

/// A pool connected to a fresh database, dropped with everything in it when this value is.
pub struct MySqlDatabase {
    /// Connections to the test's database.
    pub pool: MySqlPool,
    name: String,
    options: MySqlConnectOptions,
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
        Err(err) => return connect_failed("MySQL", &url, err),
    };
    let name = unique_name(test);
    admin
        .execute(built(format!("CREATE DATABASE {name}")))
        .await
        .expect("create the test database");
    let _ = admin.close().await;
    let pool = MySqlPoolOptions::new()
        .max_connections(4)
        .acquire_timeout(Duration::from_secs(30))
        .connect_with(options.clone().database(&name))
        .await
        .expect("connect to the test database");
    Some(MySqlDatabase {
        pool,
        name,
        options,
    })
}

impl Drop for MySqlDatabase {
    fn drop(&mut self) {
        let (options, name) = (self.options.clone(), self.name.clone());
        block_on_cleanup(format!("database {name}"), async move {
            let mut conn = options.connect().await?;
            conn.execute(built(format!("DROP DATABASE IF EXISTS {name}")))
                .await?;
            conn.close().await
        });
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
