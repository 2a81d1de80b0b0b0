//! The habit the recipe exists to stop: a raw UUID minted where the code needs an ID.

fn main() {
    let user_id = uuid::Uuid::new_v4();
    let session_id = uuid::Uuid::now_v7();
    println!("{user_id} {session_id}");
}
