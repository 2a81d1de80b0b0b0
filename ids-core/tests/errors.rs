//! The messages a user sees: each names the expected type, what is wrong and where.

use ids_core::{AnyId, EntityId, ParseIdErrorKind, Uuid};

#[derive(EntityId)]
#[entity_id(prefix = "user")]
struct UserId(Uuid);

fn message(input: &str) -> String {
    UserId::parse(input).expect_err(input).to_string()
}

#[test]
fn wrong_prefix() {
    assert_eq!(
        message("org_01h455vb4pex5vsknk084sn02q"),
        r#"invalid UserId "org_01h455vb4pex5vsknk084sn02q": expected prefix "user", found "org""#
    );
    assert_eq!(
        message("User_01h455vb4pex5vsknk084sn02q"),
        r#"invalid UserId "User_01h455vb4pex5vsknk084sn02q": expected prefix "user", found "User"; TypeID prefixes are lowercase"#
    );
    assert_eq!(
        message("USER_01h455vb4pex5vsknk084sn02q"),
        r#"invalid UserId "USER_01h455vb4pex5vsknk084sn02q": expected prefix "user", found "USER"; TypeID prefixes are lowercase"#
    );
}

#[test]
fn a_prefix_alone_or_no_separator_says_so() {
    assert_eq!(
        message("user"),
        r#"invalid UserId "user": this is the prefix alone; expected 31 characters ("user_" and a 26-character suffix)"#
    );
    assert_eq!(
        message("01h455vb4pex5vsknk084sn02q"),
        r#"invalid UserId "01h455vb4pex5vsknk084sn02q": expected prefix "user", found none (the string has no '_')"#
    );
}

#[test]
fn whitespace_around_an_id_gets_a_hint() {
    assert_eq!(
        message(" user_01h455vb4pex5vsknk084sn02q"),
        r#"invalid UserId " user_01h455vb4pex5vsknk084sn02q": expected prefix "user", found " user"; the string starts with whitespace: trim it"#
    );
    assert_eq!(
        message("user_01h455vb4pex5vsknk084sn02q\n"),
        r#"invalid UserId "user_01h455vb4pex5vsknk084sn02q\n": the suffix after the last '_' has 27 characters, expected 26; the string ends with whitespace: trim it"#
    );
    assert_eq!(
        message("\tuser_01h455vb4pex5vsknk084sn02q "),
        r#"invalid UserId "\tuser_01h455vb4pex5vsknk084sn02q ": expected prefix "user", found "\tuser"; the string starts and ends with whitespace: trim it"#
    );
    let err = UserId::parse("user_01h455vb4pex5vsknk084sn02q\n").expect_err("a newline");
    assert_eq!(
        err.kind(),
        ParseIdErrorKind::Length,
        "the hint does not change the kind"
    );
}

#[test]
fn prefix_lengths_count_characters_and_non_ascii_is_a_character_error() {
    let err = AnyId::new(&"a".repeat(64), Uuid::nil()).expect_err("64 letters");
    assert!(
        err.to_string()
            .ends_with("the prefix has 64 characters, more than the 63 allowed"),
        "{err}"
    );
    // 40 characters in 80 bytes: within the limit, and not letters a-z.
    let err = AnyId::new(&"é".repeat(40), Uuid::nil()).expect_err("not a-z");
    assert_eq!(err.kind(), ParseIdErrorKind::InvalidPrefix);
    assert_eq!(err.index(), Some(0));
    assert!(
        err.to_string().contains("character 'é' at index 0"),
        "{err}"
    );
}

#[test]
fn bad_character_and_its_index() {
    assert_eq!(
        message("user_01h455vb4pex5vsknk084sn0iq"),
        r#"invalid UserId "user_01h455vb4pex5vsknk084sn0iq": invalid character 'i' at index 29; the suffix alphabet is 0-9 and a-z without i, l, o and u"#
    );
    assert_eq!(
        message("user_01H455vb4pex5vsknk084sn02q"),
        r#"invalid UserId "user_01H455vb4pex5vsknk084sn02q": uppercase character 'H' at index 7; TypeID suffixes are lowercase"#
    );
}

#[test]
fn overflow() {
    assert_eq!(
        message("user_81h455vb4pex5vsknk084sn02q"),
        r#"invalid UserId "user_81h455vb4pex5vsknk084sn02q": the suffix starts with '8' at index 5, above '7', so it does not fit in 128 bits"#
    );
}

#[test]
fn lengths() {
    assert_eq!(
        message("user_01h455vb4pex5vsknk084sn02"),
        r#"invalid UserId "user_01h455vb4pex5vsknk084sn02": the suffix after the last '_' has 25 characters, expected 26"#
    );
    assert_eq!(
        message(""),
        r#"invalid UserId "": the string is empty; expected 31 characters ("user_" and a 26-character suffix)"#
    );
    assert_eq!(
        message("user_0"),
        r#"invalid UserId "user_0": the suffix after the last '_' has 1 character, expected 26"#
    );
}

#[test]
fn bare_uuid_hint() {
    assert_eq!(
        message("01890a5d-ac96-774b-bcce-b302099a8057"),
        r#"invalid UserId "01890a5d-ac96-774b-bcce-b302099a8057": this is a bare UUID, not a TypeID; its TypeID is "user_01h455vb4pex5vsknk084sn02q" (convert a UUID explicitly with UserId::from_uuid)"#
    );
}

#[test]
fn a_huge_input_fails_at_once_and_is_not_copied_whole() {
    let huge = "u".repeat(1 << 20);
    let err = UserId::parse(&huge).expect_err("1 MB");
    assert_eq!(err.kind(), ParseIdErrorKind::Length);
    let text = err.to_string();
    assert!(text.ends_with("… (1048576 bytes): expected 31 characters (\"user_\" and a 26-character suffix), found 1048576 bytes"), "{text}");
    assert!(
        text.len() < 300,
        "the message quotes a bounded part of the input"
    );
    let err = AnyId::parse(&huge).expect_err("1 MB");
    assert!(
        err.to_string()
            .ends_with("1048576 bytes is longer than any TypeID can be (90 characters)"),
        "{err}"
    );
}

#[test]
fn quoting_stops_at_a_character_boundary() {
    let input = "é".repeat(60);
    let err = UserId::parse(&input).expect_err("not an ID");
    assert!(
        err.to_string()
            .starts_with(&format!("invalid UserId \"{}\"…", "é".repeat(50))),
        "{err}"
    );
}

#[test]
fn any_id_prefix_rules() {
    let err = AnyId::parse("us3r_01h455vb4pex5vsknk084sn02q").expect_err("digit");
    assert_eq!(
        err.to_string(),
        r#"invalid TypeID "us3r_01h455vb4pex5vsknk084sn02q": digit character '3' at index 2 in the prefix; a prefix holds only a-z and '_'"#
    );
    let err = AnyId::parse("_01h455vb4pex5vsknk084sn02q").expect_err("lone separator");
    assert!(
        err.to_string().ends_with(
            "the string starts with the separator '_'; an empty prefix is written without it"
        ),
        "{err}"
    );
    let err = AnyId::new("user_", Uuid::nil()).expect_err("trailing underscore");
    assert_eq!(
        err.to_string(),
        r#"invalid TypeID prefix "user_": the prefix ends with '_'"#
    );
}

#[test]
fn errors_are_data() {
    let err = UserId::parse("org_01h455vb4pex5vsknk084sn02q").expect_err("wrong kind");
    assert_eq!(err.type_name(), "UserId");
    assert_eq!(err.expected_prefix(), Some("user"));
    assert_eq!(err.found_prefix(), Some("org"));
    assert_eq!(err.index(), None);
    let boxed: Box<dyn std::error::Error + Send + Sync> = Box::new(err);
    assert!(boxed.to_string().contains("UserId"));
}

#[test]
fn an_extra_separator_is_part_of_the_prefix() {
    let err = UserId::parse("user__01h455vb4pex5vsknk084sn02q").expect_err("double separator");
    assert_eq!(err.kind(), ParseIdErrorKind::WrongPrefix);
    assert_eq!(err.found_prefix(), Some("user_"));
    let err = UserId::parse("user_abc_01h455vb4pex5vsknk084sn02q").expect_err("inner separator");
    assert_eq!(err.found_prefix(), Some("user_abc"));
    let err = UserId::parse("user_01h455vb4pex5vsknk084sn02q_").expect_err("trailing separator");
    assert_eq!(err.found_prefix(), Some("user_01h455vb4pex5vsknk084sn02q"));
}

#[test]
fn a_lone_separator_reads_as_an_empty_prefix() {
    assert_eq!(
        message("_01h455vb4pex5vsknk084sn02q"),
        r#"invalid UserId "_01h455vb4pex5vsknk084sn02q": expected prefix "user", found """#
    );
    assert_eq!(
        message("_"),
        r#"invalid UserId "_": expected prefix "user", found """#
    );
}

#[test]
fn a_non_ascii_suffix_names_the_character() {
    // 26 characters, 27 bytes: the message points at the character, not at a count.
    let input = "user_01h455vb4pex5vsknk084sn0é";
    let err = UserId::parse(input).expect_err("non-ASCII");
    assert_eq!(err.kind(), ParseIdErrorKind::InvalidCharacter);
    assert_eq!(err.index(), Some(29));
    assert!(
        err.to_string().ends_with(
            "invalid character 'é' at index 29; the suffix alphabet is 0-9 and a-z without i, l, o and u"
        ),
        "{err}"
    );
}

#[test]
fn uppercase_letters_outside_the_alphabet_are_not_told_to_be_lowercase() {
    let err = UserId::parse("user_01h455vb4pex5vsknk084sn0Iq").expect_err("uppercase I");
    assert!(
        err.to_string().ends_with(
            "invalid character 'I' at index 29; the suffix alphabet is 0-9 and a-z without i, l, o and u"
        ),
        "{err}"
    );
}

/// Found by fuzzing: control characters are escaped in the quote (`\u{16}`, six characters for
/// one byte), so a message is longer than its input's quoted part. It still has a bound that
/// does not depend on the input's length: 100 quoted bytes and an 89-byte prefix at six
/// characters each, and a sentence.
#[test]
fn messages_have_a_bound_whatever_the_input() {
    let fuzzed = [&[0x41][..], &[0x16; 49], &[0x8f, 0x5f]].concat();
    let fuzzed = String::from_utf8_lossy(&fuzzed).into_owned();
    let worst = format!("{}_{}", "\u{16}".repeat(89), "\u{16}".repeat(20));
    for input in [fuzzed, worst, "\u{16}".repeat(1 << 20), "\u{85}".repeat(45)] {
        for err in [
            UserId::parse(&input).expect_err("invalid"),
            AnyId::parse(&input).expect_err("invalid"),
        ] {
            let message = err.to_string();
            assert!(message.len() <= 2048, "{} bytes: {message}", message.len());
        }
    }
}
