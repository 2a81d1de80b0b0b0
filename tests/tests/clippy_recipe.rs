//! The clippy recipe in the workspace's `clippy.toml` works: a crate that mints raw UUIDs fails
//! `cargo clippy` with the recipe's reason, and the same program with typed IDs passes. The
//! same fixture checks that derived code trips no lint a user may turn on.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is in the workspace")
        .to_owned()
}

fn clippy(bin: &str) -> Output {
    let root = workspace_root();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    Command::new(cargo)
        .args(["clippy", "--quiet", "--bin", bin, "--manifest-path"])
        .arg(root.join("tests/clippy-recipe/Cargo.toml"))
        .args(["--", "-D", "warnings"])
        // A target directory of its own: the outer cargo holds the workspace's.
        .env("CARGO_TARGET_DIR", root.join("target/clippy-recipe"))
        // The recipe under test is the workspace's own clippy.toml.
        .env("CLIPPY_CONF_DIR", &root)
        .output()
        .expect("run cargo clippy")
}

#[test]
fn the_recipe_flags_raw_uuids_and_passes_typed_ids() {
    let raw = clippy("raw_uuid");
    let stderr = String::from_utf8_lossy(&raw.stderr);
    assert!(
        !raw.status.success(),
        "clippy accepted raw UUIDs:\n{stderr}"
    );
    for method in ["uuid::Uuid::new_v4", "uuid::Uuid::now_v7"] {
        assert!(
            stderr.contains(&format!("use of a disallowed method `{method}`")),
            "{method} not flagged:\n{stderr}"
        );
    }
    assert!(
        stderr.contains("mint IDs with a typed `EntityId::new()` from ids-core"),
        "no reason given:\n{stderr}"
    );

    let typed = clippy("typed_id");
    assert!(
        typed.status.success(),
        "clippy refused typed IDs:\n{}",
        String::from_utf8_lossy(&typed.stderr)
    );
}

/// Generated code is the user's to lint only where the user wrote it: ID types with every
/// integration, a deprecated one and a raw identifier pass under `deny(warnings)`, clippy's
/// pedantic, nursery and restriction groups and rustc's allow-by-default lints.
#[test]
fn derived_types_pass_every_lint_group() {
    let strict = clippy("strict_lints");
    assert!(
        strict.status.success(),
        "generated code tripped a lint:\n{}",
        String::from_utf8_lossy(&strict.stderr)
    );
}
