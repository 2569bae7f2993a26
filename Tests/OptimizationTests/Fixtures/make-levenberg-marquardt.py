"""Reference solutions for the Levenberg–Marquardt tests.

Each problem is solved by scipy.optimize.least_squares(method="lm") (MINPACK's
lmder/lmdif) with tight tolerances; the test solves the same residuals from
the same start and compares the point, the residual sum of squares and the
covariance σ̂²(JᵀJ)⁻¹ at the optimum. Data are generated here with a seeded
numpy generator and written out, so the Swift test does not re-create them.

    python3 make-levenberg-marquardt.py > levenberg-marquardt.json
"""
import json

import numpy as np
import scipy
from scipy.optimize import least_squares

rng = np.random.default_rng(20140601)


def rosenbrock(theta):
    x, y = theta
    return np.array([10 * (y - x * x), 1 - x])


# Exponential decay y = a·exp(−b t) + c with noise.
t_exp = np.arange(0.0, 20.0)
y_exp = 5.0 * np.exp(-0.3 * t_exp) + 1.0 + rng.normal(0, 0.05, t_exp.size)


def decay(theta):
    a, b, c = theta
    return a * np.exp(-b * t_exp) + c - y_exp


# Logistic curve y = K / (1 + exp(−r (t − m))) with noise (criteria met of a commune).
t_log = np.arange(2005.0, 2021.0)
y_log = 17.0 / (1 + np.exp(-0.45 * (t_log - 2012.5))) + rng.normal(0, 0.3, t_log.size)


def logistic(theta):
    k, r, m = theta
    return k / (1 + np.exp(-r * (t_log - m))) - y_log


# Analytic Jacobians: MINPACK's lmder is then used, and the covariance at the
# optimum carries no difference error.
def rosenbrock_jac(theta):
    x, _ = theta
    return np.array([[-20 * x, 10.0], [-1.0, 0.0]])


def decay_jac(theta):
    a, b, _ = theta
    e = np.exp(-b * t_exp)
    return np.column_stack([e, -a * t_exp * e, np.ones_like(t_exp)])


def logistic_jac(theta):
    k, r, m = theta
    e = np.exp(-r * (t_log - m))
    d = 1 + e
    return np.column_stack([1 / d, k * (t_log - m) * e / d**2, -k * r * e / d**2])


problems = []
for name, fn, jac_fn, start, data in [
    ("rosenbrock", rosenbrock, rosenbrock_jac, [-1.2, 1.0], {}),
    ("exponential-decay", decay, decay_jac, [1.0, 0.1, 0.0], {"t": t_exp.tolist(), "y": y_exp.tolist()}),
    ("logistic", logistic, logistic_jac, [15.0, 0.3, 2010.0], {"t": t_log.tolist(), "y": y_log.tolist()}),
]:
    fit = least_squares(fn, start, jac=jac_fn, method="lm", xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=100000)
    r = fn(fit.x)
    rss = float(r @ r)
    m, p = r.size, len(start)
    jac = jac_fn(fit.x)
    covariance = (np.linalg.inv(jac.T @ jac) * rss / (m - p)).tolist() if m > p else None
    problems.append({
        "name": name, "start": start, **data,
        "point": fit.x.tolist(), "rss": rss, "covariance": covariance,
        "status": int(fit.status),
    })

print(json.dumps({"scipy": scipy.__version__, "numpy": np.__version__, "problems": problems}, indent=1))
