#!/usr/bin/env python3
"""Writes the bad-input corpus that BadInputCorpusTests runs through the CLI.

    python3 Tests/ChiTieuCLITests/Fixtures/bad-input/make-bad-input.py

Every file here is made up for the test (nothing in it is a real figure).
Each stands in for one file of a dataset:

- observations/*.csv are read alone, `chitieu forecast --data FILE
  --indicator flow --horizon 1 --model linear`;
- units/, targets/, bands/ *.csv replace that file in a copy of
  ../planning-panel and are read by `chitieu attain --data DIR`;
  panel-observations/*.csv replace its observations.csv the same way;
- workbooks/*.xlsx (written by openpyxl; damaged-*.xlsx are long-ok.xlsx
  with one part cut in half) are read alone as observations,
  like the CSV files of observations/.

What each must give (exit status, the line:column its message names and a
phrase of the message) is in cases.tsv, written by hand beside this script:
the script makes the bytes, the table says what they mean.
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PANEL = os.path.join(HERE, "..", "planning-panel")
HEADER = "unit,indicator,period,value\n"
GOOD = HEADER + "a,flow,2001,1\na,flow,2002,2\na,flow,2003,3\na,flow,2004,4\n"


def write(path, content):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    data = content if isinstance(content, bytes) else content.encode("utf-8")
    with open(full, "wb") as f:
        f.write(data)


def rows(*lines, header=HEADER):
    return header + "".join(line + "\n" for line in lines)


def panel(name):
    with open(os.path.join(PANEL, name), encoding="utf-8") as f:
        return f.read()


observations = {
    # Encodings and bytes.
    "utf8-bom": b"\xef\xbb\xbf" + GOOD.encode(),
    "utf16le-bom": b"\xff\xfe" + GOOD.encode("utf-16-le"),
    "utf16be-bom": b"\xfe\xff" + GOOD.encode("utf-16-be"),
    "utf16le-no-bom": GOOD.encode("utf-16-le"),
    "windows-1258": rows("Sơn La,flow,2001,1", "Sơn La,flow,2002,2").encode("cp1258"),
    "latin-1-header": "unit,indicator,p\xe9riod,value\na,flow,2001,1\n".encode("latin-1"),
    "nul-byte": rows("a,flow,2001,1", "a,flow,2002,2\x003").encode(),
    "control-character-in-unit": rows("a\x07b,flow,2001,1", "a\x07b,flow,2002,2"),
    # Delimiters and quoting.
    "semicolons": GOOD.replace(",", ";"),
    "tabs": GOOD.replace(",", "\t"),
    "unbalanced-quote": rows("a,flow,2001,1", '"a,flow,2002,2', "a,flow,2003,3"),
    "quote-inside-field": rows("a,flow,2001,1", 'a,fl"ow,2002,2'),
    "text-after-closing-quote": rows("a,flow,2001,1", '"a"x,flow,2002,2'),
    "newline-inside-quoted-unit": rows('"a\nb",flow,2001,1', '"a\nb",flow,2002,2'),
    "all-fields-quoted": '"unit","indicator","period","value"\n"a","flow","2001","1"\n"a","flow","2002","2"\n"a","flow","2003","3"\n',
    "crlf-line-ends": GOOD.replace("\n", "\r\n"),
    "no-final-newline": GOOD.rstrip("\n"),
    "blank-lines": rows("a,flow,2001,1", "", "a,flow,2002,2", "", "a,flow,2003,3"),
    "too-many-fields": rows("a,flow,2001,1", "a,flow,2002,2,extra"),
    "too-few-fields": rows("a,flow,2001,1", "a,flow,2002"),
    # Headers.
    "empty": "",
    "header-only": HEADER,
    "no-header": "a,flow,2001,1\na,flow,2002,2\n",
    "header-misspelt": GOOD.replace("value", "vlaue", 1),
    "header-missing-column": "unit,indicator,value\na,flow,1\n",
    "header-duplicate-column": "unit,indicator,period,value,value\na,flow,2001,1,1\n",
    "header-extra-column": "unit,indicator,period,value,note\na,flow,2001,1,x\na,flow,2002,2,\na,flow,2003,3,y\n",
    "header-columns-reordered": "value,period,indicator,unit\n1,2001,flow,a\n2,2002,flow,a\n3,2003,flow,a\n",
    # Rows that clash.
    "duplicate-row": rows("a,flow,2001,1", "a,flow,2002,2", "a,flow,2001,1"),
    "conflicting-rows": rows("a,flow,2001,1", "a,flow,2002,2", "a,flow,2001,5"),
    "mixed-granularity": rows("a,flow,2001-01,1", "a,flow,2001-Q2,2"),
    "overlapping-spans": rows("a,flow,2001-01..2001-06,1", "a,flow,2001-05..2001-08,2"),
    # Periods.
    "month-13": rows("a,flow,2001,1", "a,flow,2002-13,2"),
    "month-00": rows("a,flow,2001,1", "a,flow,2002-00,2"),
    "quarter-5": rows("a,flow,2001,1", "a,flow,2002-Q5,2"),
    "year-0": rows("a,flow,0,1", "a,flow,1,2"),
    "year-99999": rows("a,flow,2001,1", "a,flow,99999,2"),
    "negative-year": rows("a,flow,-2001,1"),
    "date-with-day": rows("a,flow,2001-06-30,1"),
    "span-across-years": rows("a,flow,2013-11..2014-02,1"),
    "span-backwards": rows("a,flow,2014-06..2014-01,1"),
    "period-empty": rows("a,flow,,1"),
    # Values.
    "negative-values": rows("a,flow,2001,-1", "a,flow,2002,-2", "a,flow,2003,-3"),
    "not-a-number": rows("a,flow,2001,1", "a,flow,2002,abc"),
    "nan": rows("a,flow,2001,1", "a,flow,2002,NaN"),
    "infinity": rows("a,flow,2001,1", "a,flow,2002,inf"),
    "infinity-word": rows("a,flow,2001,1", "a,flow,2002,-Infinity"),
    "1e308": rows("a,flow,2001,1", "a,flow,2002,1e308"),
    "subnormal": rows("a,flow,2001,1e-320", "a,flow,2002,2e-320", "a,flow,2003,3e-320"),
    "hex-number": rows("a,flow,2001,1", "a,flow,2002,0x10"),
    "thousands-separator": rows("a,flow,2001,1", 'a,flow,2002,"2,100"'),
    "decimal-comma-without-flag": rows("a,flow,2001,1", 'a,flow,2002,"2.100,5"'),
    "value-with-unit": rows("a,flow,2001,1", "a,flow,2002,12 tỷ"),
    "value-with-spaces": rows("a,flow,2001, 1 ", "a,flow,2002, 2", "a,flow,2003,3 "),
    "all-values-missing": rows("a,flow,2001,", "a,flow,2002,", "a,flow,2003,"),
    "empty-unit": rows("a,flow,2001,1", ",flow,2002,2"),
    "empty-indicator": rows("a,flow,2001,1", "a,,2002,2"),
    "indicator-not-there": rows("a,other,2001,1", "a,other,2002,2"),
}

observations_lines = panel("observations.csv").split("\n")


def panel_observations(line, replacement):
    """The panel's observations with one line (1-based) replaced."""
    lines = list(observations_lines)
    lines[line - 1] = replacement
    return "\n".join(lines)


units = panel("units.csv")
targets = panel("targets.csv")
bands = panel("bands.csv")
planning = {
    # Counts that band targets count: whole numbers from 0 to the bands' top.
    "panel-observations/count-above-cap": panel_observations(228, "c01,criteria,2012,25"),
    "panel-observations/count-negative": panel_observations(228, "c01,criteria,2012,-1"),
    "panel-observations/count-fractional": panel_observations(228, "c01,criteria,2012,7.5"),
    "panel-observations/unit-not-in-units": panel_observations(228, "c99,criteria,2012,3"),
    # Found by the CLI mutation test: a held-out year (c02 stops in 2012)
    # before another unit's last year (d1's lone 2013 count) trapped the band backtest.
    "panel-observations/last-years-differ": panel_observations(232, "d1,criteria,2013,4"),
    "units/cycle": units.replace("p,Tỉnh Mẫu,province,\n", "p,Tỉnh Mẫu,province,d1\n"),
    "units/self-parent": units.replace("p,Tỉnh Mẫu,province,\n", "p,Tỉnh Mẫu,province,p\n"),
    "units/missing-parent": units.replace("c01,Xã 1,commune,d1", "c01,Xã 1,commune,d9"),
    "units/duplicate-unit": units + "d2,Huyện Hai bis,district,p\n",
    "units/empty-id": units + ",Xã không tên,commune,d1\n",
    "units/header-misspelt": units.replace("parent", "parnet", 1),
    "units/two-roots": units + "q,Tỉnh Khác,province,\n",
    "targets/low-above-high": targets.replace("p,revenue,2014,1750,1850", "p,revenue,2014,1850,1750"),
    "targets/unknown-unit": targets + "d9,revenue,2014,1,2,at_least\n",
    "targets/unknown-indicator": targets.replace("p,revenue,2014,1750", "p,revenu,2014,1750"),
    "targets/bad-direction": targets.replace("p,investment,2014,1300,1300,at_least", "p,investment,2014,1300,1300,at least"),
    "targets/non-numeric": targets.replace("d1,revenue,2014,850,850", "d1,revenue,2014,850 tỷ,850"),
    "targets/nan": targets.replace("d1,revenue,2014,850,850", "d1,revenue,2014,NaN,NaN"),
    "targets/duplicate": targets + "p,revenue,2014,1700,1800,at_least\n",
    "targets/monthly-period": targets.replace("p,revenue,2014,1750", "p,revenue,2014-06,1750"),
    "targets/header-only": "unit,indicator,period,low,high,direction\n",
    "bands/min-above-max": bands.replace("p,criteria,2014,9,19,3", "p,criteria,2014,19,9,3"),
    "bands/negative-count": bands.replace("p,criteria,2014,9,19,3", "p,criteria,2014,9,19,-3"),
    "bands/fractional-count": bands.replace("p,criteria,2014,9,19,3", "p,criteria,2014,9,19,2.5"),
    "bands/count-above-children": bands.replace("p,criteria,2014,9,19,3", "p,criteria,2014,9,19,500"),
    "bands/max-above-cap": bands.replace("p,criteria,2014,9,19,3", "p,criteria,2014,9,25,3"),
    "bands/unknown-unit": bands + "q,criteria,2014,9,19,3\n",
}

def workbooks():
    """workbooks/*.xlsx, read alone like an observations file (needs openpyxl)."""
    import openpyxl

    def book(name, rows, title="Sheet1", extra_sheets=(), merge=None):
        wb = openpyxl.Workbook()
        sheet = wb.active
        sheet.title = title
        for row in rows:
            sheet.append(row)
        if merge:
            sheet.merge_cells(merge)
        for other in extra_sheets:
            wb.create_sheet(other).append(["x"])
        full = os.path.join(HERE, "workbooks", name + ".xlsx")
        os.makedirs(os.path.dirname(full), exist_ok=True)
        wb.save(full)

    long_rows = [["unit", "indicator", "period", "value"]] + [["a", "flow", str(y), y - 2000] for y in range(2001, 2008)]
    book("long-ok", long_rows)
    book("long-with-title", [["Số liệu tạo để thử"]] + long_rows, merge="A1:D1")
    bad = [list(r) for r in long_rows]
    bad[4][3] = "abc"
    book("bad-value", bad)
    formula = [list(r) for r in long_rows]
    formula[3][3] = "=D3+1"
    book("formula-uncalculated", formula, title="observations")
    right = [list(r) for r in long_rows]
    right[2] = right[2] + ["", "a note"]
    book("value-right-of-header", right)
    book("no-header", [["a", "flow", "2001", 1], ["a", "flow", "2002", 2]])
    book("two-sheets", long_rows, title="a", extra_sheets=["b"])
    wide = [["unit", "indicator", 2010, 2011, 2012, 2013], ["a", "flow", 10, 11, 12.5, 13], ["b", "flow", 20, None, 22, 23]]
    book("wide-ok", wide, title="observations")
    book("wide-bad-period", [["unit", "indicator", 2010, "2011-13", 2012]] + [r[:5] for r in wide[1:]])
    book("wide-duplicate-row", wide + [["a", "flow", 9, 9, 9, 9]])
    book("wide-bad-value", [r[:] for r in wide[:2]] + [["b", "flow", 20, "n/a", 22, 23]])
    with open(os.path.join(HERE, "workbooks", "not-a-zip.xlsx"), "w") as f:
        f.write("unit,indicator,period,value\na,flow,2001,1\n")
    # long-ok with one part cut in the middle (a download that stopped): its
    # sheet, or its styles; every other part intact, each entry's date kept.
    for name, part in [("damaged-sheet", "xl/worksheets/sheet1.xml"), ("damaged-styles", "xl/styles.xml")]:
        damaged(os.path.join(HERE, "workbooks", "long-ok.xlsx"), os.path.join(HERE, "workbooks", name + ".xlsx"), part)


def damaged(source, target, part):
    """The damage of the reader's own fixtures (InputFilesTests' make-damaged-workbooks.py)."""
    import importlib.util
    path = os.path.join(HERE, "..", "..", "..", "InputFilesTests", "Fixtures", "workbooks", "make-damaged-workbooks.py")
    spec = importlib.util.spec_from_file_location("make_damaged_workbooks", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.damaged(source, target, part)


for name, content in observations.items():
    write(f"observations/{name}.csv", content)
for name, content in planning.items():
    write(f"{name}.csv", content)
workbooks()
print(f"{len(observations) + len(planning)} CSV files and the workbooks")
