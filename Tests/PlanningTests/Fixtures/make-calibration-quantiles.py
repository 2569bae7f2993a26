#!/usr/bin/env python3
"""Definition-8 quantiles (Hyndman & Fan 1996; numpy method="median_unbiased",
R quantile(type = 8)) of two small samples, for CalibrationDistributionTests.

Writes calibration-quantiles.csv: sample, p, q.
"""
import csv
import os

import numpy as np

SAMPLES = {
    "a": [0.3, -1.2, 2.5, 0.0, 0.7],
    "b": [-2.1, -0.4, -0.4, 0.1, 0.9, 1.3, 1.7, 3.2, -0.8, 0.05, 2.2],
}
PROBABILITIES = [0.0, 0.01, 0.025, 0.1, 0.2, 0.25, 0.5, 0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 1.0]


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "calibration-quantiles.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["sample", "p", "q"])
        for name, sample in SAMPLES.items():
            for p in PROBABILITIES:
                w.writerow([name, p, repr(float(np.quantile(sample, p, method="median_unbiased")))])


if __name__ == "__main__":
    main()
