//! The rows the database tests write and read back: a user of an org, managed by another user,
//! with the IDs stored natively ([`User`]) or as text ([`TextUser`]).

use crate::ids::{OrgId, TextOrgId, TextUserId, UserId};
/// A row of `users`.
#[derive(Debug, Clone, Copy, PartialEq, sqlx::FromRow)]
pub struct User {
    /// The primary key.
    pub id: UserId,
    /// A foreign key to `orgs`.
    pub org: OrgId,
    /// A nullable foreign key to `users`.
    pub manager: Option<UserId>,
}

/// A row of `text_users`.
#[derive(Debug, Clone, Copy, PartialEq, sqlx::FromRow)]
pub struct TextUser {
    /// The primary key.
    pub id: TextUserId,
    /// A foreign key to `text_orgs`.
    pub org: TextOrgId,
    /// A nullable foreign key to `text_users`.
    pub manager: Option<TextUserId>,
}

/// `n` new users of `org`, in creation order, each managed by the one before; the first has no
/// manager.
pub fn chain(org: OrgId, n: usize) -> Vec<User> {
    let mut users: Vec<User> = Vec::with_capacity(n);
    for _ in 0..n {
        let manager = users.last().map(|u| u.id);
        users.push(User {
            id: UserId::new(),
            org,
            manager,
        });
    }
    users
}

/// The same chain with IDs stored as text.
pub fn text_chain(org: TextOrgId, n: usize) -> Vec<TextUser> {
    chain(OrgId::from_uuid(org.uuid()), n)
        .into_iter()
        .map(|u| TextUser {
            id: TextUserId::from_uuid(u.id.uuid()),
            org,
            manager: u.manager.map(|m| TextUserId::from_uuid(m.uuid())),
        })
        .collect()
}
