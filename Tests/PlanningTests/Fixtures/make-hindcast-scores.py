#!/usr/bin/env python3
"""Reference for Hindcast.scores (interval coverage and Brier score of the
review's probabilities, by month), computed with numpy from the
definitions, for Tests/PlanningTests/HindcastTests.swift.

    python3 Tests/PlanningTests/Fixtures/make-hindcast-scores.py

Writes hindcast-scores.json: 300 generated rows (numpy seed 2013; made up,
not real figures) of month (1-11), a projection with 80% and 95% intervals,
P(met), the outcome and whether the target was met; and per month:
n, coverage80 = mean(lo80 <= y <= hi80), coverage95 likewise, and
brier = mean((p - met)^2).
"""
import json
import os

import numpy as np

rng = np.random.default_rng(2013)
n = 300
month = rng.integers(1, 12, n)
centre = rng.uniform(50, 500, n)
spread = rng.uniform(1, 40, n)
outcome = centre + spread * rng.standard_normal(n) * 1.3
lo80, hi80 = centre - 1.2816 * spread, centre + 1.2816 * spread
lo95, hi95 = centre - 1.96 * spread, centre + 1.96 * spread
low = centre + rng.normal(0, 20, n)
p = rng.uniform(0, 1, n)
met = outcome >= low
rows = [{"month": int(month[i]), "projected": centre[i], "lo80": lo80[i], "hi80": hi80[i], "lo95": lo95[i],
         "hi95": hi95[i], "probability": p[i], "outcome": outcome[i], "reached": bool(met[i])} for i in range(n)]
scores = []
for m in sorted(set(month.tolist())):
    k = month == m
    scores.append({"month": m, "count": int(k.sum()),
                   "coverage80": float(np.mean((outcome[k] >= lo80[k]) & (outcome[k] <= hi80[k]))),
                   "coverage95": float(np.mean((outcome[k] >= lo95[k]) & (outcome[k] <= hi95[k]))),
                   "brier": float(np.mean((p[k] - met[k].astype(float)) ** 2))})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "hindcast-scores.json"), "w") as f:
    json.dump({"rows": rows, "scores": scores}, f, indent=0)
print("wrote hindcast-scores.json")
