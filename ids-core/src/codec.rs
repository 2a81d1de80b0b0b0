//! The TypeID suffix: 128 bits written as 26 characters of Crockford's base32 alphabet in
//! lowercase, with two zero bits in front so that 130 bits split into 26 groups of five.
//!
//! Both directions are `const fn`, allocation-free and branch only on invalid input.

/// Characters in a suffix.
pub(crate) const SUFFIX_LEN: usize = 26;

const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

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

/// Writes `value` as a 26-character suffix.
pub(crate) const fn encode(value: u128) -> [u8; SUFFIX_LEN] {
    let mut out = [0; SUFFIX_LEN];
    let mut i = 0;
    while i < SUFFIX_LEN {
        // Character i holds bits 125 - 5i .. 130 - 5i; for i = 0 the top two of those are the
        // zero padding, so the shift leaves three bits.
        let shift = 125 - 5 * i as u32;
        out[i] = ALPHABET[((value >> shift) & 0x1f) as usize];
        i += 1;
    }
    out
}

/// Reads a 26-character suffix.
pub(crate) const fn decode(suffix: &[u8; SUFFIX_LEN]) -> Result<u128, SuffixError> {
    let mut value: u128 = 0;
    let mut i = 0;
    while i < SUFFIX_LEN {
        let digit = DECODE[suffix[i] as usize];
        if digit == INVALID {
            return Err(SuffixError::Character(i));
        }
        value = (value << 5) | digit as u128;
        i += 1;
    }
    // The first character carries the two padding bits; anything above `7` sets one of them.
    // Checked after the loop so that a bad character anywhere is reported first.
    if DECODE[suffix[0] as usize] > 7 {
        return Err(SuffixError::Overflow);
    }
    Ok(value)
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
