//! Typed IDs in SeaORM entities: a small service model (organisations, their users, and
//! invitations whose IDs are stored as TypeID text), on an in-memory SQLite database, with the
//! tables created from the entities.
//!
//! Run it with `cargo run --example sea_orm`.

#![allow(
    unreachable_pub,
    reason = "entities are written as SeaORM's documentation writes them, public"
)]

use ids_core::{EntityId, Uuid};
use sea_orm::entity::prelude::*;
use sea_orm::{ActiveValue::Set, ConnectionTrait, Database, QueryOrder, Schema, Statement};

/// An organisation, stored as the 16 bytes of its UUID.
#[derive(EntityId)]
#[entity_id(prefix = "org", sea_orm)]
pub struct OrgId(Uuid);

/// A user account, stored as the 16 bytes of its UUID.
#[derive(EntityId)]
#[entity_id(prefix = "user", sea_orm)]
pub struct UserId(Uuid);

/// An invitation, stored as its TypeID text, readable in any SQL console.
#[derive(EntityId)]
#[entity_id(prefix = "invite", sea_orm = "text")]
pub struct InviteId(Uuid);

mod org {
    use super::OrgId;
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "orgs")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: OrgId,
        pub name: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(has_many = "super::user::Entity")]
        User,
    }

    impl Related<super::user::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::User.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

/// `org_id` is an `OrgId`: the relation joins organisations, and a `UserId` does not fit it.
mod user {
    use super::{OrgId, UserId};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "users")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: UserId,
        pub org_id: OrgId,
        pub name: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {
        #[sea_orm(
            belongs_to = "super::org::Entity",
            from = "Column::OrgId",
            to = "super::org::Column::Id"
        )]
        Org,
    }

    impl Related<super::org::Entity> for Entity {
        fn to() -> RelationDef {
            Relation::Org.def()
        }
    }

    impl ActiveModelBehavior for ActiveModel {}
}

mod invite {
    use super::{InviteId, OrgId, UserId};
    use sea_orm::entity::prelude::*;

    #[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
    #[sea_orm(table_name = "invites")]
    pub struct Model {
        #[sea_orm(primary_key, auto_increment = false)]
        pub id: InviteId,
        pub org_id: OrgId,
        pub invited_by: Option<UserId>,
        pub email: String,
    }

    #[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
    pub enum Relation {}

    impl ActiveModelBehavior for ActiveModel {}
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(tour())
}

async fn tour() -> Result<(), Box<dyn std::error::Error>> {
    let db = Database::connect("sqlite::memory:").await?;
    let backend = db.get_database_backend();
    let schema = Schema::new(backend);
    db.execute(&schema.create_table_from_entity(org::Entity))
        .await?;
    db.execute(&schema.create_table_from_entity(user::Entity))
        .await?;
    db.execute(&schema.create_table_from_entity(invite::Entity))
        .await?;

    // 1. Models hold typed IDs; inserting and finding them is plain SeaORM.
    let acme = org::ActiveModel {
        id: Set(OrgId::new()),
        name: Set("Acme".into()),
    }
    .insert(&db)
    .await?;
    let ada = user::ActiveModel {
        id: Set(UserId::new()),
        org_id: Set(acme.id),
        name: Set("Ada".into()),
    }
    .insert(&db)
    .await?;
    let bob = user::ActiveModel {
        id: Set(UserId::new()),
        org_id: Set(acme.id),
        name: Set("Bob".into()),
    }
    .insert(&db)
    .await?;
    let found = user::Entity::find_by_id(bob.id)
        .one(&db)
        .await?
        .ok_or("bob is missing")?;
    assert_eq!(found, bob);
    println!("1. found {} by {}", found.name, found.id);

    // 2. Typed foreign keys: the users of an organisation, through the relation.
    let members = acme
        .find_related(user::Entity)
        .order_by_asc(user::Column::Id)
        .all(&db)
        .await?;
    let names: Vec<&str> = members.iter().map(|user| user.name.as_str()).collect();
    assert_eq!(names, ["Ada", "Bob"]);
    println!("2. {} has {names:?}, in creation order", acme.name);

    // 3. Text storage: the invitation's ID is its TypeID, in the table and in Rust.
    let invite = invite::ActiveModel {
        id: Set(InviteId::new()),
        org_id: Set(acme.id),
        invited_by: Set(Some(ada.id)),
        email: Set("eve@example.com".into()),
    }
    .insert(&db)
    .await?;
    let row = db
        .query_one_raw(Statement::from_string(backend, "SELECT id FROM invites"))
        .await?
        .ok_or("no invite row")?;
    let stored: String = row.try_get("", "id")?;
    assert_eq!(stored, invite.id.to_string());
    let by_ada = invite::Entity::find()
        .filter(invite::Column::InvitedBy.eq(ada.id))
        .all(&db)
        .await?;
    assert_eq!(by_ada, std::slice::from_ref(&invite));
    println!("3. the invites table holds {stored}");

    // 4. A row of another kind is an error that names the type, and the connection goes on.
    db.execute_unprepared(&format!(
        "INSERT INTO invites (id, org_id, email) VALUES ('{}', X'{}', 'x@example.com')",
        UserId::new(),
        acme.id.uuid().simple(),
    ))
    .await?;
    let err = invite::Entity::find()
        .all(&db)
        .await
        .expect_err("a user's ID in the invites table");
    let reason = err.to_string();
    assert!(
        reason.contains("expected prefix \"invite\", found \"user\""),
        "{reason}"
    );
    println!("4. {reason}");
    assert_eq!(user::Entity::find().count(&db).await?, 2);
    Ok(())
}
