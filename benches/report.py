#!/usr/bin/env python3
"""Turns the medians of the last `cargo bench -p ids-bench` run into the tables of
BENCHMARKS.md: every measurement, then each target as a ratio of two medians of that run.
The SQL groups (`--bench sql`) get tables of their own: rows per second, and the generated
functions against the plain PL/pgSQL baseline.

The database round trips (`--bench sqlx`, `sea_orm`, `diesel`) are judged differently: those
benches also write the typed and raw round trips they timed back to back
(`benches/common/paired.rs`), and their table gives the median of those pairs' ratios with a
bootstrap 95 % interval, met when the whole interval is at most 1.03 x. Criterion's ratio of
the two medians is shown beside it, for reference only: the two are measured seconds apart.

Usage: python3 benches/report.py [target/criterion] [build-time ratio lines...]
"""

import json
import pathlib
import random
import statistics
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
    if ns >= 1e9:
        return f"{ns / 1e9:.2f} s"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.1f} ns"


def group_starting(prefix):
    matches = sorted({g for g, _ in medians if g.startswith(prefix)})
    return matches[0] if matches else None


sql = {key: median for key, median in medians.items() if key[0].startswith("SQL ")}
medians = {key: median for key, median in medians.items() if key not in sql}


def report_sql():
    """Rows per second of each SQL measurement, and the targets against the baseline."""
    print("| group | measurement | median | rows per second |")
    print("|---|---|---|---|")
    for (group, function), median in sorted(sql.items()):
        print(f"| {group} | {function} | {fmt(median)} | {1e6 / (median / 1e9):,.0f} |")
    print()
    pg = "SQL PostgreSQL, 1,000,000 rows"
    print("| measure | ids | baseline | ratio | target | met |")
    print("|---|---|---|---|---|---|")
    for name, ours, base in [
        ("encode", "encode: typeid_encode", "encode: naive PL/pgSQL"),
        ("encode, per kind", "encode: user_id_text", "encode: naive PL/pgSQL"),
        ("decode", "decode: typeid_decode", "decode: naive PL/pgSQL"),
        ("decode, per kind", "decode: user_id", "decode: naive PL/pgSQL"),
    ]:
        a, b = sql.get((pg, ours)), sql.get((pg, base))
        if a is None or b is None:
            print(f"| {name} | not measured | {base} | | at most 0.2 x | no |")
            continue
        ratio = a / b
        met = "yes" if ratio <= 0.2 else "**no**"
        print(f"| PostgreSQL {name} | {fmt(a)} | {base}: {fmt(b)} | {ratio:.2f} x | at most 0.2 x | {met} |")
    print()


if sql:
    report_sql()
if not medians:
    sys.exit(0)

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


def report_paired():
    """Per database group: the median ratio of round trips timed back to back."""
    files = sorted((root / "paired").glob("*.json"))
    if not files:
        return
    print()
    print("| group | pairs | median pair ratio | 95 % interval | criterion's ratio | target | met |")
    print("|---|---|---|---|---|---|---|")
    rng = random.Random(1)
    for path in files:
        data = json.loads(path.read_text())
        group = data["group"]
        ratios = [t / r for t, r in zip(data["typed"], data["raw"]) if r > 0]
        if not ratios:
            continue
        typed = medians.get((group, "ids typed IDs"))
        raw = next((m for (g, f), m in medians.items() if g == group and f != "ids typed IDs"), None)
        criterion_ratio = f"{typed / raw:.2f} x" if typed and raw else "not measured"
        median = statistics.median(ratios)
        resampled = sorted(
            statistics.median(rng.choices(ratios, k=len(ratios))) for _ in range(2000)
        )
        low, high = resampled[50], resampled[1949]
        met = "yes" if high <= 1.03 else "**no**"
        print(
            f"| {group} | {len(ratios)} | {median:.3f} x | {low:.3f} x to {high:.3f} x"
            f" | {criterion_ratio} | at most 1.03 x | {met} |"
        )


report_paired()
