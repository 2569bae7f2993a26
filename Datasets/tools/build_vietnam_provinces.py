#!/usr/bin/env python3
"""Builds Datasets/vietnam-provinces/ (the MoF province budget panel) from the shared data.

    python3 Datasets/tools/build_vietnam_provinces.py [DATA] [--out DIR]

DATA is the shared data folder (default ../shared/data relative to the
repository root); it must hold vietnam-provinces/mof_province_budget.csv.
Each source row becomes one observation: unit = province_id, indicator =
<measure>_<kind>, period = year, value = value_billion_vnd (exact; trailing
zeros dropped). Nothing is dropped, corrected or estimated here: the caveats
(final 2009, carry-overs, splits and mergers) are in the dataset's README.
"""

import os
import re
from collections import OrderedDict

from common import (ConversionError, decimal, fail, format_number, parse_args,
                    read_csv, write_csv)

COUNTRY = ("vietnam", "Việt Nam")
MEASURES = ["revenue_collected", "local_expenditure", "transfer_total", "transfer_balancing", "transfer_targeted"]
KINDS = ["plan", "final"]
HEADER = ["province_id", "province_name", "year", "kind", "measure", "value_billion_vnd", "source_file", "sheet"]


def main():
    args = parse_args(__doc__.splitlines()[1], "vietnam-provinces")
    path = os.path.join(args.data, "vietnam-provinces", "mof_province_budget.csv")
    indicator_order = ["%s_%s" % (m, k) for m in MEASURES for k in KINDS]
    try:
        header, rows = read_csv(path)
        if header != HEADER:
            raise ConversionError("%s: unexpected header %r" % (path, header))
        names, obs, sources = {}, {}, OrderedDict()
        for row in rows:
            where = "mof_province_budget.csv:%d" % row["_line"]
            unit, year = row["province_id"], row["year"]
            if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", unit):
                raise ConversionError("%s: province_id %r is not a slug" % (where, unit))
            if unit == COUNTRY[0]:
                raise ConversionError("%s: province_id %r is the root's id" % (where, unit))
            if names.setdefault(unit, row["province_name"]) != row["province_name"]:
                raise ConversionError("%s: %s has two names" % (where, unit))
            if row["measure"] not in MEASURES or row["kind"] not in KINDS:
                raise ConversionError("%s: measure/kind %s/%s" % (where, row["measure"], row["kind"]))
            if not re.fullmatch(r"\d{4}", year):
                raise ConversionError("%s: year %r" % (where, year))
            indicator = "%s_%s" % (row["measure"], row["kind"])
            key = (unit, indicator, year)
            if key in obs:
                raise ConversionError("%s: second value for %s" % (where, key))
            obs[key] = decimal(row["value_billion_vnd"], where)
            origin = (row["source_file"], row["sheet"])
            if sources.setdefault((indicator, year), origin) != origin:
                raise ConversionError("%s: %s %s comes from two files" % (where, indicator, year))
    except (ConversionError, OSError) as error:
        fail(str(error))

    def key_order(key):
        unit, indicator, year = key
        return (unit, indicator_order.index(indicator), year)

    out = args.out
    ordered = sorted(obs, key=key_order)
    n_obs = write_csv(os.path.join(out, "observations.csv"), ["unit", "indicator", "period", "value"],
                      [(u, i, p, format_number(obs[(u, i, p)])) for u, i, p in ordered])
    units = [(COUNTRY[0], COUNTRY[1], "country", "")] + \
        [(unit, names[unit], "province", COUNTRY[0]) for unit in sorted(names)]
    write_csv(os.path.join(out, "units.csv"), ["unit", "name", "level", "parent"], units)
    source_rows = sorted(sources.items(), key=lambda item: (indicator_order.index(item[0][0]), item[0][1]))
    write_csv(os.path.join(out, "sources.csv"), ["indicator", "period", "source_file", "sheet"],
              [(i, p, f, s) for (i, p), (f, s) in source_rows])

    print("vietnam-provinces: %d observations, %d units (%d provinces) -> %s"
          % (n_obs, len(units), len(names), out))
    for indicator in indicator_order:
        keys = [k for k in ordered if k[1] == indicator]
        years = sorted({k[2] for k in keys})
        print("  %-26s %5d rows, %d provinces, years %s" % (
            indicator, len(keys), len({k[0] for k in keys}), ",".join(years)))


if __name__ == "__main__":
    main()
