"""Reference for PredictiveValueTests: R's quantile type 8 (Hyndman & Fan's
median-unbiased estimator) via numpy's method="median_unbiased", which
implements the same definition. Run: python3 make-quantiles.py > quantiles.csv"""
import numpy as np

x = np.array([3.1, -2.0, 7.5, 0.4, 12.9, 5.5, 5.5, 1.0, 9.25, -0.75, 4.0])
print("p,quantile")
for p in [0.01, 0.025, 0.1, 0.25, 0.5, 0.75, 0.9, 0.975, 0.99]:
    print(f"{p},{np.quantile(x, p, method='median_unbiased'):.17g}")
