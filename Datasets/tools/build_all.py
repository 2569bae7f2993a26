#!/usr/bin/env python3
"""Regenerates every bundled dataset from the shared data folder.

    python3 Datasets/tools/build_all.py [DATA]

DATA defaults to ../shared/data relative to the repository root. Runs each
step in turn (generate_son_la.py right after build_son_la.py, on the folder it
wrote); stops at the first failure with its exit code.
"""

import os
import subprocess
import sys

from common import DEFAULT_DATA, TOOLS_DIR

# Each step: the script and whether it takes the shared data folder.
STEPS = [("build_son_la.py", True), ("generate_son_la.py", False), ("build_vietnam_provinces.py", True),
         ("build_m3_yearly.py", True)]


def main():
    if len(sys.argv) > 2 or (len(sys.argv) == 2 and sys.argv[1].startswith("-")):
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(64)
    data = sys.argv[1] if len(sys.argv) == 2 else DEFAULT_DATA
    for script, takes_data in STEPS:
        result = subprocess.run([sys.executable, os.path.join(TOOLS_DIR, script)] + ([data] if takes_data else []))
        if result.returncode != 0:
            sys.exit(result.returncode)


if __name__ == "__main__":
    main()
