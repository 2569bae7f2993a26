"""Shared helpers for the dataset converters (Python 3 standard library only).

Every converter reads the project's shared data folder (default
`../shared/data`, relative to the repository root) and writes its dataset
deterministically: same input bytes, same output bytes.
"""

import argparse
import csv
import io
import os
import re
import sys
import unicodedata
from decimal import Decimal, InvalidOperation

TOOLS_DIR = os.path.dirname(os.path.abspath(__file__))
DATASETS_DIR = os.path.dirname(TOOLS_DIR)
REPO_ROOT = os.path.dirname(DATASETS_DIR)
DEFAULT_DATA = os.path.join(REPO_ROOT, "..", "shared", "data")


class ConversionError(Exception):
    """The shared data did not look the way the converter expects."""


def parse_args(description, dataset_name):
    """Command line common to the converters: DATA folder and --out folder."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(
        "data", nargs="?", default=DEFAULT_DATA,
        help="the shared data folder (default: ../shared/data relative to the repository root)")
    parser.add_argument(
        "--out", default=os.path.join(DATASETS_DIR, dataset_name),
        help="output folder (default: Datasets/%s)" % dataset_name)
    args = parser.parse_args()
    if not os.path.isdir(args.data):
        parser.error("shared data folder not found: %s" % args.data)
    return args


def read_csv(path):
    """Rows of a UTF-8 CSV file (header row required) as dicts, with line numbers."""
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    rows = []
    for row in reader:
        if None in row or any(value is None for value in row.values()):
            raise ConversionError("%s:%d: wrong number of columns" % (path, reader.line_num))
        row["_line"] = reader.line_num
        rows.append(row)
    return reader.fieldnames, rows


def write_csv(path, header, rows):
    """Writes UTF-8 CSV, LF line ends, RFC 4180 quoting (only where needed)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        if len(row) != len(header):
            raise ConversionError("internal: row %r does not match header %r" % (row, header))
        writer.writerow(row)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    # Written to a temporary file and renamed, so no half-written dataset is left behind.
    temporary = path + ".tmp"
    with open(temporary, "w", encoding="utf-8", newline="") as handle:
        handle.write(buffer.getvalue())
    os.replace(temporary, path)
    return len(rows)


def decimal(text, where):
    """A source number as an exact Decimal (no binary floating point anywhere)."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ConversionError("%s: not a number: %r" % (where, text)) from None
    if not value.is_finite():
        raise ConversionError("%s: not a finite number: %r" % (where, text))
    return value


def format_number(value):
    """Plain decimal notation, no exponent, no trailing zeros: 1241.0 -> 1241, 787.300 -> 787.3."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text


def slugify(name):
    """ASCII slug without diacritics: 'Mộc Châu' -> 'moc-chau', 'Đắk Lắk' -> 'dak-lak'."""
    text = name.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if not text:
        raise ConversionError("name gives an empty slug: %r" % name)
    return text


def fail(message):
    print("error: %s" % message, file=sys.stderr)
    sys.exit(65)
