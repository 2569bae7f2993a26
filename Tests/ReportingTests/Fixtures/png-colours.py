#!/usr/bin/env python3
"""Counts the pixels of given colours in a PNG (Python standard library only).

Used by the screenshot test of the review's HTML: Chromium renders the page,
this script decodes the screenshot (zlib + the PNG row filters of the PNG
specification, section 9) and prints one JSON object:

    {"width": W, "height": H, "counts": {"#7fb0dc": N, ...}}

Usage: png-colours.py FILE.png '#rrggbb' ['#rrggbb' ...] [--tolerance T]
A pixel counts for a colour when each channel is within T (default 2) of it.
Only 8-bit greyscale, RGB and RGBA non-interlaced images are read (what
Chromium writes); anything else exits with status 2.
"""
import json
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        sys.exit("not a PNG: " + path)
    pos, idat, header = 8, [], None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind = data[pos + 4:pos + 8]
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
    width, height, depth, colour, _, _, interlace = header
    channels = {0: 1, 2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace != 0:
        print("unsupported PNG: depth %d colour type %d interlace %d" % (depth, colour, interlace), file=sys.stderr)
        sys.exit(2)
    raw = zlib.decompress(b"".join(idat))
    stride = width * channels
    rows, previous, at = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[at], bytearray(raw[at + 1:at + 1 + stride])
        at += 1 + stride
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = previous[i]
            c = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        previous = line
    return width, height, channels, rows


def main(argv):
    tolerance, colours, path = 2, [], None
    args = iter(argv)
    for arg in args:
        if arg == "--tolerance":
            tolerance = int(next(args))
        elif path is None:
            path = arg
        else:
            colours.append(arg)
    width, height, channels, rows = read_png(path)
    targets = [(c, int(c[1:3], 16), int(c[3:5], 16), int(c[5:7], 16)) for c in colours]
    counts = {c: 0 for c in colours}
    for line in rows:
        for x in range(width):
            if channels == 1:
                r = g = b = line[x]
            else:
                r, g, b = line[x * channels], line[x * channels + 1], line[x * channels + 2]
            for name, tr, tg, tb in targets:
                if abs(r - tr) <= tolerance and abs(g - tg) <= tolerance and abs(b - tb) <= tolerance:
                    counts[name] += 1
    print(json.dumps({"width": width, "height": height, "counts": counts}))


if __name__ == "__main__":
    main(sys.argv[1:])
