//! TypeID v0.3 conformance, written from the specification's rules: the valid examples round
//! trip, and each class of invalid input is rejected with the right kind of error.

use ids_core::{AnyId, EntityId, ParseIdErrorKind, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "prefix")]
struct PrefixId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "pre_fix")]
struct UnderscoreId(Uuid);

#[derive(EntityId)]
#[entity_id(prefix = "")]
struct BareId(Uuid);

fn uuid(text: &str) -> Uuid {
    Uuid::parse_str(text).expect("test UUIDs are valid")
}

/// (TypeID, UUID) pairs from the specification's examples.
const VALID: &[(&str, &str)] = &[
    (
        "00000000000000000000000000",
        "00000000-0000-0000-0000-000000000000",
    ),
    (
        "00000000000000000000000001",
        "00000000-0000-0000-0000-000000000001",
    ),
    (
        "0000000000000000000000000a",
        "00000000-0000-0000-0000-00000000000a",
    ),
    (
        "0000000000000000000000000g",
        "00000000-0000-0000-0000-000000000010",
    ),
    (
        "00000000000000000000000010",
        "00000000-0000-0000-0000-000000000020",
    ),
    (
        "7zzzzzzzzzzzzzzzzzzzzzzzzz",
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
    ),
    (
        "prefix_0123456789abcdefghjkmnpqrs",
        "0110c853-1d09-52d8-d73e-1194e95b5f19",
    ),
    (
        "prefix_01h455vb4pex5vsknk084sn02q",
        "01890a5d-ac96-774b-bcce-b302099a8057",
    ),
    (
        "pre_fix_00000000000000000000000000",
        "00000000-0000-0000-0000-000000000000",
    ),
];

#[test]
fn valid_examples_round_trip_as_any_id() {
    for &(text, hex) in VALID {
        let id = AnyId::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(id.uuid(), uuid(hex), "{text}");
        assert_eq!(id.to_string(), text);
        let (prefix, _) = text.rsplit_once('_').unwrap_or(("", text));
        assert_eq!(id.prefix(), prefix);
        assert_eq!(
            AnyId::new(prefix, uuid(hex))
                .map(|id| id.to_string())
                .as_deref(),
            Ok(text)
        );
    }
}

#[test]
fn valid_examples_round_trip_as_typed_ids() {
    let typed = |text: &str| -> Option<(Uuid, String)> {
        if let Ok(id) = PrefixId::parse(text) {
            return Some((id.uuid(), id.to_string()));
        }
        if let Ok(id) = UnderscoreId::parse(text) {
            return Some((id.uuid(), id.to_string()));
        }
        BareId::parse(text)
            .ok()
            .map(|id| (id.uuid(), id.to_string()))
    };
    for &(text, hex) in VALID {
        assert_eq!(typed(text), Some((uuid(hex), text.to_owned())), "{text}");
    }
}

#[test]
fn nil_and_max() {
    assert_eq!(
        BareId::from_uuid(Uuid::nil()).to_string(),
        "00000000000000000000000000"
    );
    assert_eq!(
        BareId::from_uuid(Uuid::max()).to_string(),
        "7zzzzzzzzzzzzzzzzzzzzzzzzz"
    );
    assert_eq!(
        PrefixId::from_uuid(Uuid::max()).to_string(),
        "prefix_7zzzzzzzzzzzzzzzzzzzzzzzzz"
    );
    assert_eq!(
        PrefixId::parse("prefix_7zzzzzzzzzzzzzzzzzzzzzzzzz").map(|id| id.uuid()),
        Ok(Uuid::max())
    );
}

#[test]
fn a_63_character_prefix_is_the_longest() {
    let prefix = "a".repeat(63);
    let text = format!("{prefix}_00000000000000000000000000");
    let id = AnyId::parse(&text).expect("63 characters is allowed");
    assert_eq!(id.prefix(), prefix);
    assert_eq!(id.to_string(), text);
}

/// (input, kind, index of the offending character if the error has one)
const INVALID: &[(&str, ParseIdErrorKind, Option<usize>)] = &[
    // Uppercase anywhere.
    (
        "PREFIX_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        Some(0),
    ),
    (
        "preFix_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        Some(3),
    ),
    (
        "prefix_0000000000000000000000000A",
        ParseIdErrorKind::InvalidCharacter,
        Some(32),
    ),
    (
        "prefix_01H455VB4PEX5VSKNK084SN02Q",
        ParseIdErrorKind::InvalidCharacter,
        Some(9),
    ),
    // Digits and other characters in the prefix.
    (
        "prefix1_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        Some(6),
    ),
    (
        "pre.fix_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        Some(3),
    ),
    (
        "pre-fix_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        Some(3),
    ),
    (
        "préfix_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        Some(2),
    ),
    (
        "pre fix_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        Some(3),
    ),
    // Underscores at the ends of the prefix.
    (
        "_prefix_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        None,
    ),
    (
        "prefix__00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        None,
    ),
    // A separator with no prefix, or alone.
    (
        "_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        None,
    ),
    ("_", ParseIdErrorKind::InvalidPrefix, None),
    // Suffix length.
    ("prefix_", ParseIdErrorKind::Length, None),
    (
        "prefix_0000000000000000000000000",
        ParseIdErrorKind::Length,
        None,
    ),
    (
        "prefix_000000000000000000000000000",
        ParseIdErrorKind::Length,
        None,
    ),
    ("0000000000000000000000000", ParseIdErrorKind::Length, None),
    // Characters outside the alphabet: the ambiguous i, l, o, u and others.
    (
        "prefix_0000000000000000000000000i",
        ParseIdErrorKind::InvalidCharacter,
        Some(32),
    ),
    (
        "prefix_0000000000000000000000000l",
        ParseIdErrorKind::InvalidCharacter,
        Some(32),
    ),
    (
        "prefix_00000000000000000000o00000",
        ParseIdErrorKind::InvalidCharacter,
        Some(27),
    ),
    (
        "prefix_u0000000000000000000000000",
        ParseIdErrorKind::InvalidCharacter,
        Some(7),
    ),
    (
        "prefix_000000000000000000000000-0",
        ParseIdErrorKind::InvalidCharacter,
        Some(31),
    ),
    (
        "prefix_00000000000000000000000é0",
        ParseIdErrorKind::InvalidCharacter,
        Some(30),
    ),
    // The first suffix character above 7.
    (
        "prefix_80000000000000000000000000",
        ParseIdErrorKind::Overflow,
        Some(7),
    ),
    (
        "8zzzzzzzzzzzzzzzzzzzzzzzzz",
        ParseIdErrorKind::Overflow,
        Some(0),
    ),
    // Empty, whitespace.
    ("", ParseIdErrorKind::Empty, None),
    (
        " prefix_00000000000000000000000000",
        ParseIdErrorKind::InvalidPrefix,
        Some(0),
    ),
    (
        "prefix_00000000000000000000000000 ",
        ParseIdErrorKind::Length,
        None,
    ),
    (
        "prefix_0000000000000 000000000000",
        ParseIdErrorKind::InvalidCharacter,
        Some(20),
    ),
    (
        "prefix_00000000000000000000000000\n",
        ParseIdErrorKind::Length,
        None,
    ),
    // A bare UUID.
    (
        "01890a5d-ac96-774b-bcce-b302099a8057",
        ParseIdErrorKind::BareUuid,
        None,
    ),
    (
        "01890a5dac96774bbccEb302099a8057",
        ParseIdErrorKind::BareUuid,
        None,
    ),
];

#[test]
fn each_invalid_class_is_rejected_by_any_id() {
    for &(input, kind, index) in INVALID {
        let err = AnyId::parse(input).expect_err(input);
        assert_eq!((err.kind(), err.index()), (kind, index), "{input:?}: {err}");
    }
}

#[test]
fn each_invalid_class_is_rejected_by_typed_ids() {
    for &(input, _, _) in INVALID {
        assert!(PrefixId::parse(input).is_err(), "{input:?}");
        assert!(UnderscoreId::parse(input).is_err(), "{input:?}");
        assert!(BareId::parse(input).is_err(), "{input:?}");
    }
}

#[test]
fn a_64_character_prefix_is_rejected() {
    let text = format!("{}_00000000000000000000000000", "a".repeat(64));
    let err = AnyId::parse(&text).expect_err("64 characters");
    assert_eq!(err.kind(), ParseIdErrorKind::Length, "{err}");
    let err = AnyId::new(&"a".repeat(64), Uuid::nil()).expect_err("64 characters");
    assert_eq!(err.kind(), ParseIdErrorKind::InvalidPrefix);
    assert!(
        err.to_string()
            .contains("64 characters, more than the 63 allowed"),
        "{err}"
    );
}

#[test]
fn prefixes_with_inner_underscores_are_whole() {
    let id = UnderscoreId::parse("pre_fix_01h455vb4pex5vsknk084sn02q").expect("valid");
    assert_eq!(id.to_string(), "pre_fix_01h455vb4pex5vsknk084sn02q");
    let err = PrefixId::parse("pre_fix_01h455vb4pex5vsknk084sn02q").expect_err("other prefix");
    assert_eq!(err.kind(), ParseIdErrorKind::WrongPrefix);
    assert_eq!(err.found_prefix(), Some("pre_fix"));
}

#[test]
fn the_empty_prefix_has_no_separator() {
    let id = BareId::parse("01h455vb4pex5vsknk084sn02q").expect("valid");
    assert_eq!(id.to_string(), "01h455vb4pex5vsknk084sn02q");
    assert!(BareId::parse("_01h455vb4pex5vsknk084sn02q").is_err());
    let err = PrefixId::parse("01h455vb4pex5vsknk084sn02q").expect_err("no prefix");
    assert_eq!(
        err.to_string(),
        r#"invalid PrefixId "01h455vb4pex5vsknk084sn02q": expected prefix "prefix", found none (the string has no '_')"#
    );
    let err = BareId::parse("prefix_01h455vb4pex5vsknk084sn02q").expect_err("a prefix");
    assert_eq!(
        err.to_string(),
        r#"invalid BareId "prefix_01h455vb4pex5vsknk084sn02q": expected no prefix, found "prefix""#
    );
}

#[test]
fn decoding_accepts_any_version() {
    let v4 = uuid("6ba7b810-9dad-41d1-80b4-00c04fd430c8");
    let id = PrefixId::from_uuid(v4);
    assert_eq!(PrefixId::parse(&id.to_string()), Ok(id));
    assert_eq!(id.created_at(), None);
}

/// The workspace's one list of prefix cases, which the derive's compile-time check is tested
/// against too (`ids-macros/src/valid.rs`): `is_valid_prefix`, `AnyId::new` and parsing a
/// whole ID agree with it.
#[test]
fn agrees_with_the_shared_prefix_cases() {
    let cases = include_str!("../../tests/prefix_cases.txt");
    let mut checked = 0;
    for line in cases.lines().filter(|line| !line.starts_with('#')) {
        let (verdict, quoted) = line.split_once(' ').expect("a verdict and a prefix");
        let prefix = quoted
            .strip_prefix('"')
            .and_then(|rest| rest.strip_suffix('"'))
            .expect("a quoted prefix");
        let valid = verdict == "valid";
        assert_eq!(ids_core::is_valid_prefix(prefix), valid, "{prefix:?}");
        assert_eq!(AnyId::new(prefix, Uuid::nil()).is_ok(), valid, "{prefix:?}");
        let text = if prefix.is_empty() {
            "00000000000000000000000000".to_owned()
        } else {
            format!("{prefix}_00000000000000000000000000")
        };
        assert_eq!(AnyId::parse(&text).is_ok(), valid, "{text:?}");
        checked += 1;
    }
    assert!(checked > 20, "the list was read");
}
