#!/usr/bin/env python3
"""Times ChiTieu's automatic models next to statsforecast's on identical
generated panels, in one run, and prints one table (µs per series).

The work, for each panel: fit every series, then forecast h = 6 (yearly) or
h = 12 (monthly) with 80% and 95% intervals.

- Panels (numpy, seed 2014), written once to CSV (`unique_id,ds,y`) and
  read by both tools:
  - yearly: 10,000 series of 14 points, y = level·(1 + g·t) + noise, with
    level, growth g and noise scale drawn per series (positive data, so the
    multiplicative ETS forms take part, as on revenue);
  - monthly: 1,000 series of 120 points, the same with a seasonal profile
    (amplitude drawn per series) multiplied in.
- chitieu: `chitieu-bench models --data FILE` (release build), all series
  in one batch, with `CHITIEU_THREADS=1` and `=2`.
- statsforecast: `AutoETS`, `Theta`, `DynamicOptimizedTheta`, `AutoARIMA`
  (season_length 1 or 12), `n_jobs=1` and `2`, after a warm-up run (numba
  compiles on first use, which is not counted).

Pairs compared (ChiTieu : statsforecast): ets : AutoETS, theta : Theta,
theta:optimized : DynamicOptimizedTheta, arima : AutoARIMA. ChiTieu's
default, auto, has no counterpart and is printed alone. The ratio is
statsforecast's time over ChiTieu's, one thread each.

Slow pairs are timed on the first `--arima-series` series of a panel (both
tools on the same series), so the run ends in minutes; the table says how
many series each figure rests on.

Usage (from the repository root; needs numpy, pandas, statsforecast):
    pip install statsforecast==2.1.1
    python3 Benchmarks/compare_models.py [--yearly 10000] [--monthly 1000] [--arima-series 200]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

PAIRS = [("ets", "AutoETS"), ("theta", "Theta"), ("theta:optimized", "DynamicOptimizedTheta"), ("arima", "AutoARIMA")]


def panel(n, length, period, seed=2014):
    rng = np.random.default_rng(seed)
    t = np.arange(length)
    level = rng.uniform(50, 5000, size=(n, 1))
    growth = rng.normal(0.03, 0.04, size=(n, 1))
    noise = rng.uniform(0.01, 0.12, size=(n, 1))
    trend = level * np.maximum(1 + growth * t, 0.2)
    y = trend * (1 + noise * rng.standard_normal((n, length)))
    if period > 1:
        amplitude = rng.uniform(0, 0.3, size=(n, 1))
        phase = rng.uniform(0, 2 * np.pi, size=(n, 1))
        y *= 1 + amplitude * np.sin(2 * np.pi * t / period + phase)
    return np.maximum(y, 1e-3 * level)


def write(y, path, start):
    n, m = y.shape
    with open(path, "w") as f:
        f.write("unique_id,ds,y\n")
        for i in range(n):
            f.write("".join(f"s{i},{start + t},{float(y[i, t])!r}\n" for t in range(m)))


def chitieu(path, period, models, threads):
    bindir = subprocess.run(["swift", "build", "-c", "release", "--product", "chitieu-bench", "--show-bin-path"],
                            capture_output=True, text=True, check=True).stdout.strip()
    env = dict(os.environ, CHITIEU_THREADS=str(threads))
    out = subprocess.run([os.path.join(bindir, "chitieu-bench"), "models", "--data", path, "--frequency", str(period),
                          "--models", ",".join(models)], capture_output=True, text=True, check=True, env=env).stdout
    times = {}
    for line in out.splitlines():
        parts = line.split(",")
        if len(parts) >= 6 and parts[0] == "chitieu":
            times[parts[1]] = float(parts[5])
            if len(parts) > 6:
                print(f"# chitieu {parts[1]}: {parts[6]}", file=sys.stderr)
    return times


def statsforecast(y, period, name, n_jobs):
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast import models as sfm

    n, m = y.shape
    df = pd.DataFrame({"unique_id": np.repeat([f"s{i}" for i in range(n)], m),
                       "ds": np.tile(np.arange(m), n), "y": y.ravel()})
    model = getattr(sfm, name)(season_length=period)
    sf = StatsForecast(models=[model], freq=1, n_jobs=n_jobs)
    h = 6 if period == 1 else period
    sf.forecast(df=df.head(m * min(n, 4)), h=h, level=[80, 95])  # warm-up: numba compiles
    start = time.perf_counter()
    sf.forecast(df=df, h=h, level=[80, 95])
    return (time.perf_counter() - start) * 1e6 / n


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--yearly", type=int, default=10000)
    parser.add_argument("--monthly", type=int, default=1000)
    parser.add_argument("--arima-series", type=int, default=200,
                        help="series on which the ARIMA pair (and monthly theta:optimized) is timed")
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "chitieu-bench"], check=True,
                   stdout=subprocess.DEVNULL)

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for label, n, length, period, start in [("yearly", args.yearly, 14, 1, 2000),
                                                ("monthly", args.monthly, 120, 12, 24000)]:
            if n <= 0:
                continue
            y = panel(n, length, period)
            full = os.path.join(folder, f"{label}.csv")
            write(y, full, start)
            few = min(n, args.arima_series)
            subset = os.path.join(folder, f"{label}-{few}.csv")
            write(y[:few], subset, start)
            slow = {"arima"} | ({"theta:optimized"} if period > 1 else set())
            ours = {}
            for threads in (1, 2):
                fast = [m for m, _ in PAIRS if m not in slow] + ["auto"]
                ours[threads] = chitieu(full, period, fast, threads)
                ours[threads].update(chitieu(subset, period, sorted(slow), threads))
            for model, peer in PAIRS + [("auto", None)]:
                count = few if model in slow else n
                theirs = {}
                if peer is not None:
                    for jobs in (1, 2):
                        theirs[jobs] = statsforecast(y[:count], period, peer, jobs)
                rows.append((label, count, model, ours[1].get(model), ours[2].get(model), peer, theirs.get(1), theirs.get(2)))

    def cell(x):
        return "—" if x is None else (f"{x:,.0f}" if x >= 100 else f"{x:.1f}")

    print("| panel | series timed | ChiTieu model | ChiTieu, 1 thread | 2 threads | statsforecast 2.1.1 | n_jobs=1 | n_jobs=2 | ratio (1 thread) |")
    print("|---|---:|---|---:|---:|---|---:|---:|---:|")
    for label, count, model, one, two, peer, sf1, sf2 in rows:
        ratio = f"{sf1 / one:.1f}×" if one and sf1 else "—"
        print(f"| {label} | {count:,} | `{model}` | {cell(one)} | {cell(two)} | {peer or '—'} | {cell(sf1)} | {cell(sf2)} | {ratio} |")


if __name__ == "__main__":
    main()
