"""Runs the codebook's examples (exports/README.md) and checks that they agree.

Every example runs in DuckDB over the CSVs and over the Parquet files, and in pandas; the three
answers must be equal row for row (values compared as text, with null and empty alike) and not
empty. The setup blocks are the ones the codebook shows users, so what it teaches is what runs.
"""

import datetime
import math
import os
import re
import sys

import duckdb

os.chdir(os.path.join(os.path.dirname(__file__), "..", "exports"))
readme = open("README.md", encoding="utf-8").read()
blocks = re.findall(r"```(sql|python)\n(.*?)```", readme, re.S)


def block(lang, marker):
    found = [body for (l, body) in blocks if l == lang and body.startswith(marker + "\n")]
    if len(found) != 1:
        sys.exit(f"exports/README.md: expected one {lang} block starting with {marker!r}, found {len(found)}")
    return found[0]


def norm(v):
    if v is None:
        return ""
    if isinstance(v, float) and math.isnan(v):
        return ""
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.isoformat()[:10]
    s = str(v)
    return "" if s in ("<NA>", "NaT", "nan", "None") else s


def rows(records):
    return [tuple(norm(v) for v in r) for r in records]


def duck(setup):
    con = duckdb.connect()
    con.execute(setup)
    return con


csv = duck(block("sql", "-- setup: csv"))
parquet = duck(block("sql", "-- setup: parquet"))
setup_py = block("python", "# setup")

n = len(re.findall(r"^-- example: \d+$", readme, re.M))
if n < 5:
    sys.exit(f"exports/README.md has {n} examples, expected five")
failed = False
for i in range(1, n + 1):
    sql = block("sql", f"-- example: {i}")
    a = rows(csv.execute(sql).fetchall())
    b = rows(parquet.execute(sql).fetchall())
    env = {}
    exec(setup_py, env)
    exec(block("python", f"# example: {i}"), env)
    c = rows(env["result"].itertuples(index=False, name=None))
    ok = a == b == c and len(a) > 0
    print(f"example {i}: {len(a)} rows over CSV, {len(b)} over Parquet, {len(c)} in pandas: {'agree' if ok else 'DIFFER'}")
    if not ok:
        failed = True
        for name, r in (("parquet", b), ("pandas", c)):
            if r != a:
                diff = [(x, y) for x, y in zip(a, r) if x != y][:3]
                print(f"  csv vs {name}: first differences {diff}; lengths {len(a)} / {len(r)}")
sys.exit(1 if failed else 0)
