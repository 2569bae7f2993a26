#!/usr/bin/env python3
"""Times ChiTieu's batch model fits next to the same work in numpy and
statsforecast, in one run, and prints one table (time per series).

The work, for each model and panel size N: fit N yearly series of 12 points
(y = 100 + 3t + noise, seeded) and forecast h = 6 with 80% and 95% intervals.

- chitieu: `chitieu-bench models` (release build), all N series in one batch.
- numpy: the linear trend by one `numpy.linalg.lstsq` on all N right-hand
  sides at once, with t-based prediction intervals (scipy.stats.t), and the
  same per series in a Python loop.
- statsforecast: `HistoricAverage`, `Naive`, `RandomWalkWithDrift` (its
  counterparts of mean, naive, drift) with `level=[80, 95]`, n_jobs=1.

Usage (from the repository root; needs numpy, scipy, pandas, statsforecast):
    pip install statsforecast
    python3 Benchmarks/compare.py [--series 10,1000,10000]
"""
import argparse
import os
import subprocess
import sys
import time

import numpy as np
from scipy import stats

H = 6
LEVELS = (80, 95)
LENGTH = 12


def panel(n, seed=2014):
    rng = np.random.default_rng(seed)
    t = np.arange(LENGTH)
    return 100 + 3 * t + rng.normal(0, 5, size=(n, LENGTH))


def numpy_linear_batch(y):
    """One least-squares solve for every series; intervals as R's predict.lm."""
    n, m = y.shape
    t = np.arange(m, dtype=float)
    tc = (t - t.mean()) / t.std()
    X = np.column_stack([np.ones(m), tc])
    coef, rss, _, _ = np.linalg.lstsq(X, y.T, rcond=None)
    df = m - 2
    sigma = np.sqrt(rss / df)
    xinv = np.linalg.inv(X.T @ X)
    tf = (np.arange(m, m + H) - t.mean()) / t.std()
    Xf = np.column_stack([np.ones(H), tf])
    mean = Xf @ coef
    lev = np.sqrt(1 + np.einsum("ij,jk,ik->i", Xf, xinv, Xf))
    out = []
    for L in LEVELS:
        q = stats.t.ppf(0.5 + L / 200, df)
        out.append((mean - q * lev[:, None] * sigma, mean + q * lev[:, None] * sigma))
    return mean, out


def numpy_linear_loop(y):
    for row in y:
        numpy_linear_batch(row[None, :])


def statsforecast_models(y, names):
    import pandas as pd
    from statsforecast import StatsForecast
    from statsforecast.models import HistoricAverage, Naive, RandomWalkWithDrift

    n, m = y.shape
    df = pd.DataFrame({
        "unique_id": np.repeat(np.arange(n), m),
        "ds": np.tile(np.arange(2002, 2002 + m), n),
        "y": y.ravel(),
    })
    models = {"mean": HistoricAverage, "naive": Naive, "drift": RandomWalkWithDrift}
    results = {}
    for name in names:
        sf = StatsForecast(models=[models[name]()], freq=1, n_jobs=1)
        sf.forecast(df=df.head(m * min(n, 10)), h=H, level=list(LEVELS))  # warm-up (numba compiles)
        start = time.perf_counter()
        sf.forecast(df=df, h=H, level=list(LEVELS))
        results[name] = time.perf_counter() - start
    return results


def chitieu(counts):
    binary = subprocess.run(["swift", "build", "-c", "release", "--product", "chitieu-bench", "--show-bin-path"],
                            capture_output=True, text=True, check=True).stdout.strip()
    subprocess.run(["swift", "build", "-c", "release", "--product", "chitieu-bench"], check=True,
                   stdout=subprocess.DEVNULL)
    out = subprocess.run([os.path.join(binary, "chitieu-bench"), "models", "--series", ",".join(map(str, counts)),
                          "--length", str(LENGTH)], capture_output=True, text=True, check=True).stdout
    rows = {}
    for line in out.splitlines()[1:]:
        parts = line.split(",")
        if len(parts) >= 6 and parts[0] == "chitieu":
            rows[(parts[1], int(parts[2]))] = float(parts[4]) / 1e3
    return rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--series", default="10,1000,10000")
    args = parser.parse_args()
    counts = [int(x) for x in args.series.split(",")]

    rows = []
    ct = chitieu(counts)
    for (model, n), seconds in sorted(ct.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        rows.append(("chitieu (Swift, LAPACK)", model, n, seconds))
    numpy_linear_batch(panel(10))  # warm-up: the first call pays for imports and LAPACK set-up
    for n in counts:
        y = panel(n)
        start = time.perf_counter(); numpy_linear_batch(y); rows.append(("numpy, one lstsq", "linear", n, time.perf_counter() - start))
        if n <= 10000:
            start = time.perf_counter(); numpy_linear_loop(y); rows.append(("numpy, loop per series", "linear", n, time.perf_counter() - start))
        try:
            for model, seconds in statsforecast_models(y, ["mean", "naive", "drift"]).items():
                rows.append(("statsforecast 2.x", model, n, seconds))
        except ImportError:
            print("# statsforecast not installed: pip install statsforecast", file=sys.stderr)

    print(f"{'implementation':28} {'model':10} {'series':>7} {'total ms':>10} {'µs/series':>10}")
    for impl, model, n, seconds in sorted(rows, key=lambda r: (r[2], r[1], r[0])):
        print(f"{impl:28} {model:10} {n:7d} {seconds * 1e3:10.2f} {seconds * 1e6 / n:10.2f}")


if __name__ == "__main__":
    main()
