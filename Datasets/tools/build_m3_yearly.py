#!/usr/bin/env python3
"""Converts the M3 competition's 645 yearly series into a ChiTieu dataset.

    python3 Datasets/tools/build_m3_yearly.py [DATA] [--out DIR]

Reads DATA/m3-yearly/m3-yearly.csv (`series_id,category,value,timestamp`, the
competition's file M3C.xls as republished by the public repository
forvis/forvision_data) and writes Datasets/m3-yearly/:

- observations.csv  unit,indicator,period,value — unit = the series id in
  lower case (y1 … y645, the project's id rule), indicator `value`, period =
  the year the file gives, the value as printed (the last 6 years of each
  series are the competition's test years);
- sources.csv       indicator,period,source_file,sheet — where each year's
  values come from (one file for all);
- units.csv         unit,name,level,parent — each series under one root
  `m3`, its name "Y1 (micro)", its level the M3 category in lower case;
- indicators.csv    the one indicator.

Nothing is computed: every number is the file's. Deterministic output.
"""

import csv
import os

from common import parse_args


def main():
    args = parse_args(__doc__.splitlines()[0], "m3-yearly")
    source = os.path.join(args.data, "m3-yearly", "m3-yearly.csv")
    with open(source, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    order, category, points = [], {}, {}
    for row in rows:
        sid = row["series_id"].strip().lower()
        if sid not in points:
            order.append(sid)
            points[sid] = []
            category[sid] = row["category"].strip().lower()
        points[sid].append((int(row["timestamp"]), row["value"]))
    os.makedirs(args.out, exist_ok=True)

    def write(name, header, body):
        with open(os.path.join(args.out, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(body)

    write("observations.csv", ["unit", "indicator", "period", "value"],
          [(sid, "value", year, value) for sid in order for year, value in sorted(points[sid])])
    write("units.csv", ["unit", "name", "level", "parent"],
          [("m3", "M3 yearly series", "collection", "")] + [(sid, f"{sid.upper()} ({category[sid]})", category[sid], "m3") for sid in order])
    years = sorted({year for p in points.values() for year, _ in p})
    write("sources.csv", ["indicator", "period", "source_file", "sheet"],
          [("value", year, "m3-yearly/m3-yearly.csv (M3C.xls, republished by github.com/forvis/forvision_data)", "M3Year")
           for year in years])
    write("indicators.csv", ["indicator", "name", "measure", "name_en"],
          [("value", "Giá trị chuỗi M3 theo năm", "the series' own units", "M3 yearly series value")])
    print(f"m3-yearly: {len(order)} series, {sum(len(p) for p in points.values())} observations -> {args.out}")


if __name__ == "__main__":
    main()
