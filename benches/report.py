#!/usr/bin/env python3
"""Turns the medians of the last `cargo bench -p ids-bench` run into the tables of
BENCHMARKS.md: every measurement, then each target as a ratio of two medians of that run.

Usage: python3 benches/report.py [target/criterion] [build-time ratio lines...]
"""

import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")

medians = {}
for estimates in root.glob("*/*/new/estimates.json"):
    bench = json.loads((estimates.parent / "benchmark.json").read_text())
    median = json.loads(estimates.read_text())["median"]["point_estimate"]
    medians[(bench["group_id"], bench["function_id"])] = median

if not medians:
    sys.exit(f"no criterion results under {root}: run `cargo bench -p ids-bench` first")


def fmt(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.1f} ns"


def group_starting(prefix):
    matches = sorted({g for g, _ in medians if g.startswith(prefix)})
    return matches[0] if matches else None


print("| group | measurement | median |")
print("|---|---|---|")
for (group, function), median in sorted(medians.items()):
    print(f"| {group} | {function} | {fmt(median)} |")
print()

contended = group_starting("generate, ")
targets = [
    ("generate, one thread", "generate", "ids UserId::new", "generate", "uuid Uuid::now_v7", 0.5),
    ("generate, one thread", "generate", "ids UserId::new", "generate", "std SystemTime::now", 1.5),
    (f"{contended}, per ID", contended, "ids UserId::new", contended, "uuid Uuid::now_v7", 0.5),
    ("encode to String", "encode to String", "ids to_string", "encode to String", "type-safe-id to_string", 0.7),
    ("encode into a stack buffer", "encode into a stack buffer", "ids encode", "encode to String", "type-safe-id to_string", 0.3),
    ("parse, prefix checked", "parse, prefix checked", "ids UserId::parse", "parse, prefix checked", "type-safe-id from_str", 0.6),
    ("parse, prefix checked", "parse, prefix checked", "ids UserId::parse", "parse, prefix checked", "ulid from_string (no prefix)", 1.0),
    ("serde_json round trip", "serde_json round trip, four IDs", "ids typed struct", "serde_json round trip, four IDs", "uuid raw struct", 1.0),
    ("sqlx SQLite round trip", "sqlx SQLite, insert and select 10,000 rows", "ids typed IDs", "sqlx SQLite, insert and select 10,000 rows", "uuid raw Uuids", 1.03),
    ("sqlx PostgreSQL round trip", "sqlx PostgreSQL, insert and select 10,000 rows", "ids typed IDs", "sqlx PostgreSQL, insert and select 10,000 rows", "uuid raw Uuids", 1.03),
]

print("| measure | ids | baseline | ratio | target | met |")
print("|---|---|---|---|---|---|")
for name, group, ours, base_group, base, target in targets:
    a = medians.get((group, ours))
    b = medians.get((base_group, base))
    if a is None or b is None:
        print(f"| {name} | not measured | {base} | | at most {target} x | no |")
        continue
    ratio = a / b
    met = "yes" if ratio <= target else "**no**"
    print(f"| {name} | {fmt(a)} | {base}: {fmt(b)} | {ratio:.2f} x | at most {target} x | {met} |")
for line in sys.argv[2:]:
    print(line)
