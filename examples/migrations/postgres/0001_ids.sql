-- TypeID functions for PostgreSQL, written by ids_core::sql::postgres from the program's ID kinds.
-- Safe to run more than once. Do not edit: write it again from the program.
--
-- Kinds:
--   "conn": ConnectionId
--   "session": SessionId
--   "user": UserId

-- Helpers of the functions below: a suffix character and its five-bit value.
CREATE OR REPLACE FUNCTION typeid_char(value integer) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN chr(get_byte(decode('3031323334353637383961626364656667686a6b6d6e7071727374767778797a', 'hex'), value));
CREATE OR REPLACE FUNCTION typeid_value(c text) RETURNS integer
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN get_byte(decode('000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000102030405060708090000000000000000000000000000000000000000000000000000000000000000000000000000000a0b0c0d0e0f101100121300141500161718191a001b1c1d1e1f0000000000', 'hex'), ascii(c));

-- The TypeID of a UUID: typeid_encode('user', id). NULL in, NULL out; an invalid prefix is
-- an error.
CREATE OR REPLACE FUNCTION typeid_encode(prefix text, id uuid) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN prefix COLLATE "C" ~ '^([a-z]([a-z_]{0,61}[a-z])?)?$'
    THEN left(prefix || '_', (length(prefix) + (prefix <> '')::int)) || typeid_char(get_byte(uuid_send(id), 0) >> 5)
        || typeid_char(get_byte(uuid_send(id), 0) & 31)
        || typeid_char((get_byte(uuid_send(id), 1) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 1) << 8) | get_byte(uuid_send(id), 2)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 2) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 2) << 8) | get_byte(uuid_send(id), 3)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 3) << 8) | get_byte(uuid_send(id), 4)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 4) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 4) << 8) | get_byte(uuid_send(id), 5)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 5) & 31)
        || typeid_char((get_byte(uuid_send(id), 6) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 6) << 8) | get_byte(uuid_send(id), 7)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 7) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 7) << 8) | get_byte(uuid_send(id), 8)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 8) << 8) | get_byte(uuid_send(id), 9)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 9) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 9) << 8) | get_byte(uuid_send(id), 10)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 10) & 31)
        || typeid_char((get_byte(uuid_send(id), 11) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 11) << 8) | get_byte(uuid_send(id), 12)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 12) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 12) << 8) | get_byte(uuid_send(id), 13)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 13) << 8) | get_byte(uuid_send(id), 14)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 14) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 14) << 8) | get_byte(uuid_send(id), 15)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 15) & 31)
    ELSE ('typeid_encode: invalid prefix "' || left(prefix, 70) || '"')::uuid::text
END;

-- Whether txt is a canonical TypeID with this prefix: what typeid_decode accepts.
CREATE OR REPLACE FUNCTION typeid_is_valid(txt text, prefix text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN prefix COLLATE "C" ~ '^([a-z]([a-z_]{0,61}[a-z])?)?$'
        AND length(txt) = (length(prefix) + (prefix <> '')::int) + 26
        AND left(txt, (length(prefix) + (prefix <> '')::int)) COLLATE "C" = left(prefix || '_', (length(prefix) + (prefix <> '')::int))
        AND right(txt, 26) COLLATE "C" ~ '^[0-7][0123456789abcdefghjkmnpqrstvwxyz]*$';

-- The UUID of a TypeID with this prefix: typeid_decode('user_01h455vb4pex5vsknk084sn02q',
-- 'user'). NULL in, NULL out; anything else that is not a canonical TypeID with the prefix
-- (another prefix, uppercase, a bare UUID, a suffix past 128 bits) raises SQLSTATE 22P02.
CREATE OR REPLACE FUNCTION typeid_decode(txt text, prefix text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN prefix COLLATE "C" ~ '^([a-z]([a-z_]{0,61}[a-z])?)?$'
        AND length(txt) = (length(prefix) + (prefix <> '')::int) + 26
        AND left(txt, (length(prefix) + (prefix <> '')::int)) COLLATE "C" = left(prefix || '_', (length(prefix) + (prefix <> '')::int))
        AND right(txt, 26) COLLATE "C" ~ '^[0-7][0123456789abcdefghjkmnpqrstvwxyz]*$'
    THEN (lpad(to_hex(typeid_value(substr(txt, octet_length(txt) - 25, 1)) << 5 | typeid_value(substr(txt, octet_length(txt) - 24, 1))), 2, '0')
        || lpad(to_hex((typeid_value(substr(txt, octet_length(txt) - 23, 1))::bigint << 55)
            | (typeid_value(substr(txt, octet_length(txt) - 22, 1))::bigint << 50)
            | (typeid_value(substr(txt, octet_length(txt) - 21, 1))::bigint << 45)
            | (typeid_value(substr(txt, octet_length(txt) - 20, 1))::bigint << 40)
            | (typeid_value(substr(txt, octet_length(txt) - 19, 1))::bigint << 35)
            | (typeid_value(substr(txt, octet_length(txt) - 18, 1))::bigint << 30)
            | (typeid_value(substr(txt, octet_length(txt) - 17, 1))::bigint << 25)
            | (typeid_value(substr(txt, octet_length(txt) - 16, 1))::bigint << 20)
            | (typeid_value(substr(txt, octet_length(txt) - 15, 1))::bigint << 15)
            | (typeid_value(substr(txt, octet_length(txt) - 14, 1))::bigint << 10)
            | (typeid_value(substr(txt, octet_length(txt) - 13, 1))::bigint << 5)
            | typeid_value(substr(txt, octet_length(txt) - 12, 1))::bigint), 15, '0')
        || lpad(to_hex((typeid_value(substr(txt, octet_length(txt) - 11, 1))::bigint << 55)
            | (typeid_value(substr(txt, octet_length(txt) - 10, 1))::bigint << 50)
            | (typeid_value(substr(txt, octet_length(txt) - 9, 1))::bigint << 45)
            | (typeid_value(substr(txt, octet_length(txt) - 8, 1))::bigint << 40)
            | (typeid_value(substr(txt, octet_length(txt) - 7, 1))::bigint << 35)
            | (typeid_value(substr(txt, octet_length(txt) - 6, 1))::bigint << 30)
            | (typeid_value(substr(txt, octet_length(txt) - 5, 1))::bigint << 25)
            | (typeid_value(substr(txt, octet_length(txt) - 4, 1))::bigint << 20)
            | (typeid_value(substr(txt, octet_length(txt) - 3, 1))::bigint << 15)
            | (typeid_value(substr(txt, octet_length(txt) - 2, 1))::bigint << 10)
            | (typeid_value(substr(txt, octet_length(txt) - 1, 1))::bigint << 5)
            | typeid_value(substr(txt, octet_length(txt) - 0, 1))::bigint), 15, '0'))::uuid
    ELSE ('typeid_decode: "' || left(txt, 100) || '" is not a TypeID with prefix "' || left(prefix, 70) || '"')::uuid
END;

-- The smallest and the largest UUIDv7 of ts's millisecond: WHERE id >= typeid_min_at($1) AND
-- id < typeid_min_at($2) selects the IDs made in [$1, $2). Times outside the 48-bit range
-- take its ends.
CREATE OR REPLACE FUNCTION typeid_min_at(ts timestamptz) RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (lpad(to_hex(greatest(0, least(floor(extract(epoch FROM ts) * 1000), 281474976710655))::bigint), 12, '0') || '70008000000000000000')::uuid;
CREATE OR REPLACE FUNCTION typeid_max_at(ts timestamptz) RETURNS uuid
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (lpad(to_hex(greatest(0, least(floor(extract(epoch FROM ts) * 1000), 281474976710655))::bigint), 12, '0') || '7fffbfffffffffffffff')::uuid;

-- The same bounds as TypeID text, for text columns.
CREATE OR REPLACE FUNCTION typeid_min_at_text(prefix text, ts timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN typeid_encode(prefix, typeid_min_at(ts));
CREATE OR REPLACE FUNCTION typeid_max_at_text(prefix text, ts timestamptz) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN typeid_encode(prefix, typeid_max_at(ts));

-- Per kind: decode, encode, and a domain for text columns.

CREATE OR REPLACE FUNCTION conn_id(txt text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN length(txt) = 31 AND txt COLLATE "C" ~ '^conn_[0-7][0123456789abcdefghjkmnpqrstvwxyz]*$'
    THEN (lpad(to_hex(typeid_value(substr(txt, 6, 1)) << 5 | typeid_value(substr(txt, 7, 1))), 2, '0')
        || lpad(to_hex((typeid_value(substr(txt, 8, 1))::bigint << 55)
            | (typeid_value(substr(txt, 9, 1))::bigint << 50)
            | (typeid_value(substr(txt, 10, 1))::bigint << 45)
            | (typeid_value(substr(txt, 11, 1))::bigint << 40)
            | (typeid_value(substr(txt, 12, 1))::bigint << 35)
            | (typeid_value(substr(txt, 13, 1))::bigint << 30)
            | (typeid_value(substr(txt, 14, 1))::bigint << 25)
            | (typeid_value(substr(txt, 15, 1))::bigint << 20)
            | (typeid_value(substr(txt, 16, 1))::bigint << 15)
            | (typeid_value(substr(txt, 17, 1))::bigint << 10)
            | (typeid_value(substr(txt, 18, 1))::bigint << 5)
            | typeid_value(substr(txt, 19, 1))::bigint), 15, '0')
        || lpad(to_hex((typeid_value(substr(txt, 20, 1))::bigint << 55)
            | (typeid_value(substr(txt, 21, 1))::bigint << 50)
            | (typeid_value(substr(txt, 22, 1))::bigint << 45)
            | (typeid_value(substr(txt, 23, 1))::bigint << 40)
            | (typeid_value(substr(txt, 24, 1))::bigint << 35)
            | (typeid_value(substr(txt, 25, 1))::bigint << 30)
            | (typeid_value(substr(txt, 26, 1))::bigint << 25)
            | (typeid_value(substr(txt, 27, 1))::bigint << 20)
            | (typeid_value(substr(txt, 28, 1))::bigint << 15)
            | (typeid_value(substr(txt, 29, 1))::bigint << 10)
            | (typeid_value(substr(txt, 30, 1))::bigint << 5)
            | typeid_value(substr(txt, 31, 1))::bigint), 15, '0'))::uuid
    ELSE ('conn_id: "' || left(txt, 100) || '" is not a TypeID with prefix "conn"')::uuid
END;
CREATE OR REPLACE FUNCTION conn_id_text(id uuid) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN 'conn_' || typeid_char(get_byte(uuid_send(id), 0) >> 5)
        || typeid_char(get_byte(uuid_send(id), 0) & 31)
        || typeid_char((get_byte(uuid_send(id), 1) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 1) << 8) | get_byte(uuid_send(id), 2)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 2) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 2) << 8) | get_byte(uuid_send(id), 3)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 3) << 8) | get_byte(uuid_send(id), 4)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 4) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 4) << 8) | get_byte(uuid_send(id), 5)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 5) & 31)
        || typeid_char((get_byte(uuid_send(id), 6) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 6) << 8) | get_byte(uuid_send(id), 7)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 7) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 7) << 8) | get_byte(uuid_send(id), 8)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 8) << 8) | get_byte(uuid_send(id), 9)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 9) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 9) << 8) | get_byte(uuid_send(id), 10)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 10) & 31)
        || typeid_char((get_byte(uuid_send(id), 11) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 11) << 8) | get_byte(uuid_send(id), 12)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 12) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 12) << 8) | get_byte(uuid_send(id), 13)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 13) << 8) | get_byte(uuid_send(id), 14)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 14) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 14) << 8) | get_byte(uuid_send(id), 15)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 15) & 31);
DO $$ BEGIN
    CREATE DOMAIN conn_typeid AS text COLLATE "C"
        CONSTRAINT conn_typeid_canonical CHECK (length(VALUE) = 31 AND VALUE ~ '^conn_[0-7][0123456789abcdefghjkmnpqrstvwxyz]*$');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

CREATE OR REPLACE FUNCTION session_id(txt text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN length(txt) = 34 AND txt COLLATE "C" ~ '^session_[0-7][0123456789abcdefghjkmnpqrstvwxyz]*$'
    THEN (lpad(to_hex(typeid_value(substr(txt, 9, 1)) << 5 | typeid_value(substr(txt, 10, 1))), 2, '0')
        || lpad(to_hex((typeid_value(substr(txt, 11, 1))::bigint << 55)
            | (typeid_value(substr(txt, 12, 1))::bigint << 50)
            | (typeid_value(substr(txt, 13, 1))::bigint << 45)
            | (typeid_value(substr(txt, 14, 1))::bigint << 40)
            | (typeid_value(substr(txt, 15, 1))::bigint << 35)
            | (typeid_value(substr(txt, 16, 1))::bigint << 30)
            | (typeid_value(substr(txt, 17, 1))::bigint << 25)
            | (typeid_value(substr(txt, 18, 1))::bigint << 20)
            | (typeid_value(substr(txt, 19, 1))::bigint << 15)
            | (typeid_value(substr(txt, 20, 1))::bigint << 10)
            | (typeid_value(substr(txt, 21, 1))::bigint << 5)
            | typeid_value(substr(txt, 22, 1))::bigint), 15, '0')
        || lpad(to_hex((typeid_value(substr(txt, 23, 1))::bigint << 55)
            | (typeid_value(substr(txt, 24, 1))::bigint << 50)
            | (typeid_value(substr(txt, 25, 1))::bigint << 45)
            | (typeid_value(substr(txt, 26, 1))::bigint << 40)
            | (typeid_value(substr(txt, 27, 1))::bigint << 35)
            | (typeid_value(substr(txt, 28, 1))::bigint << 30)
            | (typeid_value(substr(txt, 29, 1))::bigint << 25)
            | (typeid_value(substr(txt, 30, 1))::bigint << 20)
            | (typeid_value(substr(txt, 31, 1))::bigint << 15)
            | (typeid_value(substr(txt, 32, 1))::bigint << 10)
            | (typeid_value(substr(txt, 33, 1))::bigint << 5)
            | typeid_value(substr(txt, 34, 1))::bigint), 15, '0'))::uuid
    ELSE ('session_id: "' || left(txt, 100) || '" is not a TypeID with prefix "session"')::uuid
END;
CREATE OR REPLACE FUNCTION session_id_text(id uuid) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN 'session_' || typeid_char(get_byte(uuid_send(id), 0) >> 5)
        || typeid_char(get_byte(uuid_send(id), 0) & 31)
        || typeid_char((get_byte(uuid_send(id), 1) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 1) << 8) | get_byte(uuid_send(id), 2)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 2) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 2) << 8) | get_byte(uuid_send(id), 3)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 3) << 8) | get_byte(uuid_send(id), 4)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 4) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 4) << 8) | get_byte(uuid_send(id), 5)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 5) & 31)
        || typeid_char((get_byte(uuid_send(id), 6) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 6) << 8) | get_byte(uuid_send(id), 7)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 7) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 7) << 8) | get_byte(uuid_send(id), 8)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 8) << 8) | get_byte(uuid_send(id), 9)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 9) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 9) << 8) | get_byte(uuid_send(id), 10)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 10) & 31)
        || typeid_char((get_byte(uuid_send(id), 11) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 11) << 8) | get_byte(uuid_send(id), 12)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 12) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 12) << 8) | get_byte(uuid_send(id), 13)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 13) << 8) | get_byte(uuid_send(id), 14)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 14) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 14) << 8) | get_byte(uuid_send(id), 15)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 15) & 31);
DO $$ BEGIN
    CREATE DOMAIN session_typeid AS text COLLATE "C"
        CONSTRAINT session_typeid_canonical CHECK (length(VALUE) = 34 AND VALUE ~ '^session_[0-7][0123456789abcdefghjkmnpqrstvwxyz]*$');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;

CREATE OR REPLACE FUNCTION user_id(txt text) RETURNS uuid
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE WHEN length(txt) = 31 AND txt COLLATE "C" ~ '^user_[0-7][0123456789abcdefghjkmnpqrstvwxyz]*$'
    THEN (lpad(to_hex(typeid_value(substr(txt, 6, 1)) << 5 | typeid_value(substr(txt, 7, 1))), 2, '0')
        || lpad(to_hex((typeid_value(substr(txt, 8, 1))::bigint << 55)
            | (typeid_value(substr(txt, 9, 1))::bigint << 50)
            | (typeid_value(substr(txt, 10, 1))::bigint << 45)
            | (typeid_value(substr(txt, 11, 1))::bigint << 40)
            | (typeid_value(substr(txt, 12, 1))::bigint << 35)
            | (typeid_value(substr(txt, 13, 1))::bigint << 30)
            | (typeid_value(substr(txt, 14, 1))::bigint << 25)
            | (typeid_value(substr(txt, 15, 1))::bigint << 20)
            | (typeid_value(substr(txt, 16, 1))::bigint << 15)
            | (typeid_value(substr(txt, 17, 1))::bigint << 10)
            | (typeid_value(substr(txt, 18, 1))::bigint << 5)
            | typeid_value(substr(txt, 19, 1))::bigint), 15, '0')
        || lpad(to_hex((typeid_value(substr(txt, 20, 1))::bigint << 55)
            | (typeid_value(substr(txt, 21, 1))::bigint << 50)
            | (typeid_value(substr(txt, 22, 1))::bigint << 45)
            | (typeid_value(substr(txt, 23, 1))::bigint << 40)
            | (typeid_value(substr(txt, 24, 1))::bigint << 35)
            | (typeid_value(substr(txt, 25, 1))::bigint << 30)
            | (typeid_value(substr(txt, 26, 1))::bigint << 25)
            | (typeid_value(substr(txt, 27, 1))::bigint << 20)
            | (typeid_value(substr(txt, 28, 1))::bigint << 15)
            | (typeid_value(substr(txt, 29, 1))::bigint << 10)
            | (typeid_value(substr(txt, 30, 1))::bigint << 5)
            | typeid_value(substr(txt, 31, 1))::bigint), 15, '0'))::uuid
    ELSE ('user_id: "' || left(txt, 100) || '" is not a TypeID with prefix "user"')::uuid
END;
CREATE OR REPLACE FUNCTION user_id_text(id uuid) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN 'user_' || typeid_char(get_byte(uuid_send(id), 0) >> 5)
        || typeid_char(get_byte(uuid_send(id), 0) & 31)
        || typeid_char((get_byte(uuid_send(id), 1) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 1) << 8) | get_byte(uuid_send(id), 2)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 2) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 2) << 8) | get_byte(uuid_send(id), 3)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 3) << 8) | get_byte(uuid_send(id), 4)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 4) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 4) << 8) | get_byte(uuid_send(id), 5)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 5) & 31)
        || typeid_char((get_byte(uuid_send(id), 6) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 6) << 8) | get_byte(uuid_send(id), 7)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 7) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 7) << 8) | get_byte(uuid_send(id), 8)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 8) << 8) | get_byte(uuid_send(id), 9)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 9) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 9) << 8) | get_byte(uuid_send(id), 10)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 10) & 31)
        || typeid_char((get_byte(uuid_send(id), 11) >> 3) & 31)
        || typeid_char(((get_byte(uuid_send(id), 11) << 8) | get_byte(uuid_send(id), 12)) >> 6 & 31)
        || typeid_char((get_byte(uuid_send(id), 12) >> 1) & 31)
        || typeid_char(((get_byte(uuid_send(id), 12) << 8) | get_byte(uuid_send(id), 13)) >> 4 & 31)
        || typeid_char(((get_byte(uuid_send(id), 13) << 8) | get_byte(uuid_send(id), 14)) >> 7 & 31)
        || typeid_char((get_byte(uuid_send(id), 14) >> 2) & 31)
        || typeid_char(((get_byte(uuid_send(id), 14) << 8) | get_byte(uuid_send(id), 15)) >> 5 & 31)
        || typeid_char(get_byte(uuid_send(id), 15) & 31);
DO $$ BEGIN
    CREATE DOMAIN user_typeid AS text COLLATE "C"
        CONSTRAINT user_typeid_canonical CHECK (length(VALUE) = 31 AND VALUE ~ '^user_[0-7][0123456789abcdefghjkmnpqrstvwxyz]*$');
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;
