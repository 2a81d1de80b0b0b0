//! The service example over real HTTP: started on 127.0.0.1 with a port the OS picks, driven by
//! a real client through the happy path and each error.

use ids_examples::service::{Connection, Session, SessionId, User, UserId, open_store, router};
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};

/// Starts the service and returns its base URL; it runs until the test's runtime ends.
async fn start() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a free port");
    let addr = listener.local_addr().expect("bound");
    let app = router(open_store().await.expect("the store opens"));
    tokio::spawn(async move { axum::serve(listener, app).await.expect("the server runs") });
    format!("http://{addr}")
}

async fn error_of(response: reqwest::Response) -> (StatusCode, String) {
    let status = response.status();
    let body: Value = response.json().await.expect("a JSON error body");
    (
        status,
        body["error"].as_str().expect("an error message").to_owned(),
    )
}

#[tokio::test]
async fn users_sessions_and_connections() {
    let base = start().await;
    let client = Client::new();

    let created = client
        .post(format!("{base}/users"))
        .json(&json!({"name": "ada"}))
        .send()
        .await
        .expect("POST /users");
    assert_eq!(created.status(), StatusCode::CREATED);
    let user: User = created.json().await.expect("a user");
    assert!(user.id.to_string().starts_with("user_"));

    let fetched: User = client
        .get(format!("{base}/users/{}", user.id))
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("a user");
    assert_eq!(fetched, user);

    let session: Session = client
        .post(format!("{base}/sessions"))
        .json(&json!({"user_id": user.id}))
        .send()
        .await
        .expect("POST /sessions")
        .json()
        .await
        .expect("a session");
    assert_eq!(session.user_id, user.id);

    let mut opened = Vec::new();
    for _ in 0..3 {
        let response = client
            .post(format!("{base}/connections"))
            .json(&json!({"session_id": session.id}))
            .send()
            .await
            .expect("POST");
        assert_eq!(response.status(), StatusCode::CREATED);
        let connection: Connection = response.json().await.expect("a connection");
        assert_eq!(connection.session_id, session.id);
        opened.push(connection.id);
    }
    let with_connections: Session = client
        .get(format!("{base}/sessions/{}", session.id))
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("a session");
    assert_eq!(
        with_connections.connections, opened,
        "connections come back in creation order"
    );

    let closed = client
        .delete(format!("{base}/connections/{}", opened[0]))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(closed.status(), StatusCode::NO_CONTENT);
    let again = client
        .delete(format!("{base}/connections/{}", opened[0]))
        .send()
        .await
        .expect("DELETE");
    assert_eq!(
        error_of(again).await,
        (
            StatusCode::NOT_FOUND,
            format!("no connection {}", opened[0])
        )
    );

    let sessions: Vec<SessionId> = client
        .get(format!("{base}/users/{}/sessions", user.id))
        .send()
        .await
        .expect("GET")
        .json()
        .await
        .expect("ids");
    assert_eq!(sessions, [session.id]);
}

#[tokio::test]
async fn a_wrong_kind_or_malformed_id_in_the_path_is_a_400_with_the_parse_message() {
    let base = start().await;
    let client = Client::new();

    let (status, message) = error_of(
        client
            .get(format!("{base}/users/session_01h455vb4pex5vsknk084sn02q"))
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(message.contains(r#"invalid UserId "session_01h455vb4pex5vsknk084sn02q": expected prefix "user", found "session""#), "{message}");

    let (status, message) = error_of(
        client
            .get(format!(
                "{base}/sessions/session_01h455vb4pex5vsknk084sn0iq"
            ))
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        message.contains("invalid character 'i' at index 32"),
        "{message}"
    );

    let (status, message) = error_of(
        client
            .delete(format!(
                "{base}/connections/01890a5d-ac96-774b-bcce-b302099a8057"
            ))
            .send()
            .await
            .expect("DELETE"),
    )
    .await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        message.contains(r#"its TypeID is "conn_01h455vb4pex5vsknk084sn02q""#),
        "{message}"
    );
}

#[tokio::test]
async fn a_wrong_kind_id_in_a_body_is_a_400_with_the_parse_message() {
    let base = start().await;
    let client = Client::new();
    let user: User = client
        .post(format!("{base}/users"))
        .json(&json!({"name": "bob"}))
        .send()
        .await
        .expect("POST")
        .json()
        .await
        .expect("a user");

    let response = client
        .post(format!("{base}/connections"))
        .json(&json!({"session_id": user.id}))
        .send()
        .await
        .expect("POST");
    let (status, message) = error_of(response).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        message.contains(&format!(
            r#"invalid SessionId "{}": expected prefix "session", found "user""#,
            user.id
        )),
        "{message}"
    );

    let response = client
        .post(format!("{base}/sessions"))
        .json(&json!({"user_id": "nonsense"}))
        .send()
        .await
        .expect("POST");
    let (status, message) = error_of(response).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(
        message.contains(r#"invalid UserId "nonsense""#),
        "{message}"
    );

    let response = client
        .post(format!("{base}/sessions"))
        .header("content-type", "application/json")
        .body("{")
        .send()
        .await
        .expect("POST");
    assert_eq!(
        error_of(response).await.0,
        StatusCode::BAD_REQUEST,
        "a body that is not JSON"
    );
}

#[tokio::test]
async fn an_unknown_id_is_a_404() {
    let base = start().await;
    let client = Client::new();
    let nobody = UserId::new();
    for url in [
        format!("{base}/users/{nobody}"),
        format!("{base}/users/{nobody}/sessions"),
    ] {
        let (status, message) = error_of(client.get(url).send().await.expect("GET")).await;
        assert_eq!(
            (status, message),
            (StatusCode::NOT_FOUND, format!("no user {nobody}"))
        );
    }
    let response = client
        .post(format!("{base}/sessions"))
        .json(&json!({"user_id": nobody}))
        .send()
        .await
        .expect("POST");
    assert_eq!(
        error_of(response).await,
        (StatusCode::NOT_FOUND, format!("no user {nobody}"))
    );
    let no_session = SessionId::new();
    let (status, _) = error_of(
        client
            .get(format!("{base}/sessions/{no_session}"))
            .send()
            .await
            .expect("GET"),
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}
