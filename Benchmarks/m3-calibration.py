#!/usr/bin/env python3
"""Panel calibration of the drift model's intervals on the M3 yearly series,
in numpy, mirroring PanelCalibration (Sources/Planning/Calibration) and
CalibrationM3Tests step by step, as an independent check of the numbers
that test prints, and the diagnosis of why calibrated intervals are too
wide there.

Protocol: hold out the last 6 values of each of the 645 series. Calibrate
on the training parts only: rolling origins o_k = T - 6 - k, k = 0..4 (T the
training part's last period; origins whose training has fewer than 3 values
are skipped, as the drift model needs 3), forecast h = 1..6 with R's
rwf(drift = TRUE), standardize z_h = (y - yhat_h) / se_h, store it as the
normal score u_h = Phi^-1(T_nu(z_h)) with nu = n - 2 for n training values,
and per horizon take Hyndman-Fan definition-8 quantiles of the u's (numpy
"median_unbiased"; both tails, since every horizon has >= 200 of them).
Calibrated interval at the final origin: yhat_h + se_h * T_nu^-1(Phi(Q_h(p)))
with the final training length's nu.

Then, per year before the held-out window, the median |z| of one-step
forecasts: how calm each year was relative to the model's sigma.

Usage: python3 Benchmarks/m3-calibration.py [DATA]   (folder or file; default
../shared/data/m3-yearly beside the repository, else ../../shared/...)
"""
import csv
import os
import sys
from collections import defaultdict

import numpy as np
from scipy import stats

HOLDOUT, ORIGINS = 6, 5
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read(path):
    points = defaultdict(list)
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            points[row["series_id"]].append((int(row["timestamp"]), float(row["value"])))
    return {k: np.array([v for _, v in sorted(p)]) for k, p in points.items()}


def drift(train, horizon):
    """R's rwf(drift = TRUE): yhat_h = y_T + h b, se_h = sqrt(s2 h + h^2 s2 / r)."""
    d = np.diff(train)
    r = len(d)
    b = d.mean()
    s2 = ((d - b) ** 2).sum() / (r - 1)
    h = np.arange(1, horizon + 1)
    return train[-1] + h * b, np.sqrt(s2 * h + h * h * s2 / r)


def score(z, n):
    """u = Phi^-1(T_nu(z)), nu = n - 2 (at least 1), tails kept off 0 and 1."""
    return stats.norm.ppf(np.clip(stats.t.cdf(z, max(n - 2, 1)), 1e-15, 1 - 1e-15))


def unscore(u, n):
    """z = T_nu^-1(Phi(u)), the inverse of score."""
    return stats.t.ppf(np.clip(stats.norm.cdf(u), 1e-15, 1 - 1e-15), max(n - 2, 1))


def main():
    given = sys.argv[1] if len(sys.argv) > 1 else None
    candidates = [given] if given else [os.path.join(ROOT, up, "shared", "data", "m3-yearly") for up in ("..", "../..")]
    path = next(p if p.endswith(".csv") else os.path.join(p, "m3-yearly.csv")
                for p in candidates if os.path.exists(p if p.endswith(".csv") else os.path.join(p, "m3-yearly.csv")))
    series = read(path)

    z = []
    for y in series.values():
        train = y[:-HOLDOUT]
        for k in range(ORIGINS):
            o = len(train) - HOLDOUT - k
            if o < 3:
                continue
            mean, se = drift(train[:o], HOLDOUT)
            z.append(score((train[o:o + HOLDOUT] - mean) / se, o))
    z = np.array(z)

    levels = (80, 95)
    nominal = {L: 0 for L in levels}
    calibrated = {L: 0 for L in levels}
    count = 0
    q = {L: (np.quantile(z, 0.5 - L / 200, axis=0, method="median_unbiased"),
             np.quantile(z, 0.5 + L / 200, axis=0, method="median_unbiased")) for L in levels}
    normal = {80: 1.2815515655446004, 95: 1.959963984540054}
    for y in series.values():
        train, test = y[:-HOLDOUT], y[-HOLDOUT:]
        mean, se = drift(train, HOLDOUT)
        count += HOLDOUT
        for L in levels:
            nominal[L] += int(np.sum(np.abs(test - mean) <= normal[L] * se))
            lo, hi = unscore(q[L][0], len(train)), unscore(q[L][1], len(train))
            calibrated[L] += int(np.sum((mean + se * lo <= test) & (test <= mean + se * hi)))
    print(f"drift, {len(series)} series, {len(z)} holdouts per horizon, {count} held-out values")
    for L in levels:
        print(f"  {L}% intervals cover {100 * nominal[L] / count:.2f}% nominal, {100 * calibrated[L] / count:.2f}% calibrated")
    factors = (q[95][1] - q[95][0]) / (2 * normal[95])
    print("  95% width factors by horizon:", " ".join(f"{f:.3f}" for f in factors))

    print("median |z| of one-step forecasts, by years before the held-out window's first year (0 = that year)")
    for j in range(10):
        one_step = []
        for y in series.values():
            o = len(y) - HOLDOUT - j
            if o < 4:
                continue
            mean, se = drift(y[:o], 1)
            one_step.append((y[o] - mean[0]) / se[0])
        one_step = np.abs(np.array(one_step))
        print(f"  {j}: {np.median(one_step):.3f}  (95% nominal covers {100 * np.mean(one_step <= normal[95]):.1f}%)")


if __name__ == "__main__":
    main()
