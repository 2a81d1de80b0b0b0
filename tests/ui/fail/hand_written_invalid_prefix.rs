// A hand-written impl skips the derive's check; the trait still refuses an invalid prefix as
// soon as the type is used.
use ids_core::{EntityId, ParseIdError, Uuid};
use std::fmt;
use std::str::FromStr;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
struct UserId(Uuid);

impl EntityId for UserId {
    const PREFIX: &'static str = "User";
    const TYPE_NAME: &'static str = "UserId";

    fn from_uuid(uuid: Uuid) -> Self {
        UserId(uuid)
    }

    fn uuid(&self) -> Uuid {
        self.0
    }
}

impl fmt::Display for UserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.encode())
    }
}

impl FromStr for UserId {
    type Err = ParseIdError;

    fn from_str(input: &str) -> Result<Self, ParseIdError> {
        <UserId as EntityId>::parse(input)
    }
}

fn main() {
    println!("{}", UserId(Uuid::nil()));
}
