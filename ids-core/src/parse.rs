//! Reading the full text form, `prefix_suffix`: the fast path for one expected prefix, and the
//! complete check that explains every rejection.

use crate::codec::{self, SUFFIX_LEN, SuffixError};
use crate::error::{ParseIdError, Reason};
use crate::{IdBuf, Uuid, prefix};

/// Parses `input` as an ID with exactly `prefix`; `subject` names the type for errors. With
/// `accept_bare_uuid`, a bare UUID (hyphenated or simple, any case) is accepted too.
#[inline]
pub(crate) fn typed(
    input: &str,
    prefix: &'static str,
    subject: &'static str,
    accept_bare_uuid: bool,
) -> Result<Uuid, ParseIdError> {
    if let Some(suffix) = suffix_after(input, prefix) {
        if let Ok(suffix) = <&[u8; SUFFIX_LEN]>::try_from(suffix.as_bytes()) {
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

/// What follows `prefix` and its separator in `input`, if `input` starts with them.
fn suffix_after<'a>(input: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = input.strip_prefix(prefix)?;
    if prefix.is_empty() {
        Some(rest)
    } else {
        rest.strip_prefix('_')
    }
}

/// The complete check, in the order that gives the most useful message: length before any
/// scan, then a bare UUID, the prefix (everything before the last '_'), the suffix's length
/// and finally its characters.
#[cold]
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
