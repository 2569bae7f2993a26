#!/usr/bin/env python3
"""Counts the public symbols of ChiTieu's library modules that have no documentation.

    python3 docs/check-docs.py [--budget docs/undocumented-budget] [--list MODULE]

Reads the symbol graphs that `swift package generate-documentation` extracts
(.build-docs/<triple>/extracted-symbols/<package folder>/<Module>/<Module>*.symbols.json,
as `make docs` runs it) and
counts, per module, the public symbols without a doc comment. Left out, as
DocC documents them itself: what the compiler synthesizes (`!=`, `hashValue`,
`hash(into:)`, `init(rawValue:)`, `localizedDescription`) and the members that
implement a protocol requirement documented where the protocol is (the
symbol graph has no doc comment for them; DocC shows the protocol's).

Exits 1 when a module has more undocumented symbols than its budget (one
`Module N` line each in the budget file): the count may fall, never rise.
With `--docc-log`, also when DocC warned about ChiTieu's sources (a
parameter left out of a doc comment, a link to nothing); warnings about
dependencies (ZIPFoundation's unhandled resource file) are not ChiTieu's.
"""
import argparse
import glob
import json
import os
import sys

MODULES = ["ChiTieu", "InputFiles", "LinearAlgebra", "Probability", "Optimization", "Forecasting", "Planning", "Reporting"]
SYNTHESIZED = {"!=(_:_:)", "hashValue", "hash(into:)", "init(rawValue:)", "localizedDescription"}
# Requirements of the standard library's and ChiTieu's protocols, documented on the protocol.
REQUIREMENTS = {"description", "next()", "makeIterator()", "modelName", "summary", "forecast(horizon:levels:)",
                "samplePaths(horizon:count:seed:)", "name", "fit(_:)", "fit(batch:)", "learnsFromPanel",
                "forecast(_:horizon:levels:)", "errorDescription"}


def graphs(module):
    found = glob.glob(os.path.join(".build-docs", "*", "extracted-symbols", "*", module, module + "*.symbols.json"))
    return sorted(found)


def undocumented(module):
    missing = []
    for path in graphs(module):
        for symbol in json.load(open(path))["symbols"]:
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            name = symbol["names"]["title"]
            if name in SYNTHESIZED or (name in REQUIREMENTS and len(symbol["pathComponents"]) > 1):
                continue
            if not symbol.get("docComment", {}).get("lines"):
                location = symbol.get("location", {})
                where = "%s:%s" % (location.get("uri", "?").replace("file://" + os.getcwd() + "/", ""),
                                   location.get("position", {}).get("line", 0) + 1)
                missing.append((where, ".".join(symbol["pathComponents"])))
    return sorted(set(missing))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget", default="docs/undocumented-budget")
    parser.add_argument("--list", metavar="MODULE", help="print the undocumented symbols of MODULE")
    parser.add_argument("--docc-log", metavar="FILE", help="the output of generate-documentation, to check for warnings")
    args = parser.parse_args()
    budget = {}
    if os.path.exists(args.budget):
        for line in open(args.budget):
            if line.strip() and not line.startswith("#"):
                name, count = line.split()
                budget[name] = int(count)
    over = False
    total = 0
    for module in MODULES:
        if not graphs(module):
            print("%-14s no symbol graph: run `swift package generate-documentation` first" % module)
            over = True
            continue
        missing = undocumented(module)
        total += len(missing)
        allowed = budget.get(module, 0)
        flag = "" if len(missing) <= allowed else "  OVER the budget of %d" % allowed
        print("%-14s %4d undocumented public symbols%s" % (module, len(missing), flag))
        over = over or len(missing) > allowed
        if args.list == module:
            for where, name in missing:
                print("    %s  %s" % (where, name))
    print("total          %4d" % total)
    if args.docc_log:
        lines = open(args.docc_log, encoding="utf-8", errors="replace").read().split("\n")
        warnings = [(line, lines[i + 1].strip() if i + 1 < len(lines) else "") for i, line in enumerate(lines)
                    if line.startswith(("warning: ", "error: ")) and "which are unhandled" not in line]
        print("DocC           %4d warnings about ChiTieu's documentation" % len(warnings))
        for line, where in warnings:
            print("    %s %s" % (line, where))
        over = over or bool(warnings)
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
