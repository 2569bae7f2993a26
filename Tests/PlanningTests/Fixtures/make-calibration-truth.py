#!/usr/bin/env python3
"""True exceedance probabilities of the drift model's standardized errors
on the process CalibrationTests simulates (numpy, by a large simulation).

Process, per unit (as `DriftingPanel` in CalibrationTests.swift):
    s ~ exp(U(-1, 1)),  d = s * U(-0.5, 1.5),
    a_t = 0.5 a_{t-1} + e_t,  e_t ~ Student t(5) / sqrt(5/3)  (unit variance),
    a started at 0 and run 50 steps before the first change,
    y_1 = 100,  y_t = y_{t-1} + d + s a_t,  t = 2 ... 45.
The drift model (R rwf(drift = TRUE)) is fitted to y_1 ... y_40:
    b = mean(dy),  sigma2 = sum((dy - b)^2) / (r - 1),  r = 39,
    yhat_h = y_40 + h b,  se_h = sqrt(sigma2 h + h^2 sigma2 / r),
and z_h = (y_{40+h} - yhat_h) / se_h, h = 1 ... 5.
z_h does not depend on s, d or y_1 (it is invariant to shifts and scales
of the changes), so P(z_h >= t) is the true probability that the outcome
reaches yhat_h + t se_h, for every unit.

Writes calibration-truth.csv: h, t, p = P(z_h >= t) for t = -4.00 ... 4.00
by 0.05; 2,000,000 units, standard error of p at most 0.00035.
"""
import csv
import os

import numpy as np

UNITS = 2_000_000
HISTORY, HORIZON, BURN, PHI, NU = 40, 5, 50, 0.5, 5


def main():
    rng = np.random.default_rng(20261127)
    chunks = []
    for _ in range(UNITS // 200_000):
        n = 200_000
        steps = BURN + HISTORY - 1 + HORIZON
        e = rng.standard_t(NU, size=(n, steps)) / np.sqrt(NU / (NU - 2))
        a = np.zeros((n, steps))
        previous = np.zeros(n)
        for t in range(steps):
            previous = PHI * previous + e[:, t]
            a[:, t] = previous
        changes = a[:, BURN:]  # s = 1, d = 0 without loss of generality (z is invariant)
        history, future = changes[:, :HISTORY - 1], changes[:, HISTORY - 1:]
        r = HISTORY - 1
        b = history.mean(axis=1)
        sigma2 = ((history - b[:, None]) ** 2).sum(axis=1) / (r - 1)
        h = np.arange(1, HORIZON + 1)
        se = np.sqrt(sigma2[:, None] * h + h ** 2 * sigma2[:, None] / r)
        error = np.cumsum(future, axis=1) - h * b[:, None]
        chunks.append(error / se)
    z = np.concatenate(chunks)
    grid = np.round(np.arange(-4, 4.0001, 0.05), 2)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calibration-truth.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["h", "t", "p"])
        for k in range(HORIZON):
            column = np.sort(z[:, k])
            for t in grid:
                p = 1 - np.searchsorted(column, t, side="left") / len(column)
                w.writerow([k + 1, f"{t + 0.0:.2f}", f"{p:.6f}"])


if __name__ == "__main__":
    main()
