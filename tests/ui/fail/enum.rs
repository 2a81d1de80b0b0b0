use ids_core::EntityId;

#[derive(EntityId)]
#[entity_id(prefix = "user")]
enum UserId {
    Guest,
    Member,
}

fn main() {}
