use ids_core::{EntityId, Uuid};
use std::marker::PhantomData;

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId<T>(Uuid, PhantomData<T>);

fn main() {}
