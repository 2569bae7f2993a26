#!/usr/bin/env python3
"""Prints the sheets of an .xlsx workbook as text, with Python's standard
library alone (zipfile, xml.etree): an independent look at what ChiTieu
writes, used by Notebooks-text/06-workbooks.md.

    python3 Datasets/tools/show_workbook.py BOOK.xlsx [ROWS]

For each sheet: its name, then its first ROWS rows (default 5), cells joined
by " | ", each as stored (a number as written in the file, with its number
format after "@" when it has one other than General).
"""
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def main():
    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    book = zipfile.ZipFile(path)
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    styles = ET.fromstring(book.read("xl/styles.xml"))
    codes = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iter(f"{{{NS['m']}}}numFmt")}
    codes.update({3: "#,##0", 9: "0%"})
    xfs = [int(x.get("numFmtId", "0")) for x in styles.find("m:cellXfs", NS)]
    for sheet in workbook.find("m:sheets", NS):
        name = sheet.get("name")
        target = targets[sheet.get(f"{{{NS['r']}}}id")]
        data = ET.fromstring(book.read("xl/" + target))
        pane = data.find(".//m:pane", NS)
        frozen = " (header frozen)" if pane is not None and pane.get("state") == "frozen" else ""
        rows = data.findall(".//m:sheetData/m:row", NS)
        print(f"sheet {name!r}: {len(rows)} rows{frozen}")
        for row in rows[:limit]:
            cells = []
            for c in row.findall("m:c", NS):
                if c.get("t") == "inlineStr":
                    cells.append("".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t")))
                else:
                    value = c.find("m:v", NS)
                    code = codes.get(xfs[int(c.get("s", "0"))], "")
                    cells.append((value.text if value is not None else "") + (f" @{code}" if code else ""))
            print("  " + " | ".join(cells))


if __name__ == "__main__":
    main()
