#!/usr/bin/env python3
"""Times the country-scale jobs of issue 11 end to end, in a release build.

    python3 Benchmarks/national-scale.py [--binary PATH] [--series 200000] [--skip-forecast]

1. `review --as-of 2014-06` and `attain --as-of 2014-06` on the generated
   national dataset (Datasets/national, written by
   Datasets/tools/generate_national.py when missing): 63 provinces, 707
   districts with monthly revenue 2009-01..2014-06, 10,667 communes.
2. `forecast --horizon 12` of N yearly series (default 200,000, 14 years
   each, generated here with numpy's seeded generator: level x trend x noise,
   the panel of compare_models.py), CSV in and CSV out, with `linear` and with
   the default model.

Each job runs once, as a user would run it; wall time and peak resident
memory are read from the child's rusage. Generated inputs go to
.build/national-scale/. Nothing here is a published figure.
"""

import argparse
import os
import resource
import subprocess
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(ROOT, ".build", "national-scale")


def yearly_panel(n, length=14, seed=2014):
    rng = np.random.default_rng(seed)
    t = np.arange(length)
    level = rng.uniform(50, 5000, size=(n, 1))
    growth = rng.normal(0.03, 0.04, size=(n, 1))
    noise = rng.uniform(0.01, 0.12, size=(n, 1))
    y = level * np.maximum(1 + growth * t, 0.2) * (1 + noise * rng.standard_normal((n, length)))
    return np.maximum(y, 1e-3 * level)


def write_observations(path, y, start=2000):
    with open(path, "w") as f:
        f.write("unit,indicator,period,value\n")
        for i in range(y.shape[0]):
            f.write("".join("u%06d,revenue,%d,%.4f\n" % (i, start + t, y[i, t]) for t in range(y.shape[1])))


def run(label, command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # ru_maxrss is the largest child so far, in KiB on Linux.
    peak = max(after.ru_maxrss, before.ru_maxrss) / 1024
    status = "ok" if result.returncode == 0 else "exit %d: %s" % (result.returncode, result.stderr.strip()[:200])
    print("%-58s %8.1f s   peak %7.0f MiB   %s" % (label, seconds, peak, status), flush=True)
    return seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--binary", help="the chitieu binary (default: build it with swift build -c release)")
    parser.add_argument("--series", type=int, default=200000)
    parser.add_argument("--skip-forecast", action="store_true")
    args = parser.parse_args()
    binary = args.binary
    if not binary:
        subprocess.run(["swift", "build", "-c", "release", "--product", "chitieu"], cwd=ROOT, check=True)
        folder = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout.strip()
        binary = os.path.join(folder, "chitieu")
    os.makedirs(WORK, exist_ok=True)
    national = os.path.join(ROOT, "Datasets", "national")
    if not os.path.exists(os.path.join(national, "observations.csv")):
        subprocess.run([sys.executable, os.path.join(ROOT, "Datasets", "tools", "generate_national.py")], check=True)
    print("machine: %d cores; binary %s" % (os.cpu_count(), binary))
    run("review --as-of 2014-06, national, HTML", [binary, "review", "--data", national, "--as-of", "2014-06",
                                                    "--format", "html", "--output", os.path.join(WORK, "review.html")])
    run("review --as-of 2014-06, national, CSV", [binary, "review", "--data", national, "--as-of", "2014-06",
                                                   "--format", "csv", "--output", os.path.join(WORK, "review.csv")])
    run("attain --as-of 2014-06, national, CSV", [binary, "attain", "--data", national, "--as-of", "2014-06",
                                                   "--format", "csv", "--output", os.path.join(WORK, "attain.csv")])
    if args.skip_forecast:
        return
    path = os.path.join(WORK, "yearly-%d.csv" % args.series)
    if not os.path.exists(path):
        write_observations(path, yearly_panel(args.series))
    for model in ["linear", "auto"]:
        run("forecast %d yearly series x 12, %s" % (args.series, model),
            [binary, "forecast", "--data", path, "--indicator", "revenue", "--horizon", "12", "--model", model,
             "--format", "csv", "--output", os.path.join(WORK, "forecast-%s.csv" % model)])


if __name__ == "__main__":
    main()
