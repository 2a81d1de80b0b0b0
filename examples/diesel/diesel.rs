//! Typed IDs as Diesel column types: a small service model (organisations, their users, and
//! invitations whose IDs are stored as TypeID text), on an in-memory SQLite database.
//!
//! Run it with `cargo run --example diesel`.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use ids_core::{EntityId, Uuid};

/// An organisation, stored as the 16 bytes of its UUID.
#[derive(EntityId)]
#[entity_id(prefix = "org", diesel)]
pub struct OrgId(Uuid);

/// A user account, stored as the 16 bytes of its UUID.
#[derive(EntityId)]
#[entity_id(prefix = "user", diesel)]
pub struct UserId(Uuid);

/// An invitation, stored as its TypeID text, readable in any SQL console.
#[derive(EntityId)]
#[entity_id(prefix = "invite", diesel = "text")]
pub struct InviteId(Uuid);

mod schema {
    diesel::table! {
        orgs (id) {
            id -> Binary,
            name -> Text,
        }
    }

    diesel::table! {
        users (id) {
            id -> Binary,
            org_id -> Binary,
            name -> Text,
        }
    }

    diesel::table! {
        invites (id) {
            id -> Text,
            org_id -> Binary,
            invited_by -> Nullable<Binary>,
            email -> Text,
        }
    }

    diesel::joinable!(users -> orgs (org_id));
    diesel::allow_tables_to_appear_in_same_query!(orgs, users, invites);
}

use schema::{invites, orgs, users};

#[derive(Queryable, Selectable, Insertable, Identifiable, Debug, PartialEq)]
#[diesel(table_name = orgs)]
struct Org {
    id: OrgId,
    name: String,
}

/// `org_id` is an `OrgId`: `User::belonging_to` takes organisations, and nothing else.
#[derive(Queryable, Selectable, Insertable, Identifiable, Associations, Debug, PartialEq)]
#[diesel(table_name = users, belongs_to(Org))]
struct User {
    id: UserId,
    org_id: OrgId,
    name: String,
}

#[derive(Queryable, Selectable, Insertable, Identifiable, Debug, PartialEq)]
#[diesel(table_name = invites)]
struct Invite {
    id: InviteId,
    org_id: OrgId,
    invited_by: Option<UserId>,
    email: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let conn = &mut SqliteConnection::establish(":memory:")?;
    conn.batch_execute(
        "CREATE TABLE orgs (id BLOB PRIMARY KEY, name TEXT NOT NULL);
         CREATE TABLE users (id BLOB PRIMARY KEY, org_id BLOB NOT NULL REFERENCES orgs (id),
                             name TEXT NOT NULL);
         CREATE TABLE invites (id TEXT PRIMARY KEY, org_id BLOB NOT NULL REFERENCES orgs (id),
                               invited_by BLOB REFERENCES users (id), email TEXT NOT NULL);",
    )?;

    // 1. Rows hold typed IDs; inserting and finding them is plain Diesel.
    let acme = Org {
        id: OrgId::new(),
        name: "Acme".into(),
    };
    diesel::insert_into(orgs::table)
        .values(&acme)
        .execute(conn)?;
    let ada = User {
        id: UserId::new(),
        org_id: acme.id,
        name: "Ada".into(),
    };
    let bob = User {
        id: UserId::new(),
        org_id: acme.id,
        name: "Bob".into(),
    };
    for user in [&ada, &bob] {
        diesel::insert_into(users::table)
            .values(user)
            .execute(conn)?;
    }
    let found: User = users::table
        .find(bob.id)
        .select(User::as_select())
        .first(conn)?;
    assert_eq!(found, bob);
    println!("1. found {} by {}", found.name, found.id);

    // 2. Typed foreign keys: the users of an organisation, through `belongs_to(Org)`.
    let members: Vec<User> = User::belonging_to(&acme)
        .select(User::as_select())
        .order(users::id)
        .load(conn)?;
    let names: Vec<&str> = members.iter().map(|user| user.name.as_str()).collect();
    assert_eq!(names, ["Ada", "Bob"]);
    println!("2. {} has {names:?}, in creation order", acme.name);

    // 3. Text storage: the invitation's ID is its TypeID, in the table and in Rust.
    let invite = Invite {
        id: InviteId::new(),
        org_id: acme.id,
        invited_by: Some(ada.id),
        email: "eve@example.com".into(),
    };
    diesel::insert_into(invites::table)
        .values(&invite)
        .execute(conn)?;
    let stored: String = invites::table
        .select(diesel::dsl::sql::<diesel::sql_types::Text>("id"))
        .first(conn)?;
    assert_eq!(stored, invite.id.to_string());
    let by_ada: Vec<InviteId> = invites::table
        .filter(invites::invited_by.eq(ada.id))
        .select(invites::id)
        .load(conn)?;
    assert_eq!(by_ada, [invite.id]);
    println!("3. the invites table holds {stored}");

    // 4. A row of another kind is an error that names the type, and the connection goes on.
    conn.batch_execute(&format!(
        "INSERT INTO invites (id, org_id, email) VALUES ('{}', X'{}', 'x@example.com')",
        UserId::new(),
        acme.id.uuid().simple(),
    ))?;
    let err = invites::table
        .select(invites::id)
        .load::<InviteId>(conn)
        .expect_err("a user's ID in the invites table");
    let reason = std::error::Error::source(&err)
        .map(ToString::to_string)
        .unwrap_or_default();
    assert!(
        reason.contains("expected prefix \"invite\", found \"user\""),
        "{reason}"
    );
    println!("4. {reason}");
    let count: i64 = users::table.count().get_result(conn)?;
    assert_eq!(count, 2);
    Ok(())
}
