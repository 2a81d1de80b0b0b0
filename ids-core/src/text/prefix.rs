//! The TypeID prefix rules: 0 to 63 characters of `a-z` and `_`, starting and ending with a
//! letter. An empty prefix is valid and is written without a separator.
//!
//! The checks are `const fn` so that literal IDs and prefixes can be validated at compile time.

/// The longest prefix TypeID allows.
pub const MAX_PREFIX_LEN: usize = 63;

/// Which TypeID prefix rule a string breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PrefixRule {
    /// More than [`MAX_PREFIX_LEN`] characters; holds the length found.
    TooLong(usize),
    /// A byte outside `a-z` and `_` at this index.
    Character(usize),
    /// The prefix starts with `_`.
    LeadingUnderscore,
    /// The prefix ends with `_`.
    TrailingUnderscore,
}

impl PrefixRule {
    /// One clause describing the broken rule, for error messages; `input` starts with the
    /// prefix the rule was found in.
    pub(crate) fn describe(self, input: &str) -> String {
        match self {
            PrefixRule::TooLong(len) => {
                format!("the prefix has {len} characters, more than the {MAX_PREFIX_LEN} allowed")
            }
            PrefixRule::Character(index) => {
                let found = input
                    .get(index..)
                    .and_then(|s| s.chars().next())
                    .unwrap_or('?');
                let class = if found.is_ascii_uppercase() {
                    "uppercase "
                } else if found.is_ascii_digit() {
                    "digit "
                } else {
                    ""
                };
                format!(
                    "{class}character {found:?} at index {index} in the prefix; a prefix holds only a-z and '_'"
                )
            }
            PrefixRule::LeadingUnderscore => "the prefix starts with '_'".to_owned(),
            PrefixRule::TrailingUnderscore => "the prefix ends with '_'".to_owned(),
        }
    }
}

/// Checks `prefix` against the TypeID rules; the empty prefix is valid.
///
/// Characters are checked before the length, so that the length is only ever reported for a
/// prefix of ASCII letters, where bytes and characters are the same count.
pub(crate) const fn check(prefix: &[u8]) -> Result<(), PrefixRule> {
    let mut i = 0;
    while i < prefix.len() {
        let b = prefix[i];
        if !(b.is_ascii_lowercase() || b == b'_') {
            return Err(PrefixRule::Character(i));
        }
        i += 1;
    }
    if prefix.len() > MAX_PREFIX_LEN {
        return Err(PrefixRule::TooLong(prefix.len()));
    }
    match prefix {
        [] => Ok(()),
        [b'_', ..] => Err(PrefixRule::LeadingUnderscore),
        [.., b'_'] => Err(PrefixRule::TrailingUnderscore),
        _ => Ok(()),
    }
}

/// Whether `prefix` is a valid TypeID prefix: at most 63 characters of `a-z` and `_`, starting
/// and ending with a letter, or empty.
///
/// ```
/// use ids_core::is_valid_prefix;
///
/// assert!(is_valid_prefix("user"));
/// assert!(is_valid_prefix("audit_record"));
/// assert!(is_valid_prefix(""));
/// assert!(!is_valid_prefix("User"));
/// assert!(!is_valid_prefix("user_"));
/// assert!(!is_valid_prefix("v2"));
/// ```
pub const fn is_valid_prefix(prefix: &str) -> bool {
    check(prefix.as_bytes()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_spec_shapes() {
        for ok in ["", "a", "user", "pre_fix", "a_b_c", &"a".repeat(63)] {
            assert_eq!(check(ok.as_bytes()), Ok(()), "{ok:?}");
        }
    }

    #[test]
    fn names_the_rule_broken() {
        assert_eq!(check(b"User"), Err(PrefixRule::Character(0)));
        assert_eq!(check(b"user2"), Err(PrefixRule::Character(4)));
        assert_eq!(check(b"us-er"), Err(PrefixRule::Character(2)));
        assert_eq!(check(b"_user"), Err(PrefixRule::LeadingUnderscore));
        assert_eq!(check(b"user_"), Err(PrefixRule::TrailingUnderscore));
        assert_eq!(check(b"_"), Err(PrefixRule::LeadingUnderscore));
        assert_eq!(
            check("a".repeat(64).as_bytes()),
            Err(PrefixRule::TooLong(64))
        );
        assert_eq!(check("é".as_bytes()), Err(PrefixRule::Character(0)));
        // 40 characters, 80 bytes: the character is the mistake, not the length.
        assert_eq!(
            check("é".repeat(40).as_bytes()),
            Err(PrefixRule::Character(0))
        );
        assert_eq!(
            check(format!("{}é", "a".repeat(70)).as_bytes()),
            Err(PrefixRule::Character(70))
        );
    }

    #[test]
    fn describes_each_rule() {
        assert_eq!(
            PrefixRule::Character(0).describe("User"),
            "uppercase character 'U' at index 0 in the prefix; a prefix holds only a-z and '_'"
        );
        assert!(
            PrefixRule::Character(4)
                .describe("user2")
                .starts_with("digit character '2'")
        );
        assert!(
            PrefixRule::TooLong(64)
                .describe("")
                .contains("64 characters")
        );
    }
}
