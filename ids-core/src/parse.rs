//! Reading the full text form, `prefix_suffix`: the fast path for one expected prefix, and the
//! complete check that explains every rejection.

use crate::codec::{self, SUFFIX_LEN, SuffixError};
use crate::error::{ParseIdError, Reason};
use crate::{IdBuf, Uuid, prefix};

/// Parses `input` as an ID with exactly `prefix`; `subject` names the type for errors. With
/// `accept_bare_uuid`, a bare UUID (hyphenated or simple, any case) is accepted too.
///
/// Inlined into each type's `parse`, where `prefix` is a constant: the length test and the
/// prefix comparison then compile to a few instructions, and only a valid ID's suffix is
/// decoded before anything else is looked at.
#[inline(always)]
pub(crate) fn typed(
    input: &str,
    prefix: &'static str,
    subject: &'static str,
    accept_bare_uuid: bool,
) -> Result<Uuid, ParseIdError> {
    let bytes = input.as_bytes();
    let start = IdBuf::len_for(prefix) - SUFFIX_LEN;
    if bytes.len() == start + SUFFIX_LEN
        && bytes[..prefix.len()] == *prefix.as_bytes()
        && (prefix.is_empty() || bytes[prefix.len()] == b'_')
    {
        if let Ok(suffix) = <&[u8; SUFFIX_LEN]>::try_from(&bytes[start..]) {
            if let Ok(value) = codec::decode(suffix) {
                return Ok(Uuid::from_u128(value));
            }
        }
    }
    full(input, Some(prefix), subject, accept_bare_uuid).map(|(_, uuid)| uuid)
}

/// Parses `input` as a TypeID with any valid prefix, returning the prefix and the UUID.
pub(crate) fn any(input: &str) -> Result<(&str, Uuid), ParseIdError> {
    full(input, None, "TypeID", false)
}

/// The complete check, in the order that gives the most useful message: length before any
/// scan, then a bare UUID, the prefix (everything before the last '_'), the suffix's length
/// and finally its characters.
#[cold]
#[inline(never)]
fn full<'a>(
    input: &'a str,
    expected: Option<&'static str>,
    subject: &'static str,
    accept_bare_uuid: bool,
) -> Result<(&'a str, Uuid), ParseIdError> {
    let fail = |reason| ParseIdError::new(subject, expected, input, reason);
    if input.is_empty() {
        return Err(fail(Reason::Empty));
    }
    if input.len() > IdBuf::CAPACITY {
        return Err(fail(Reason::TooLong { found: input.len() }));
    }
    if let Some(uuid) = bare_uuid(input) {
        return if accept_bare_uuid {
            Ok(("", uuid))
        } else {
            Err(fail(Reason::BareUuid(uuid)))
        };
    }

    let (found, suffix) = match input.rsplit_once('_') {
        Some((found, suffix)) => (Some(found), suffix),
        None => (None, input),
    };
    match (expected, found) {
        (None | Some(""), Some("")) => return Err(fail(Reason::SeparatorWithoutPrefix)),
        (Some(""), None) => {}
        (Some(expected), Some(found)) if expected == found => {}
        (Some(_), found) => {
            return Err(fail(Reason::WrongPrefix {
                found: found.map(Into::into),
            }));
        }
        (None, Some(found)) => {
            prefix::check(found.as_bytes()).map_err(|rule| fail(Reason::Prefix(rule)))?
        }
        (None, None) => {}
    }

    let suffix_start = input.len() - suffix.len();
    let character = |at: usize| {
        (
            suffix[at..].chars().next().unwrap_or('?'),
            suffix_start + at,
        )
    };
    let Ok(bytes) = <&[u8; SUFFIX_LEN]>::try_from(suffix.as_bytes()) else {
        // A suffix is ASCII: name the first character that is not, or else count.
        return Err(fail(match suffix.bytes().position(|b| !b.is_ascii()) {
            Some(at) => {
                let (found, index) = character(at);
                Reason::Character { found, index }
            }
            None => Reason::SuffixLength {
                found: suffix.len(),
                separated: found.is_some(),
            },
        }));
    };
    // Every byte before a reported index is ASCII, so the index is a character boundary.
    let value = codec::decode(bytes).map_err(|err| {
        fail(match err {
            SuffixError::Character(at) => {
                let (found, index) = character(at);
                Reason::Character { found, index }
            }
            SuffixError::Overflow => {
                let (found, index) = character(0);
                Reason::Overflow { found, index }
            }
        })
    })?;
    Ok((found.unwrap_or(""), Uuid::from_u128(value)))
}

/// The UUID, if `input` is a bare UUID in hyphenated or simple form.
fn bare_uuid(input: &str) -> Option<Uuid> {
    match input.len() {
        32 | 36 => Uuid::try_parse(input).ok(),
        _ => None,
    }
}

/// Why an `id!` literal is not an ID of its type; a constant panics with it at compile time.
const LITERAL_PREFIX: &str =
    "id!: the literal does not start with the type's prefix and '_' (an empty prefix has no '_')";
const LITERAL_LENGTH: &str = "id!: the suffix after the prefix must be 26 characters";
const LITERAL_CHARACTER: &str =
    "id!: the suffix has a character outside 0-9 and lowercase a-z without i, l, o and u";
const LITERAL_OVERFLOW: &str = "id!: the suffix starts above '7', so it does not fit in 128 bits";

/// Parses `input` as an ID with `prefix` in a constant, for `id!`. The same rules as
/// [`typed`] without bare UUIDs, with a fixed message per mistake because constants cannot
/// format.
pub const fn literal(input: &str, prefix: &str) -> Result<Uuid, &'static str> {
    let (bytes, prefix) = (input.as_bytes(), prefix.as_bytes());
    let mut i = 0;
    while i < prefix.len() {
        if i >= bytes.len() || bytes[i] != prefix[i] {
            return Err(LITERAL_PREFIX);
        }
        i += 1;
    }
    let start = if prefix.is_empty() {
        0
    } else if bytes.len() > prefix.len() && bytes[prefix.len()] == b'_' {
        prefix.len() + 1
    } else {
        return Err(LITERAL_PREFIX);
    };
    if bytes.len() != start + SUFFIX_LEN {
        return Err(LITERAL_LENGTH);
    }
    let mut suffix = [0; SUFFIX_LEN];
    let mut j = 0;
    while j < SUFFIX_LEN {
        suffix[j] = bytes[start + j];
        j += 1;
    }
    match codec::decode(&suffix) {
        Ok(value) => Ok(Uuid::from_u128(value)),
        Err(SuffixError::Character(_)) => Err(LITERAL_CHARACTER),
        Err(SuffixError::Overflow) => Err(LITERAL_OVERFLOW),
    }
}
