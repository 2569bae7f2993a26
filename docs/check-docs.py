#!/usr/bin/env python3
"""Counts the public symbols of ChiTieu's library modules that have no documentation.

    python3 docs/check-docs.py [--budget docs/undocumented-budget] [--list MODULE]

Reads the symbol graphs that `swift package generate-documentation` extracts
(.build-docs/<triple>/extracted-symbols/<package folder>/<Module>/<Module>*.symbols.json,
as `make docs` runs it) and
counts, per module, the public symbols without a doc comment. Left out, as
DocC documents them itself: what the compiler synthesizes (`!=`, `hashValue`,
`hash(into:)`, `init(rawValue:)`, `localizedDescription`) and the members that
implement a requirement of a protocol their own type conforms to, documented
where the protocol is (the symbol graph has no doc comment for them; DocC
shows the protocol's); which protocols a type conforms to and what they
require come from the graphs' relationships.

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
# Requirements of the standard library's and Foundation's protocols, documented
# there (their symbol graphs are not extracted with ChiTieu's).
EXTERNAL_REQUIREMENTS = {
    "Swift.CustomStringConvertible": {"description"},
    "Swift.CustomDebugStringConvertible": {"debugDescription"},
    "Swift.IteratorProtocol": {"next()"},
    "Swift.Sequence": {"makeIterator()"},
    "Foundation.LocalizedError": {"errorDescription", "failureReason", "recoverySuggestion"},
    "Swift.Error": set(),
}


def graphs(module):
    found = glob.glob(os.path.join(".build-docs", "*", "extracted-symbols", "*", module, module + "*.symbols.json"))
    return sorted(found)


class Conformances:
    """What each type conforms to, and what each protocol requires, from the
    symbol graphs' relationships (conformsTo, requirementOf, memberOf) of
    every library module: a member is exempt when it carries the name of a
    requirement of a protocol its own type conforms to, not merely a name
    some protocol somewhere uses."""

    def __init__(self):
        self.protocols_of = {}    # type identifier -> protocol identifiers or fallback names
        self.requirements = {}    # protocol identifier -> requirement titles
        self.parent_of = {}       # member identifier -> type identifier
        titles = {}
        relationships = []
        for module in MODULES:
            for path in graphs(module):
                graph = json.load(open(path))
                for symbol in graph["symbols"]:
                    titles[symbol["identifier"]["precise"]] = symbol["names"]["title"]
                relationships += graph["relationships"]
        for r in relationships:
            if r["kind"] == "conformsTo":
                self.protocols_of.setdefault(r["source"], set()).add(r["target"])
                if "targetFallback" in r:
                    self.requirements.setdefault(r["target"], set()).update(EXTERNAL_REQUIREMENTS.get(r["targetFallback"], set()))
            elif r["kind"] == "requirementOf" and r["source"] in titles:
                self.requirements.setdefault(r["target"], set()).add(titles[r["source"]])
            elif r["kind"] == "memberOf":
                self.parent_of[r["source"]] = r["target"]

    def implements_requirement(self, symbol):
        parent = self.parent_of.get(symbol["identifier"]["precise"])
        if parent is None:
            return False
        name = symbol["names"]["title"]
        return any(name in self.requirements.get(protocol, ()) for protocol in self.protocols_of.get(parent, ()))


def undocumented(module, conformances):
    missing = []
    for path in graphs(module):
        for symbol in json.load(open(path))["symbols"]:
            if symbol.get("accessLevel") not in ("public", "open"):
                continue
            name = symbol["names"]["title"]
            if name in SYNTHESIZED or conformances.implements_requirement(symbol):
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
    conformances = Conformances()
    for module in MODULES:
        if not graphs(module):
            print("%-14s no symbol graph: run `swift package generate-documentation` first" % module)
            over = True
            continue
        missing = undocumented(module, conformances)
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
