//! The table of integrations: each key of `#[entity_id(...)]` that asks for one, the crate whose
//! template implements it, and what the key takes. The derive parses, checks and expands every
//! integration from this table alone; a new integration is one row here and one template in the
//! crate that owns its dependency.
//!
//! Every template is a `macro_rules!` at `<crate>::__private::<template>`, called as
//! `template!(Type, "Type", mode, Param)`: the type, its name without `r#`, the storage mode
//! (`default`, `native` or `text`; `default` for integrations without storage) and a name for a
//! generic parameter that can never be the type's. Templates whose feature is off expand to one
//! `compile_error!` that names the key and the feature.

/// Where an integration's template lives.
#[derive(Clone, Copy)]
pub(crate) enum Home {
    /// In `ids-core`, found through `crate = "…"` or `::ids_core`.
    Core,
    /// In a crate of its own: its default path and the key that overrides it.
    Crate {
        path: &'static str,
        override_key: &'static str,
    },
}

/// One integration.
pub(crate) struct Integration {
    /// The key in `#[entity_id(...)]`.
    pub(crate) key: &'static str,
    pub(crate) home: Home,
    /// The template's name under `__private`.
    pub(crate) template: &'static str,
    /// Whether the key takes a storage mode: `key = "native"` or `key = "text"`.
    pub(crate) storage: bool,
    /// Whether the integration is on unless `key = false`.
    pub(crate) implied: bool,
}

pub(crate) const INTEGRATIONS: &[Integration] = &[
    Integration {
        key: "serde",
        home: Home::Core,
        template: "impl_serde",
        storage: false,
        implied: true,
    },
    Integration {
        key: "schemars",
        home: Home::Core,
        template: "impl_schemars",
        storage: false,
        implied: false,
    },
    Integration {
        key: "utoipa",
        home: Home::Core,
        template: "impl_utoipa",
        storage: false,
        implied: false,
    },
    Integration {
        key: "sqlx",
        home: Home::Crate {
            path: "ids_sqlx",
            override_key: "sqlx_crate",
        },
        template: "impl_sqlx",
        storage: true,
        implied: false,
    },
    Integration {
        key: "diesel",
        home: Home::Crate {
            path: "ids_diesel",
            override_key: "diesel_crate",
        },
        template: "impl_diesel",
        storage: true,
        implied: false,
    },
    Integration {
        key: "sea_orm",
        home: Home::Crate {
            path: "ids_sea_orm",
            override_key: "sea_orm_crate",
        },
        template: "impl_sea_orm",
        storage: true,
        implied: false,
    },
];

/// The row for `key`, if it names an integration.
pub(crate) fn by_key(key: &str) -> Option<&'static Integration> {
    INTEGRATIONS
        .iter()
        .find(|integration| integration.key == key)
}

/// The row whose crate path `key` overrides, such as `sqlx` for `sqlx_crate`.
pub(crate) fn by_override_key(key: &str) -> Option<&'static Integration> {
    INTEGRATIONS.iter().find(|integration| {
        matches!(integration.home, Home::Crate { override_key, .. } if override_key == key)
    })
}

/// Every key the attribute takes, for the message about an unknown one.
pub(crate) fn all_keys() -> String {
    let mut keys = vec!["prefix", "crate", "legacy_uuid", "shared_prefix"];
    for integration in INTEGRATIONS {
        keys.push(integration.key);
        if let Home::Crate { override_key, .. } = integration.home {
            keys.push(override_key);
        }
    }
    let quoted: Vec<String> = keys.iter().map(|key| format!("`{key}`")).collect();
    let (last, rest) = quoted.split_last().expect("the table is not empty");
    format!("the keys are {} and {last}", rest.join(", "))
}
