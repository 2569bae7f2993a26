#!/usr/bin/env python3
"""Regenerates every bundled dataset from the shared data folder.

    python3 Datasets/tools/build_all.py [DATA]

DATA defaults to ../shared/data relative to the repository root. Runs each
converter in turn; stops at the first failure with its exit code.
"""

import os
import subprocess
import sys

from common import DEFAULT_DATA, TOOLS_DIR

CONVERTERS = ["build_son_la.py", "build_vietnam_provinces.py"]


def main():
    if len(sys.argv) > 2 or (len(sys.argv) == 2 and sys.argv[1].startswith("-")):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(64)
    data = sys.argv[1] if len(sys.argv) == 2 else DEFAULT_DATA
    for converter in CONVERTERS:
        result = subprocess.run([sys.executable, os.path.join(TOOLS_DIR, converter), data])
        if result.returncode != 0:
            sys.exit(result.returncode)


if __name__ == "__main__":
    main()
