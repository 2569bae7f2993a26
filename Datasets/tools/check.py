#!/usr/bin/env python3
"""Checks every bundled dataset against the file formats of the spec.

    python3 Datasets/tools/check.py [--rebuild [DATA]] [DATASET_DIR ...]

Without DATASET_DIR it checks every folder under Datasets/ holding an
observations.csv. With --rebuild it also runs the converters on DATA (default
../shared/data relative to the repository root) into a temporary folder and
requires the committed files to be byte-for-byte what they produce.

Checked: UTF-8 without byte-order mark, NFC text, RFC 4180 parsing, exact
headers, column counts; observations: ids, period forms (YYYY, YYYY-Qn,
YYYY-MM, YYYY-MM..YYYY-MM within one year), plain decimal numbers, no
duplicate (unit, indicator, period), one in-year granularity per series and
no overlapping in-year periods; units: unique ids, parents exist, no cycles;
targets and bands: numbers, low <= high, direction, count; indicators.csv
(optional, as in the spec: `indicator,name,measure[,name_en]`): each indicator
once, a name and a measure, and every indicator of observations, targets and
bands listed, nothing else; units-gso.csv and sources.csv (this project's
companions) cover exactly the units and the observations; the dataset README
names every indicator id; targets-sources.csv, where present, cites exactly
the targets. Generated rows (derivation `generated` in sources.csv or
targets-sources.csv) are checked by check_generated.py: labelled with their
generator and seed, calibrated sums, units that add up to their parent,
bounds, bands. With --rebuild, every CSV file the converter (and generator)
writes, indicators.csv included, must be committed unchanged, and every
committed CSV file must be one they write.
"""

import argparse
import csv
import io
import os
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict

from check_generated import check_generated

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
DATASETS_DIR = os.path.dirname(TOOLS_DIR)
DEFAULT_DATA = os.path.join(DATASETS_DIR, "..", "..", "shared", "data")
# The steps that write each dataset, in order: (script, whether it takes the shared data folder).
CONVERTERS = {"son-la": [("build_son_la.py", True), ("generate_son_la.py", False)],
              "vietnam-provinces": [("build_vietnam_provinces.py", True)],
              "m3-yearly": [("build_m3_yearly.py", True)]}

ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
INDICATOR = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
YEAR = re.compile(r"([0-9]{4})")
QUARTER = re.compile(r"([0-9]{4})-Q([1-4])")
MONTH = re.compile(r"([0-9]{4})-([0-9]{2})")
SPAN = re.compile(r"([0-9]{4})-([0-9]{2})\.\.([0-9]{4})-([0-9]{2})")


class Report:
    def __init__(self):
        self.errors = 0

    def error(self, where, message):
        self.errors += 1
        print("  ERROR %s: %s" % (where, message))


def parse_period(text):
    """-> (year, kind, first month, last month) or None; kind: year, quarter, month, span."""
    m = YEAR.fullmatch(text)
    if m:
        return int(m.group(1)), "year", 1, 12
    m = QUARTER.fullmatch(text)
    if m:
        q = int(m.group(2))
        return int(m.group(1)), "quarter", 3 * q - 2, 3 * q
    m = MONTH.fullmatch(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return int(m.group(1)), "month", int(m.group(2)), int(m.group(2))
    m = SPAN.fullmatch(text)
    if m:
        y1, m1, y2, m2 = (int(g) for g in m.groups())
        if y1 == y2 and 1 <= m1 <= m2 <= 12:
            return y1, "span", m1, m2
    return None


def read(path, report):
    """Rows (list of lists, header first) of a CSV file, after the byte-level checks."""
    name = os.path.relpath(path, DATASETS_DIR)
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith(b"\xef\xbb\xbf"):
        report.error(name, "starts with a byte-order mark")
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        report.error(name, "not UTF-8: %s" % error)
        return None
    if text and not text.endswith("\n"):
        report.error(name, "last line has no line end")
    if unicodedata.normalize("NFC", text) != text:
        report.error(name, "text is not in Unicode NFC")
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:
        report.error(name, "not RFC 4180 CSV: %s" % error)
        return None
    for number, row in enumerate(rows, start=1):
        if not row or row == [""]:
            report.error("%s:%d" % (name, number), "empty line")
    return rows


def table(path, header, report, optional_last=False):
    """Rows as dicts with their line numbers; checks header and column counts."""
    name = os.path.relpath(path, DATASETS_DIR)
    rows = read(path, report)
    if rows is None:
        return []
    if not rows:
        report.error(name, "empty file")
        return []
    head = rows[0]
    allowed = [header] + ([header[:-1]] if optional_last else [])
    if head not in allowed:
        report.error(name + ":1", "header %r, expected %r" % (head, header))
        return []
    out = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(head):
            report.error("%s:%d" % (name, number), "%d columns, expected %d" % (len(row), len(head)))
            continue
        record = dict(zip(head, row))
        record["_where"] = "%s:%d" % (name, number)
        out.append(record)
    return out


def check_units(folder, report):
    path = os.path.join(folder, "units.csv")
    if not os.path.exists(path):
        return None
    rows = table(path, ["unit", "name", "level", "parent"], report)
    units = {}
    for r in rows:
        if not ID.fullmatch(r["unit"]):
            report.error(r["_where"], "unit id %r is not a lower-case ascii slug" % r["unit"])
        if r["unit"] in units:
            report.error(r["_where"], "duplicate unit %r" % r["unit"])
        if not r["name"].strip():
            report.error(r["_where"], "empty name")
        if not re.fullmatch(r"[a-z_]+", r["level"]):
            report.error(r["_where"], "level %r" % r["level"])
        units[r["unit"]] = r
    for r in rows:
        if r["parent"] and r["parent"] not in units:
            report.error(r["_where"], "parent %r is not a unit" % r["parent"])
    for unit in units:
        seen, current = set(), unit
        while current and current in units:
            if current in seen:
                report.error("units.csv", "parent cycle through %r" % unit)
                break
            seen.add(current)
            current = units[current]["parent"]
    if not any(not r["parent"] for r in rows):
        report.error("units.csv", "no root unit")
    levels = defaultdict(int)
    for r in rows:
        levels[r["level"]] += 1
    print("  units.csv: %d units (%s)" % (len(rows), ", ".join("%s %d" % kv for kv in sorted(levels.items()))))
    return units


def check_observations(folder, units, report):
    rows = table(os.path.join(folder, "observations.csv"), ["unit", "indicator", "period", "value"], report)
    keys, series = set(), defaultdict(list)
    for r in rows:
        where = r["_where"]
        if not ID.fullmatch(r["unit"]):
            report.error(where, "unit id %r" % r["unit"])
        elif units is not None and r["unit"] not in units:
            report.error(where, "unit %r is not in units.csv" % r["unit"])
        if not INDICATOR.fullmatch(r["indicator"]):
            report.error(where, "indicator %r is not lower_snake_case" % r["indicator"])
        period = parse_period(r["period"])
        if period is None:
            report.error(where, "period %r is not YYYY, YYYY-Qn, YYYY-MM or YYYY-MM..YYYY-MM in one year"
                         % r["period"])
        if r["value"] and not NUMBER.fullmatch(r["value"]):
            report.error(where, "value %r is not a plain decimal number" % r["value"])
        key = (r["unit"], r["indicator"], r["period"])
        if key in keys:
            report.error(where, "duplicate (unit, indicator, period) %r" % (key,))
        keys.add(key)
        if period:
            series[(r["unit"], r["indicator"])].append((period, where))
    for (unit, indicator), items in sorted(series.items()):
        in_year = [(p, w) for p, w in items if p[1] != "year"]
        kinds = sorted({p[1] for p, _ in in_year})
        if len(kinds) > 1:
            report.error("observations.csv", "series %s/%s mixes in-year granularities %s"
                         % (unit, indicator, kinds))
        by_year = defaultdict(list)
        for (year, _, first, last), where in in_year:
            by_year[year].append((first, last, where))
        for year, spans in by_year.items():
            spans.sort()
            for (f1, l1, _), (f2, l2, w2) in zip(spans, spans[1:]):
                if f2 <= l1:
                    report.error(w2, "overlaps another in-year period of %s/%s in %d" % (unit, indicator, year))
    counts = defaultdict(int)
    for unit, indicator in series:
        counts[indicator] += len(series[(unit, indicator)])
    print("  observations.csv: %d rows, %d series, %d indicators" % (len(rows), len(series), len(counts)))
    return rows, counts


def check_targets(folder, units, report):
    path = os.path.join(folder, "targets.csv")
    if not os.path.exists(path):
        return []
    rows = table(path, ["unit", "indicator", "period", "low", "high", "direction"], report, optional_last=True)
    keys = set()
    for r in rows:
        where = r["_where"]
        if units is not None and r["unit"] not in units:
            report.error(where, "unit %r is not in units.csv" % r["unit"])
        if not INDICATOR.fullmatch(r["indicator"]):
            report.error(where, "indicator %r" % r["indicator"])
        if parse_period(r["period"]) is None:
            report.error(where, "period %r" % r["period"])
        if not (NUMBER.fullmatch(r["low"]) and NUMBER.fullmatch(r["high"])):
            report.error(where, "low/high %r/%r are not numbers" % (r["low"], r["high"]))
        elif float(r["low"]) > float(r["high"]):
            report.error(where, "low > high")
        if r.get("direction", "") not in ("", "at_least", "at_most"):
            report.error(where, "direction %r" % r["direction"])
        key = (r["unit"], r["indicator"], r["period"])
        if key in keys:
            report.error(where, "second target for %r" % (key,))
        keys.add(key)
    print("  targets.csv: %d targets" % len(rows))
    return rows


def descendants(units, root):
    children = defaultdict(list)
    for unit, r in units.items():
        children[r["parent"]].append(unit)
    count, stack = 0, list(children[root])
    while stack:
        unit = stack.pop()
        count += 1
        stack.extend(children[unit])
    return count


def check_bands(folder, units, report):
    path = os.path.join(folder, "bands.csv")
    if not os.path.exists(path):
        return []
    rows = table(path, ["unit", "indicator", "period", "min_value", "max_value", "count"], report)
    keys = set()
    for r in rows:
        where = r["_where"]
        if units is not None and r["unit"] not in units:
            report.error(where, "unit %r is not in units.csv" % r["unit"])
        if not INDICATOR.fullmatch(r["indicator"]):
            report.error(where, "indicator %r" % r["indicator"])
        if parse_period(r["period"]) is None:
            report.error(where, "period %r" % r["period"])
        if not (NUMBER.fullmatch(r["min_value"]) and NUMBER.fullmatch(r["max_value"])):
            report.error(where, "min/max are not numbers")
        elif float(r["min_value"]) > float(r["max_value"]):
            report.error(where, "min_value > max_value")
        if not re.fullmatch(r"[1-9][0-9]*", r["count"]):
            report.error(where, "count %r is not a positive integer" % r["count"])
        elif units is not None and r["unit"] in units and int(r["count"]) > descendants(units, r["unit"]):
            report.error(where, "count %s exceeds the %d units below %s"
                         % (r["count"], descendants(units, r["unit"]), r["unit"]))
        key = (r["unit"], r["indicator"], r["period"], r["min_value"], r["max_value"])
        if key in keys:
            report.error(where, "duplicate band")
        keys.add(key)
    print("  bands.csv: %d bands" % len(rows))
    return rows


def check_indicators(folder, used, report):
    """indicators.csv, where present: each indicator once, named and measured, exactly the ones in use."""
    path = os.path.join(folder, "indicators.csv")
    if not os.path.exists(path):
        return {}
    rows = table(path, ["indicator", "name", "measure", "name_en"], report, optional_last=True)
    lines = {}
    for r in rows:
        where, indicator = r["_where"], r["indicator"]
        if not INDICATOR.fullmatch(indicator):
            report.error(where, "indicator %r is not lower_snake_case" % indicator)
        if indicator in lines:
            report.error(where, "indicator %r listed twice (first on line %s)" % (indicator, lines[indicator]))
        else:
            lines[indicator] = where.rsplit(":", 1)[1]
        for column in ("name", "measure"):
            if not r[column].strip():
                report.error(where, "empty %s" % column)
            elif r[column] != r[column].strip():
                report.error(where, "%s %r has spaces around it" % (column, r[column]))
    if used - set(lines):
        report.error("indicators.csv", "indicators used but not listed: %s" % sorted(used - set(lines)))
    if set(lines) - used:
        report.error("indicators.csv", "indicators listed but used by no observation, target or band: %s"
                     % sorted(set(lines) - used))
    print("  indicators.csv: %d indicators, each named and measured" % len(rows))
    return {r["indicator"]: r["measure"] for r in rows}


def check_sources(path, header, wanted, what, report):
    """A provenance file: one row per key, no empty field, exactly the keys of `wanted` (the cited rows).

    A key is the first columns of the header, as many as the keys of `wanted` have.
    """
    rows = table(path, header, report)
    key_length = len(next(iter(wanted))) if wanted else len(header)
    cited = set()
    for r in rows:
        key = tuple(r[c] for c in header[:key_length])
        if key in cited:
            report.error(r["_where"], "second source for %r" % (key,))
        if not all(r[c].strip() for c in header):
            report.error(r["_where"], "empty field")
        cited.add(key)
    name = os.path.basename(path)
    if wanted - cited:
        report.error(name, "%s without a source: %s" % (what, sorted(wanted - cited)[:5]))
    if cited - wanted:
        report.error(name, "sources for no %s: %s" % (what[:-1], sorted(cited - wanted)[:5]))
    print("  %s: %d rows, every %s cited" % (name, len(rows), what[:-1]))
    return rows


def check_companions(folder, units, observations, targets, report):
    """units-gso.csv, sources.csv and targets-sources.csv; returns the rows of the last two."""
    path = os.path.join(folder, "units-gso.csv")
    if os.path.exists(path):
        rows = table(path, ["unit", "gso_code", "gso_level"], report)
        mapped, codes = set(), set()
        for r in rows:
            if units is None or r["unit"] not in units:
                report.error(r["_where"], "unit %r is not in units.csv" % r["unit"])
            if not re.fullmatch(r"[0-9]+", r["gso_code"]) or r["gso_code"] in codes:
                report.error(r["_where"], "GSO code %r missing or repeated" % r["gso_code"])
            if r["unit"] in mapped:
                report.error(r["_where"], "unit %r mapped twice" % r["unit"])
            mapped.add(r["unit"])
            codes.add(r["gso_code"])
        if units is not None and mapped != set(units):
            report.error("units-gso.csv", "units without a GSO code: %s" % sorted(set(units) - mapped))
        print("  units-gso.csv: %d codes" % len(rows))
    path = os.path.join(folder, "sources.csv")
    if not os.path.exists(path):
        report.error(os.path.relpath(folder, DATASETS_DIR), "no sources.csv: every real figure must carry its source")
        return [], []
    rows = read(path, report) or [[]]
    by_unit = "unit" in rows[0]
    header = ["unit", "indicator", "period", "derivation", "source"] if by_unit \
        else ["indicator", "period", "source_file", "sheet"]
    wanted = {(o["unit"], o["indicator"], o["period"]) if by_unit else (o["indicator"], o["period"])
              for o in observations}
    rows = check_sources(path, header, wanted, "observations", report)
    sources = rows if by_unit else []
    target_sources = []
    path = os.path.join(folder, "targets-sources.csv")
    if os.path.exists(path):
        wanted = {(t["unit"], t["indicator"], t["period"]) for t in targets}
        target_sources = check_sources(path, ["unit", "indicator", "period", "derivation", "source"], wanted,
                                       "targets", report)
    return sources, target_sources


def check_readme(folder, counts, report):
    path = os.path.join(folder, "README.md")
    if not os.path.exists(path):
        report.error(os.path.relpath(folder, DATASETS_DIR), "no README.md")
        return
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    missing = [i for i in counts if "`%s`" % i not in text]
    if missing:
        report.error("README.md", "indicators not documented: %s" % missing)


def check_dataset(folder, report):
    print("%s/" % os.path.relpath(folder, DATASETS_DIR))
    before = report.errors
    units = check_units(folder, report)
    observations, counts = check_observations(folder, units, report)
    targets = check_targets(folder, units, report)
    bands = check_bands(folder, units, report)
    measures = check_indicators(folder, set(counts) | {r["indicator"] for r in targets + bands}, report)
    sources, target_sources = check_companions(folder, units, observations, targets, report)
    check_readme(folder, counts, report)
    if report.errors == before:
        # The generated rows' invariants assume files that passed the checks above.
        check_generated(os.path.basename(folder), observations, sources, targets, target_sources, bands,
                        units, measures, report)
    for indicator, n in sorted(counts.items()):
        print("    %-30s %d" % (indicator, n))
    print("  %s" % ("ok" if report.errors == before else "%d errors" % (report.errors - before)))


def read_bytes(path):
    with open(path, "rb") as handle:
        return handle.read()


def check_rebuild(data, folders, report):
    for folder in folders:
        name = os.path.basename(folder)
        if name not in CONVERTERS:
            report.error(name, "no converter known for this dataset")
            continue
        with tempfile.TemporaryDirectory() as scratch:
            for script, takes_data in CONVERTERS[name]:
                command = [sys.executable, os.path.join(TOOLS_DIR, script)] + ([data] if takes_data else []) \
                    + ["--out", scratch]
                result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                if result.returncode != 0:
                    report.error(name, "%s failed: %s" % (script, result.stderr.strip()))
                    break
            else:
                compare(name, folder, scratch, report)


def compare(name, folder, scratch, report):
    """The committed files of `folder` against what the converters wrote into `scratch`."""
    produced, same = sorted(os.listdir(scratch)), 0
    for file in sorted(os.listdir(folder)):
        if file.endswith(".csv") and file not in produced:
            report.error(name, "%s is committed but the converter does not produce it" % file)
    for file in produced:
        committed = os.path.join(folder, file)
        fresh = read_bytes(os.path.join(scratch, file))
        if not os.path.exists(committed):
            report.error(name, "%s is produced but not committed" % file)
        elif read_bytes(committed) != fresh:
            report.error(name, "%s differs from what the converter produces" % file)
        else:
            same += 1
    print("rebuild %s: %d of %d files identical to the converter's output (%s)" % (
        name, same, len(produced), ", ".join(produced)))


def main():
    parser = argparse.ArgumentParser(description="Check the bundled datasets against the spec.")
    parser.add_argument("--rebuild", nargs="?", const=DEFAULT_DATA, metavar="DATA",
                        help="also regenerate from DATA and compare byte for byte")
    parser.add_argument("datasets", nargs="*", help="dataset folders (default: every one under Datasets/)")
    args = parser.parse_args()
    folders = [os.path.abspath(f) for f in args.datasets] or sorted(
        os.path.join(DATASETS_DIR, d) for d in os.listdir(DATASETS_DIR)
        if os.path.exists(os.path.join(DATASETS_DIR, d, "observations.csv")))
    report = Report()
    for folder in folders:
        check_dataset(folder, report)
    if args.rebuild:
        if not os.path.isdir(args.rebuild):
            parser.error("shared data folder not found: %s" % args.rebuild)
        check_rebuild(args.rebuild, folders, report)
    print("%d datasets checked: %s" % (len(folders), "OK" if report.errors == 0 else "%d ERRORS" % report.errors))
    sys.exit(0 if report.errors == 0 else 1)


if __name__ == "__main__":
    main()
