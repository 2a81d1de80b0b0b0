//! The TypeID suffix: 128 bits written as 26 characters of Crockford's base32 alphabet in
//! lowercase, with two zero bits in front so that 130 bits split into 26 groups of five.
//!
//! Both directions are `const fn` and allocation-free, and work on 64-bit pieces of the value
//! rather than on the whole `u128`: encoding writes two characters per table lookup, decoding
//! branches only once, after all 26 characters.

/// Characters in a suffix.
pub(crate) const SUFFIX_LEN: usize = 26;

pub(crate) const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

const INVALID: u8 = u8::MAX;

/// Maps a byte to its five-bit value, or [`INVALID`]. Only the lowercase alphabet maps: TypeID
/// is stricter than Crockford's base32 and accepts no uppercase and no look-alike letters.
const DECODE: [u8; 256] = {
    let mut table = [INVALID; 256];
    let mut i = 0;
    while i < ALPHABET.len() {
        table[ALPHABET[i] as usize] = i as u8;
        i += 1;
    }
    table
};

/// Every pair of characters, indexed by the ten bits they encode.
const PAIRS: [[u8; 2]; 1024] = {
    let mut table = [[0; 2]; 1024];
    let mut i = 0;
    while i < 1024 {
        table[i] = [ALPHABET[i >> 5], ALPHABET[i & 0x1f]];
        i += 1;
    }
    table
};

/// Whether `c` is one of the 32 suffix characters.
pub(crate) fn in_alphabet(c: char) -> bool {
    c.is_ascii() && DECODE[c as usize] != INVALID
}

/// Why a suffix did not decode. Indices count from the start of the suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SuffixError {
    /// The byte at this index is not in the alphabet.
    Character(usize),
    /// The first character is above `7`: the value would need more than 128 bits.
    Overflow,
}

/// Writes `value` as a 26-character suffix into `out`.
#[inline]
pub(crate) const fn encode_into(value: u128, out: &mut [u8; SUFFIX_LEN]) {
    // Thirteen pairs of characters, ten bits each, from the last pair back. The value is cut
    // into pieces that u64 arithmetic handles: bits 0..60 and 60..120 are six pairs each, and
    // bits 120..128 (with the two zero padding bits above them) the first pair.
    let pieces = [
        (value >> 120) as u64,
        (value >> 60) as u64 & LOW_60,
        value as u64 & LOW_60,
    ];
    let mut i = 0;
    while i < 3 {
        let (mut bits, first, pairs) = match i {
            0 => (pieces[0], 0, 1),
            1 => (pieces[1], 1, 6),
            _ => (pieces[2], 7, 6),
        };
        let mut pair = first + pairs;
        while pair > first {
            pair -= 1;
            let [a, b] = PAIRS[(bits & 0x3ff) as usize];
            out[2 * pair] = a;
            out[2 * pair + 1] = b;
            bits >>= 10;
        }
        i += 1;
    }
}

const LOW_60: u64 = (1 << 60) - 1;

/// `value` as a 26-character suffix.
#[cfg(test)]
pub(crate) const fn encode(value: u128) -> [u8; SUFFIX_LEN] {
    let mut out = [0; SUFFIX_LEN];
    encode_into(value, &mut out);
    out
}

/// Reads a 26-character suffix.
#[inline]
pub(crate) const fn decode(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
    // Without a branch per character: valid digits are below 32 and INVALID has its top bit
    // set, so OR-ing every looked-up value tells at the end whether any was invalid (and the
    // pieces, garbled by an invalid value, are then thrown away). The first 13 characters hold
    // 63 bits and the next 12 hold 60, so each piece adds up in a u64.
    let mut seen = 0;
    let mut high: u64 = 0;
    let mut i = 0;
    while i < 13 {
        let digit = DECODE[suffix[i] as usize];
        seen |= digit;
        high = (high << 5) | digit as u64;
        i += 1;
    }
    let mut middle: u64 = 0;
    while i < 25 {
        let digit = DECODE[suffix[i] as usize];
        seen |= digit;
        middle = (middle << 5) | digit as u64;
        i += 1;
    }
    let last = DECODE[suffix[25] as usize];
    seen |= last;
    if seen & 0x80 != 0 {
        return Err(SuffixError::Character(first_invalid(suffix)));
    }
    // The first character carries the two padding bits; anything above `7` sets one of them.
    // Checked after the characters, so that a bad character anywhere is reported first.
    if DECODE[suffix[0] as usize] > 7 {
        return Err(SuffixError::Overflow);
    }
    Ok(((high as u128) << 65) | ((middle as u128) << 5) | (last & 0x1f) as u128)
}

/// The index of the first character outside the alphabet; `suffix` has one.
#[cold]
const fn first_invalid(suffix: &[u8; SUFFIX_LEN]) -> usize {
    let mut i = 0;
    while i < SUFFIX_LEN && DECODE[suffix[i] as usize] != INVALID {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(v: u128) -> String {
        String::from_utf8(encode(v).to_vec()).unwrap_or_default()
    }

    fn dec(s: &str) -> Result<u128, SuffixError> {
        let bytes: &[u8; SUFFIX_LEN] =
            s.as_bytes().try_into().map_err(|_| SuffixError::Overflow)?;
        decode(bytes)
    }

    #[test]
    fn nil_one_and_max() {
        assert_eq!(enc(0), "00000000000000000000000000");
        assert_eq!(enc(1), "00000000000000000000000001");
        assert_eq!(enc(32), "00000000000000000000000010");
        assert_eq!(enc(u128::MAX), "7zzzzzzzzzzzzzzzzzzzzzzzzz");
        assert_eq!(dec("7zzzzzzzzzzzzzzzzzzzzzzzzz"), Ok(u128::MAX));
    }

    #[test]
    fn every_bit_survives_a_round_trip() {
        for bit in 0..128 {
            let v = 1u128 << bit;
            assert_eq!(dec(&enc(v)), Ok(v), "bit {bit}");
            assert_eq!(dec(&enc(!v)), Ok(!v), "all but bit {bit}");
        }
    }

    #[test]
    fn rejects_what_is_not_in_the_alphabet() {
        for (i, bad) in ["i", "l", "o", "u", "A", "Z", "-", " ", "\0"]
            .iter()
            .enumerate()
        {
            let mut s = "00000000000000000000000000".to_owned();
            let at = (i * 3) % SUFFIX_LEN;
            s.replace_range(at..at + 1, bad);
            assert_eq!(dec(&s), Err(SuffixError::Character(at)), "{s:?}");
        }
    }

    #[test]
    fn rejects_a_first_character_above_seven() {
        assert_eq!(
            dec("80000000000000000000000000"),
            Err(SuffixError::Overflow)
        );
        assert_eq!(
            dec("zzzzzzzzzzzzzzzzzzzzzzzzzz"),
            Err(SuffixError::Overflow)
        );
    }
}
