// An ID read from a text row holding a bare UUID would be written back as its TypeID and
// never find its row again: the combination is refused, with the way out. The refusal is the
// derive's own, for every database layer; stand-ins for the templates of ids-sqlx,
// ids-diesel and ids-sea-orm keep this package free of sqlx, Diesel and SeaORM.
use ids_core::{EntityId, Uuid};

mod sqlx_stand_in {
    pub mod __private {
        macro_rules! impl_sqlx {
            ($($input:tt)*) => {};
        }
        pub(crate) use impl_sqlx;
    }
}

mod sea_orm_stand_in {
    pub mod __private {
        macro_rules! impl_sea_orm {
            ($($input:tt)*) => {};
        }
        pub(crate) use impl_sea_orm;
    }
}

mod diesel_stand_in {
    pub mod __private {
        macro_rules! impl_diesel {
            ($($input:tt)*) => {};
        }
        pub(crate) use impl_diesel;
    }
}

#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx = "text", legacy_uuid, sqlx_crate = "crate::sqlx_stand_in")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "org", legacy_uuid, sqlx = "text", sqlx_crate = "crate::sqlx_stand_in")]
struct OrgId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "post", diesel = "text", legacy_uuid, diesel_crate = "crate::diesel_stand_in")]
struct PostId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "audit", legacy_uuid, sea_orm = "text", sea_orm_crate = "crate::sea_orm_stand_in")]
struct AuditId(Uuid);

fn main() {
    let _ = (UserId::new(), OrgId::new(), PostId::new(), AuditId::new());
}
