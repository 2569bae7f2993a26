"""Checks of a dataset's generated rows (those whose sources.csv derivation is `generated`).

Used by check.py. Generated rows must say what they are and keep the
invariants their generator promises:

- labels: every generated row of sources.csv and targets-sources.csv names
  its generator and seed (`Datasets/tools/NAME.py, seed N: ...`) and says
  "NOT a published figure"; one seed per dataset;
- calibration: a generated row that "replaces the published UNIT INDICATOR
  SPAN = VALUE" belongs to months that add up to VALUE exactly, and the
  published span is no longer among the observations;
- the unit tree: where a generated value of a unit and a value of one of its
  children share (indicator, period), every child has one and they sum to
  the parent exactly; the same for the low and high of targets;
- bounds: an indicator measured in "criteria of N" takes integers 0..N;
  money ("billion VND") is positive;
- bands: where units below a band's unit have targets of the band's
  indicator and period, as many have their range inside the band as the
  band's count;
- the dataset's own calibration (CALIBRATION below): for son-la, no
  generated period after June 2014 (the mid-year review's last month), the
  2011 mean of nrd_criteria near the published 1.6, and no commune at 19 of
  19 by the end of 2013 (none had been recognised).
"""

import re
from collections import defaultdict
from decimal import Decimal

GENERATED = "generated"
LABEL = re.compile(r"Datasets/tools/[a-z_]+\.py, seed ([0-9]+): .*NOT a published figure")
REPLACES = re.compile(r"replaces the published (\S+) (\S+) ([0-9]{4})-([0-9]{2})\.\.([0-9]{4})-([0-9]{2}) "
                      r"= (-?[0-9]+(?:\.[0-9]+)?)")
CRITERIA = re.compile(r"criteria of ([0-9]+)")

# Per dataset folder name: the last month a generated row may cover, and mean/max checks
# (indicator, year, low, high) of its generated yearly values.
CALIBRATION = {
    "son-la": {
        "last_month": (2014, 6),
        "mean": [("nrd_criteria", "2011", Decimal("1.5"), Decimal("1.7"))],
        "max": [("nrd_criteria", "2013", Decimal("18"))],
    },
}


def children_of(units):
    children = defaultdict(list)
    for unit, row in (units or {}).items():
        if row["parent"]:
            children[row["parent"]].append(unit)
    return children


def check_labels(rows, file, report):
    seeds = set()
    for r in rows:
        if r["derivation"] != GENERATED:
            continue
        match = LABEL.match(r["source"])
        if not match:
            report.error(r["_where"], "generated row whose source does not name its generator and seed "
                         "and say 'NOT a published figure'")
        else:
            seeds.add(match.group(1))
    if len(seeds) > 1:
        report.error(file, "generated rows with several seeds: %s" % sorted(seeds))
    return seeds


def check_calibration(observations, sources, report):
    values = {(o["unit"], o["indicator"], o["period"]): o["value"] for o in observations}
    claims = {}
    for r in sources:
        if r["derivation"] == GENERATED:
            match = REPLACES.search(r["source"])
            if match:
                unit, indicator, y1, m1, y2, m2, total = match.groups()
                claims[(unit, indicator, int(y1), int(m1), int(m2), Decimal(total))] = r["_where"]
    for (unit, indicator, year, first, last, total), where in sorted(claims.items()):
        span = "%d-%02d..%d-%02d" % (year, first, year, last)
        if (unit, indicator, span) in values:
            report.error(where, "the published %s %s %s is still in observations.csv beside the months "
                         "that replace it" % (unit, indicator, span))
        months = ["%d-%02d" % (year, m) for m in range(first, last + 1)]
        missing = [m for m in months if not values.get((unit, indicator, m))]
        if missing:
            report.error(where, "%s %s: months %s missing, cannot reproduce %s = %s"
                         % (unit, indicator, missing, span, total))
            continue
        summed = sum(Decimal(values[(unit, indicator, m)]) for m in months)
        if summed != total:
            report.error(where, "calibration: %s %s months %s sum to %s, not the published %s"
                         % (unit, indicator, span, summed, total))
    return len(claims)


def check_tree_sums(rows, generated, units, columns, file, report):
    """Where a generated row's unit has children with rows of the same key, they sum to it, column by column."""
    children = children_of(units)
    by_key = {(r["unit"], r["indicator"], r["period"]): r for r in rows}
    checked = 0
    for key in sorted(generated):
        unit, indicator, period = key
        kids = children.get(unit, [])
        present = [k for k in kids if (k, indicator, period) in by_key]
        if not present:
            continue
        checked += 1
        if len(present) != len(kids):
            report.error(by_key[key]["_where"], "%s %s %s: %d of the %d units below %s have a value"
                         % (unit, indicator, period, len(present), len(kids), unit))
            continue
        for column in columns:
            summed = sum(Decimal(by_key[(k, indicator, period)][column]) for k in kids)
            if summed != Decimal(by_key[key][column]):
                report.error(by_key[key]["_where"], "%s of %s %s %s is %s, but the units below it sum to %s"
                             % (column, unit, indicator, period, by_key[key][column], summed))
    return checked


def check_bounds(observations, generated, measures, report):
    for o in observations:
        if (o["unit"], o["indicator"], o["period"]) not in generated or not o["value"]:
            continue
        measure = measures.get(o["indicator"], "")
        criteria = CRITERIA.fullmatch(measure)
        if criteria and not (re.fullmatch(r"[0-9]+", o["value"]) and int(o["value"]) <= int(criteria.group(1))):
            report.error(o["_where"], "%s is measured in %s: %r is not an integer 0..%s"
                         % (o["indicator"], measure, o["value"], criteria.group(1)))
        if measure == "billion VND" and Decimal(o["value"]) <= 0:
            report.error(o["_where"], "generated money value %s is not positive" % o["value"])


def check_band_assignment(targets, bands, units, report):
    children = children_of(units)

    def below(unit):
        stack, out = list(children.get(unit, [])), set()
        while stack:
            current = stack.pop()
            out.add(current)
            stack.extend(children.get(current, []))
        return out

    for band in bands:
        under = below(band["unit"])
        assigned = [t for t in targets if t["unit"] in under and t["indicator"] == band["indicator"]
                    and t["period"] == band["period"]]
        if not assigned:
            continue
        inside = sum(1 for t in assigned if Decimal(band["min_value"]) <= Decimal(t["low"])
                     and Decimal(t["high"]) <= Decimal(band["max_value"]))
        if inside != int(band["count"]):
            report.error(band["_where"], "%d units below %s have a %s %s target within [%s, %s], "
                         "the band says %s" % (inside, band["unit"], band["indicator"], band["period"],
                                               band["min_value"], band["max_value"], band["count"]))


def period_end(period):
    """(year, last month) of a period string of the spec (the checks before made sure it parses)."""
    year = int(period[:4])
    if len(period) == 4:
        return year, 12
    if period[5] == "Q":
        return year, 3 * int(period[6])
    return year, int(period[-2:])


def check_dataset_calibration(name, observations, generated, report):
    calibration = CALIBRATION.get(name)
    if not calibration:
        return
    last = calibration["last_month"]
    late = sorted({o["period"] for o in observations
                   if (o["unit"], o["indicator"], o["period"]) in generated and period_end(o["period"]) > last})
    if late:
        report.error("observations.csv", "generated periods after %d-%02d: %s" % (last + (late[:5],)))
    for indicator, period, low, high in calibration["mean"]:
        values = [Decimal(o["value"]) for o in observations if o["indicator"] == indicator
                  and o["period"] == period and (o["unit"], indicator, period) in generated]
        mean = sum(values) / len(values) if values else None
        if mean is None or not low <= mean <= high:
            report.error("observations.csv", "calibration: mean of generated %s %s is %s, expected %s..%s"
                         % (indicator, period, mean, low, high))
        else:
            print("    calibration: mean of %d generated %s %s = %.3f (within %s..%s)"
                  % (len(values), indicator, period, mean, low, high))
    for indicator, period, ceiling in calibration["max"]:
        above = [o["unit"] for o in observations if o["indicator"] == indicator and o["period"] == period
                 and (o["unit"], indicator, period) in generated and Decimal(o["value"]) > ceiling]
        if above:
            report.error("observations.csv", "calibration: generated %s %s above %s for %s"
                         % (indicator, period, ceiling, above[:5]))
        else:
            print("    calibration: no generated %s %s above %s" % (indicator, period, ceiling))


def check_generated(name, observations, sources, targets, target_sources, bands, units, measures, report):
    """All checks of the module docstring; prints a summary line when there are generated rows."""
    generated = {(r["unit"], r["indicator"], r["period"]) for r in sources if r["derivation"] == GENERATED}
    generated_targets = {(r["unit"], r["indicator"], r["period"]) for r in target_sources
                         if r["derivation"] == GENERATED}
    if not generated and not generated_targets:
        return
    seeds = check_labels(sources, "sources.csv", report) | check_labels(target_sources, "targets-sources.csv",
                                                                         report)
    if len(seeds) > 1:
        report.error(name, "generated rows with several seeds: %s" % sorted(seeds))
    claims = check_calibration(observations, sources, report)
    sums = check_tree_sums(observations, generated, units, ["value"], "observations.csv", report)
    target_sums = check_tree_sums(targets, {(t["unit"], t["indicator"], t["period"]) for t in targets},
                                  units, ["low", "high"], "targets.csv", report)
    check_bounds(observations, generated, measures, report)
    check_band_assignment([t for t in targets if (t["unit"], t["indicator"], t["period"]) in generated_targets],
                          bands, units, report)
    check_dataset_calibration(name, observations, generated, report)
    print("  generated: %d observations, %d targets, seed %s; %d published spans reproduced, "
          "%d parent values and %d parent targets equal to the sum of their units"
          % (len(generated), len(generated_targets), ", ".join(sorted(seeds)) or "none", claims, sums, target_sums))
