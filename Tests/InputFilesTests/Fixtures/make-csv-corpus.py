#!/usr/bin/env python3
"""Generates csv-corpus.jsonl: random small CSV texts and what Python's csv
module reads from them, for the differential test of CSVReader.

Run from this folder:  python3 make-csv-corpus.py   (seeded; same output each run)

Each line of the output is one case, a JSON object:
  {"t": TEXT, "r": ROWS, "p": POSITIONS}   a valid text: ROWS is what
        csv.reader(io.StringIO(TEXT without its BOM, newline=''), strict=True)
        returns (a blank line is []); POSITIONS gives [line, column] of each
        field's first character (its opening quote if quoted), lines and
        columns from 1, columns in code points (Unicode scalars).
  "b": 1 in either form: the file starts with a UTF-8 byte-order mark, which
        is not part of TEXT (JSON readers such as Foundation's drop a leading
        U+FEFF from a string) and is skipped before reading.
  {"t": TEXT, "e": [LINE, COLUMN, KIND]}   an invalid text and where the
        error is. KIND is "unterminated" (a quoted field never closed; at its
        opening quote), "after-quote" (a character after a closing quote; at
        that character) or "quote-in-field" (a quote inside an unquoted field;
        at the quote). Python's strict mode rejects the first two; it accepts
        the third (it keeps the quote), which the spec refuses.

The texts are built from chosen fields, so the generator also knows each
field's position; it asserts that Python reads back the chosen fields and that
each record starts on the line Python's reader.line_num implies, so the
positions rest on Python's own line counting.
"""
import csv
import io
import json
import random
import unicodedata

SEED = 20140101
CASES = 4000

WORDS = ["son-la", "moc-chau", "budget_revenue", "2014", "2014-Q2", "2014-01..2014-06",
         "2100.5", "2.100,5", "-3", "x", "a b", " lead", "trail ", "ok", "0"]
VIETNAMESE = ["Sơn La", "Mộc Châu", "Thuận Châu", "Quỳnh Nhai", "Mường La", "Yên Châu",
              "Sông Mã", "Phù Yên", "Bắc Yên", "Huyện Mai Sơn", "Xã Chiềng Cơi", "Đề án 1",
              "chỉ tiêu", "thu ngân sách", "nông thôn mới"]
EMOJI = ["📈", "👍🏽", "🇻🇳", "✅", "🏔️"]


def random_text(rng):
    """One field's content, possibly with the characters that force quoting."""
    kind = rng.random()
    if kind < 0.10:
        return ""
    pieces = []
    for _ in range(rng.randint(1, 3)):
        r = rng.random()
        if r < 0.35:
            pieces.append(rng.choice(WORDS))
        elif r < 0.55:
            pieces.append(rng.choice(VIETNAMESE))
        elif r < 0.70:
            pieces.append(unicodedata.normalize("NFD", rng.choice(VIETNAMESE)))
        elif r < 0.78:
            pieces.append(rng.choice(EMOJI))
        elif r < 0.85:
            pieces.append(",")
        elif r < 0.91:
            pieces.append('"')
        elif r < 0.96:
            pieces.append("\n")
        else:
            pieces.append("\r\n")
    return "".join(pieces)


def encode_field(rng, value):
    """The field as written: quoted when it must be, sometimes when it need not."""
    must = any(c in value for c in ',"\r\n')
    if must or rng.random() < 0.25:
        return '"' + value.replace('"', '""') + '"', True
    return value, False


def advance(line, column, text):
    """Moves a position over text: CRLF, LF and CR each end a line."""
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\r":
            if i + 1 < len(text) and text[i + 1] == "\n":
                i += 1
            line, column = line + 1, 1
        elif c == "\n":
            line, column = line + 1, 1
        else:
            column += 1
        i += 1
    return line, column


def build_case(rng):
    """A valid text, its records as chosen, and each field's position."""
    eol = rng.choice(["\n", "\r\n", "mixed"])
    records = []
    for _ in range(rng.randint(1, 6)):
        if rng.random() < 0.07:
            records.append([])  # a blank line
            continue
        records.append([random_text(rng) for _ in range(rng.randint(1, 5))])
    pieces, positions = [], []
    line, column = 1, 1
    for index, fields in enumerate(records):
        record_positions = []
        for k, value in enumerate(fields):
            written, _ = encode_field(rng, value)
            if len(fields) == 1 and written == "":
                written = '""'  # a lone empty unquoted field would be a blank line
            record_positions.append([line, column])
            pieces.append(written)
            line, column = advance(line, column, written)
            if k + 1 < len(fields):
                pieces.append(",")
                column += 1
        positions.append(record_positions)
        last = index + 1 == len(records)
        if not last or rng.random() < 0.6 or not fields:
            ending = rng.choice(["\n", "\r\n"]) if eol == "mixed" else eol
            pieces.append(ending)
            line, column = line + 1, 1
    return "".join(pieces), records, positions


def python_rows(text):
    """What Python's csv module reads, with each record's first line."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows, starts, previous = [], [], 0
    for row in reader:
        rows.append(row)
        starts.append(previous + 1)
        previous = reader.line_num
    return rows, starts


def corrupt(rng, text):
    """Appends or inserts one error; returns the text and [line, column, kind]."""
    kind = rng.choice(["unterminated", "after-quote", "quote-in-field"])
    if text and not text.endswith(("\n", "\r")):
        text += rng.choice(["\n", "\r\n"])
    line, column = advance(1, 1, text)
    prefix = rng.choice(["", "a,", "Sơn La,", '"x",'])
    line, column = advance(line, column, prefix)
    if kind == "unterminated":
        body = rng.choice(["abc", "Mộc\nChâu", 'say ""hi""', "2014,\r\n2015"])
        return text + prefix + '"' + body, [line, column, kind]
    if kind == "after-quote":
        body = rng.choice(["abc", "Mộc\nChâu", ""])
        after_line, after_column = advance(line, column, '"' + body + '"')
        tail = rng.choice(["x", " ", "ộ", "😀"])
        return text + prefix + '"' + body + '"' + tail + ",z\n", [after_line, after_column, kind]
    lead = rng.choice(["ab", "Chiềng", "5"])
    quote_line, quote_column = advance(line, column, lead)
    return text + prefix + lead + '"cd,e\n', [quote_line, quote_column, kind]


def main():
    rng = random.Random(SEED)
    out = []
    for _ in range(CASES):
        text, records, positions = build_case(rng)
        bom = rng.random() < 0.05
        if rng.random() < 0.2:
            bad, error = corrupt(rng, text)
            if error[2] != "quote-in-field":
                try:
                    python_rows(bad)
                    raise AssertionError("Python accepted an invalid text: %r" % bad)
                except csv.Error:
                    pass
            out.append(dict({"t": bad, "e": error}, **({"b": 1} if bom else {})))
            continue
        rows, starts = python_rows(text)
        assert rows == records, (text, rows, records)
        for row_positions, start in zip(positions, starts):
            if row_positions:
                assert row_positions[0][0] == start, (text, positions, starts)
        out.append(dict({"t": text, "r": rows, "p": positions}, **({"b": 1} if bom else {})))
    with open("csv-corpus.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for case in out:
            f.write(json.dumps(case, ensure_ascii=False, separators=(",", ":")) + "\n")


if __name__ == "__main__":
    main()
