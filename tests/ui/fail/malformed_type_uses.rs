// A type of the wrong shape gets one error, at its shape; using it as an ID elsewhere (in a
// HashSet, sorted, through serde) adds none of its own.
use std::collections::{BTreeSet, HashSet};

use ids_core::{EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId {
    id: Uuid,
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Login {
    user: UserId,
}

fn main() {
    let mut seen = HashSet::new();
    seen.insert(UserId::new());
    let sorted: BTreeSet<UserId> = seen.into_iter().collect();
    let mut list: Vec<UserId> = sorted.into_iter().collect();
    list.sort();
    let _ = list.first().map(|user| Login { user: user.clone() });
}
