#!/usr/bin/env python3
"""Writes Datasets/workbooks/son-la-districts.xlsx, the bundled Sơn La data
of the province and its 12 districts laid out as a planner keeps them in
Excel: one workbook with a sheet of yearly budget revenue in the wide layout
(a row per unit, a column per year, a title and a source note above the
header), and sheets of units, targets and indicators.

    pip install openpyxl==3.1.5
    python3 Datasets/tools/build_workbook.py

Every figure comes from Datasets/son-la, and the sheet says which:
- the yearly revenue 2009-2013 of each district and of the province is the
  sum of its twelve monthly values in Datasets/son-la/observations.csv, which
  are GENERATED (sources.csv: generate_son_la.py and its seed), not published
  figures;
- the targets are Datasets/son-la/targets.csv's 2014 budget_revenue rows:
  the province's is the directive's (published), the districts' are generated
  (targets-sources.csv).
Deterministic: the same inputs give the same workbook contents.
"""
import csv
import os
from collections import defaultdict

import openpyxl

TOOLS = os.path.dirname(os.path.abspath(__file__))
SON_LA = os.path.join(TOOLS, "..", "son-la")
OUT = os.path.join(TOOLS, "..", "workbooks", "son-la-districts.xlsx")


def rows(name):
    with open(os.path.join(SON_LA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


units = [u for u in rows("units.csv") if u["level"] in ("province", "district")]
ids = [u["unit"] for u in units]
totals = defaultdict(float)
months = defaultdict(int)
for o in rows("observations.csv"):
    period = o["period"]
    if o["indicator"] == "budget_revenue" and o["unit"] in ids and len(period) == 7 and period[4] == "-" and o["value"]:
        year = int(period[:4])
        if 2009 <= year <= 2013:
            totals[(o["unit"], year)] += float(o["value"])
            months[(o["unit"], year)] += 1

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Thu NS theo năm"
sheet.append(["Thu ngân sách trên địa bàn theo năm, tỉnh Sơn La và các huyện (tỷ đồng)"])
sheet.merge_cells("A1:H1")
sheet.append(["SỐ LIỆU TẠO ĐỂ THỬ (generated): tổng 12 tháng của Datasets/son-la/observations.csv, "
              "xem Datasets/son-la/sources.csv — không phải số liệu công bố."])
sheet.append(["unit", "name", "indicator", 2009, 2010, 2011, 2012, 2013])
for unit in units:
    values = [round(totals[(unit["unit"], y)], 1) if months[(unit["unit"], y)] == 12 else None for y in range(2009, 2014)]
    sheet.append([unit["unit"], unit["name"], "budget_revenue"] + values)

units_sheet = book.create_sheet("units")
units_sheet.append(["unit", "name", "level", "parent"])
for unit in units:
    units_sheet.append([unit["unit"], unit["name"], unit["level"], unit["parent"]])

targets_sheet = book.create_sheet("targets")
targets_sheet.append(["unit", "indicator", "period", "low", "high", "direction"])
for t in rows("targets.csv"):
    if t["indicator"] == "budget_revenue" and t["unit"] in ids and t["period"] == "2014":
        targets_sheet.append([t["unit"], t["indicator"], t["period"], float(t["low"]), float(t["high"]), t["direction"]])

indicators_sheet = book.create_sheet("indicators")
indicators_sheet.append(["indicator", "name", "measure", "name_en"])
for i in rows("indicators.csv"):
    if i["indicator"] == "budget_revenue":
        indicators_sheet.append([i["indicator"], i["name"], i["measure"], i["name_en"]])

os.makedirs(os.path.dirname(OUT), exist_ok=True)
book.save(OUT)
print("wrote", OUT)
