-- TypeID functions for MySQL and MariaDB, written by ids_core::sql::mysql from the program's ID kinds.
-- Safe to run more than once. Do not edit: write it again from the program.
--
-- Kinds:
--   "conn": ConnectionId
--   "session": SessionId
--   "user": UserId

-- Whether txt is a canonical TypeID with this prefix: what typeid_decode accepts.
DROP FUNCTION IF EXISTS typeid_is_valid;
CREATE FUNCTION typeid_is_valid(txt TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, prefix TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin) RETURNS BOOLEAN
DETERMINISTIC NO SQL
RETURN CONCAT(prefix, '!') REGEXP '^([a-z]([a-z_]{0,61}[a-z])?)?!$'
    AND CHAR_LENGTH(txt) = (CHAR_LENGTH(prefix) + (prefix <> '')) + 26
    AND LEFT(txt, (CHAR_LENGTH(prefix) + (prefix <> ''))) = IF(prefix = '', '', CONCAT(prefix, '_'))
    AND CONCAT(RIGHT(txt, 26), '!') REGEXP '^[0-7][0123456789abcdefghjkmnpqrstvwxyz]*!$';

-- The TypeID of a 16-byte UUID: typeid_encode('user', id). NULL in, NULL out; an invalid
-- prefix or a value of another length raises SQLSTATE 22P02.
DROP FUNCTION IF EXISTS typeid_encode;
CREATE FUNCTION typeid_encode(prefix TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, id VARBINARY(255)) RETURNS VARCHAR(90) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
    IF prefix IS NULL THEN
        RETURN NULL;
    END IF;
    IF NOT CONCAT(prefix, '!') REGEXP '^([a-z]([a-z_]{0,61}[a-z])?)?!$' THEN
        SIGNAL SQLSTATE '22P02' SET MESSAGE_TEXT = 'typeid_encode: invalid prefix';
    END IF;
    IF id IS NULL THEN
        RETURN NULL;
    END IF;
    IF LENGTH(id) <> 16 THEN
        SIGNAL SQLSTATE '22P02' SET MESSAGE_TEXT = 'typeid_encode: a UUID is 16 bytes';
    END IF;
    RETURN CONCAT(IF(prefix = '', '', CONCAT(prefix, '_')), LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(CONCAT(LPAD(CONV(HEX(LEFT(id, 1)), 16, 32), 2, '0'), LPAD(CONV(SUBSTR(HEX(id), 3, 15), 16, 32), 12, '0'), LPAD(CONV(SUBSTR(HEX(id), 18, 15), 16, 32), 12, '0')), 'I', 'j'), 'J', 'k'), 'K', 'm'), 'L', 'n'), 'M', 'p'), 'N', 'q'), 'O', 'r'), 'P', 's'), 'Q', 't'), 'R', 'v'), 'S', 'w'), 'T', 'x'), 'U', 'y'), 'V', 'z')));
END;

-- The 16-byte UUID of a TypeID with this prefix: typeid_decode('user_01h455vb4pex5vsknk084sn02q',
-- 'user'). NULL in, NULL out; anything that is not a canonical TypeID with the prefix raises
-- SQLSTATE 22P02.
DROP FUNCTION IF EXISTS typeid_decode;
CREATE FUNCTION typeid_decode(txt TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, prefix TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin) RETURNS BINARY(16)
DETERMINISTIC NO SQL
BEGIN
    DECLARE digits CHAR(26) CHARACTER SET ascii COLLATE ascii_bin;
    DECLARE message VARCHAR(128) CHARACTER SET utf8mb4;
    IF txt IS NULL OR prefix IS NULL THEN
        RETURN NULL;
    END IF;
    IF NOT typeid_is_valid(txt, prefix) THEN
        SET message = CONCAT('typeid_decode: "', LEFT(txt, 40), '" is not a TypeID with prefix "', LEFT(prefix, 40), '"');
        SIGNAL SQLSTATE '22P02' SET MESSAGE_TEXT = message;
    END IF;
    SET digits = UPPER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(RIGHT(txt, 26), 'j', 'I'), 'k', 'J'), 'm', 'K'), 'n', 'L'), 'p', 'M'), 'q', 'N'), 'r', 'O'), 's', 'P'), 't', 'Q'), 'v', 'R'), 'w', 'S'), 'x', 'T'), 'y', 'U'), 'z', 'V'));
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
CREATE FUNCTION typeid_min_at_text(prefix TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, ts DATETIME(6)) RETURNS VARCHAR(90) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
RETURN typeid_encode(prefix, typeid_min_at(ts));
DROP FUNCTION IF EXISTS typeid_max_at_text;
CREATE FUNCTION typeid_max_at_text(prefix TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin, ts DATETIME(6)) RETURNS VARCHAR(90) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
RETURN typeid_encode(prefix, typeid_max_at(ts));

-- Per kind: decode and encode. For a text column's CHECK, see ids_core::sql::mysql_check.

DROP FUNCTION IF EXISTS conn_id;
CREATE FUNCTION conn_id(txt TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin) RETURNS BINARY(16)
DETERMINISTIC NO SQL
RETURN typeid_decode(txt, 'conn');
DROP FUNCTION IF EXISTS conn_id_text;
CREATE FUNCTION conn_id_text(id VARBINARY(255)) RETURNS VARCHAR(90) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
RETURN typeid_encode('conn', id);

DROP FUNCTION IF EXISTS session_id;
CREATE FUNCTION session_id(txt TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin) RETURNS BINARY(16)
DETERMINISTIC NO SQL
RETURN typeid_decode(txt, 'session');
DROP FUNCTION IF EXISTS session_id_text;
CREATE FUNCTION session_id_text(id VARBINARY(255)) RETURNS VARCHAR(90) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
RETURN typeid_encode('session', id);

DROP FUNCTION IF EXISTS user_id;
CREATE FUNCTION user_id(txt TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin) RETURNS BINARY(16)
DETERMINISTIC NO SQL
RETURN typeid_decode(txt, 'user');
DROP FUNCTION IF EXISTS user_id_text;
CREATE FUNCTION user_id_text(id VARBINARY(255)) RETURNS VARCHAR(90) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
RETURN typeid_encode('user', id);
