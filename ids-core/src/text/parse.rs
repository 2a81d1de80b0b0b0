//! Reading the full text form, `prefix_suffix`: the fast path for one expected prefix, and the
//! complete check that explains every rejection.

use crate::text::codec::{self, SUFFIX_LEN, SuffixError};
use crate::text::error::{ParseIdError, Reason};
use crate::text::prefix;
use crate::{IdBuf, Uuid};

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
    #[cfg(all(debug_assertions, feature = "registry"))]
    crate::registry::kinds::assert_unique_prefixes();
    let bytes = input.as_bytes();
    let start = IdBuf::len_for(prefix) - SUFFIX_LEN;
    if bytes.len() == start + SUFFIX_LEN
        && bytes[..prefix.len()] == *prefix.as_bytes()
        && (prefix.is_empty() || bytes[prefix.len()] == b'_')
        && let Ok(suffix) = <&[u8; SUFFIX_LEN]>::try_from(&bytes[start..])
        && let Ok(value) = codec::decode(suffix)
    {
        return Ok(Uuid::from_u128(value));
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

/// Why an `id!` literal is not an ID of its type: one sentence naming the literal, the type and
/// its prefix, written into a fixed buffer because a constant cannot allocate or format. A
/// constant panics with it, so it is the compile error the user reads.
pub struct LiteralError {
    text: [u8; LiteralError::CAPACITY],
    len: usize,
}

impl LiteralError {
    const CAPACITY: usize = 512;
    /// How much of the literal a message quotes.
    const QUOTE_LIMIT: usize = 100;

    /// The message.
    pub const fn as_str(&self) -> &str {
        match core::str::from_utf8(self.text.split_at(self.len).0) {
            Ok(text) => text,
            Err(_) => "id!: the literal is not an ID of this type",
        }
    }

    /// `id!: "<input>" is not a <Type>: ` and then `reason`.
    const fn new(input: &str, type_name: &str, reason: &[&str]) -> LiteralError {
        let mut error = LiteralError {
            text: [0; LiteralError::CAPACITY],
            len: 0,
        };
        error.push("id!: \"");
        error.push_quoted(input.as_bytes());
        error.push("\" is not a ");
        error.push(type_name);
        error.push(": ");
        let mut i = 0;
        while i < reason.len() {
            error.push(reason[i]);
            i += 1;
        }
        error
    }

    const fn push(&mut self, text: &str) {
        self.push_bytes(text.as_bytes());
    }

    /// The first [`QUOTE_LIMIT`](Self::QUOTE_LIMIT) bytes of `input`, cut at a character
    /// boundary, then `…` if anything was cut.
    const fn push_quoted(&mut self, input: &[u8]) {
        if input.len() <= LiteralError::QUOTE_LIMIT {
            self.push_bytes(input);
            return;
        }
        let mut end = LiteralError::QUOTE_LIMIT;
        // A UTF-8 continuation byte is 0b10xx_xxxx.
        while end > 0 && input[end] & 0xc0 == 0x80 {
            end -= 1;
        }
        self.push_bytes(input.split_at(end).0);
        self.push("…");
    }

    const fn push_bytes(&mut self, bytes: &[u8]) {
        let mut i = 0;
        while i < bytes.len() && self.len < LiteralError::CAPACITY {
            self.text[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
    }

    const fn push_count(&mut self, mut n: usize) {
        let mut digits = [0u8; 20];
        let mut count = 0;
        loop {
            digits[count] = b'0' + (n % 10) as u8;
            count += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        while count > 0 {
            count -= 1;
            self.push_bytes(&[digits[count]]);
        }
    }
}

/// Parses `input` as an ID with `prefix` in a constant, for `id!`; `type_name` names the type
/// in the error. The same rules as `typed`, without bare UUIDs.
#[expect(
    clippy::result_large_err,
    reason = "evaluated in constants only, where the message cannot be boxed"
)]
pub const fn literal(input: &str, prefix: &str, type_name: &str) -> Result<Uuid, LiteralError> {
    let bytes = input.as_bytes();
    let prefix_bytes = prefix.as_bytes();
    let mut i = 0;
    let mut matches = bytes.len() > prefix_bytes.len() || prefix_bytes.is_empty();
    while matches && i < prefix_bytes.len() {
        matches = bytes[i] == prefix_bytes[i];
        i += 1;
    }
    let start = if prefix_bytes.is_empty() {
        0
    } else {
        prefix_bytes.len() + 1
    };
    if !matches || (!prefix_bytes.is_empty() && bytes[prefix_bytes.len()] != b'_') {
        return Err(if prefix_bytes.is_empty() {
            LiteralError::new(
                input,
                type_name,
                &["expected a 26-character suffix with no prefix"],
            )
        } else {
            LiteralError::new(
                input,
                type_name,
                &[
                    "expected the prefix \"",
                    prefix,
                    "\" and '_' before the suffix",
                ],
            )
        });
    }
    if bytes.len() != start + SUFFIX_LEN {
        let mut error = LiteralError::new(
            input,
            type_name,
            &["the suffix must be 26 characters, found "],
        );
        error.push_count(bytes.len().saturating_sub(start));
        return Err(error);
    }
    let mut suffix = [0; SUFFIX_LEN];
    let mut j = 0;
    while j < SUFFIX_LEN {
        suffix[j] = bytes[start + j];
        j += 1;
    }
    match codec::decode(&suffix) {
        Ok(value) => Ok(Uuid::from_u128(value)),
        Err(SuffixError::Character(at)) => {
            let mut error = LiteralError::new(input, type_name, &["invalid character at index "]);
            error.push_count(start + at);
            error.push("; the suffix alphabet is 0-9 and lowercase a-z without i, l, o and u");
            Err(error)
        }
        Err(SuffixError::Overflow) => Err(LiteralError::new(
            input,
            type_name,
            &["the suffix starts above '7', so it does not fit in 128 bits"],
        )),
    }
}
