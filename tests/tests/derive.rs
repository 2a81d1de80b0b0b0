//! What one `#[derive(EntityId)]` gives a type, checked through its public surface.

use std::collections::{BTreeSet, HashSet};

use ids_core::{AnyId, Deterministic, EntityId, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
/// A user of the service.
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "session")]
struct SessionId(Uuid);

const EXAMPLE: &str = "user_01h455vb4pex5vsknk084sn02q";

fn example() -> UserId {
    UserId::from_uuid(Uuid::from_u128(0x01890a5d_ac96_774b_bcce_b302099a8057))
}

#[test]
fn inherent_items_need_no_trait_import() {
    mod elsewhere {
        pub(super) fn check(id: super::UserId) {
            assert_eq!(super::UserId::PREFIX, "user");
            assert_eq!(super::UserId::parse(&id.to_string()), Ok(id));
            assert_eq!(super::UserId::from_uuid(id.uuid()), id);
            let _fresh: super::UserId = super::UserId::new();
        }
    }
    elsewhere::check(example());
}

#[test]
fn display_debug_and_encode() {
    let id = example();
    assert_eq!(id.to_string(), EXAMPLE);
    assert_eq!(format!("{id:?}"), "UserId(user_01h455vb4pex5vsknk084sn02q)");
    assert_eq!(
        format!("{id:>35}"),
        format!("    {EXAMPLE}"),
        "width and alignment apply"
    );
    assert_eq!(id.encode(), EXAMPLE);
    assert_eq!(<UserId as EntityId>::TYPE_NAME, "UserId");
}

#[test]
fn parsing_through_every_door() {
    let id = example();
    assert_eq!(EXAMPLE.parse::<UserId>(), Ok(id));
    assert_eq!(UserId::try_from(EXAMPLE), Ok(id));
    assert_eq!(<UserId as EntityId>::parse(EXAMPLE), Ok(id));
    let wrong = "session_01h455vb4pex5vsknk084sn02q";
    assert_eq!(wrong.parse::<UserId>(), UserId::try_from(wrong));
    assert!(wrong.parse::<UserId>().is_err());
}

#[test]
fn conversions() {
    let id = example();
    let raw: Uuid = id.into();
    assert_eq!(raw, id.uuid());
    let any = AnyId::from(id);
    assert_eq!(any.prefix(), "user");
    assert!(any.is::<UserId>());
    assert!(!any.is::<SessionId>());
    assert_eq!(UserId::try_from(any), Ok(id));
    let err = SessionId::try_from(any).expect_err("wrong kind");
    assert_eq!(
        err.to_string(),
        r#"invalid SessionId "user_01h455vb4pex5vsknk084sn02q": expected prefix "session", found "user""#
    );
}

#[test]
fn comparisons_and_hashing_follow_the_uuid() {
    let a = UserId::from_uuid(Uuid::from_u128(1));
    let b = UserId::from_uuid(Uuid::from_u128(2));
    assert!(a < b);
    assert_eq!(a.cmp(&b), a.uuid().cmp(&b.uuid()));
    assert_eq!(a, a.clone());
    let copy = a;
    assert_eq!(copy, a, "Copy leaves the original usable");
    let set: HashSet<UserId> = [a, b, a].into_iter().collect();
    assert_eq!(set.len(), 2);
    let sorted: BTreeSet<UserId> = [b, a].into_iter().collect();
    assert_eq!(sorted.into_iter().collect::<Vec<_>>(), vec![a, b]);
}

#[test]
fn generated_ids_sort_by_creation() {
    let ids: Vec<UserId> = (0..1000).map(|_| UserId::new()).collect();
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    let mut texts: Vec<String> = ids.iter().map(ToString::to_string).collect();
    texts.sort();
    assert_eq!(
        texts,
        ids.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "text sorts the same"
    );
}

#[test]
fn created_at_reads_the_timestamp() {
    let scope = Deterministic::new(1, 1_700_000_000_123);
    let id = UserId::new();
    let created = id
        .created_at()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok());
    assert_eq!(created.map(|d| d.as_millis()), Some(1_700_000_000_123));
    drop(scope);
    assert_eq!(UserId::from_uuid(Uuid::nil()).created_at(), None);
}

#[test]
fn golden_ids_are_exact() {
    let scope = Deterministic::new(42, 1_700_000_000_000);
    let first = UserId::new();
    let second = SessionId::new();
    scope.advance_ms(1);
    let third = UserId::new();
    // 1_700_000_000_000 ms is "01hf7yat00"; the next characters hold the version and the
    // counter, which starts each millisecond at a seeded random value; the rest is the seeded
    // random tail.
    assert_eq!(first.to_string(), "user_01hf7yat00e958may0516fxda5");
    assert_eq!(
        second.to_string(),
        "session_01hf7yat00e958x2xxg73qjh6k",
        "the counter plus one"
    );
    assert_eq!(
        third.to_string(),
        "user_01hf7yat01ec5rg8sardzy0hkz",
        "next millisecond"
    );
    drop(scope);
    let scope = Deterministic::new(42, 1_700_000_000_000);
    assert_eq!((UserId::new(), SessionId::new()), (first, second));
    scope.advance_ms(1);
    assert_eq!(UserId::new(), third);
}
