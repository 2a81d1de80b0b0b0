//! Properties over generated inputs: every ID survives encode and parse; no string or byte
//! sequence makes parsing panic; each way of breaking a valid ID gives its own error kind.

use ids_core::{AnyId, EntityId, ParseIdErrorKind, Uuid};
use proptest::prelude::*;

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "")]
struct BareId(Uuid);

const ALPHABET: &str = "0123456789abcdefghjkmnpqrstvwxyz";

/// Every valid TypeID prefix: empty, or `a-z` and `_` starting and ending with a letter.
fn prefix() -> impl Strategy<Value = String> {
    "([a-z]([a-z_]{0,61}[a-z])?)?"
}

fn any_id() -> impl Strategy<Value = AnyId> {
    (prefix(), any::<u128>()).prop_map(|(prefix, value)| {
        AnyId::new(&prefix, Uuid::from_u128(value)).expect("the strategy makes valid prefixes")
    })
}

/// Where the suffix starts in `id`'s text.
fn suffix_start(id: &AnyId) -> usize {
    id.to_string().len() - 26
}

proptest! {
    /// The inherent `to_string`, which skips the formatting machinery, writes what `Display`
    /// writes, into a `String` of exactly that length.
    #[test]
    fn to_string_is_display(value in any::<u128>()) {
        for (fast, display, generic) in [
            {
                let id = UserId::from_uuid(Uuid::from_u128(value));
                (id.to_string(), format!("{id}"), ToString::to_string(&id))
            },
            {
                let id = BareId::from_uuid(Uuid::from_u128(value));
                (id.to_string(), format!("{id}"), ToString::to_string(&id))
            },
        ] {
            prop_assert_eq!(&fast, &display);
            prop_assert_eq!(&fast, &generic);
            prop_assert_eq!(fast.capacity(), fast.len());
        }
    }

    #[test]
    fn encode_then_parse_is_the_identity(id in any_id()) {
        let text = id.to_string();
        prop_assert_eq!(AnyId::parse(&text), Ok(id));
        prop_assert_eq!(text.parse::<AnyId>().map(|back| back.to_string()), Ok(text));
    }

    #[test]
    fn typed_ids_round_trip_every_value(value in any::<u128>()) {
        let user = UserId::from_uuid(Uuid::from_u128(value));
        prop_assert_eq!(UserId::parse(&user.to_string()), Ok(user));
        prop_assert_eq!(&*user.encode(), user.to_string());
        let bare = BareId::from_uuid(Uuid::from_u128(value));
        prop_assert_eq!(BareId::parse(&bare.to_string()), Ok(bare));
    }

    /// Nothing panics, and whatever parses is the canonical text of what it parsed to.
    #[test]
    fn arbitrary_strings_never_panic(input in ".{0,120}") {
        if let Ok(id) = AnyId::parse(&input) {
            prop_assert_eq!(id.to_string(), input.clone());
        }
        if let Ok(id) = UserId::parse(&input) {
            prop_assert_eq!(id.to_string(), input);
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..120)) {
        let input = String::from_utf8_lossy(&bytes);
        let _ = AnyId::parse(&input);
        let _ = UserId::parse(&input);
        let _ = BareId::parse(&input);
    }

    /// Near-misses: valid IDs with one character changed, parsed by the three kinds of parser.
    #[test]
    fn near_misses_never_panic(id in any_id(), at in 0usize..90, c in any::<char>()) {
        let mut text: Vec<char> = id.to_string().chars().collect();
        let at = at % text.len();
        text[at] = c;
        let input: String = text.into_iter().collect();
        let _ = (AnyId::parse(&input), UserId::parse(&input), BareId::parse(&input));
    }

    #[test]
    fn a_character_outside_the_alphabet_is_reported_where_it_is(
        id in any_id(),
        at in 0usize..26,
        c in "[^_0123456789abcdefghjkmnpqrstvwxyz]",
    ) {
        let text = id.to_string();
        let index = suffix_start(&id) + at;
        let input = format!("{}{}{}", &text[..index], c, &text[index + 1..]);
        let err = AnyId::parse(&input).expect_err("a bad character");
        // A multi-byte character can push the input past the longest TypeID, and length is
        // checked before any character.
        let expected = if input.len() > 90 {
            (ParseIdErrorKind::Length, None)
        } else {
            (ParseIdErrorKind::InvalidCharacter, Some(index))
        };
        prop_assert_eq!((err.kind(), err.index()), expected, "{}", err);
        // The same change in a typed ID's suffix.
        let user = UserId::from_uuid(id.uuid()).to_string();
        let index = 5 + at;
        let input = format!("{}{}{}", &user[..index], c, &user[index + 1..]);
        let err = UserId::parse(&input).expect_err("a bad character");
        prop_assert_eq!((err.kind(), err.index()), (ParseIdErrorKind::InvalidCharacter, Some(index)), "{}", err);
    }

    #[test]
    fn a_first_character_above_seven_overflows(id in any_id(), digit in 8usize..32) {
        let text = id.to_string();
        let start = suffix_start(&id);
        let input = format!("{}{}{}", &text[..start], &ALPHABET[digit..=digit], &text[start + 1..]);
        let err = AnyId::parse(&input).expect_err("overflow");
        prop_assert_eq!((err.kind(), err.index()), (ParseIdErrorKind::Overflow, Some(start)));
    }

    #[test]
    fn a_suffix_of_another_length_is_a_length_error(
        id in any_id(),
        cut in 1usize..26,
        extra in "[0-9a-hjkmnp-tv-z]{1,5}",
    ) {
        let text = id.to_string();
        let err = AnyId::parse(&text[..text.len() - cut]).expect_err("short");
        prop_assert_eq!(err.kind(), ParseIdErrorKind::Length);
        let err = AnyId::parse(&format!("{text}{extra}")).expect_err("long");
        prop_assert_eq!(err.kind(), ParseIdErrorKind::Length);
    }

    #[test]
    fn an_uppercase_prefix_letter_is_an_invalid_prefix(
        prefix in "[a-z]([a-z_]{0,61}[a-z])?",
        value in any::<u128>(),
        at in 0usize..63,
    ) {
        let id = AnyId::new(&prefix, Uuid::from_u128(value)).expect("valid");
        let mut text = id.to_string().into_bytes();
        let at = at % prefix.len();
        prop_assume!(text[at] != b'_');
        text[at] = text[at].to_ascii_uppercase();
        let input = String::from_utf8(text).expect("ASCII");
        let err = AnyId::parse(&input).expect_err("uppercase prefix");
        prop_assert_eq!((err.kind(), err.index()), (ParseIdErrorKind::InvalidPrefix, Some(at)));
        let err = UserId::parse(&input).expect_err("not a user prefix");
        prop_assert_eq!(err.kind(), ParseIdErrorKind::WrongPrefix);
    }

    #[test]
    fn another_kind_is_a_wrong_prefix(id in any_id()) {
        prop_assume!(id.prefix() != "user");
        let err = UserId::parse(&id.to_string()).expect_err("another kind");
        prop_assert_eq!(err.kind(), ParseIdErrorKind::WrongPrefix);
        let found = if id.prefix().is_empty() { None } else { Some(id.prefix()) };
        prop_assert_eq!(err.found_prefix(), found);
    }
}
