// `crate = "…"` for code that reaches ids_core through a re-export.
mod ids {
    pub use ids_core as core_ids;
}

#[derive(ids::core_ids::EntityId)]
#[entity_id(prefix = "user", crate = "crate::ids::core_ids")]
/// Doc comments stay on the type.
pub struct UserId(ids::core_ids::Uuid);

fn main() {
    assert_eq!(UserId::PREFIX, "user");
    assert!(UserId::new().to_string().starts_with("user_"));
}
