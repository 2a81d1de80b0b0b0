-- The schema of the PostgreSQL tests. The tests create it in a schema of their own; the
-- query-data script creates it in `public` so the query! macros can check against it.
CREATE TABLE orgs (
    id uuid PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE users (
    id uuid PRIMARY KEY,
    org uuid NOT NULL REFERENCES orgs (id),
    manager uuid REFERENCES users (id)
);
CREATE TABLE teams (
    name text PRIMARY KEY,
    members uuid[] NOT NULL
);
CREATE TABLE text_orgs (
    id text PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE text_users (
    id text PRIMARY KEY,
    org text NOT NULL REFERENCES text_orgs (id),
    manager text REFERENCES text_users (id)
);
CREATE TABLE text_teams (
    name text PRIMARY KEY,
    members text[] NOT NULL
);
