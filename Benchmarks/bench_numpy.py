#!/usr/bin/env python3
"""numpy counterpart of chitieu-bench's trend-batch benchmark
(Sources/ChiTieuBenchmarks/TrendBatchBenchmark.swift).

Fits a linear trend [1, t - mean(t)] to N series of 12 yearly points, N = 10,
1000, 10000: once with numpy.linalg.lstsq on the stacked 12 x N right-hand
side, once with one lstsq call per series. Prints the best of 5 wall-clock
times, total and per series, in the same format as chitieu-bench:

    trend-batch N=1000 years=12 batch: total ... us, ... us/series | loop: total ... us, ... us/series

numpy's lstsq uses LAPACK dgelsd (SVD), not dgels; both give the same
coefficients on these full-rank designs. Run: python3 Benchmarks/bench_numpy.py
"""
import sys
import time

import numpy as np


def best_time(repetitions, body):
    best = float("inf")
    for _ in range(repetitions):
        start = time.perf_counter()
        body()
        best = min(best, time.perf_counter() - start)
    return best * 1e6  # microseconds


def main(series_counts=(10, 1_000, 10_000), years=12, repetitions=5):
    rng = np.random.default_rng(2014)
    centred = np.arange(years, dtype=float) - (years - 1) / 2
    design = np.column_stack([np.ones(years), centred])
    for n in series_counts:
        level = rng.uniform(100, 10_000, n)
        slope = rng.uniform(-50, 50, n)
        responses = level + np.outer(centred, slope) + rng.uniform(-20, 20, (years, n))

        batch = best_time(repetitions, lambda: np.linalg.lstsq(design, responses, rcond=None))

        def per_series():
            for j in range(n):
                np.linalg.lstsq(design, responses[:, j], rcond=None)

        loop = best_time(repetitions, per_series)
        print(f"trend-batch N={n} years={years} batch: total {batch:.1f} us, {batch / n:.3f} us/series"
              f" | loop: total {loop:.1f} us, {loop / n:.3f} us/series (numpy {np.__version__})")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
