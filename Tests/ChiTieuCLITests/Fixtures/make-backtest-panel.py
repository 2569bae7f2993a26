#!/usr/bin/env python3
"""Reference backtest of the naive and mean models on a small panel, for
Tests/ChiTieuCLITests/BacktestCommandTests.swift.

    python3 make-backtest-panel.py      (numpy, scipy; run in this folder)

Writes backtest-panel/observations.csv (the data below) and
backtest-panel/expected-naive-mean.csv, the long-form CSV that
`chitieu backtest --indicator output --horizon 3 --origins 4 --step 1
--models naive,mean --level 80,95 --format csv` must print, computed here
from the definitions and independently of the Swift code:

- origins: for a series whose last observed year is T, origin k = T - 3 - k
  (k = 0..3); training = the observed values in years <= origin. A series
  with no value there, or fewer than the model needs (2 for both), skips it.
- naive (R naive() on series without gaps): forecast = last training value
  y_L (year L); sigma^2 = mean of d^2/k over the changes d between
  consecutive observed values, k the years each spans (a change across a
  missing year is the sum of two yearly steps); the forecast
  for year t has se = sigma*sqrt(t - L), interval +- z_{(1+p)/2} se (normal).
- mean (R meanf()): forecast = mean of the m observed values; s = their sd
  (ddof 1); n = years from the first to the last training value, gaps
  included; interval +- t_{n-1,(1+p)/2} * s * sqrt(1 + 1/n).
- steps h = t - origin in 1..3 whose actual exists are scored.
- MASE scale: mean |y_t - y_(t-1)| over training years t where both exist.
- measures per series over all its points, per series per h; 'all' rows are
  the mean over series (with points) of the series' values; MAPE leaves out
  zero actuals, and a series' undefined MAPE/MASE is left out of the mean.
"""
import csv
import math
import os

import numpy as np
from scipy import stats

HORIZON, ORIGINS, STEP = 3, 4, 1
LEVELS = [80, 95]
INDICATOR = "output"

# unit -> {year: value or None (written as an empty value)}
DATA = {
    "alpha": dict(zip(range(2000, 2015), [102.0, 108.5, 113.1, 120.4, 118.9, 127.3, 135.0, 141.2,
                                          139.8, 150.6, 158.1, 163.9, 171.4, 169.0, 181.7])),
    # A missing year (2010) that becomes an origin, and a zero actual (2013).
    "beta": {2004: 12.0, 2005: 9.5, 2006: 14.2, 2007: 11.0, 2008: 15.8, 2009: 13.1, 2010: None,
             2011: 16.4, 2012: 4.0, 2013: 0.0, 2014: 7.5},
    # Short: only the latest origin leaves the 2 values the models need.
    "gamma": {2010: 50.0, 2011: 55.0, 2012: 53.0, 2013: 60.0, 2014: 64.0},
    # Both signs (a net balance).
    "delta": dict(zip(range(2003, 2015), [-3.0, 1.5, 4.0, -2.5, 0.5, 3.5, -1.0, 2.0, 5.5, -4.0, 1.0, 3.0])),
}


def naive(years, values, targets, level):
    last_year, last = years[-1], values[-1]
    diffs = np.diff(values)
    spans = np.diff(years)
    sigma = math.sqrt(np.mean(diffs ** 2 / spans))
    z = stats.norm.ppf(0.5 + level / 200)
    out = []
    for t in targets:
        se = sigma * math.sqrt(t - last_year)
        out.append((last, last - z * se, last + z * se))
    return out


def meanf(years, values, targets, level):
    m = values.mean()
    s = values.std(ddof=1)
    n = years[-1] - years[0] + 1
    q = stats.t.ppf(0.5 + level / 200, n - 1)
    half = q * s * math.sqrt(1 + 1 / n)
    return [(m, m - half, m + half) for _ in targets]


MODELS = {"naive": naive, "mean": meanf}


def mase_scale(train):
    diffs = [abs(train[t] - train[t - 1]) for t in train if t - 1 in train]
    if not diffs:
        return None
    q = sum(diffs) / len(diffs)
    return q if q > 0 else None


def points_of(model, series):
    observed = {t: v for t, v in series.items() if v is not None}
    end = max(observed)
    points = []  # (h, y, f, scale, [(lo, hi)] per level)
    for k in range(ORIGINS):
        origin = end - HORIZON - k * STEP
        train = {t: v for t, v in observed.items() if t <= origin}
        if len(train) < 2:
            continue
        years = np.array(sorted(train))
        values = np.array([train[t] for t in years])
        targets = [origin + h for h in range(1, HORIZON + 1) if origin + h in observed]
        per_level = [MODELS[model](years, values, targets, level) for level in LEVELS]
        scale = mase_scale(train)
        for i, t in enumerate(targets):
            f = per_level[0][i][0]
            bounds = [(per_level[l][i][1], per_level[l][i][2]) for l in range(len(LEVELS))]
            points.append((t - origin, observed[t], f, scale, bounds))
    return points


def measures(points):
    nan = float("nan")
    if not points:
        return dict(n=0, mae=nan, rmse=nan, mape=nan, smape=nan, mase=nan,
                    coverage=[nan] * len(LEVELS), winkler=[nan] * len(LEVELS))
    e = np.array([y - f for _, y, f, _, _ in points])
    ys = np.array([y for _, y, _, _, _ in points])
    fs = np.array([f for _, _, f, _, _ in points])
    nonzero = ys != 0
    mape = float(np.mean(np.abs(100 * e[nonzero] / ys[nonzero]))) if nonzero.any() else nan
    den = np.abs(ys) + np.abs(fs)
    smape = float(np.mean(np.where(den == 0, 0.0, 200 * np.abs(e) / np.where(den == 0, 1, den))))
    scaled = [abs(y - f) / s for _, y, f, s, _ in points if s is not None]
    mase = float(np.mean(scaled)) if scaled else nan
    coverage, winkler = [], []
    for l, level in enumerate(LEVELS):
        a = 1 - level / 100
        inside, score = 0, 0.0
        for _, y, _, _, bounds in points:
            lo, hi = bounds[l]
            inside += lo <= y <= hi
            score += (hi - lo) + (2 / a) * (lo - y) * (y < lo) + (2 / a) * (y - hi) * (y > hi)
        coverage.append(100 * inside / len(points))
        winkler.append(score / len(points))
    return dict(n=len(points), mae=float(np.mean(np.abs(e))), rmse=float(np.sqrt(np.mean(e ** 2))),
                mape=mape, smape=smape, mase=mase, coverage=coverage, winkler=winkler)


def mean_over_series(members):
    scored = [m for m in members if m["n"] > 0]
    def avg(values):
        values = [v for v in values if not math.isnan(v)]
        return sum(values) / len(values) if values else float("nan")
    out = dict(n=sum(m["n"] for m in scored), series=len(scored))
    for key in ["mae", "rmse", "mape", "smape", "mase"]:
        out[key] = avg([m[key] for m in scored])
    out["coverage"] = [avg([m["coverage"][l] for m in scored]) for l in range(len(LEVELS))]
    out["winkler"] = [avg([m["winkler"][l] for m in scored]) for l in range(len(LEVELS))]
    return out


def cells(m):
    def num(x):
        return "" if math.isnan(x) else repr(float(x))
    series = m.get("series", 1 if m["n"] > 0 else 0)
    return [str(series), str(m["n"]), num(m["mae"]), num(m["rmse"]), num(m["mape"]), num(m["smape"]), num(m["mase"])] \
        + [num(x) for x in m["coverage"]] + [num(x) for x in m["winkler"]]


def main():
    folder = "backtest-panel"
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "observations.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["unit", "indicator", "period", "value"])
        for unit, series in DATA.items():
            for year, value in series.items():
                w.writerow([unit, INDICATOR, year, "" if value is None else repr(value)])

    header = ["model", "unit", "indicator", "horizon", "series", "n", "mae", "rmse", "mape", "smape", "mase"] \
        + [f"coverage_{l}" for l in LEVELS] + [f"winkler_{l}" for l in LEVELS]
    rows = []
    for model in MODELS:
        per_series = {unit: points_of(model, series) for unit, series in DATA.items()}
        whole = {u: measures(p) for u, p in per_series.items()}
        by_h = {u: [measures([x for x in p if x[0] == h]) for h in range(1, HORIZON + 1)] for u, p in per_series.items()}
        rows.append([model, "all", INDICATOR, "all"] + cells(mean_over_series(list(whole.values()))))
        for h in range(HORIZON):
            rows.append([model, "all", INDICATOR, str(h + 1)] + cells(mean_over_series([by_h[u][h] for u in DATA])))
        for unit in DATA:
            rows.append([model, unit, INDICATOR, "all"] + cells(whole[unit]))
            for h in range(HORIZON):
                rows.append([model, unit, INDICATOR, str(h + 1)] + cells(by_h[unit][h]))
    with open(os.path.join(folder, "expected-naive-mean.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


if __name__ == "__main__":
    main()
