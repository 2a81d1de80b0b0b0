//! The database speaks TypeID: SQL functions generated from the program's own ID kinds, for
//! PostgreSQL ([`postgres`]) and MySQL/MariaDB ([`mysql`]).
//!
//! Each returns a migration script that is safe to run more than once, to be committed as a
//! migration (the repository's tests run it through sqlx's migrator; it is plain SQL, which
//! Diesel's and SeaORM's migrations run the same way). It defines, in both dialects:
//!
//! | function | what |
//! |---|---|
//! | `typeid_encode(prefix, uuid)` | the TypeID text; `NULL` in, `NULL` out |
//! | `typeid_decode(text, prefix)` | the UUID; an error (SQLSTATE `22P02`) for anything that is not a canonical TypeID with that prefix |
//! | `typeid_is_valid(text, prefix)` | whether `typeid_decode` would accept it |
//! | `typeid_min_at(t)`, `typeid_max_at(t)` | the smallest and largest UUIDv7 of `t`'s millisecond, as [`EntityId::min_at`](crate::EntityId::min_at) |
//! | `typeid_min_at_text(prefix, t)`, `typeid_max_at_text(prefix, t)` | the same bounds as TypeID text, for text columns |
//! | per kind, `user_id(text)` and `user_id_text(uuid)` | decode and encode with the kind's prefix |
//!
//! and per kind on PostgreSQL a domain, `user_typeid`, a `text` that admits exactly the
//! kind's canonical TypeIDs (on MySQL, where a `CHECK` cannot call a function, [`mysql_check`]
//! writes the same condition for a column). It also defines the helpers these use
//! (`typeid_char` and `typeid_value` on PostgreSQL, `typeid_unix_ms` on MySQL). Every name
//! above is the script's: it replaces a function of the same name and argument types. A kind
//! whose helper names would pass the server's limit on names, or be one of its built-in
//! functions (MySQL's `connection_id`), gets a comment in the script instead of helpers.
//!
//! The everyday queries:
//!
//! ```sql
//! -- search a native column by the TypeID from a log line (the index on id serves it)
//! SELECT * FROM users WHERE id = user_id('user_01h455vb4pex5vsknk084sn02q');
//! -- print IDs as TypeIDs
//! SELECT user_id_text(id), name FROM users;
//! -- a time window
//! SELECT * FROM users WHERE id >= typeid_min_at(now() - interval '1 hour') AND id < typeid_min_at(now());
//! ```
//!
//! The script's functions are the Rust codec's equals: the repository's tests run 100,000
//! random UUIDs and every TypeID specification vector through both servers and compare.
//!
//! Write the script from the program itself, where every kind is registered, and keep a copy
//! in the migrations; [`check_file`] fails a test when the copy is out of date:
//!
//! ```no_run
//! # use ids_core::{EntityId, Uuid, registry, sql};
//! # #[derive(EntityId)]
//! # #[entity_id(prefix = "user")]
//! # struct UserId(Uuid);
//! // In a test of the crate that links every ID type:
//! let script = sql::postgres(registry::kinds());
//! sql::check_file("migrations/0001_ids.sql", &script).unwrap();
//! ```

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use crate::registry::kinds::Kind;

mod mysql;
mod postgres;

pub use mysql::check as mysql_check;

/// The PostgreSQL script for `kinds` (all of [`registry::kinds`](crate::registry::kinds), or a
/// filter of them). Tested on PostgreSQL 15; needs 14 or later, where `extract(epoch …)` is
/// exact.
pub fn postgres<'a>(kinds: impl IntoIterator<Item = &'a Kind>) -> String {
    postgres::script(&Kinds::from(kinds))
}

/// The MySQL/MariaDB script for `kinds`, on `BINARY(16)` UUIDs. Tested on MariaDB 10.11.
///
/// Written for MySQL 8.0 as well, but not tested on it: it uses no MariaDB-only syntax
/// (`DROP FUNCTION IF EXISTS` then `CREATE FUNCTION`, not `CREATE OR REPLACE`), and its
/// regular expressions use only what ICU, MySQL's engine, shares with PCRE. With binary
/// logging on, as MySQL 8 has it by default, creating functions needs the privilege to, or
/// `log_bin_trust_function_creators`; every function is declared `DETERMINISTIC NO SQL`.
///
/// Text results (`typeid_encode`, `user_id_text`) are `utf8mb4` in the character set's default
/// collation, which MySQL compares without case: to find a row by a TypeID, compare the UUID
/// column with `user_id(?)`, which checks the text exactly, not the text with
/// `user_id_text(id) = ?`.
///
/// Some functions have `BEGIN … END` bodies: run the script through a migration tool or a
/// client library, which send it as it is, not through the `mysql` command-line client, which
/// splits statements at every `;`.
pub fn mysql<'a>(kinds: impl IntoIterator<Item = &'a Kind>) -> String {
    mysql::script(&Kinds::from(kinds))
}

/// The kinds a script is for: each prefix once, in order, with the names of its types.
struct Kinds(BTreeMap<&'static str, Vec<&'static str>>);

impl<'a, I: IntoIterator<Item = &'a Kind>> From<I> for Kinds {
    fn from(kinds: I) -> Kinds {
        let mut by_prefix: BTreeMap<&'static str, Vec<&'static str>> = BTreeMap::new();
        for kind in kinds {
            let names = by_prefix.entry(kind.prefix).or_default();
            if !names.contains(&kind.type_name) {
                names.push(kind.type_name);
                names.sort_unstable();
            }
        }
        Kinds(by_prefix)
    }
}

impl Kinds {
    /// The script's opening comment: what made it and which kinds it covers.
    fn header(&self, dialect: &str, function: &str) -> String {
        let mut out = format!(
            "-- TypeID functions for {dialect}, written by ids_core::sql::{function} from the \
             program's ID kinds.\n-- Safe to run more than once. Do not edit: write it again \
             from the program.\n--\n-- Kinds:\n"
        );
        if self.0.is_empty() {
            out.push_str("--   (none)\n");
        }
        for (prefix, names) in &self.0 {
            out.push_str(&format!("--   {prefix:?}: {}\n", names.join(", ")));
        }
        out
    }

    /// The prefixes that get typed helpers, with the helpers' base name (`user_id`), and a
    /// comment for each prefix that cannot: the empty prefix, prefixes whose names would pass
    /// `max_name` bytes, and those whose names are the server's own functions (`built_in`).
    fn helpers(&self, max_name: usize, built_in: &[&str]) -> (Vec<(&'static str, String)>, String) {
        let mut named = Vec::new();
        let mut skipped = String::new();
        for prefix in self.0.keys() {
            let name = format!("{prefix}_id");
            if prefix.is_empty() {
                skipped.push_str(
                    "-- The kind without a prefix has no typed helpers: use typeid_decode(text, '') \
                     and typeid_encode('', id).\n",
                );
            } else if name.len() + "_text".len() > max_name {
                skipped.push_str(&format!(
                    "-- {prefix:?} has no typed helpers: {name}_text would pass the {max_name}-byte \
                     limit on names. Use typeid_decode(text, '{prefix}').\n"
                ));
            } else if built_in.contains(&name.as_str()) {
                skipped.push_str(&format!(
                    "-- {prefix:?} has no typed helpers: {name} is a function of the server's own. \
                     Use typeid_decode(text, '{prefix}').\n"
                ));
            } else {
                named.push((*prefix, name));
            }
        }
        (named, skipped)
    }
}

/// The regular expression a canonical suffix matches, its length checked apart: a first
/// character of `0` to `7` (more would pass 128 bits), then the alphabet. (A bounded
/// repetition, `{25}`, costs PostgreSQL's regular expressions three times as much.)
fn suffix_pattern() -> String {
    let alphabet = std::str::from_utf8(crate::text::codec::ALPHABET).expect("ASCII");
    format!("[0-7][{alphabet}]*")
}

/// A prefix as it is written before the suffix: `user_`, or nothing for the empty prefix.
fn head(prefix: &str) -> String {
    if prefix.is_empty() {
        String::new()
    } else {
        format!("{prefix}_")
    }
}

/// Compares a committed script with the one the program writes now. Returns an error naming
/// the file and the first line that differs, for a test to fail on. With the environment
/// variable `IDS_SQL=overwrite` set, writes `script` to `path` instead.
///
/// ```no_run
/// let script = ids_core::sql::postgres(ids_core::registry::kinds());
/// ids_core::sql::check_file("migrations/0001_ids.sql", &script).unwrap();
/// ```
pub fn check_file(path: impl AsRef<Path>, script: &str) -> Result<(), StaleScript> {
    let path = path.as_ref();
    if std::env::var_os("IDS_SQL").is_some_and(|value| value == "overwrite") {
        return std::fs::write(path, script).map_err(|err| StaleScript {
            path: path.to_owned(),
            problem: format!("cannot be written: {err}"),
        });
    }
    let committed = std::fs::read_to_string(path).map_err(|err| StaleScript {
        path: path.to_owned(),
        problem: format!("cannot be read: {err}"),
    })?;
    if committed == script {
        return Ok(());
    }
    let (mut old_lines, mut new_lines) = (committed.lines(), script.lines());
    let mut line = 0;
    let problem = loop {
        line += 1;
        match (old_lines.next(), new_lines.next()) {
            (Some(old), Some(new)) if old == new => {}
            (Some(old), Some(new)) => {
                break format!(
                    "differs at line {line}: it has {old:?} where the program writes {new:?}"
                );
            }
            (Some(old), None) => {
                break format!("has {old:?} at line {line}, past the program's end");
            }
            (None, Some(new)) => break format!("ends before line {line}, {new:?}"),
            (None, None) => break "differs in its line endings".to_owned(),
        }
    };
    Err(StaleScript {
        path: path.to_owned(),
        problem,
    })
}

/// A committed script that no longer matches the program's ID kinds, from [`check_file`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaleScript {
    /// The committed file.
    pub path: PathBuf,
    /// What is wrong with it.
    pub problem: String,
}

impl fmt::Display for StaleScript {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} {}; write it again from the program's ID kinds, for one by running this \
             check with IDS_SQL=overwrite",
            self.path.display(),
            self.problem
        )
    }
}

impl std::error::Error for StaleScript {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Storage;

    fn kind(prefix: &'static str, type_name: &'static str) -> Kind {
        Kind {
            prefix,
            type_name,
            module_path: "app",
            storage: Storage::None,
            shared_prefix: false,
        }
    }

    #[test]
    fn kinds_without_room_for_helper_names_get_a_comment_instead() {
        let long = "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijk";
        let kinds = [
            kind("user", "UserId"),
            kind("", "BareId"),
            kind(long, "LongId"),
        ];
        for (script, limit) in [(postgres(&kinds), 63), (mysql(&kinds), 64)] {
            assert!(script.contains("FUNCTION user_id_text("), "{script}");
            assert!(script.contains("The kind without a prefix has no typed helpers"));
            assert!(script.contains(&format!("{long:?} has no typed helpers")));
            assert!(!script.contains(&format!("FUNCTION {long}_id")));
            assert!(script.contains(&format!("the {limit}-byte limit")));
        }
    }

    #[test]
    fn helpers_never_take_a_built_in_name() {
        let script = mysql(&[kind("connection", "ConnectionId"), kind("user", "UserId")]);
        assert!(!script.contains("FUNCTION connection_id("), "{script}");
        assert!(script.contains("connection_id is a function of the server's own"));
        assert!(script.contains("FUNCTION user_id("));
        assert!(
            postgres(&[kind("connection", "ConnectionId")]).contains("FUNCTION connection_id(")
        );
    }

    #[test]
    fn one_kind_in_two_types_is_one_set_of_helpers() {
        let kinds = [
            kind("user", "UserId"),
            kind("user", "TextUserId"),
            kind("user", "UserId"),
        ];
        let script = postgres(&kinds);
        assert!(
            script.contains("--   \"user\": TextUserId, UserId\n"),
            "{script}"
        );
        assert_eq!(script.matches("FUNCTION user_id(").count(), 1);
    }

    #[test]
    fn a_stale_copy_names_its_first_wrong_line() {
        let dir = std::env::temp_dir().join(format!("ids_check_file_{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a directory");
        let path = dir.join("0001_ids.sql");
        let script = postgres(&[kind("user", "UserId")]);

        let missing = check_file(&path, &script).expect_err("no file yet");
        assert!(missing.to_string().contains("cannot be read"), "{missing}");

        std::fs::write(&path, &script).expect("write");
        assert_eq!(check_file(&path, &script), Ok(()));

        let newer = postgres(&[kind("user", "UserId"), kind("org", "OrgId")]);
        let stale = check_file(&path, &newer).expect_err("a kind was added");
        assert_eq!(stale.path, path);
        assert!(stale.problem.starts_with("differs at line 5:"), "{stale}");
        assert!(stale.to_string().contains("IDS_SQL=overwrite"), "{stale}");

        std::fs::write(&path, format!("{script}-- edited\n")).expect("write");
        let edited = check_file(&path, &script).expect_err("an edit");
        assert!(
            edited.problem.contains("past the program's end"),
            "{edited}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
