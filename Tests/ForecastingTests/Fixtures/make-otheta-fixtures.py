"""Reference fits of the optimised theta model (OTM; Fiorucci et al. 2016)
by statsforecast's OptimizedTheta (statsforecast.theta.auto_theta with
model="OTM", season_length 1), on yearly series: six M3 yearly series (full
history) and R's Nile and LakeHuron.

Writes, next to this script:
- otheta-series.csv     series,time,value
- otheta-fits.csv       series,name,value: statsforecast's initial_smoothed,
                        alpha, theta, its in-sample sum of squared one-step
                        errors from the 4th on (sse, what it minimises up to
                        a constant factor), sigma (std of those, ddof 1),
                        and profile_sse: the least SSE over a grid of 8,901
                        alphas in [0.1, 0.99] (step 1e-4), with the best
                        initial level and theta in [1, 1e10] at each alpha
                        by numpy's lstsq (they enter linearly), a brute-force
                        check that an optimiser has not stopped short
- otheta-forecasts.csv  series,step,time,mean,lo_80,hi_80,lo_95,hi_95 as
                        OptimizedTheta().forecast(level=[80, 95]) gives them
                        (200 simulated paths, seed 0), then sim_lo_*/sim_hi_*:
                        the same simulation (statsforecast's compute_pi_samples)
                        with 200,000 paths, free of most Monte Carlo noise.

    python3 make-otheta-fixtures.py   (needs statsforecast 2.1.1 and Rscript)
"""
import csv
import subprocess

import numpy as np
import statsforecast
from statsforecast.models import OptimizedTheta
from statsforecast.theta import auto_theta, compute_pi_samples

M3 = "/work/shared/data/m3-yearly/m3-yearly.csv"
M3_IDS = ["Y1", "Y20", "Y100", "Y300", "Y500", "Y645"]
HORIZON = 6
LEVELS = [80, 95]

def profile_sse(y, alpha):
    """min over (initial level, phi = 1 - 1/theta) of the OTM criterion at alpha."""
    n = len(y)
    t = np.arange(1, n + 1)
    b = 6 * (2 * np.dot(t, y) / n - (n + 1) * y.mean()) / (n * n - 1)
    a = y.mean() - (n + 1) * b / 2
    smoothed = np.zeros(n)
    for i in range(1, n):
        smoothed[i] = alpha * y[i - 1] + (1 - alpha) * smoothed[i - 1]
    i = np.arange(n)
    level_column = (1 - alpha) ** i
    trend = a * (1 - alpha) ** i + b * (1 - (1 - alpha) ** (i + 1)) / alpha
    r = (y - smoothed)[3:]
    x = np.column_stack([level_column, trend])[3:]
    level, phi = np.linalg.lstsq(x, r, rcond=None)[0]
    if not 0 <= phi <= 1 - 1e-10:
        phi = min(max(phi, 0.0), 1 - 1e-10)
        rest = r - phi * x[:, 1]
        level = np.dot(x[:, 0], rest) / np.dot(x[:, 0], x[:, 0])
    e = r - x @ np.array([level, phi])
    return float(e @ e)


series = {}
with open(M3) as f:
    for row in csv.DictReader(f):
        if row["series_id"] in M3_IDS:
            series.setdefault(row["series_id"], []).append((int(row["timestamp"]), float(row["value"])))
for name in ["Nile", "LakeHuron"]:
    text = subprocess.run(["Rscript", "-e", f"cat(start({name})[1], {name}, sep=',')"],
                          capture_output=True, text=True, check=True).stdout
    numbers = [float(v) for v in text.split(",")]
    first = int(numbers[0])
    series[name] = [(first + i, v) for i, v in enumerate(numbers[1:])]

names = M3_IDS + ["Nile", "LakeHuron"]
series_rows, fit_rows, forecast_rows = [], [], []
for name in names:
    points = sorted(series[name])
    times = [t for t, _ in points]
    assert times == list(range(times[0], times[0] + len(times))), f"{name} has a gap"
    y = np.array([v for _, v in points])
    series_rows += [(name, t, repr(v)) for t, v in points]

    model = auto_theta(y, m=1, model="OTM")
    e = model["residuals"]
    sse = float(np.sum(e[3:] ** 2))
    sigma = float(np.std(e[3:], ddof=1))
    par = model["par"]
    for key, value in [("initial_smoothed", par["initial_smoothed"]), ("alpha", par["alpha"]),
                       ("theta", par["theta"]), ("sse", sse), ("sigma", sigma), ("n", len(y)),
                       ("profile_sse", min(profile_sse(y, a) for a in np.linspace(0.1, 0.99, 8901)))]:
        fit_rows.append((name, key, repr(float(value))))

    fc = OptimizedTheta(season_length=1).forecast(y, HORIZON, level=LEVELS)
    long_run = compute_pi_samples(
        n=model["n"], h=HORIZON, states=model["states"], sigma=sigma, alpha=par["alpha"],
        theta=par["theta"], mean_y=model["mean_y"], seed=1, n_samples=200_000,
    ).astype(np.float64)
    for h in range(HORIZON):
        row = [name, h + 1, times[-1] + h + 1, repr(float(fc["mean"][h]))]
        for level in LEVELS:
            row += [repr(float(fc[f"lo-{level}"][h])), repr(float(fc[f"hi-{level}"][h]))]
        for level in LEVELS:
            q = (100 - level) / 200
            row += [repr(float(np.quantile(long_run[h], q))), repr(float(np.quantile(long_run[h], 1 - q)))]
        forecast_rows.append(row)

with open("otheta-series.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["series", "time", "value"])
    w.writerows(series_rows)
with open("otheta-fits.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["series", "name", "value"])
    w.writerows(fit_rows)
with open("otheta-forecasts.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    header = ["series", "step", "time", "mean"]
    header += [f"{side}_{level}" for level in LEVELS for side in ("lo", "hi")]
    header += [f"sim_{side}_{level}" for level in LEVELS for side in ("lo", "hi")]
    w.writerow(header)
    w.writerows(forecast_rows)
print("statsforecast", statsforecast.__version__)
