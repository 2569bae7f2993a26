#!/usr/bin/env python3
"""Builds Datasets/vietnam-provinces/ (the MoF province budget panel) from the shared data.

    python3 Datasets/tools/build_vietnam_provinces.py [DATA] [--out DIR]

DATA is the shared data folder (default ../shared/data relative to the
repository root); it must hold vietnam-provinces/mof_province_budget.csv.
Each source row becomes one observation: unit = province_id, indicator =
<measure>_<kind>, period = year, value = value_billion_vnd (exact; trailing
zeros dropped). indicators.csv names each indicator (after the MoF column, in
Vietnamese and English) and gives its measure, billion VND. Nothing is
dropped, corrected or estimated here: the caveats (final 2009, carry-overs,
splits and mergers) are in the dataset's README.
"""

import os
import re
from collections import OrderedDict

from common import (ConversionError, decimal, fail, format_number, parse_args,
                    read_csv, write_csv)

COUNTRY = ("vietnam", "Việt Nam")
MEASURES = ["revenue_collected", "local_expenditure", "transfer_total", "transfer_balancing", "transfer_targeted"]
KINDS = ["plan", "final"]
# indicators.csv: measure -> (Vietnamese name as the MoF column, English name); every
# indicator `<measure>_<kind>` is named "<kind> <measure>" and measured in billion VND.
MEASURE_NAMES = {
    "revenue_collected": ("tổng thu ngân sách nhà nước trên địa bàn", "State-budget revenue collected in the province"),
    "local_expenditure": ("tổng chi cân đối ngân sách địa phương", "Balanced local-budget expenditure"),
    "transfer_total": ("bổ sung từ ngân sách trung ương cho ngân sách địa phương, tổng số",
                       "Total transfers from the central budget"),
    "transfer_balancing": ("bổ sung cân đối từ ngân sách trung ương", "Balancing transfer from the central budget"),
    "transfer_targeted": ("bổ sung có mục tiêu từ ngân sách trung ương", "Targeted transfers from the central budget"),
}
KIND_NAMES = {"plan": ("Dự toán", "MoF plan"), "final": ("Quyết toán", "MoF final accounts")}
# Final expenditure is realised spending, targeted transfers included: not "balanced" (see the README).
NAME_OVERRIDES = {"local_expenditure_final": ("Quyết toán chi ngân sách địa phương",
                                              "Local-budget expenditure, MoF final accounts")}
MEASURE = "billion VND"
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

    used = {i for _, i, _ in ordered}
    indicators = []
    for measure in MEASURES:
        for kind in KINDS:
            indicator = "%s_%s" % (measure, kind)
            if indicator in used:
                name, english = NAME_OVERRIDES.get(indicator, (
                    "%s %s" % (KIND_NAMES[kind][0], MEASURE_NAMES[measure][0]),
                    "%s, %s" % (MEASURE_NAMES[measure][1], KIND_NAMES[kind][1])))
                indicators.append((indicator, name, MEASURE, english))
    write_csv(os.path.join(out, "indicators.csv"), ["indicator", "name", "measure", "name_en"], indicators)

    print("vietnam-provinces: %d observations, %d units (%d provinces), %d indicators -> %s"
          % (n_obs, len(units), len(names), len(indicators), out))
    for indicator in indicator_order:
        keys = [k for k in ordered if k[1] == indicator]
        years = sorted({k[2] for k in keys})
        print("  %-26s %5d rows, %d provinces, years %s" % (
            indicator, len(keys), len({k[0] for k in keys}), ",".join(years)))


if __name__ == "__main__":
    main()
