#!/usr/bin/env python3
"""Workbooks for WorkbookTests, written by openpyxl (an independent writer
of .xlsx files), from made-up figures (the planning test panel of the CLI
tests and a few generated rows; nothing here is a real figure).

    pip install openpyxl==3.1.5
    python3 Tests/InputFilesTests/Fixtures/workbooks/make-workbooks.py

- panel.xlsx: the planning panel (Tests/ChiTieuCLITests/Fixtures/
  planning-panel), one sheet per file: observations, units, targets, bands;
  numbers as numbers, periods as text.
- typed-by-hand.xlsx: one sheet "Thu NS" as a planner types it: a title
  merged over A1:D1, a note in row 2, the header in row 3 ("Unit " with a
  space, "Period"), months as dates shown "mmm-yy", one value stored as
  text in Vietnamese style ("2.100,5"), empty rows at the end.
- bad-value.xlsx: sheet "Sheet1", header in row 1, "abc" in D8.
- two-sheets.xlsx: sheets "a" and "b", neither named observations.
- wide.xlsx: the wide layout in sheet "Thu NS" beside a sheet "notes": a
  merged title, then unit, indicator and a column per period (2010 as a
  number, "2011" as text, June 2012 as a date shown "mm/yyyy", "2013-07"),
  an empty cell, a Vietnamese number as text.
- formula.xlsx: a value that is a formula never calculated (openpyxl
  writes no cached result), "=D2+1" in D3.
"""
import csv
import datetime
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
PANEL = os.path.join(HERE, "..", "..", "..", "ChiTieuCLITests", "Fixtures", "planning-panel")


def number(text):
    try:
        value = float(text)
    except ValueError:
        return text
    return int(value) if value.is_integer() and "." not in text else value


book = openpyxl.Workbook()
book.remove(book.active)
for part in ["observations", "units", "targets", "bands"]:
    sheet = book.create_sheet(part)
    with open(os.path.join(PANEL, part + ".csv"), encoding="utf-8") as f:
        for i, row in enumerate(csv.reader(f)):
            if i == 0 or part == "units":
                sheet.append(row)
            elif part == "observations":
                sheet.append(row[:3] + [number(row[3])])
            else:
                sheet.append(row[:3] + [number(v) for v in row[3:6]] + row[6:])
book.save(os.path.join(HERE, "panel.xlsx"))

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Thu NS"
sheet.append(["Thu ngân sách huyện Mai Sơn (tỷ đồng)"])
sheet.merge_cells("A1:D1")
sheet.append(["Nguồn: Phòng Tài chính, số liệu tạo để thử"])
sheet.append(["Unit ", "indicator", "Period", "value"])
for month in range(1, 13):
    row = sheet.max_row + 1
    sheet.cell(row=row, column=1, value="mai-son")
    sheet.cell(row=row, column=2, value="revenue")
    date = sheet.cell(row=row, column=3, value=datetime.date(2013, month, 1))
    date.number_format = "mmm-yy"
    sheet.cell(row=row, column=4, value=10 + month + 0.25)
sheet["D7"] = "2.100,5"
for _ in range(3):
    sheet.append([None, None, None, None])
book.save(os.path.join(HERE, "typed-by-hand.xlsx"))

book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Sheet1"
sheet.append(["unit", "indicator", "period", "value"])
for year in range(2001, 2011):
    sheet.append(["a", "flow", str(year), 1.5 * (year - 2000)])
sheet["D8"] = "abc"
book.save(os.path.join(HERE, "bad-value.xlsx"))

book = openpyxl.Workbook()
book.active.title = "a"
book.active.append(["unit", "indicator", "period", "value"])
book.create_sheet("b")
book.save(os.path.join(HERE, "two-sheets.xlsx"))
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "observations"
sheet.append(["unit", "indicator", "period", "value"])
sheet.append(["a", "flow", "2001", 1])
sheet.append(["a", "flow", "2002", "=D2+1"])
book.save(os.path.join(HERE, "formula.xlsx"))
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Thu NS"
sheet.append(["Thu ngân sách (tỷ đồng), số liệu tạo để thử"])
sheet.merge_cells("A1:F1")
sheet.append(["unit", "indicator", 2010, "2011", datetime.date(2012, 6, 1), "2013-07"])
sheet.cell(row=2, column=5).number_format = "mm/yyyy"
sheet.append(["moc-chau", "revenue", 100.5, 110, 9.5, 30])
sheet.append(["mai-son", "revenue", 80, None, "8,25", 20])
book.create_sheet("notes").append(["anything"])
book.save(os.path.join(HERE, "wide.xlsx"))
print("workbooks written")
