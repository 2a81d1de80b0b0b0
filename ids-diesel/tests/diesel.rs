//! Typed IDs as Diesel column types on the real PostgreSQL and MariaDB and on SQLite: one suite,
//! written once and run per backend, for both storages, the query forms a service uses, typed
//! associations, and every kind of bad value.

mod common;

use diesel::connection::SimpleConnection;
use diesel::dsl::sql;
use diesel::prelude::*;
use diesel::result::Error;
use diesel::sql_types::{Binary, Integer, Nullable, Text};
use ids_core::{EntityId, Uuid};
use ids_diesel::DecodeIdError;

#[derive(EntityId)]
#[entity_id(prefix = "org", diesel)]
struct OrgId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "user", diesel)]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "post", diesel = "text")]
struct PostId(Uuid);

const ORG_TEXT: &str = "org_01h455vb4pex5vsknk084sn02q";
const USER_TEXT: &str = "user_01h455vb4pex5vsknk084sn02q";
const UUID_TEXT: &str = "01890a5d-ac96-774b-bcce-b302099a8057";

/// The value of SQL expression `$expr`, read as `$t` from a column of SQL type `$st`.
macro_rules! read {
    ($conn:expr, $st:ty, $t:ty, $expr:expr) => {
        diesel::select(sql::<$st>($expr)).get_result::<$t>($conn)
    };
}

/// The decode error inside a failed read, which must be ours: Diesel names the field and keeps
/// the error it failed with as the source.
fn decode_error(err: &Error) -> &DecodeIdError {
    let Error::DeserializationError(outer) = err else {
        panic!("not a deserialization error: {err}");
    };
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(outer.as_ref());
    while let Some(current) = source {
        if let Some(decode) = current.downcast_ref::<DecodeIdError>() {
            return decode;
        }
        source = current.source();
    }
    panic!("no DecodeIdError in the chain of: {err}");
}

macro_rules! suite {
    (
        $backend:ident,
        conn: $conn:ty,
        native: $native:ident,
        ddl: $ddl:expr,
        blob: $blob:expr,
        text: $text:expr,
        tells_16_characters_from_bytes: $tells:expr $(,)?
    ) => {
        mod $backend {
            use super::*;

            mod schema {
                diesel::table! {
                    orgs (id) {
                        id -> $native,
                        name -> Text,
                    }
                }

                diesel::table! {
                    users (id) {
                        id -> $native,
                        org_id -> $native,
                        manager_id -> Nullable<$native>,
                        name -> Text,
                    }
                }

                diesel::table! {
                    posts (id) {
                        id -> Text,
                        author_id -> $native,
                        title -> Text,
                    }
                }

                diesel::table! {
                    legacy (id) {
                        id -> $native,
                    }
                }

                diesel::joinable!(users -> orgs (org_id));
                diesel::joinable!(posts -> users (author_id));
                diesel::allow_tables_to_appear_in_same_query!(orgs, users, posts);
            }

            use schema::{legacy, orgs, posts, users};

            #[derive(Queryable, Selectable, Insertable, Identifiable, Debug, PartialEq, Clone)]
            #[diesel(table_name = orgs)]
            struct Org {
                id: OrgId,
                name: String,
            }

            #[derive(
                Queryable,
                Selectable,
                Insertable,
                Identifiable,
                Associations,
                AsChangeset,
                Debug,
                PartialEq,
                Clone
            )]
            #[diesel(table_name = users, belongs_to(Org))]
            struct User {
                id: UserId,
                org_id: OrgId,
                manager_id: Option<UserId>,
                name: String,
            }

            #[derive(
                Queryable,
                Selectable,
                Insertable,
                Identifiable,
                Associations,
                Debug,
                PartialEq,
                Clone
            )]
            #[diesel(table_name = posts, belongs_to(User, foreign_key = author_id))]
            struct Post {
                id: PostId,
                author_id: UserId,
                title: String,
            }

            /// The connection still answers after a failed read.
            fn still_works(conn: &mut $conn) {
                let one: i32 = diesel::select(sql::<Integer>("1"))
                    .get_result(conn)
                    .expect("the connection keeps working");
                assert_eq!(one, 1);
            }

            #[test]
            fn rows_round_trip_through_every_query_form() {
                let Some(mut db) = common::$backend("round_trip") else {
                    return;
                };
                let conn = &mut db.conn;
                conn.batch_execute($ddl).expect("create the tables");

                let acme = Org { id: OrgId::new(), name: "Acme".into() };
                let initech = Org { id: OrgId::new(), name: "Initech".into() };
                diesel::insert_into(orgs::table)
                    .values(&vec![acme.clone(), initech.clone()])
                    .execute(conn)
                    .expect("insert orgs");
                let ada = User { id: UserId::new(), org_id: acme.id, manager_id: None, name: "Ada".into() };
                let bob = User { id: UserId::new(), org_id: acme.id, manager_id: Some(ada.id), name: "Bob".into() };
                let eve = User { id: UserId::new(), org_id: initech.id, manager_id: None, name: "Eve".into() };
                for user in [&ada, &bob, &eve] {
                    diesel::insert_into(users::table).values(user).execute(conn).expect("insert a user");
                }

                // `find` by value, `filter` by value and by reference.
                let found: User = users::table.find(bob.id).select(User::as_select()).first(conn).unwrap();
                assert_eq!(found, bob);
                let found: User = users::table
                    .filter(users::id.eq(&ada.id))
                    .select(User::as_select())
                    .first(conn)
                    .unwrap();
                assert_eq!(found, ada);
                assert_eq!(users::table.find(UserId::new()).select(users::id).first::<UserId>(conn).optional().unwrap(), None);

                // `eq_any` over an array, a slice and a vector; `ORDER BY id` is creation order.
                let by_array: Vec<UserId> = users::table
                    .filter(users::id.eq_any([ada.id, eve.id]))
                    .select(users::id)
                    .order(users::id)
                    .load(conn)
                    .unwrap();
                assert_eq!(by_array, [ada.id, eve.id]);
                let wanted = vec![bob.id, eve.id];
                let by_slice: Vec<String> = users::table
                    .filter(users::id.eq_any(&wanted[..]))
                    .select(users::name)
                    .order(users::id)
                    .load(conn)
                    .unwrap();
                assert_eq!(by_slice, ["Bob", "Eve"]);
                let by_vec: i64 = users::table.filter(users::id.eq_any(wanted)).count().get_result(conn).unwrap();
                assert_eq!(by_vec, 2);

                // A nullable column: compared with an ID, read as `Option`.
                let managed: Vec<UserId> = users::table
                    .filter(users::manager_id.eq(ada.id))
                    .select(users::id)
                    .load(conn)
                    .unwrap();
                assert_eq!(managed, [bob.id]);
                let managers: Vec<Option<UserId>> = users::table
                    .select(users::manager_id)
                    .order(users::id)
                    .load(conn)
                    .unwrap();
                assert_eq!(managers, [None, Some(ada.id), None]);

                // `AsChangeset`, through `Identifiable`.
                let moved = User { org_id: initech.id, manager_id: Some(eve.id), ..bob.clone() };
                diesel::update(&bob).set(&moved).execute(conn).unwrap();
                let found: User = users::table.find(bob.id).select(User::as_select()).first(conn).unwrap();
                assert_eq!(found, moved);

                // Text storage: a primary key of TypeID text, holding the whole ID.
                let hello = Post { id: PostId::new(), author_id: ada.id, title: "Hello".into() };
                let again = Post { id: PostId::new(), author_id: ada.id, title: "Again".into() };
                let other = Post { id: PostId::new(), author_id: eve.id, title: "Other".into() };
                diesel::insert_into(posts::table)
                    .values(&vec![hello.clone(), again.clone(), other.clone()])
                    .execute(conn)
                    .unwrap();
                let found: Post = posts::table.find(&hello.id).select(Post::as_select()).first(conn).unwrap();
                assert_eq!(found, hello);
                let stored: String = posts::table
                    .filter(posts::id.eq(hello.id))
                    .select(sql::<Text>("id"))
                    .first(conn)
                    .unwrap();
                assert_eq!(stored, hello.id.to_string());
                let ids: Vec<PostId> = posts::table
                    .filter(posts::id.eq_any([hello.id, other.id]))
                    .select(posts::id)
                    .order(posts::title)
                    .load(conn)
                    .unwrap();
                assert_eq!(ids, [hello.id, other.id]);

                // Typed associations: the foreign key's type is the parent's ID type.
                let users_now: Vec<User> = users::table.select(User::as_select()).order(users::id).load(conn).unwrap();
                let posts_now: Vec<Post> = Post::belonging_to(&users_now)
                    .select(Post::as_select())
                    .order(posts::title)
                    .load(conn)
                    .unwrap();
                let grouped = posts_now.grouped_by(&users_now);
                let titles: Vec<Vec<&str>> = grouped
                    .iter()
                    .map(|posts| posts.iter().map(|post| post.title.as_str()).collect())
                    .collect();
                assert_eq!(titles, [vec!["Again", "Hello"], vec![], vec!["Other"]]);
                let in_acme: Vec<UserId> = User::belonging_to(&acme).select(users::id).load(conn).unwrap();
                assert_eq!(in_acme, [ada.id]);

                // Joins through `joinable!`.
                let joined: Vec<(String, String, OrgId)> = posts::table
                    .inner_join(users::table.inner_join(orgs::table))
                    .select((posts::title, users::name, orgs::id))
                    .order(posts::title)
                    .load(conn)
                    .unwrap();
                assert_eq!(
                    joined,
                    [
                        ("Again".to_owned(), "Ada".to_owned(), acme.id),
                        ("Hello".to_owned(), "Ada".to_owned(), acme.id),
                        ("Other".to_owned(), "Eve".to_owned(), initech.id),
                    ]
                );
            }

            #[test]
            fn bad_values_are_errors_that_name_the_type() {
                let Some(mut db) = common::$backend("bad_values") else {
                    return;
                };
                let conn = &mut db.conn;
                let blob: fn(&str) -> String = $blob;
                let text: fn(&str) -> String = $text;
                let id = UserId::new();
                let hex: String = id.uuid().as_bytes().iter().map(|b| format!("{b:02x}")).collect();

                // Good values first, so the failures below are the values' fault.
                assert_eq!(read!(conn, Binary, UserId, &blob(&hex)).unwrap(), id);
                assert_eq!(read!(conn, Nullable<Binary>, Option<UserId>, &blob(&hex)).unwrap(), Some(id));
                assert_eq!(read!(conn, Nullable<Binary>, Option<UserId>, "NULL").unwrap(), None);
                assert_eq!(read!(conn, Text, PostId, &text("post_01h455vb4pex5vsknk084sn02q")).unwrap().to_string(), "post_01h455vb4pex5vsknk084sn02q");

                // Native storage: 15 and 17 bytes, text of any length, NULL.
                for (value, starts) in [
                    (blob(&hex[2..]), "invalid UserId: the column does not hold a 16-byte UUID (expected 16 bytes, found 15)"),
                    (blob(&format!("{hex}00")), "invalid UserId: the column does not hold a 16-byte UUID (expected 16 bytes, found 17)"),
                    (text(USER_TEXT), "invalid UserId: the column holds text"),
                    (text(UUID_TEXT), "invalid UserId: the column holds text"),
                    ("NULL".to_owned(), "unexpected NULL for a UserId; read a nullable column as Option<UserId>"),
                ]
                .into_iter()
                .chain(
                    $tells.then(|| (text("0123456789abcdef"), "invalid UserId: the column holds text")),
                ) {
                    let err = read!(conn, Binary, UserId, &value).expect_err(&value);
                    let decode = decode_error(&err);
                    assert_eq!(decode.type_name(), "UserId");
                    let message = decode.to_string();
                    assert!(message.starts_with(starts), "{value}: {message}");
                    if starts.contains("holds text") {
                        assert!(message.contains("`diesel = \"text\"`"), "{message}");
                    }
                    still_works(conn);
                }

                // Text storage: another kind, uppercase, a bare UUID, bytes, NULL.
                for (value, starts) in [
                    (text(ORG_TEXT), "invalid PostId \"org_01h455vb4pex5vsknk084sn02q\": expected prefix \"post\", found \"org\""),
                    (text("POST_01H455VB4PEX5VSKNK084SN02Q"), "invalid PostId \"POST_01H455VB4PEX5VSKNK084SN02Q\""),
                    (text(UUID_TEXT), "invalid PostId \"01890a5d-ac96-774b-bcce-b302099a8057\""),
                    (blob("ff"), "invalid PostId: the column does not hold text"),
                    ("NULL".to_owned(), "unexpected NULL for a PostId"),
                ] {
                    let err = read!(conn, Text, PostId, &value).expect_err(&value);
                    let decode = decode_error(&err);
                    assert_eq!(decode.type_name(), "PostId");
                    let message = decode.to_string();
                    assert!(message.starts_with(starts), "{value}: {message}");
                    still_works(conn);
                }
                let err = read!(conn, Text, PostId, &text(ORG_TEXT)).unwrap_err();
                let parse = decode_error(&err).parse_error().expect("a parse error");
                assert_eq!(parse.type_name(), "PostId");
            }

            #[test]
            fn a_column_of_the_wrong_storage_is_refused_in_a_table() {
                let Some(mut db) = common::$backend("wrong_storage") else {
                    return;
                };
                let conn = &mut db.conn;
                                // A column of TypeID text, read through a schema that says it is native.
                conn.batch_execute(&format!("CREATE TABLE legacy (id TEXT); INSERT INTO legacy (id) VALUES ('{}')", UserId::new()))
                    .expect("create a text column");
                let err = legacy::table
                    .select(legacy::id)
                    .first::<UserId>(conn)
                    .expect_err("text in a native column");
                assert!(
                    matches!(decode_error(&err), DecodeIdError::TextInNativeColumn { type_name: "UserId", key: "diesel", .. }),
                    "{err}"
                );
                still_works(conn);
            }
        }
    };
}

suite!(
    sqlite,
    conn: diesel::SqliteConnection,
    native: Binary,
    ddl: "CREATE TABLE orgs (id BLOB PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE users (id BLOB PRIMARY KEY, org_id BLOB NOT NULL REFERENCES orgs (id),
                              manager_id BLOB REFERENCES users (id), name TEXT NOT NULL);
          CREATE TABLE posts (id TEXT PRIMARY KEY, author_id BLOB NOT NULL REFERENCES users (id),
                              title TEXT NOT NULL);",
    blob: |hex| format!("X'{hex}'"),
    text: |text| format!("'{text}'"),
    tells_16_characters_from_bytes: true,
);

suite!(
    mysql,
    conn: diesel::MysqlConnection,
    native: Binary,
    ddl: "CREATE TABLE orgs (id BINARY(16) PRIMARY KEY, name TEXT NOT NULL);
          CREATE TABLE users (id BINARY(16) PRIMARY KEY, org_id BINARY(16) NOT NULL REFERENCES orgs (id),
                              manager_id BINARY(16) REFERENCES users (id), name TEXT NOT NULL);
          CREATE TABLE posts (id VARCHAR(90) CHARACTER SET ascii COLLATE ascii_bin PRIMARY KEY,
                              author_id BINARY(16) NOT NULL REFERENCES users (id), title TEXT NOT NULL);",
    blob: |hex| format!("X'{hex}'"),
    text: |text| format!("'{text}'"),
    tells_16_characters_from_bytes: false,
);

suite!(
    postgres,
    conn: diesel::PgConnection,
    native: Uuid,
    ddl: "CREATE TABLE orgs (id uuid PRIMARY KEY, name text NOT NULL);
          CREATE TABLE users (id uuid PRIMARY KEY, org_id uuid NOT NULL REFERENCES orgs (id),
                              manager_id uuid REFERENCES users (id), name text NOT NULL);
          CREATE TABLE posts (id text COLLATE \"C\" PRIMARY KEY,
                              author_id uuid NOT NULL REFERENCES users (id), title text NOT NULL);",
    blob: |hex| format!("'\\x{hex}'::bytea"),
    text: |text| format!("'{text}'::text"),
    tells_16_characters_from_bytes: true,
);

/// PostgreSQL sends `char(n)` values padded with spaces; the padding is not part of the ID.
#[test]
fn postgres_char_columns_lose_their_padding() {
    let Some(mut db) = common::postgres("char_padding") else {
        return;
    };
    let conn = &mut db.conn;
    let text = "post_01h455vb4pex5vsknk084sn02q";
    let read = read!(conn, Text, PostId, &format!("'{text}'::char(40)")).expect("padded text");
    assert_eq!(read.to_string(), text);
    let err = read!(conn, Text, PostId, &format!("' {text}'::varchar"))
        .expect_err("a space inside a varchar is part of the value");
    assert!(decode_error(&err).parse_error().is_some(), "{err}");
}

/// MariaDB's own `UUID` type reaches the client as 36 characters: refused as text, with the
/// message that says so, rather than read through a guess.
#[test]
fn mariadb_uuid_columns_are_refused_as_text() {
    let Some(mut db) = common::mysql("mariadb_uuid") else {
        return;
    };
    let conn = &mut db.conn;
    conn.batch_execute(&format!(
        "CREATE TABLE legacy (id UUID); INSERT INTO legacy VALUES ('{UUID_TEXT}')"
    ))
    .expect("MariaDB 10.7 or later, with its UUID type");
    let err = read!(conn, Binary, UserId, "(SELECT id FROM legacy)")
        .expect_err("36 characters are not a UUID's bytes");
    assert!(
        matches!(decode_error(&err), DecodeIdError::TextInNativeColumn { .. }),
        "{err}"
    );
}
