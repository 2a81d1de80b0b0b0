//! [`ParseIdError`]: what was wrong with a string that should have been an ID, as data
//! ([`ParseIdErrorKind`], [`ParseIdError::index`], the prefixes) and as one sentence (`Display`).

use std::fmt;

use crate::text::codec;
use crate::text::prefix::PrefixRule;
use crate::{IdBuf, Uuid};

/// How much of a rejected input an error keeps to quote back.
const QUOTE_LIMIT: usize = 100;

/// What kind of mistake a [`ParseIdError`] reports, for callers that branch on it.
///
/// New kinds may be added; match with a wildcard arm.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseIdErrorKind {
    /// The input is the empty string.
    Empty,
    /// The input, or its suffix, has the wrong length.
    Length,
    /// The prefix breaks a TypeID rule (characters, length, underscores at its ends), or the
    /// input starts with a separator and has no prefix.
    InvalidPrefix,
    /// Not the prefix the expected type has: an ID of another kind, or a typo in the prefix.
    /// Only parsing into one particular type reports it; [`AnyId`](crate::AnyId) checks the
    /// prefix's form instead ([`InvalidPrefix`](Self::InvalidPrefix)).
    WrongPrefix,
    /// A character outside the suffix alphabet; [`ParseIdError::index`] says where.
    InvalidCharacter,
    /// The suffix's first character is above `7`, so the value does not fit in 128 bits.
    Overflow,
    /// A bare UUID where a TypeID was expected.
    BareUuid,
}

/// The detailed reason, with what the message needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reason {
    Empty,
    TooLong { found: usize },
    SuffixLength { found: usize, separated: bool },
    Prefix(PrefixRule),
    SeparatorWithoutPrefix,
    WrongPrefix { found: Option<Box<str>> },
    Character { found: char, index: usize },
    Overflow { found: char, index: usize },
    BareUuid(Uuid),
}

/// A string was not a valid ID of the expected type.
///
/// `Display` gives one sentence that names the expected type and says what is wrong and where:
///
/// ```
/// use ids_core::{EntityId, ParseIdErrorKind, Uuid};
///
/// #[derive(EntityId)]
/// #[entity_id(prefix = "user")]
/// struct UserId(Uuid);
///
/// let err = UserId::parse("org_01h455vb4pex5vsknk084sn02q").unwrap_err();
/// assert_eq!(err.kind(), ParseIdErrorKind::WrongPrefix);
/// assert_eq!(err.found_prefix(), Some("org"));
/// assert_eq!(
///     err.to_string(),
///     r#"invalid UserId "org_01h455vb4pex5vsknk084sn02q": expected prefix "user", found "org""#,
/// );
///
/// let err = UserId::parse("user_01h455vb4pex5vsknk084sn0Iq").unwrap_err();
/// assert_eq!(err.kind(), ParseIdErrorKind::InvalidCharacter);
/// assert_eq!(err.index(), Some(29));
/// ```
// Boxed: parsing returns `Result<Id, ParseIdError>` on its hot path, and a pointer-sized error
// keeps that result small. The error path allocates anyway, for the quoted input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseIdError(Box<Details>);

#[derive(Debug, Clone, PartialEq, Eq)]
struct Details {
    subject: &'static str,
    expected_prefix: Option<&'static str>,
    input: Box<str>,
    input_len: usize,
    /// Whether the whole input starts or ends with whitespace, which the quote may not show.
    padded: Padding,
    reason: Reason,
}

/// Where an input has whitespace around it: copied text often brings a space or a newline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Padding {
    None,
    Leading,
    Trailing,
    Both,
}

impl Padding {
    fn of(input: &str) -> Padding {
        let leading = input.starts_with(char::is_whitespace);
        let trailing = input.ends_with(char::is_whitespace);
        match (leading, trailing) {
            (false, false) => Padding::None,
            (true, false) => Padding::Leading,
            (false, true) => Padding::Trailing,
            (true, true) => Padding::Both,
        }
    }
}

impl ParseIdError {
    /// `subject` names what was expected (`"UserId"`, `"TypeID"`); `expected_prefix` is set
    /// when one particular prefix was expected.
    #[cold]
    pub(crate) fn new(
        subject: &'static str,
        expected_prefix: Option<&'static str>,
        input: &str,
        reason: Reason,
    ) -> Self {
        let mut end = input.len().min(QUOTE_LIMIT);
        while !input.is_char_boundary(end) {
            end -= 1;
        }
        ParseIdError(Box::new(Details {
            subject,
            expected_prefix,
            input: input[..end].into(),
            input_len: input.len(),
            padded: Padding::of(input),
            reason,
        }))
    }

    /// What kind of mistake this is.
    pub fn kind(&self) -> ParseIdErrorKind {
        match self.0.reason {
            Reason::Empty => ParseIdErrorKind::Empty,
            Reason::TooLong { .. } | Reason::SuffixLength { .. } => ParseIdErrorKind::Length,
            Reason::Prefix(_) | Reason::SeparatorWithoutPrefix => ParseIdErrorKind::InvalidPrefix,
            Reason::WrongPrefix { .. } => ParseIdErrorKind::WrongPrefix,
            Reason::Character { .. } => ParseIdErrorKind::InvalidCharacter,
            Reason::Overflow { .. } => ParseIdErrorKind::Overflow,
            Reason::BareUuid(_) => ParseIdErrorKind::BareUuid,
        }
    }

    /// The byte index in the input of the first offending character, where there is one.
    pub fn index(&self) -> Option<usize> {
        match self.0.reason {
            Reason::Character { index, .. } | Reason::Overflow { index, .. } => Some(index),
            Reason::Prefix(PrefixRule::Character(index)) => Some(index),
            _ => None,
        }
    }

    /// The name of the type that was expected, such as `"UserId"`, or `"TypeID"` for
    /// [`AnyId`](crate::AnyId).
    pub fn type_name(&self) -> &'static str {
        self.0.subject
    }

    /// The prefix the expected type has, when one particular prefix was expected.
    pub fn expected_prefix(&self) -> Option<&'static str> {
        self.0.expected_prefix
    }

    /// The prefix found in place of the expected one, for [`ParseIdErrorKind::WrongPrefix`].
    /// `None` also when the input had no prefix at all.
    pub fn found_prefix(&self) -> Option<&str> {
        match &self.0.reason {
            Reason::WrongPrefix { found } => found.as_deref(),
            _ => None,
        }
    }

    fn describe(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0.reason {
            Reason::Empty => match self.0.expected_prefix {
                Some(prefix) => write!(f, "the string is empty; expected {}", Shape(prefix)),
                None => f.write_str("the string is empty"),
            },
            Reason::TooLong { found } => match self.0.expected_prefix {
                Some(prefix) => write!(f, "expected {}, found {found} bytes", Shape(prefix)),
                None => write!(
                    f,
                    "{found} bytes is longer than any TypeID can be ({} characters)",
                    IdBuf::CAPACITY
                ),
            },
            Reason::SuffixLength { found, separated } => {
                let plural = if *found == 1 { "" } else { "s" };
                if *separated {
                    write!(
                        f,
                        "the suffix after the last '_' has {found} character{plural}, expected 26"
                    )
                } else {
                    write!(
                        f,
                        "expected a 26-character suffix, found {found} character{plural}"
                    )
                }
            }
            // The prefix starts the input, so the rule's index points into it.
            Reason::Prefix(rule) => f.write_str(&rule.describe(&self.0.input)),
            Reason::SeparatorWithoutPrefix => f.write_str(
                "the string starts with the separator '_'; an empty prefix is written without it",
            ),
            Reason::WrongPrefix { found } => {
                let expected = self.0.expected_prefix.unwrap_or("");
                if found.is_none() && *self.0.input == *expected {
                    // The bare prefix, as a caller that split the ID itself might pass.
                    return write!(f, "this is the prefix alone; expected {}", Shape(expected));
                }
                match expected {
                    "" => f.write_str("expected no prefix, found ")?,
                    prefix => write!(f, "expected prefix {prefix:?}, found ")?,
                }
                match found {
                    Some(found) if found.to_ascii_lowercase() == expected => {
                        write!(f, "{found:?}; TypeID prefixes are lowercase")
                    }
                    Some(found) => write!(f, "{found:?}"),
                    None => f.write_str("none (the string has no '_')"),
                }
            }
            Reason::Character { found, index } => {
                if found.is_ascii_uppercase() && codec::in_alphabet(found.to_ascii_lowercase()) {
                    write!(
                        f,
                        "uppercase character {found:?} at index {index}; TypeID suffixes are lowercase"
                    )
                } else {
                    write!(
                        f,
                        "invalid character {found:?} at index {index}; the suffix alphabet is \
                         0-9 and a-z without i, l, o and u"
                    )
                }
            }
            Reason::Overflow { found, index } => write!(
                f,
                "the suffix starts with {found:?} at index {index}, above '7', so it does not \
                 fit in 128 bits"
            ),
            Reason::BareUuid(uuid) => match self.0.expected_prefix {
                Some(prefix) => write!(
                    f,
                    "this is a bare UUID, not a TypeID; its TypeID is \"{}\" (convert a UUID \
                     explicitly with {}::from_uuid)",
                    IdBuf::new(prefix, *uuid),
                    self.0.subject
                ),
                None => write!(
                    f,
                    "this is a bare UUID, not a TypeID; with no prefix its TypeID is \"{}\"",
                    IdBuf::new("", *uuid)
                ),
            },
        }
    }
}

impl fmt::Display for ParseIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid {} {:?}", self.0.subject, self.0.input)?;
        if self.0.input_len > self.0.input.len() {
            write!(f, "… ({} bytes)", self.0.input_len)?;
        }
        f.write_str(": ")?;
        self.describe(f)?;
        match self.0.padded {
            Padding::None => Ok(()),
            Padding::Leading => f.write_str("; the string starts with whitespace: trim it"),
            Padding::Trailing => f.write_str("; the string ends with whitespace: trim it"),
            Padding::Both => f.write_str("; the string starts and ends with whitespace: trim it"),
        }
    }
}

impl std::error::Error for ParseIdError {}

/// `31 characters ("user_" and a 26-character suffix)`, or for the empty prefix
/// `26 characters (a suffix and no prefix)`.
struct Shape(&'static str);

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let len = IdBuf::len_for(self.0);
        match self.0 {
            "" => write!(f, "{len} characters (a suffix and no prefix)"),
            prefix => write!(
                f,
                "{len} characters (\"{prefix}_\" and a 26-character suffix)"
            ),
        }
    }
}
