#!/usr/bin/env python3
"""Writes two damaged copies of panel.xlsx (Python's zipfile only):

- damaged-sheet.xlsx: its first sheet's XML cut in the middle (a download
  that stopped, a disk error), every other part intact;
- damaged-styles.xlsx: xl/styles.xml cut the same way.

A reader must refuse them rather than read the part up to the damage.
Run from this folder: python3 make-damaged-workbooks.py
"""
import zipfile


def damaged(source, target, part):
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == part:
                data = data[: len(data) // 2]
            zout.writestr(info, data)  # each entry's date kept, so the bytes depend on the source alone


if __name__ == "__main__":
    damaged("panel.xlsx", "damaged-sheet.xlsx", "xl/worksheets/sheet1.xml")
    damaged("panel.xlsx", "damaged-styles.xlsx", "xl/styles.xml")
