//! What every database test in the workspace shares, whatever layer it drives (sqlx 0.8 or
//! 0.9, Diesel, SeaORM): which servers it uses, a name no other test uses, and what happens
//! when a server cannot be reached.
//!
//! The servers come from `IDS_TEST_POSTGRES_URL` and `IDS_TEST_MYSQL_URL`, by default the local
//! servers. A server that cannot be reached skips the test with a `SKIPPED` line on standard
//! error, unless `IDS_REQUIRE_DB=1`, which turns it into a failure (CI sets it).

use std::fmt::Display;
use std::io::Write;
use std::sync::atomic::{AtomicU32, Ordering};

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

/// A schema or database name no other test in any process is using: the test's name, the
/// process and a counter.
pub fn unique_name(test: &str) -> String {
    static NEXT: AtomicU32 = AtomicU32::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("ids_{test}_{}_{n}", std::process::id())
}

/// The test's server cannot be reached: `None` after a `SKIPPED` line, or a panic when
/// `IDS_REQUIRE_DB=1` requires the server.
pub fn unreachable<T>(server: &str, url: &str, err: &dyn Display) -> Option<T> {
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
