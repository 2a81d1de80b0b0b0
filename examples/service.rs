//! The login and connection service of `ids_examples::service` on a local port, with an
//! in-memory SQLite store.
//!
//! Run it with `cargo run -p ids-examples --example service`; set `IDS_SERVICE_ADDR` to listen elsewhere than
//! 127.0.0.1:3000 (`127.0.0.1:0` picks a free port).

use ids_examples::service::{open_store, router};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let addr = std::env::var("IDS_SERVICE_ADDR").unwrap_or_else(|_| "127.0.0.1:3000".to_owned());
    let listener = tokio::net::TcpListener::bind(&addr).await?;
    let addr = listener.local_addr()?;
    println!("listening on http://{addr}");
    println!("try:");
    println!(
        "  curl -s -X POST http://{addr}/users -H 'content-type: application/json' -d '{{\"name\":\"ada\"}}'"
    );
    println!(
        "  curl -s http://{addr}/users/org_01h455vb4pex5vsknk084sn02q    # a wrong-kind ID: 400"
    );
    axum::serve(listener, router(open_store().await?)).await?;
    Ok(())
}
