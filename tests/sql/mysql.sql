-- The schema of the MySQL/MariaDB tests, created in a database of the test's own; the
-- query-data script creates it in `test` so the query! macros can check against it.
-- TypeID text columns use ascii_bin: compared and sorted byte by byte, case-sensitive.
CREATE TABLE orgs (
    id BINARY(16) PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
CREATE TABLE users (
    id BINARY(16) PRIMARY KEY,
    org BINARY(16) NOT NULL,
    manager BINARY(16) NULL,
    FOREIGN KEY (org) REFERENCES orgs (id),
    FOREIGN KEY (manager) REFERENCES users (id)
);
CREATE TABLE text_orgs (
    id VARCHAR(90) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
    name VARCHAR(100) NOT NULL
);
CREATE TABLE text_users (
    id VARCHAR(90) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
    org VARCHAR(90) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    manager VARCHAR(90) CHARACTER SET ascii COLLATE ascii_bin NULL,
    FOREIGN KEY (org) REFERENCES text_orgs (id),
    FOREIGN KEY (manager) REFERENCES text_users (id)
);
