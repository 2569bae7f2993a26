#!/usr/bin/env python3
"""Reference least-squares fits for LinearAlgebraTests (full-rank designs).

Writes least-squares.json: for each design X (n x p) and responses Y (n x k),
the exact-to-double coefficients B = (X^T X)^{-1} X^T Y, the residual sums of
squares and (X^T X)^{-1}, all computed with mpmath at 50 significant digits
from the double inputs (so the reference is independent of LAPACK and
accurate far beyond what a double fit can reach). numpy.linalg.lstsq is run
as a cross-check only.

Also writes quadratic-forms.json: x^T A x for symmetric A, by numpy and by
mpmath.

Matrices are stored column-major (LAPACK's layout), as lists of doubles
written by repr, which round-trips exactly.

Run: python3 make-least-squares.py   (numpy 2.4, mpmath 1.3)
"""
import json
import numpy as np
import mpmath as mp

mp.mp.dps = 50
rng = np.random.default_rng(20141231)


def column_major(a):
    return [float(v) for v in np.asarray(a, dtype=float).flatten(order="F")]


def mp_reference(X, Y):
    """B, RSS and (X^T X)^{-1} at 50 digits, rounded to double."""
    n, p = X.shape
    Xm = mp.matrix([[mp.mpf(float(X[i, j])) for j in range(p)] for i in range(n)])
    G = Xm.T * Xm
    Ginv = G ** -1
    coefficients, rss = [], []
    for j in range(Y.shape[1]):
        y = mp.matrix([mp.mpf(float(v)) for v in Y[:, j]])
        b = Ginv * (Xm.T * y)
        r = y - Xm * b
        coefficients.append([float(v) for v in b])
        rss.append(float(sum(v * v for v in r)))
    B = np.array(coefficients).T
    inverse_gram = np.array([[float(Ginv[i, j]) for j in range(p)] for i in range(p)])
    return B, rss, inverse_gram


def case(name, X, Y, tolerance, note):
    X = np.asarray(X, dtype=float)
    Y = np.asarray(Y, dtype=float)
    B, rss, inverse_gram = mp_reference(X, Y)
    # Cross-check with LAPACK through numpy (gelsd); catches a wrong reference.
    B_np, rss_np, rank, sv = np.linalg.lstsq(X, Y, rcond=None)
    assert rank == X.shape[1]
    assert np.allclose(B_np, B, rtol=1e-6, atol=1e-9), name
    return {
        "name": name,
        "note": note,
        "rows": X.shape[0],
        "columns": X.shape[1],
        "design": column_major(X),
        "responseCount": Y.shape[1],
        "responses": column_major(Y),
        "coefficients": column_major(B),
        "residualSumOfSquares": rss,
        "unscaledCovariance": column_major(inverse_gram),
        "conditionNumber": float(sv[0] / sv[-1]),
        "relativeTolerance": tolerance,
    }


def trend_responses(t, k):
    """k responses of a trend with noise, plus a constant and a pure-noise one."""
    n = len(t)
    cols = [100 + 3.5 * t + rng.normal(0, 2, n),
            np.full(n, 42.0),
            50 * np.exp(0.05 * t) + rng.normal(0, 1, n),
            rng.normal(0, 1, n)]
    for _ in range(k - len(cols)):
        cols.append(rng.uniform(-5, 5) + rng.uniform(-2, 2) * t + rng.normal(0, 3, n))
    return np.column_stack(cols)


cases = []

# Intercept + centred/scaled trend: 12 yearly points, 2013..2024.
years = np.arange(2013, 2025, dtype=float)
c = (years - years.mean()) / years.std(ddof=1)
X = np.column_stack([np.ones_like(c), c])
cases.append(case("intercept-centred-trend", X, trend_responses(c, 6), 1e-12,
                  "1, (t - mean)/sd for t = 2013..2024"))

# Quadratic trend on centred years, 15 points.
years = np.arange(2000, 2015, dtype=float)
c = years - years.mean()
X = np.column_stack([np.ones_like(c), c, c * c])
Y = trend_responses(c, 5)
Y[:, 4] = 10 - 0.3 * c + 0.05 * c * c + rng.normal(0, 0.5, len(c))
cases.append(case("quadratic-trend", X, Y, 1e-12, "1, c, c^2 with c = t - mean, t = 2000..2014"))

# A random 30 x 5 design with 4 responses.
X = rng.normal(0, 1, (30, 5))
beta = rng.normal(0, 3, (5, 4))
Y = X @ beta + rng.normal(0, 0.5, (30, 4))
cases.append(case("random-30x5", X, Y, 1e-12, "standard normal design, seed 20141231"))

# A mildly ill-conditioned Vandermonde (cond ~ 1e5): 1, x, ..., x^7 at 20 points of [0, 1].
x = np.linspace(0, 1, 20)
X = np.vander(x, 8, increasing=True)
Y = np.column_stack([np.sin(3 * x), np.exp(x), x ** 5 - x, rng.normal(0, 1, 20)])
cases.append(case("vandermonde-degree-7", X, Y, 1e-10, "x^0..x^7, x = linspace(0, 1, 20)"))

# A tall design: 200 rows, intercept + 3 covariates, 3 responses.
X = np.column_stack([np.ones(200), rng.uniform(0, 10, (200, 3))])
Y = X @ rng.normal(0, 1, (4, 3)) + rng.normal(0, 1, (200, 3))
cases.append(case("tall-200x4", X, Y, 1e-12, "intercept + uniform(0, 10) covariates"))

with open("least-squares.json", "w") as f:
    json.dump({"generator": "make-least-squares.py (mpmath 50 digits)", "cases": cases}, f, indent=1)

# Quadratic forms x^T A x, A symmetric positive definite 4 x 4 and 2 x 2.
forms = []
for p, m in [(2, 3), (4, 5), (6, 7)]:
    M = rng.normal(0, 1, (p + 3, p))
    A = M.T @ M
    A = (A + A.T) / 2  # exactly symmetric
    Xs = rng.normal(0, 2, (p, m))
    A_mp = mp.matrix(A.tolist())
    exact = []
    for j in range(m):
        v = mp.matrix(Xs[:, j].tolist())
        exact.append(float((v.T * A_mp * v)[0]))
    via_numpy = [float(Xs[:, j] @ A @ Xs[:, j]) for j in range(m)]
    assert np.allclose(exact, via_numpy, rtol=1e-12)
    forms.append({"size": p, "matrix": column_major(A), "vectorCount": m,
                  "vectors": column_major(Xs), "forms": exact, "numpy": via_numpy})

with open("quadratic-forms.json", "w") as f:
    json.dump({"generator": "make-least-squares.py (mpmath 50 digits, numpy cross-check)", "cases": forms}, f, indent=1)

for c in cases:
    print(f"{c['name']:28s} n={c['rows']:3d} p={c['columns']} k={c['responseCount']} cond={c['conditionNumber']:.3g}")
