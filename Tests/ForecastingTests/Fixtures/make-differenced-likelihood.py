#!/usr/bin/env python3
"""Reference for DifferencedLikelihood (the exact ARIMA likelihood on the
differenced series by the Chandrasekhar recursions), computed independently
by statsmodels' SARIMAX, for Tests/ForecastingTests/DifferencedLikelihoodTests.swift.

    pip install statsmodels==0.15.0
    python3 Tests/ForecastingTests/Fixtures/make-differenced-likelihood.py

Writes differenced-likelihood.json. Each case is a generated series
(numpy seed 1985; it says "generated" because it is), an ARIMA order with
fixed coefficients, and statsmodels' exact Gaussian log-likelihood of the
differenced series w = (1 - B)^d (1 - B^m)^D y under the stationary ARMA
(SARIMAX with d = D = 0 on w, its default stationary initialisation, the
Kalman filter with the Riccati equation) at sigma2 = 1 and sigma2 = 2.
Two values of sigma2 pin down both sums the Swift type returns:
loglik = -(nu log(2 pi sigma2) + sum log F + sum v^2/F / sigma2) / 2.

The expanded polynomials (phi, theta, delta) are written too, in R's
convention (1 - phi_1 B - ..., 1 + theta_1 B + ...), as statsmodels uses.
"""
import json
import os

import numpy as np
from statsmodels.tsa.statespace.sarimax import SARIMAX

rng = np.random.default_rng(1985)


def poly(coefficients, lag):
    out = np.zeros(lag * len(coefficients) + 1)
    out[0] = 1
    for j, c in enumerate(coefficients):
        out[lag * (j + 1)] = c
    return out


def case(name, n, ar, ma, d, sar=(), sma=(), D=0, m=1, level=100.0, scale=1.0):
    y = level + scale * np.cumsum(rng.standard_normal(n))
    if m > 1:
        y = y + 0.1 * level * np.sin(2 * np.pi * np.arange(n) / m)
    if d == 0 and D == 0:
        y = scale * rng.standard_normal(n)
    w = y.copy()
    for _ in range(d):
        w = np.diff(w)
    for _ in range(D):
        w = w[m:] - w[:-m]
    model = SARIMAX(w, order=(len(ar), 0, len(ma)),
                    seasonal_order=(len(sar), 0, len(sma), m if m > 1 else 0), trend="n")
    params = list(ar) + list(ma) + list(sar) + list(sma)
    loglik = [float(model.loglike(np.array(params + [s2]))) for s2 in (1.0, 2.0)]
    phi = -np.convolve(np.r_[1, -np.array(ar)], poly([-c for c in sar], m))[1:]
    theta = np.convolve(np.r_[1, np.array(ma)], poly(list(sma), m))[1:]
    diff = np.array([1.0])
    for _ in range(d):
        diff = np.convolve(diff, [1, -1])
    for _ in range(D):
        diff = np.convolve(diff, poly([-1], m))
    return {"name": name, "y": y.tolist(), "phi": phi.tolist(), "theta": theta.tolist(),
            "delta": (-diff[1:]).tolist(), "count": len(w), "loglik": loglik}


cases = [
    case("ARMA(1,1)", 30, [0.6], [0.3], 0),
    case("ARIMA(2,1,1)", 40, [0.5, -0.2], [0.4], 1, level=500, scale=20),
    case("ARIMA(0,2,2)", 25, [], [-0.5, 0.2], 2),
    case("ARIMA(3,1,0) near a unit root", 60, [0.9, 0.05, 0.03], [], 1),
    case("SARIMA(1,1,1)(1,1,1)[12]", 120, [0.5], [0.4], 1, [0.3], [0.6], 1, 12, level=5000, scale=100),
    case("SARIMA(0,1,1)(0,1,1)[12] airline", 144, [], [-0.4], 1, [], [-0.6], 1, 12, level=300, scale=10),
    case("SARIMA(2,0,0)(1,0,0)[4]", 48, [0.3, 0.2], [], 0, [0.5], [], 0, 4),
]
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "differenced-likelihood.json")
with open(path, "w") as f:
    json.dump(cases, f, indent=1)
print("wrote", path)
