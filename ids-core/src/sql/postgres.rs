//! The PostgreSQL dialect. Every function is one SQL expression the planner can inline into
//! the calling query, so that `typeid_encode('user', id)` over a table runs as one expression
//! per row, and `WHERE id = user_id($1)` compares the column with a value computed once,
//! which an index on the column serves. The bodies are SQL-standard (`RETURN …`): their names
//! are bound when the script runs, so no caller's `search_path` can change what they call. Errors come from casting a message to `uuid`, which
//! raises SQLSTATE 22P02 (`invalid_text_representation`) with the message in it; the cast
//! sits in a `CASE` branch that a valid constant input folds away at plan time.

use super::{Kinds, head, suffix_pattern};
use crate::text::codec::ALPHABET;

/// PostgreSQL's limit on names, in bytes.
const MAX_NAME: usize = 63;

/// A valid prefix, as a regular expression: empty, or `a-z` and `_` starting and ending with a
/// letter, at most 63 characters.
const PREFIX_PATTERN: &str = "^([a-z]([a-z_]{0,61}[a-z])?)?$";

pub(super) fn script(kinds: &Kinds) -> String {
    let mut out = kinds.header("PostgreSQL", "postgres");
    let suffix = suffix_pattern();
    let chars = encode_chars();
    let head_len = "(length(prefix) + (prefix <> '')::int)";
    let any_head = format!("left(prefix || '_', {head_len})");
    let valid = format!(
        "prefix COLLATE \"C\" ~ '{PREFIX_PATTERN}'\n        AND length(txt) = {head_len} + 26\n        \
         AND left(txt, {head_len}) COLLATE \"C\" = {any_head}\n        \
         AND right(txt, 26) COLLATE \"C\" ~ '^{suffix}$'"
    );

    out.push_str(&format!(
        "
-- Helpers of the functions below: a suffix character and its five-bit value.
CREATE OR REPLACE FUNCTION typeid_char(value integer) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN chr(get_byte(decode('{alphabet}', 'hex'), value));
CREATE OR REPLACE FUNCTION typeid_value(c text) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN get_byte(decode('{values}', 'hex'), ascii(c));

-- The TypeID of a UUID: typeid_encode('user', id). NULL in, NULL out; an invalid prefix is
-- an error.
CREATE OR REPLACE FUNCTION typeid_encode(prefix text, id uuid) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN prefix COLLATE \"C\" ~ '{PREFIX_PATTERN}'
    THEN {any_head} || {chars}
    ELSE ('typeid_encode: invalid prefix \"' || left(prefix, 70) || '\"')::uuid::text
END;

-- Whether txt is a canonical TypeID with this prefix: what typeid_decode accepts.
CREATE OR REPLACE FUNCTION typeid_is_valid(txt text, prefix text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN {valid};

-- The UUID of a TypeID with this prefix: typeid_decode('user_01h455vb4pex5vsknk084sn02q',
-- 'user'). NULL in, NULL out; anything else that is not a canonical TypeID with the prefix
-- (another prefix, uppercase, a bare UUID, a suffix past 128 bits) raises SQLSTATE 22P02.
CREATE OR REPLACE FUNCTION typeid_decode(txt text, prefix text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN {valid}
    THEN {decoded}
    ELSE ('typeid_decode: \"' || left(txt, 100) || '\" is not a TypeID with prefix \"' || left(prefix, 70) || '\"')::uuid
END;

-- The smallest and the largest UUIDv7 of ts's millisecond: WHERE id >= typeid_min_at($1) AND
-- id < typeid_min_at($2) selects the IDs made in [$1, $2). Times outside the 48-bit range
-- take its ends.
CREATE OR REPLACE FUNCTION typeid_min_at(ts timestamptz) RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (lpad(to_hex({ms}), 12, '0') || '70008000000000000000')::uuid;
CREATE OR REPLACE FUNCTION typeid_max_at(ts timestamptz) RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (lpad(to_hex({ms}), 12, '0') || '7fffbfffffffffffffff')::uuid;

-- The same bounds as TypeID text, for text columns.
CREATE OR REPLACE FUNCTION typeid_min_at_text(prefix text, ts timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN typeid_encode(prefix, typeid_min_at(ts));
CREATE OR REPLACE FUNCTION typeid_max_at_text(prefix text, ts timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN typeid_encode(prefix, typeid_max_at(ts));
",
        alphabet = hex(ALPHABET),
        values = hex(&values()),
        // Valid input is ASCII, so bytes count characters: the suffix's k-th character is
        // found from the end without copying the suffix out first.
        decoded = decode(|k| format!("substr(txt, octet_length(txt) - {}, 1)", 25 - k)),
        ms = "greatest(0, least(floor(extract(epoch FROM ts) * 1000), 281474976710655))::bigint",
    ));

    let (named, skipped) = kinds.helpers(MAX_NAME, &[]);
    out.push_str(&format!(
        "\n-- Per kind: decode, encode, and a domain for text columns.\n{skipped}"
    ));
    for (prefix, name) in named {
        let head = head(prefix);
        let offset = head.len();
        out.push_str(&format!(
            "
CREATE OR REPLACE FUNCTION {name}(txt text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN length(txt) = {len} AND txt COLLATE \"C\" ~ '^{head}{suffix}$'
    THEN {decoded}
    ELSE ('{name}: \"' || left(txt, 100) || '\" is not a TypeID with prefix \"{prefix}\"')::uuid
END;
CREATE OR REPLACE FUNCTION {name}_text(id uuid) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN '{head}' || {chars};
DO $$ BEGIN
    CREATE DOMAIN {prefix}_typeid AS text COLLATE \"C\"
        CONSTRAINT {prefix}_typeid_canonical CHECK (length(VALUE) = {len} AND VALUE ~ '^{head}{suffix}$');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
",
            len = offset + 26,
            decoded = decode(|k| format!("substr(txt, {}, 1)", offset + k + 1)),
        ));
    }
    out
}

/// The 26 suffix characters of the UUID parameter `id`, concatenated: each character's five
/// bits read from one or two of the UUID's bytes.
fn encode_chars() -> String {
    let byte = |i: usize| format!("get_byte(uuid_send(id), {i})");
    let mut chars = Vec::with_capacity(26);
    chars.push(format!("{} >> 5", byte(0)));
    // After the first character's three bits, character k starts at bit 3 + 5(k - 1).
    for k in 1..26 {
        let bit = 3 + 5 * (k - 1);
        let (i, offset) = (bit / 8, bit % 8);
        chars.push(if offset == 3 {
            format!("{} & 31", byte(i))
        } else if offset < 3 {
            format!("({} >> {}) & 31", byte(i), 3 - offset)
        } else {
            format!(
                "(({} << 8) | {}) >> {} & 31",
                byte(i),
                byte(i + 1),
                11 - offset
            )
        });
    }
    chars
        .iter()
        .map(|value| format!("typeid_char({value})"))
        .collect::<Vec<_>>()
        .join("\n        || ")
}

/// The UUID of 26 valid suffix characters, `char(k)` being the SQL for the k-th: each
/// character's value packed into 8 + 60 + 60 bits, written as 32 hexadecimal digits and read
/// as a `uuid`. (PostgreSQL gives `<<`, `>>`, `&` and `|` one precedence, left to right.)
fn decode(char: impl Fn(usize) -> String) -> String {
    let value = |k: usize| format!("typeid_value({})", char(k));
    let bits = |range: std::ops::RangeInclusive<usize>| {
        let last = *range.end();
        range
            .map(|k| match 5 * (last - k) {
                0 => format!("{}::bigint", value(k)),
                shift => format!("({}::bigint << {shift})", value(k)),
            })
            .collect::<Vec<_>>()
            .join("\n            | ")
    };
    format!(
        "(lpad(to_hex({} << 5 | {}), 2, '0')\n        || lpad(to_hex({}), 15, '0')\n        || lpad(to_hex({}), 15, '0'))::uuid",
        value(0),
        value(1),
        bits(2..=13),
        bits(14..=25),
    )
}

/// Each ASCII code's five-bit value in the alphabet; 0 for the rest, which the callers have
/// excluded before they look one up.
fn values() -> [u8; 128] {
    let mut table = [0u8; 128];
    for (value, &c) in (0u8..).zip(ALPHABET) {
        table[usize::from(c)] = value;
    }
    table
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
