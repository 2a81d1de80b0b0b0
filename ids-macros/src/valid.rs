//! Checks on what the attributes say, each error at the tokens at fault: the TypeID prefix
//! rules (0 to 63 characters of `a-z` and `_`, starting and ending with a letter) on the
//! literal, and keys that only make sense together.

use syn::LitStr;

use crate::attr::{Attrs, Storage};
use crate::errors::Errors;
use crate::integrations::Home;

const MAX_PREFIX_LEN: usize = 63;

/// Records an error at `lit` naming the first rule its value breaks; true if it breaks none.
pub(crate) fn prefix(lit: &LitStr, errors: &mut Errors) -> bool {
    match broken_rule(&lit.value()) {
        None => true,
        Some(rule) => {
            errors.spanned(
                lit,
                format!("invalid TypeID prefix {:?}: {rule}", lit.value()),
            );
            false
        }
    }
}

/// The first rule `prefix` breaks, checked in the order `ids_core` checks them at run time:
/// characters first, so that a length is only reported for a prefix of ASCII letters.
fn broken_rule(prefix: &str) -> Option<String> {
    let rule = "a prefix holds only lowercase a-z and '_'";
    if let Some((index, c)) = prefix
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_lowercase() || c == '_'))
    {
        let lowercase = prefix.to_ascii_lowercase();
        return Some(
            if c.is_ascii_uppercase() && broken_rule(&lowercase).is_none() {
                format!("uppercase {c:?} at index {index}; {rule}: write {lowercase:?}")
            } else if c.is_ascii_uppercase() {
                format!("uppercase {c:?} at index {index}; {rule}")
            } else if c.is_ascii_digit() {
                format!("digit {c:?} at index {index}; {rule}")
            } else {
                format!("character {c:?} at index {index}; {rule}")
            },
        );
    }
    // Only ASCII letters and '_' are left, so bytes count characters.
    if prefix.len() > MAX_PREFIX_LEN {
        let len = prefix.len();
        return Some(format!(
            "it has {len} characters, more than the {MAX_PREFIX_LEN} allowed"
        ));
    }
    if prefix.starts_with('_') {
        return Some("it starts with '_'; a prefix starts with a letter".to_owned());
    }
    if prefix.ends_with('_') {
        return Some("it ends with '_'; a prefix ends with a letter".to_owned());
    }
    None
}

/// Records an error for each crate path given for an integration that is not on, such as
/// `sqlx_crate` without `sqlx`, where it would do nothing.
pub(crate) fn crate_paths(attrs: &Attrs, errors: &mut Errors) {
    for (integration, path) in &attrs.crate_paths {
        if let (None, Home::Crate { override_key, .. }) =
            (attrs.asked(integration), integration.home)
        {
            let key = integration.key;
            errors.spanned(
                path,
                format!(
                    "`{override_key}` does nothing without `{key}`; add `{key}` or \
                     `{key} = \"text\"`, or remove it"
                ),
            );
        }
    }
}

/// Records an error if `legacy_uuid` is given with text storage. An ID read from a row holding
/// a bare UUID would be written back as its TypeID, which is not the text in the row, so the ID
/// would not find its own row again: updates and deletes would match nothing, and inserts
/// would make a second row for the same entity.
pub(crate) fn legacy_text_storage(attrs: &Attrs, errors: &mut Errors) {
    let Some(legacy) = attrs.legacy_uuid else {
        return;
    };
    for asked in &attrs.integrations {
        if asked.storage == Some(Storage::Text) {
            let key = asked.integration.key;
            errors.push(syn::Error::new(
                legacy,
                format!(
                    "`legacy_uuid` cannot go with `{key} = \"text\"`: an ID read from a row \
                     holding a bare UUID would be bound as its TypeID and never find that row \
                     again. Convert the column to native storage first, in one statement \
                     (MIGRATION.md, \"Columns that hold UUIDs as text\"), and use `{key}` with \
                     `legacy_uuid`"
                ),
            ));
        }
    }
}

/// Records an error where two database integrations store the type differently: a type has
/// one column type, which the registry reports and every database layer reads.
pub(crate) fn one_storage(attrs: &Attrs, errors: &mut Errors) {
    let mut first: Option<(&str, Storage)> = None;
    for asked in &attrs.integrations {
        let Some(storage) = asked.storage.filter(|_| asked.integration.storage) else {
            continue;
        };
        match first {
            None => first = Some((asked.integration.key, storage)),
            Some((key, known)) if known != storage => errors.push(syn::Error::new(
                asked.span,
                format!(
                    "`{}` stores the ID as {}, but `{key}` as {}: a type has one column type, so \
                     give both the same storage",
                    asked.integration.key,
                    storage.mode(),
                    known.mode()
                ),
            )),
            Some(_) => {}
        }
    }
}

/// The storage the type's database integrations agree on, if it has any.
pub(crate) fn storage(attrs: &Attrs) -> Option<Storage> {
    attrs
        .integrations
        .iter()
        .filter(|asked| asked.integration.storage)
        .find_map(|asked| asked.storage)
}

#[cfg(test)]
mod tests {
    use super::broken_rule;

    /// The workspace's one list of prefix cases, which ids-core's runtime check is tested
    /// against too (`ids-core/tests/conformance.rs`).
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
            assert_eq!(
                broken_rule(prefix).is_none(),
                verdict == "valid",
                "{prefix:?}: {:?}",
                broken_rule(prefix)
            );
            checked += 1;
        }
        assert!(checked > 20, "the list was read");
    }

    #[test]
    fn a_long_prefix_of_other_characters_reports_the_character() {
        let rule = broken_rule(&"é".repeat(40)).expect("not a-z");
        assert!(rule.starts_with("character 'é' at index 0"), "{rule}");
        let rule = broken_rule(&"a".repeat(64)).expect("too long");
        assert_eq!(rule, "it has 64 characters, more than the 63 allowed");
        assert_eq!(broken_rule(&"a".repeat(63)), None);
    }
}
