#![no_implicit_prelude]

mod ids {
    #[derive(::ids_core::EntityId)]
    #[entity_id(prefix = "user")]
    pub struct UserId(::ids_core::Uuid);
}

fn main() {
    let id = ids::UserId::new();
    let text = ::std::string::ToString::to_string(&id);
    let back = ids::UserId::parse(&text);
    ::std::assert_eq!(back, ::std::result::Result::Ok(id));
}
