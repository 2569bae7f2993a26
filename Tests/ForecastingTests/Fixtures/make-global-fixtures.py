#!/usr/bin/env python3
"""Reference for GlobalAutoregression (the `global` model's core), computed
independently with numpy from its definition, for
Tests/ForecastingTests/GlobalAutoregressionTests.swift.

    python3 Tests/ForecastingTests/Fixtures/make-global-fixtures.py

Writes global-autoregression.json: a generated panel (numpy seed 2021; it
says "generated" because it is) of 40 series, 4 to 25 values, levels from
about 50 to 20,000, random walks whose changes follow an AR(1) with drift,
plus one constant series (it teaches nothing) and one too short to give a
window; and, for L = 0, 2 and 3 lagged changes and H = 6:

- the coefficients beta_h of every horizon, and
- the point forecasts of every series for 8 steps (2 beyond H).

The definition (Montero-Manso & Hyndman 2021, as the Swift type states it):
a window at every t >= max(L + 2, 4) of a series y_1..y_n: the history
y_1..y_t, its scale s = mean |changes|, features
x = [1, mean(d)/s, d_t/s, ..., d_{t-L+1}/s] (a lag before the start is
mean(d)/s), and targets (y_{t+h} - y_t)/s for t + h <= n, each window of a
series weighted 1/(its number of windows at h). beta_h minimises the
weighted absolute error by iteratively reweighted least squares: start at
the weighted least-squares solution, then 20 rounds with weights
w_i / max(|r_i|, 1e-3); every solve is numpy.linalg.lstsq on sqrt(weight)
rows stacked over sqrt(ridge) * I, ridge = 1e-9 * trace(X'WX)/p. A horizon
with fewer windows than coefficients continues the previous two:
2 beta_{h-1} - beta_{h-2}. The forecast is y_n + s * x . beta_h; beyond H
the last increment continues.
"""
import json
import os

import numpy as np

H = 6
STEPS = 8
LAGS = [0, 2, 3]


def panel():
    rng = np.random.default_rng(2021)
    series = []
    for k in range(40):
        n = int(rng.integers(4, 26))
        level = float(np.exp(rng.uniform(np.log(50), np.log(20000))))
        drift = level * rng.uniform(-0.02, 0.08)
        phi = rng.uniform(-0.5, 0.7)
        d = drift
        y = [level]
        for _ in range(n - 1):
            d = drift + phi * (d - drift) + rng.normal(0, 0.05 * level)
            y.append(y[-1] + d)
        series.append([round(v, 6) for v in y])
    series.append([500.0] * 12)           # constant: no window teaches anything
    series.append([10.0, 12.0, 15.0])     # too short for a window
    return series


def features(y, lags):
    n = len(y)
    if n < 2:
        return None
    d = np.diff(y)
    scale = np.mean(np.abs(d))
    if not (scale > 0 and np.isfinite(scale)):
        return None
    mean_change = (y[-1] - y[0]) / (n - 1) / scale
    x = [1.0, mean_change]
    for lag in range(lags):
        t = n - 1 - lag
        x.append((y[t] - y[t - 1]) / scale if t - 1 >= 0 else mean_change)
    return np.array(x), scale


def solve(X, t, w, p):
    gram = (X * w[:, None]).T @ X
    ridge = 1e-9 * np.trace(gram) / p
    A = np.vstack([X * np.sqrt(w)[:, None], np.sqrt(ridge) * np.eye(p)])
    b = np.concatenate([t * np.sqrt(w), np.zeros(p)])
    beta, *_ = np.linalg.lstsq(A, b, rcond=None)
    return beta


def fit(series, lags):
    p = lags + 2
    first = max(lags + 2, 4)
    X = [[] for _ in range(H)]
    T = [[] for _ in range(H)]
    W = [[] for _ in range(H)]
    for y in series:
        if len(y) <= first:
            continue
        counts = [0] * H
        start = [len(W[h]) for h in range(H)]
        for t in range(first, len(y)):
            f = features(np.array(y[:t]), lags)
            if f is None:
                continue
            x, scale = f
            origin = y[t - 1]
            for h in range(1, H + 1):
                if t + h <= len(y):
                    X[h - 1].append(x)
                    T[h - 1].append((y[t + h - 1] - origin) / scale)
                    W[h - 1].append(1.0)
                    counts[h - 1] += 1
        for h in range(H):
            for i in range(start[h], len(W[h])):
                W[h][i] = 1.0 / counts[h]
    betas = []
    for h in range(H):
        if len(T[h]) < p:
            prev = betas[-1]
            before = betas[-2] if len(betas) >= 2 else np.zeros(p)
            betas.append(2 * prev - before)
            continue
        Xh, th, wh = np.array(X[h]), np.array(T[h]), np.array(W[h])
        beta = solve(Xh, th, wh, p)
        for _ in range(20):
            r = th - Xh @ beta
            beta = solve(Xh, th, wh / np.maximum(np.abs(r), 1e-3), p)
        betas.append(beta)
    return betas


def forecast(y, lags, betas):
    last = y[-1]
    f = features(np.array(y), lags)
    if f is None:
        return [last] * STEPS
    x, scale = f
    out = [last + scale * float(x @ b) for b in betas[:STEPS]]
    increment = out[-1] - out[-2]
    while len(out) < STEPS:
        out.append(out[-1] + increment)
    return out


def main():
    series = panel()
    cases = []
    for lags in LAGS:
        betas = fit(series, lags)
        cases.append({
            "lags": lags,
            "coefficients": [list(map(float, b)) for b in betas],
            "forecasts": [forecast(y, lags, betas) for y in series],
        })
    out = {"horizon": H, "steps": STEPS, "source": "generated, numpy seed 2021 (make-global-fixtures.py)",
           "series": series, "cases": cases}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "global-autoregression.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")
    print("wrote", path)


if __name__ == "__main__":
    main()
