//! Connections to the test databases, each test in a schema (PostgreSQL), database (MariaDB) or
//! in-memory database (SQLite) of its own, dropped when the test ends.
//!
//! The servers come from `IDS_TEST_POSTGRES_URL` and `IDS_TEST_MYSQL_URL`, by default the local
//! ones. A server that cannot be reached skips the test with a `SKIPPED` line on standard error,
//! unless `IDS_REQUIRE_DB=1` (CI sets it); a server that answers and refuses always fails.

#![allow(dead_code, unreachable_pub)]

use std::io::Write;

use diesel::connection::SimpleConnection;
use diesel::{Connection, ConnectionError, MysqlConnection, PgConnection, SqliteConnection};
use ids_test_support::{mysql_url, postgres_url, unique_name};

/// `None` after a SKIPPED line when the server is not there; a panic when it is required, or
/// when it answered and refused.
fn connect_failed<T>(server: &str, url: &str, err: ConnectionError) -> Option<T> {
    let message = err.to_string();
    let unreachable = ["Connection refused", "Can't connect", "No such file"]
        .iter()
        .any(|sign| message.contains(sign));
    if !unreachable {
        panic!("{server} at {url} answered but refused the test connection: {message}");
    }
    ids_test_support::unreachable(server, url, &message)
}

/// A connection working in a fresh schema, dropped with everything in it when this value is.
pub struct Pg {
    pub conn: PgConnection,
    admin: PgConnection,
    name: String,
}

impl Drop for Pg {
    fn drop(&mut self) {
        let drop = format!("DROP SCHEMA {} CASCADE", self.name);
        if let Err(err) = self.admin.batch_execute(&drop) {
            let _ = writeln!(
                std::io::stderr(),
                "warning: could not drop {}: {err}",
                self.name
            );
        }
    }
}

pub fn postgres(test: &str) -> Option<Pg> {
    let url = postgres_url();
    let mut admin = match PgConnection::establish(&url) {
        Ok(conn) => conn,
        Err(err) => return connect_failed("PostgreSQL", &url, err),
    };
    let name = unique_name(test);
    admin
        .batch_execute(&format!("CREATE SCHEMA {name}"))
        .expect("create the test schema");
    let mut conn = PgConnection::establish(&url).expect("connect to the test database");
    conn.batch_execute(&format!("SET search_path TO {name}"))
        .expect("use the test schema");
    Some(Pg { conn, admin, name })
}

/// A connection to a fresh database, dropped when this value is.
pub struct Mysql {
    pub conn: MysqlConnection,
    admin: MysqlConnection,
    name: String,
}

impl Drop for Mysql {
    fn drop(&mut self) {
        let drop = format!("DROP DATABASE {}", self.name);
        if let Err(err) = self.admin.batch_execute(&drop) {
            let _ = writeln!(
                std::io::stderr(),
                "warning: could not drop {}: {err}",
                self.name
            );
        }
    }
}

pub fn mysql(test: &str) -> Option<Mysql> {
    let url = mysql_url();
    let mut admin = match MysqlConnection::establish(&url) {
        Ok(conn) => conn,
        Err(err) => return connect_failed("MySQL", &url, err),
    };
    let name = unique_name(test);
    admin
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("create the test database");
    let mut conn = MysqlConnection::establish(&url).expect("connect to the test server");
    conn.batch_execute(&format!("USE {name}"))
        .expect("use the test database");
    Some(Mysql { conn, admin, name })
}

/// SQLite needs no server: an in-memory database, wrapped like the others.
pub struct Sqlite {
    pub conn: SqliteConnection,
}

pub fn sqlite(_test: &str) -> Option<Sqlite> {
    let conn = SqliteConnection::establish(":memory:").expect("open an in-memory database");
    Some(Sqlite { conn })
}
