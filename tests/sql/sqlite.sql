-- The schema of the SQLite tests, created in each test's in-memory database; the query-data
-- script creates it in a file so the query! macros can check against it.
CREATE TABLE orgs (
    id BLOB PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE users (
    id BLOB PRIMARY KEY NOT NULL,
    org BLOB NOT NULL REFERENCES orgs (id),
    manager BLOB REFERENCES users (id)
);
CREATE TABLE text_orgs (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE text_users (
    id TEXT PRIMARY KEY NOT NULL,
    org TEXT NOT NULL REFERENCES text_orgs (id),
    manager TEXT REFERENCES text_users (id)
);
