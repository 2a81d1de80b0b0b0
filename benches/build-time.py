#!/usr/bin/env python3
"""Build time of 200 derived ID types against 200 hand-written equivalents.

Generates two crates under target/build-time/: `derived`, with 200 `#[derive(EntityId)]`
types, and `handwritten`, with the same 200 types and the same surface (comparisons, hashing,
Debug, Display, FromStr, conversions, serde) written out by hand against ids-core's public API,
as a careful team would without the derive. Then times `cargo build` of each, twice over:

- clean: a fresh target directory, so dependencies are compiled too (the derive needs syn
  and the proc-macro crate; the hand-written crate does not);
- the crate alone: its dependencies already built, only the crate itself recompiled.

Usage: python3 benches/build-time.py [types, default 200]
"""

import os
import pathlib
import shutil
import string
import subprocess
import sys
import time

TYPES = int(sys.argv[1]) if len(sys.argv) > 1 else 200
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "target" / "build-time"
CORE = ROOT / "ids-core"


def letters(n):
    """A prefix-safe name for type n: a, b, ..., z, ba, bb, ..."""
    out = ""
    while True:
        out = string.ascii_lowercase[n % 26] + out
        n //= 26
        if n == 0:
            return out


def kinds():
    for n in range(TYPES):
        name = letters(n)
        yield f"kind_{name}", f"Kind{name.capitalize()}Id"


def derived():
    lines = ["use ids_core::{EntityId, Uuid};", ""]
    for prefix, ty in kinds():
        lines += [
            "#[derive(EntityId)]",
            f'#[entity_id(prefix = "{prefix}")]',
            f"pub struct {ty}(Uuid);",
            "",
        ]
    deps = f'ids-core = {{ path = "{CORE}" }}'
    return deps, "\n".join(lines)


HANDWRITTEN = """
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct {ty}(Uuid);

impl EntityId for {ty} {{
    const PREFIX: &'static str = "{prefix}";
    const TYPE_NAME: &'static str = "{ty}";
    fn from_uuid(uuid: Uuid) -> Self {{
        Self(uuid)
    }}
    fn uuid(&self) -> Uuid {{
        self.0
    }}
}}

impl {ty} {{
    pub const PREFIX: &'static str = "{prefix}";
    pub fn new() -> Self {{
        <Self as EntityId>::new()
    }}
    pub const fn from_uuid(uuid: Uuid) -> Self {{
        Self(uuid)
    }}
    pub const fn uuid(&self) -> Uuid {{
        self.0
    }}
    pub fn parse(input: &str) -> Result<Self, ParseIdError> {{
        <Self as EntityId>::parse(input)
    }}
}}

impl fmt::Debug for {ty} {{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{
        write!(f, "{ty}({{}})", self.encode())
    }}
}}

impl fmt::Display for {ty} {{
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {{
        f.pad(&self.encode())
    }}
}}

impl FromStr for {ty} {{
    type Err = ParseIdError;
    fn from_str(input: &str) -> Result<Self, ParseIdError> {{
        <Self as EntityId>::parse(input)
    }}
}}

impl TryFrom<&str> for {ty} {{
    type Error = ParseIdError;
    fn try_from(input: &str) -> Result<Self, ParseIdError> {{
        <Self as EntityId>::parse(input)
    }}
}}

impl TryFrom<AnyId> for {ty} {{
    type Error = ParseIdError;
    fn try_from(id: AnyId) -> Result<Self, ParseIdError> {{
        id.to_typed()
    }}
}}

impl From<{ty}> for Uuid {{
    fn from(id: {ty}) -> Uuid {{
        id.0
    }}
}}

impl Serialize for {ty} {{
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {{
        ids_core::legacy::accept_uuid::serialize(self, serializer)
    }}
}}

impl<'de> Deserialize<'de> for {ty} {{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {{
        let text = String::deserialize(deserializer)?;
        Self::parse(&text).map_err(serde::de::Error::custom)
    }}
}}
"""


def handwritten():
    lines = [
        "use std::fmt;",
        "use std::str::FromStr;",
        "",
        "use ids_core::{AnyId, EntityId, ParseIdError, Uuid};",
        "use serde::{Deserialize, Deserializer, Serialize, Serializer};",
    ]
    for prefix, ty in kinds():
        lines.append(HANDWRITTEN.format(prefix=prefix, ty=ty))
    deps = "\n".join([
        f'ids-core = {{ path = "{CORE}", default-features = false, features = ["serde"] }}',
        'serde = { version = "1", default-features = false, features = ["std"] }',
    ])
    return deps, "\n".join(lines)


def write(name, deps, source):
    crate = OUT / name
    shutil.rmtree(crate, ignore_errors=True)
    (crate / "src").mkdir(parents=True)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2024"\npublish = false\n\n'
        f"[dependencies]\n{deps}\n\n[workspace]\n"
    )
    (crate / "src" / "lib.rs").write_text("#![allow(missing_docs, clippy::new_without_default)]\n" + source)
    return crate


def build(crate, target_dir):
    env = dict(os.environ, CARGO_TARGET_DIR=str(target_dir))
    started = time.monotonic()
    subprocess.run(["cargo", "build", "--quiet"], cwd=crate, env=env, check=True)
    return time.monotonic() - started


def main():
    crates = {"derived": write("derived", *derived()), "handwritten": write("handwritten", *handwritten())}
    # Resolve and fetch first, so the timings hold compilation only.
    for crate in crates.values():
        subprocess.run(["cargo", "fetch", "--quiet"], cwd=crate, check=True)

    clean, alone = {}, {}
    for name, crate in crates.items():
        target = OUT / f"target-{name}"
        shutil.rmtree(target, ignore_errors=True)
        clean[name] = build(crate, target)
        subprocess.run(["cargo", "clean", "--quiet", "-p", name], cwd=crate,
                       env=dict(os.environ, CARGO_TARGET_DIR=str(target)), check=True)
        alone[name] = build(crate, target)

    print(f"| {TYPES} ID types, `cargo build` (debug) | derived | hand-written | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for label, times in (("clean, with dependencies", clean), ("the crate alone", alone)):
        ratio = times["derived"] / times["handwritten"]
        met = "yes" if ratio <= 1.5 else "**no**"
        print(f"| {label} | {times['derived']:.1f} s | {times['handwritten']:.1f} s | {ratio:.2f} x | at most 1.5 x | {met} |")


main()
