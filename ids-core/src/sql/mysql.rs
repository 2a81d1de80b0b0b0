//! The MySQL/MariaDB dialect, on `BINARY(16)` UUIDs. The servers have no bit-string type but
//! do have `CONV`, which writes a 64-bit number in base 32 with the digits `0-9A-V`: the 128
//! bits go through it as 8 + 60 + 60 bits (2 + 12 + 12 characters), and a chain of `REPLACE`s
//! maps those digits to the TypeID alphabet and back.

use super::{Kinds, head, suffix_pattern};
use crate::EntityId;

/// MySQL's limit on names, in characters.
const MAX_NAME: usize = 64;

/// The digits `CONV` writes for 18 to 31, and the TypeID letters for the same values (10 to 17
/// are `A-H`, which `LOWER` and `UPPER` map).
const CONV_DIGITS: &str = "IJKLMNOPQRSTUV";
const TYPEID_LETTERS: &str = "jkmnpqrstvwxyz";

/// A valid prefix followed by `!`. The sentinel keeps `$` from matching before a final
/// newline, as it does in PCRE.
const PREFIX_PATTERN: &str = "^([a-z]([a-z_]{0,61}[a-z])?)?!$";

/// Text parameters compare byte by byte, case-sensitive, and take any length a column holds
/// up to 64 KiB: what is too long for an ID is rejected by the functions, not by strict mode.
const TEXT: &str = "TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin";

/// Built-in functions a helper name would collide with: a call by that name reaches the
/// built-in, not the stored function.
const BUILT_IN: &[&str] = &["connection_id", "last_insert_id"];

/// Text results take the character set's default collation: a binary one would reach clients
/// as bytes (sqlx, for one, refuses to read it as a string).
const OUT: &str = "VARCHAR(90) CHARACTER SET utf8mb4";

pub(super) fn script(kinds: &Kinds) -> String {
    let mut out = kinds.header("MySQL and MariaDB", "mysql");
    let suffix = suffix_pattern();
    let to_typeid = replace_each(
        "CONCAT(LPAD(CONV(HEX(LEFT(id, 1)), 16, 32), 2, '0'), LPAD(CONV(SUBSTR(HEX(id), 3, 15), 16, 32), 12, '0'), LPAD(CONV(SUBSTR(HEX(id), 18, 15), 16, 32), 12, '0'))",
        CONV_DIGITS,
        TYPEID_LETTERS,
    );
    let from_typeid = replace_each("RIGHT(txt, 26)", TYPEID_LETTERS, CONV_DIGITS);
    let head_len = "(CHAR_LENGTH(prefix) + (prefix <> ''))";

    out.push_str(&format!(
        "
-- Whether txt is a canonical TypeID with this prefix: what typeid_decode accepts.
DROP FUNCTION IF EXISTS typeid_is_valid;
CREATE FUNCTION typeid_is_valid(txt {TEXT}, prefix {TEXT}) RETURNS BOOLEAN
DETERMINISTIC NO SQL
RETURN CONCAT(prefix, '!') REGEXP '{PREFIX_PATTERN}'
    AND CHAR_LENGTH(txt) = {head_len} + 26
    AND LEFT(txt, {head_len}) = IF(prefix = '', '', CONCAT(prefix, '_'))
    AND CONCAT(RIGHT(txt, 26), '!') REGEXP '^{suffix}!$';

-- The TypeID of a 16-byte UUID: typeid_encode('user', id). NULL in, NULL out; an invalid
-- prefix or a value of another length raises SQLSTATE 22P02.
DROP FUNCTION IF EXISTS typeid_encode;
CREATE FUNCTION typeid_encode(prefix {TEXT}, id VARBINARY(255)) RETURNS {OUT}
DETERMINISTIC NO SQL
BEGIN
    IF prefix IS NULL THEN
        RETURN NULL;
    END IF;
    IF NOT CONCAT(prefix, '!') REGEXP '{PREFIX_PATTERN}' THEN
        SIGNAL SQLSTATE '22P02' SET MESSAGE_TEXT = 'typeid_encode: invalid prefix';
    END IF;
    IF id IS NULL THEN
        RETURN NULL;
    END IF;
    IF LENGTH(id) <> 16 THEN
        SIGNAL SQLSTATE '22P02' SET MESSAGE_TEXT = 'typeid_encode: a UUID is 16 bytes';
    END IF;
    RETURN CONCAT(IF(prefix = '', '', CONCAT(prefix, '_')), LOWER({to_typeid}));
END;

-- The 16-byte UUID of a TypeID with this prefix: typeid_decode('user_01h455vb4pex5vsknk084sn02q',
-- 'user'). NULL in, NULL out; anything that is not a canonical TypeID with the prefix raises
-- SQLSTATE 22P02.
DROP FUNCTION IF EXISTS typeid_decode;
CREATE FUNCTION typeid_decode(txt {TEXT}, prefix {TEXT}) RETURNS BINARY(16)
DETERMINISTIC NO SQL
BEGIN
    DECLARE digits CHAR(26) CHARACTER SET ascii COLLATE ascii_bin;
    DECLARE message VARCHAR(128) CHARACTER SET utf8mb4;
    IF txt IS NULL OR prefix IS NULL THEN
        RETURN NULL;
    END IF;
    IF NOT typeid_is_valid(txt, prefix) THEN
        SET message = CONCAT('typeid_decode: \"', LEFT(txt, 40), '\" is not a TypeID with prefix \"', LEFT(prefix, 40), '\"');
        SIGNAL SQLSTATE '22P02' SET MESSAGE_TEXT = message;
    END IF;
    SET digits = UPPER({from_typeid});
    RETURN UNHEX(CONCAT(LPAD(CONV(LEFT(digits, 2), 32, 16), 2, '0'), LPAD(CONV(SUBSTR(digits, 3, 12), 32, 16), 15, '0'), LPAD(CONV(SUBSTR(digits, 15, 12), 32, 16), 15, '0')));
END;

-- Milliseconds since the Unix epoch of ts, rounded down, for the bounds below.
DROP FUNCTION IF EXISTS typeid_unix_ms;
CREATE FUNCTION typeid_unix_ms(ts DATETIME(6)) RETURNS BIGINT
DETERMINISTIC NO SQL
BEGIN
    DECLARE seconds DECIMAL(20, 6) DEFAULT UNIX_TIMESTAMP(ts);
    IF ts IS NULL THEN
        RETURN NULL;
    END IF;
    IF seconds IS NULL THEN
        SIGNAL SQLSTATE '22008' SET MESSAGE_TEXT = 'typeid_min_at/typeid_max_at: the time is outside UNIX_TIMESTAMP''s range';
    END IF;
    RETURN LEAST(FLOOR(seconds * 1000), 281474976710655);
END;

-- The smallest and the largest UUIDv7 of ts's millisecond: WHERE id >= typeid_min_at(?) AND
-- id < typeid_min_at(?) selects the IDs made in the window. ts is read as UNIX_TIMESTAMP reads
-- it, in the session's time zone (as NOW() gives it); a time outside UNIX_TIMESTAMP's range
-- (1970 to 2038 on MariaDB 10.11) raises SQLSTATE 22008.
DROP FUNCTION IF EXISTS typeid_min_at;
CREATE FUNCTION typeid_min_at(ts DATETIME(6)) RETURNS BINARY(16)
DETERMINISTIC NO SQL
RETURN UNHEX(CONCAT(LPAD(HEX(typeid_unix_ms(ts)), 12, '0'), '70008000000000000000'));
DROP FUNCTION IF EXISTS typeid_max_at;
CREATE FUNCTION typeid_max_at(ts DATETIME(6)) RETURNS BINARY(16)
DETERMINISTIC NO SQL
RETURN UNHEX(CONCAT(LPAD(HEX(typeid_unix_ms(ts)), 12, '0'), '7FFFBFFFFFFFFFFFFFFF'));

-- The same bounds as TypeID text, for text columns.
DROP FUNCTION IF EXISTS typeid_min_at_text;
CREATE FUNCTION typeid_min_at_text(prefix {TEXT}, ts DATETIME(6)) RETURNS {OUT}
DETERMINISTIC NO SQL
RETURN typeid_encode(prefix, typeid_min_at(ts));
DROP FUNCTION IF EXISTS typeid_max_at_text;
CREATE FUNCTION typeid_max_at_text(prefix {TEXT}, ts DATETIME(6)) RETURNS {OUT}
DETERMINISTIC NO SQL
RETURN typeid_encode(prefix, typeid_max_at(ts));
"
    ));

    let (named, skipped) = kinds.helpers(MAX_NAME, BUILT_IN);
    out.push_str(&format!(
        "\n-- Per kind: decode and encode. For a text column's CHECK, see ids_core::sql::mysql_check.\n{skipped}"
    ));
    for (prefix, name) in named {
        out.push_str(&format!(
            "
DROP FUNCTION IF EXISTS {name};
CREATE FUNCTION {name}(txt {TEXT}) RETURNS BINARY(16)
DETERMINISTIC NO SQL
RETURN typeid_decode(txt, '{prefix}');
DROP FUNCTION IF EXISTS {name}_text;
CREATE FUNCTION {name}_text(id VARBINARY(255)) RETURNS {OUT}
DETERMINISTIC NO SQL
RETURN typeid_encode('{prefix}', id);
"
        ));
    }
    out
}

/// `text` with each character of `from` replaced by the one at the same place in `to`, as
/// nested `REPLACE`s (MySQL has no `TRANSLATE`). `REPLACE` is case-sensitive, so mapping
/// between cases never meets its own output.
fn replace_each(text: &str, from: &str, to: &str) -> String {
    from.chars()
        .zip(to.chars())
        .fold(text.to_owned(), |text, (from, to)| {
            format!("REPLACE({text}, '{from}', '{to}')")
        })
}

/// The condition a MySQL/MariaDB `CHECK` needs for a text column of `T`'s IDs: it admits
/// exactly the canonical TypeIDs with `T`'s prefix, in any column collation. (The `!` keeps
/// `$` from matching before a final newline, as it does in PCRE.)
///
/// ```
/// # use ids_core::{EntityId, Uuid};
/// # #[derive(EntityId)]
/// # #[entity_id(prefix = "user")]
/// # struct UserId(Uuid);
/// let check = ids_core::sql::mysql_check::<UserId>("id");
/// assert_eq!(
///     check,
///     "CHAR_LENGTH(`id`) = 31 AND CONCAT(`id`, '!') REGEXP '(?-i)^user_[0-7][0123456789abcdefghjkmnpqrstvwxyz]*!$'",
/// );
/// // CREATE TABLE users (id VARCHAR(90) PRIMARY KEY, CHECK (…))
/// ```
pub fn check<T: EntityId>(column: &str) -> String {
    let column = format!("`{}`", column.replace('`', "``"));
    let head = head(T::PREFIX);
    format!(
        "CHAR_LENGTH({column}) = {} AND CONCAT({column}, '!') REGEXP '(?-i)^{head}{}!$'",
        head.len() + 26,
        suffix_pattern()
    )
}
