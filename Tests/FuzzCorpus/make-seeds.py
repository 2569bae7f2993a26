#!/usr/bin/env python3
"""Writes the seed corpus of `chitieu-fuzz` (Sources/ChiTieuFuzz), one
folder per target, from files already in the repository and a few
hand-written cells; libFuzzer adds what it finds to the folder it is given.

    python3 Tests/FuzzCorpus/make-seeds.py

Nothing here is a real figure: the seeds are the bad-input corpus, the
planning test panel and made-up cells. The files named found-<sha1> were
found by libFuzzer (`make fuzz`, 30 minutes in all on 2026-12-05) and kept
by its corpus minimisation, `chitieu-fuzz -merge=1 NEW Tests/FuzzCorpus/T
FOUND`: each reaches code the others do not. This script leaves them be.
"""
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
CLI = os.path.join(HERE, "..", "ChiTieuCLITests", "Fixtures")


def write(target, name, data):
    folder = os.path.join(HERE, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())


def read(path):
    with open(path, "rb") as f:
        return f.read()


for path in sorted(glob.glob(os.path.join(CLI, "bad-input", "*", "*.csv"))):
    role = os.path.basename(os.path.dirname(path))
    write("csv", f"{role}-{os.path.basename(path)}", read(path))

panel = {name: read(os.path.join(CLI, "planning-panel", name + ".csv")) for name in ["observations", "units", "targets", "bands"]}
# The dataset target cuts its input at byte 0x1E into observations, units, targets, bands.
short_observations = b"\n".join(panel["observations"].split(b"\n")[:40]) + b"\n"
write("dataset", "planning-panel", b"\x1e".join([short_observations, panel["units"], panel["targets"], panel["bands"]]))
write("dataset", "observations-only", short_observations)
for role in ["units", "targets", "bands"]:
    for path in sorted(glob.glob(os.path.join(CLI, "bad-input", role, "*.csv"))):
        parts = dict(panel, observations=short_observations)
        parts[role] = read(path)
        write("dataset", f"{role}-{os.path.basename(path)}", b"\x1e".join(parts[r] for r in ["observations", "units", "targets", "bands"]))

for i, text in enumerate(["2014", "2014-Q2", "2014-q4", "2014-06", "2014-01..2014-06", "2014-12..2014-12",
                          "2014-13", "2014-Q5", "0000", "99999", "2013-11..2014-02", "2014-06..2014-01", "2014-6", ""]):
    write("period", f"seed-{i:02}", text)

for i, text in enumerate(["2100.5", "-3", "1.5e3", "2.100,5", "2100,5", "13.200", "1e18", "-1e18", "1e19", "1e308",
                          "nan", "inf", "  42  ", "1,234", "0x10", "", "12 tỷ", "+.5", "5.", "1e-320"]):
    write("number", f"seed-{i:02}", text)
print("seeds written")
