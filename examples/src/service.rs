//! A small login and real-time-connection backend: users, their sessions, and the connections
//! of a session, with typed IDs from the URL to the SQLite rows and back.
//!
//! Every ID that arrives is parsed into its type at the edge: by `Path<UserId>` in the URL and
//! by serde in JSON bodies. A malformed ID, or an ID of another kind, is a 400 with a JSON body
//! carrying the parse message; a well-formed ID that names nothing is a 404. Nothing reaches
//! the store unvalidated.

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use ids_core::{EntityId, Uuid};
use serde::{Deserialize, Serialize};
use sqlx::SqlitePool;

/// A user account.
#[derive(EntityId)]
#[entity_id(prefix = "user", sqlx)]
pub struct UserId(Uuid);

/// One login of a user.
#[derive(EntityId)]
#[entity_id(prefix = "session", sqlx)]
pub struct SessionId(Uuid);

/// A real-time connection opened within a session.
#[derive(EntityId)]
#[entity_id(prefix = "conn", sqlx)]
pub struct ConnectionId(Uuid);

/// A user, as the API shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct User {
    /// The user's ID.
    pub id: UserId,
    /// The display name.
    pub name: String,
}

/// A session and its open connections.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The session's ID.
    pub id: SessionId,
    /// Whose session it is.
    pub user_id: UserId,
    /// Its open connections, oldest first.
    pub connections: Vec<ConnectionId>,
}

/// A connection and the session it belongs to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, sqlx::FromRow)]
pub struct Connection {
    /// The connection's ID.
    pub id: ConnectionId,
    /// The session it was opened in.
    pub session_id: SessionId,
}

/// `POST /users`.
#[derive(Debug, Deserialize)]
pub struct NewUser {
    /// The display name.
    pub name: String,
}

/// `POST /sessions`: log a user in.
#[derive(Debug, Deserialize)]
pub struct NewSession {
    /// Who logs in.
    pub user_id: UserId,
}

/// `POST /connections`: open a connection in a session.
#[derive(Debug, Deserialize)]
pub struct NewConnection {
    /// The session to open it in.
    pub session_id: SessionId,
}

/// An error response: its status and `{"error": "…"}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    message: String,
}

impl ApiError {
    fn not_found(what: impl std::fmt::Display) -> ApiError {
        ApiError {
            status: StatusCode::NOT_FOUND,
            message: format!("no {what}"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(serde_json::json!({ "error": self.message })),
        )
            .into_response()
    }
}

/// A malformed or wrong-kind ID in the URL is a 400 whose message is the parse error's; axum's
/// status stands for the other rejections (a route without the parameter is a server error).
impl From<PathRejection> for ApiError {
    fn from(rejection: PathRejection) -> ApiError {
        ApiError {
            status: rejection.status(),
            message: rejection.body_text(),
        }
    }
}

/// A body that is not the expected JSON. A malformed or wrong-kind ID in it is a 400 like one
/// in the URL (axum would say 422 for a body that parses but does not deserialize).
impl From<JsonRejection> for ApiError {
    fn from(rejection: JsonRejection) -> ApiError {
        let status = match rejection {
            JsonRejection::JsonDataError(_) => StatusCode::BAD_REQUEST,
            _ => rejection.status(),
        };
        ApiError {
            status,
            message: rejection.body_text(),
        }
    }
}

impl From<sqlx::Error> for ApiError {
    fn from(err: sqlx::Error) -> ApiError {
        ApiError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            message: err.to_string(),
        }
    }
}

/// Opens the store: an in-memory SQLite database with the service's tables.
pub async fn open_store() -> Result<SqlitePool, sqlx::Error> {
    // sqlx keeps an in-memory database alive only while a connection to it is open: hold one
    // open for good, instead of letting the pool close it when idle and start over empty.
    let pool = sqlx::sqlite::SqlitePoolOptions::new()
        .min_connections(1)
        .max_connections(1)
        .idle_timeout(None)
        .max_lifetime(None)
        .connect("sqlite::memory:")
        .await?;
    sqlx::query(
        "CREATE TABLE users (id BLOB PRIMARY KEY NOT NULL, name TEXT NOT NULL);
         CREATE TABLE sessions (id BLOB PRIMARY KEY NOT NULL, user_id BLOB NOT NULL REFERENCES users (id));
         CREATE TABLE connections (
             id BLOB PRIMARY KEY NOT NULL,
             session_id BLOB NOT NULL REFERENCES sessions (id)
         );",
    )
    .execute(&pool)
    .await?;
    Ok(pool)
}

/// The service's routes over `store`.
pub fn router(store: SqlitePool) -> Router {
    Router::new()
        .route("/users", post(create_user))
        .route("/users/{user_id}", get(get_user))
        .route("/users/{user_id}/sessions", get(list_sessions))
        .route("/sessions", post(create_session))
        .route("/sessions/{session_id}", get(get_session))
        .route("/connections", post(open_connection))
        .route("/connections/{connection_id}", delete(close_connection))
        .with_state(store)
}

async fn create_user(
    State(db): State<SqlitePool>,
    body: Result<Json<NewUser>, JsonRejection>,
) -> Result<(StatusCode, Json<User>), ApiError> {
    let Json(new) = body?;
    let user = User {
        id: UserId::new(),
        name: new.name,
    };
    sqlx::query("INSERT INTO users (id, name) VALUES (?, ?)")
        .bind(user.id)
        .bind(&user.name)
        .execute(&db)
        .await?;
    Ok((StatusCode::CREATED, Json(user)))
}

async fn get_user(
    State(db): State<SqlitePool>,
    path: Result<Path<UserId>, PathRejection>,
) -> Result<Json<User>, ApiError> {
    let Path(id) = path?;
    let user: Option<User> = sqlx::query_as("SELECT id, name FROM users WHERE id = ?")
        .bind(id)
        .fetch_optional(&db)
        .await?;
    user.map(Json)
        .ok_or_else(|| ApiError::not_found(format!("user {id}")))
}

async fn list_sessions(
    State(db): State<SqlitePool>,
    path: Result<Path<UserId>, PathRejection>,
) -> Result<Json<Vec<SessionId>>, ApiError> {
    let Path(user_id) = path?;
    let exists: Option<UserId> = sqlx::query_scalar("SELECT id FROM users WHERE id = ?")
        .bind(user_id)
        .fetch_optional(&db)
        .await?;
    exists.ok_or_else(|| ApiError::not_found(format!("user {user_id}")))?;
    let sessions = sqlx::query_scalar("SELECT id FROM sessions WHERE user_id = ? ORDER BY id")
        .bind(user_id)
        .fetch_all(&db)
        .await?;
    Ok(Json(sessions))
}

async fn create_session(
    State(db): State<SqlitePool>,
    body: Result<Json<NewSession>, JsonRejection>,
) -> Result<(StatusCode, Json<Session>), ApiError> {
    let Json(new) = body?;
    let exists: Option<UserId> = sqlx::query_scalar("SELECT id FROM users WHERE id = ?")
        .bind(new.user_id)
        .fetch_optional(&db)
        .await?;
    exists.ok_or_else(|| ApiError::not_found(format!("user {}", new.user_id)))?;
    let session = Session {
        id: SessionId::new(),
        user_id: new.user_id,
        connections: Vec::new(),
    };
    sqlx::query("INSERT INTO sessions (id, user_id) VALUES (?, ?)")
        .bind(session.id)
        .bind(session.user_id)
        .execute(&db)
        .await?;
    Ok((StatusCode::CREATED, Json(session)))
}

async fn get_session(
    State(db): State<SqlitePool>,
    path: Result<Path<SessionId>, PathRejection>,
) -> Result<Json<Session>, ApiError> {
    let Path(id) = path?;
    let user_id: Option<UserId> = sqlx::query_scalar("SELECT user_id FROM sessions WHERE id = ?")
        .bind(id)
        .fetch_optional(&db)
        .await?;
    let user_id = user_id.ok_or_else(|| ApiError::not_found(format!("session {id}")))?;
    let connections =
        sqlx::query_scalar("SELECT id FROM connections WHERE session_id = ? ORDER BY id")
            .bind(id)
            .fetch_all(&db)
            .await?;
    Ok(Json(Session {
        id,
        user_id,
        connections,
    }))
}

async fn open_connection(
    State(db): State<SqlitePool>,
    body: Result<Json<NewConnection>, JsonRejection>,
) -> Result<(StatusCode, Json<Connection>), ApiError> {
    let Json(new) = body?;
    let exists: Option<SessionId> = sqlx::query_scalar("SELECT id FROM sessions WHERE id = ?")
        .bind(new.session_id)
        .fetch_optional(&db)
        .await?;
    exists.ok_or_else(|| ApiError::not_found(format!("session {}", new.session_id)))?;
    let connection = Connection {
        id: ConnectionId::new(),
        session_id: new.session_id,
    };
    sqlx::query("INSERT INTO connections (id, session_id) VALUES (?, ?)")
        .bind(connection.id)
        .bind(connection.session_id)
        .execute(&db)
        .await?;
    Ok((StatusCode::CREATED, Json(connection)))
}

async fn close_connection(
    State(db): State<SqlitePool>,
    path: Result<Path<ConnectionId>, PathRejection>,
) -> Result<StatusCode, ApiError> {
    let Path(id) = path?;
    let closed = sqlx::query("DELETE FROM connections WHERE id = ?")
        .bind(id)
        .execute(&db)
        .await?;
    if closed.rows_affected() == 0 {
        return Err(ApiError::not_found(format!("connection {id}")));
    }
    Ok(StatusCode::NO_CONTENT)
}
