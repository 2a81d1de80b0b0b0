//! A five-minute tour: declare ID types, make IDs, print and parse them, see a wrong-kind ID
//! rejected, send IDs through JSON, sort them by creation time, and store them in SQLite.
//!
//! Run it with `cargo run --example quickstart`.

use ids_core::{AnyId, EntityId, Uuid};
use serde::{Deserialize, Serialize};

/// A user account, stored in databases as a UUID.
#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
pub struct UserId(Uuid);

/// One login of a user, stored as a UUID.
#[derive(EntityId)]
#[entity_id(prefix = "session", sqlx)]
pub struct SessionId(Uuid);

/// A real-time connection opened within a session, stored as its TypeID text.
#[derive(EntityId)]
#[entity_id(prefix = "conn", sqlx = "text")]
pub struct ConnectionId(Uuid);

#[derive(Debug, Serialize, Deserialize)]
struct Login {
    user: UserId,
    session: SessionId,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // One thread is all the tour needs; building the runtime by hand spares tokio's macros.
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?
        .block_on(tour())
}

async fn tour() -> Result<(), Box<dyn std::error::Error>> {
    println!("1. Every ID comes from the shared generator and prints as a TypeID:");
    let user = UserId::new();
    let session = SessionId::new();
    let connection = ConnectionId::new();
    println!("   {user}\n   {session}\n   {connection}");
    println!("   Debug shows the type too: {user:?}");

    println!("\n2. Parsing checks the prefix:");
    let text = user.to_string();
    let parsed: UserId = text.parse()?;
    println!(
        "   {text:?} parses back to the same UserId: {}",
        parsed == user
    );
    match text.parse::<SessionId>() {
        Ok(_) => return Err("a UserId must not parse as a SessionId".into()),
        Err(err) => println!("   as a SessionId it is rejected:\n     {err}"),
    }
    let bare = user.uuid().to_string();
    if let Err(err) = bare.parse::<UserId>() {
        println!("   a bare UUID gets a hint:\n     {err}");
    }

    println!("\n3. JSON carries the text form, and checks it on the way in:");
    let login = Login { user, session };
    let json = serde_json::to_string(&login)?;
    println!("   {json}");
    let back: Login = serde_json::from_str(&json)?;
    println!(
        "   round trip equal: {}",
        back.user == user && back.session == session
    );
    let swapped = json.replace("\"user\":\"user_", "\"user\":\"conn_");
    if let Err(err) = serde_json::from_str::<Login>(&swapped) {
        println!("   a connection ID in the user field:\n     {err}");
    }

    println!("\n4. IDs sort by creation time, as values and as text:");
    let mut ids = Vec::new();
    for _ in 0..3 {
        ids.push(UserId::new());
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    ids.reverse();
    ids.sort();
    let first = ids[0].created_at();
    for id in &ids {
        // Milliseconds after the first, read back from each ID's own timestamp.
        let after = id
            .created_at()
            .zip(first)
            .and_then(|(created, first)| created.duration_since(first).ok());
        println!(
            "   {id}  created {} ms after the first",
            after.map_or(0, |elapsed| elapsed.as_millis())
        );
    }

    println!("\n5. AnyId reads an ID of any kind, for tools and logs:");
    let any = AnyId::parse(&connection.to_string())?;
    println!("   prefix {:?}, UUID {}", any.prefix(), any.uuid());
    println!("   is it a ConnectionId? {}", any.is::<ConnectionId>());

    println!("\n6. The type holds in the database too (an in-memory SQLite):");
    let db = sqlx::SqlitePool::connect("sqlite::memory:").await?;
    sqlx::query(
        "CREATE TABLE connections (id TEXT PRIMARY KEY, session BLOB NOT NULL, user BLOB NOT NULL)",
    )
    .execute(&db)
    .await?;
    sqlx::query("INSERT INTO connections (id, session, user) VALUES (?, ?, ?)")
        .bind(connection)
        .bind(session)
        .bind(user)
        .execute(&db)
        .await?;
    let (stored_id, session_bytes): (String, String) =
        sqlx::query_as("SELECT id, lower(hex(session)) FROM connections")
            .fetch_one(&db)
            .await?;
    println!("   stored: id TEXT {stored_id:?}, session BLOB x'{session_bytes}'");
    let (id, owner): (ConnectionId, UserId) =
        sqlx::query_as("SELECT id, user FROM connections WHERE session = ?")
            .bind(session)
            .fetch_one(&db)
            .await?;
    println!("   read back as typed IDs: {id} of {owner}");
    Ok(())
}
