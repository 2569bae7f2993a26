#!/usr/bin/env python3
"""Mutation test of the command line: randomly damaged datasets through
`chitieu forecast` and `chitieu attain`, counting how each run ended.

    python3 Tests/Mutation/mutate-cli.py [--runs 2000] [--seed 2014] [--binary .build/release/chitieu]

Each run copies the planning test panel (Tests/ChiTieuCLITests/Fixtures/
planning-panel, made-up figures), damages one of its files with 1-4
mutations drawn from a seeded generator, and runs one command on it with a
30 s limit:

- bytes: flip, insert (quote, comma, line break, NUL, 0xFF, a digit...),
  delete a range, duplicate or drop a line, swap two lines, cut the file;
- cells: replace a field by a token that has broken readers before
  ("NaN", "1e308", "2014-13", "0000", "", a quote, a 500-character text...).

A run passes when it exits 0, 64 or 65 without a trap ("Fatal error",
a signal), within the limit, leaves no output file unless it exited 0, and
leaves its input files unchanged. The script prints the count of each exit
status and exits 1 if any run failed, keeping the failing datasets under
.build/mutation-failures/ with the command that failed.
"""
import argparse
import collections
import hashlib
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
PANEL = os.path.join(ROOT, "Tests", "ChiTieuCLITests", "Fixtures", "planning-panel")
FILES = ["observations.csv", "units.csv", "targets.csv", "bands.csv", "indicators.csv"]
TOKENS = ["NaN", "nan", "inf", "-Infinity", "1e308", "-1e308", "1e-320", "0", "-0", "2014-13", "2014-Q5",
          "0000", "99999", "2014-01..2013-12", "", " ", "\"", "\"\"", "a,b", "x\ny", "2.100,5", "1,234",
          "0x1F", "+", "-", "=cmd|' /C calc'!A0", "<script>", "Sơn La", "\u202e", "\t", "p", "d1", "c01",
          "revenue", "criteria", "at_least", "at_most", "19", "20", "-1", "7.5", "x" * 500]
BYTES = [b'"', b",", b"\n", b"\r", b"\x00", b"\xff", b"\xc3", b"9", b"-", b".", b" ", b"\x1e", b";"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(9)
    if not data:
        return rng.choice(BYTES)
    i = rng.randrange(len(data))
    if kind == 0:
        return data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1:]
    if kind == 1:
        return data[:i] + rng.choice(BYTES) + data[i:]
    if kind == 2:
        return data[:i] + data[i + rng.randrange(1, 40):]
    if kind == 3:
        return data[:i]
    lines = data.split(b"\n")
    j = rng.randrange(len(lines))
    if kind == 4:
        lines.insert(j, lines[j])
    elif kind == 5:
        del lines[j]
    elif kind == 6:
        k = rng.randrange(len(lines))
        lines[j], lines[k] = lines[k], lines[j]
    else:
        cells = lines[j].split(b",")
        c = rng.randrange(len(cells))
        cells[c] = rng.choice(TOKENS).encode()
        lines[j] = b",".join(cells)
    return b"\n".join(lines)


def digest(folder):
    return {name: hashlib.sha256(open(os.path.join(folder, name), "rb").read()).hexdigest()
            for name in sorted(os.listdir(folder))}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=2014)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "release", "chitieu"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    statuses = collections.Counter()
    failures = []
    keep = os.path.join(ROOT, ".build", "mutation-failures")
    with tempfile.TemporaryDirectory() as work:
        for run in range(args.runs):
            data = os.path.join(work, "data")
            shutil.rmtree(data, ignore_errors=True)
            shutil.copytree(PANEL, data)
            name = rng.choice(FILES)
            path = os.path.join(data, name)
            content = open(path, "rb").read()
            for _ in range(rng.randint(1, 4)):
                content = mutate(content, rng)
            open(path, "wb").write(content)
            before = digest(data)
            out = os.path.join(work, "out.csv")
            if os.path.exists(out):
                os.remove(out)
            if rng.random() < 0.5:
                command = [args.binary, "forecast", "--data", data, "--indicator", rng.choice(["revenue", "criteria", "investment"]),
                           "--horizon", "3", "--format", "csv", "--output", out]
            else:
                command = [args.binary, "attain", "--data", data, "--format", "csv", "--output", out]
            try:
                result = subprocess.run(command, capture_output=True, timeout=30)
                status, stderr = result.returncode, result.stderr.decode("utf-8", "replace")
            except subprocess.TimeoutExpired:
                status, stderr = "timeout", ""
            statuses[status] += 1
            problem = None
            if status == "timeout":
                problem = "no answer within 30 s"
            elif status not in (0, 64, 65):
                problem = f"exit {status}"
            elif "Fatal error" in stderr or "Stack dump" in stderr:
                problem = "a trap"
            elif status != 0 and os.path.exists(out):
                problem = "an output file left after a failure"
            elif digest(data) != before:
                problem = "an input file changed"
            if problem:
                failures.append((run, problem))
                target = os.path.join(keep, f"run-{run}")
                shutil.rmtree(target, ignore_errors=True)
                shutil.copytree(data, target)
                with open(os.path.join(target, "COMMAND"), "w") as f:
                    f.write(" ".join(command[1:]) + f"\n{problem}\n{stderr[:2000]}\n")
    print(f"{args.runs} mutated datasets (seed {args.seed}): " +
          ", ".join(f"exit {k}: {v}" for k, v in sorted(statuses.items(), key=lambda kv: str(kv[0]))))
    for run, problem in failures[:20]:
        print(f"  run {run}: {problem} (kept in {keep}/run-{run})")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
