#!/usr/bin/env python3
"""Reference values for forecast reconciliation (bottom-up and MinT shrink).

Writes reconciliation.json next to this script:

    python3 Tests/PlanningTests/Fixtures/make-mint.py

Independent of the Swift code: numpy, written from the papers' formulas.

* Summing matrix S (n x m): S[i, k] = 1 when leaf k is node i or below it
  (Hyndman et al. 2011, CSDA 55:2579). Node order is written out by hand per
  case (breadth first, siblings in units-list order), not computed.
* Shrinkage (Schaefer & Strimmer 2005, SAGMB 4:32, target D), as R's
  hts:::shrink.estim and fabletools::min_trace(method = "mint_shrink") do it:
  residuals not centred, divisor T (both packages: crossprod(res) / nrow(res)),
      W_hat = E'E / T,  x_ti = e_ti / sqrt(W_hat_ii),  w_tij = x_ti x_tj,
      r_ij = mean_t w_tij,  Var(r_ij) = sum_t (w_tij - mean w_ij)^2 / (T (T - 1)),
      lambda = sum_{i != j} Var(r_ij) / sum_{i != j} r_ij^2, clipped to [0, 1],
      W = lambda diag(W_hat) + (1 - lambda) W_hat.
  Here Var(r_ij) is summed over t in a loop of w_tij, not by the crossprod
  identity hts uses.
* Conventions of ChiTieu beyond the papers (documented in
  ShrinkageCovariance.swift), used by the last case only: rows with a
  missing residual are dropped listwise (T counts complete rows); a column
  of zero residuals has correlations 0 and its variance floored at
  1e-8 x the largest variance.
* MinT (Wickramasuriya, Athanasopoulos & Hyndman 2019, JASA 114:804):
  G = (S' W^-1 S)^-1 S' W^-1 with explicit inverses, checked against the
  projection form S G = I - W U' (U W U')^-1 U with U' = [I_{n-m} | -S_agg]
  reordered (fabletools' sparse path), which needs no W^-1.
* Bottom-up: the leaves' base forecasts summed up S.
"""
import json
import pathlib

import numpy as np

HERE = pathlib.Path(__file__).resolve().parent
FLOOR = 1e-8


def summing_matrix(nodes, parent):
    leaves = [v for v in nodes if v not in set(parent.values())]
    s = np.zeros((len(nodes), len(leaves)))
    for k, leaf in enumerate(leaves):
        v = leaf
        while v is not None:
            s[nodes.index(v), k] = 1
            v = parent.get(v)
    return s, leaves


def shrinkage(e):
    """W and lambda from residuals e (T x n), NaN rows dropped listwise."""
    e = e[np.all(np.isfinite(e), axis=1)]
    t, n = e.shape
    w_hat = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            w_hat[i, j] = sum(e[k, i] * e[k, j] for k in range(t)) / t
    var = np.diag(w_hat)
    scale = np.array([1 / np.sqrt(v) if v > 0 else 0.0 for v in var])
    x = e * scale
    num = den = 0.0
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            w = x[:, i] * x[:, j]
            r = w.mean()
            num += ((w - w.mean()) ** 2).sum() / (t * (t - 1))
            den += r * r
    lam = min(max(num / den, 0.0), 1.0) if den > 0 else 1.0
    w_mat = lam * np.diag(var) + (1 - lam) * w_hat
    largest = var.max()
    for i in range(n):
        if not var[i] > 0:
            w_mat[i, i] = FLOOR * largest if largest > 0 else 1.0
    return w_mat, lam, t


def mint(s, w):
    wi = np.linalg.inv(w)
    g = np.linalg.inv(s.T @ wi @ s) @ s.T @ wi
    # The projection form, without W^-1, must agree.
    n, m = s.shape
    leaf_rows = [int(np.flatnonzero((s == np.eye(m)[k]).all(axis=1))[0]) for k in range(m)]
    agg = [i for i in range(n) if i not in leaf_rows]
    u = np.zeros((n - m, n))
    for r, i in enumerate(agg):
        u[r, i] = 1
        u[r, leaf_rows] = -s[i]
    p = np.eye(n) - w @ u.T @ np.linalg.solve(u @ w @ u.T, u)
    assert np.allclose(s @ g, p, atol=1e-10, rtol=1e-10), "MinT formulas disagree"
    return g


def case(name, units, nodes, residuals, base, note):
    parent = {u: p for u, p in units if p is not None}
    s, leaves = summing_matrix(nodes, parent)
    w, lam, t = shrinkage(residuals)
    g = mint(s, w)
    base = np.asarray(base)  # n x H
    reconciled = s @ g @ base
    leaf_rows = [nodes.index(v) for v in leaves]
    bottom_up = s @ base[leaf_rows]
    return {
        "name": name,
        "note": note,
        "units": [{"id": u, "parent": p} for u, p in units],
        "nodes": nodes,
        "leaves": leaves,
        "summing": s.tolist(),
        "residuals": [[None if not np.isfinite(v) else float(v) for v in row] for row in residuals],
        "completeRows": t,
        "lambda": lam,
        "covariance": w.tolist(),
        "projection": g.tolist(),
        "base": base.tolist(),
        "mint": reconciled.tolist(),
        "bottomUp": bottom_up.tolist(),
    }


def residuals_for(s, t, rng, noise):
    """Correlated one-step errors: leaves' errors correlated, parents' = sums + noise."""
    n, m = s.shape
    a = rng.normal(size=(m, m))
    bottom = rng.normal(size=(t, m)) @ (np.eye(m) + 0.6 * a)
    return bottom @ s.T + noise * rng.normal(size=(t, n)) * np.sqrt(s.sum(axis=1))


def main():
    rng = np.random.default_rng(20141127)
    cases = []

    units = [("tinh", None), ("h1", "tinh"), ("h2", "tinh"), ("h3", "tinh")]
    nodes = ["tinh", "h1", "h2", "h3"]
    s, _ = summing_matrix(nodes, dict((u, p) for u, p in units if p))
    e = residuals_for(s, 30, rng, 0.8)
    base = [[2150.0, 2230.0, 2301.5], [700.0, 720.0, 745.0], [805.0, 830.0, 842.0], [590.0, 611.0, 640.0]]
    cases.append(case("root-3", units, nodes, e, base, "1 root + 3 children, T = 30"))

    # Units listed out of order: the node order is breadth first, siblings in list order.
    units = [("x1", "a"), ("tinh", None), ("b", "tinh"), ("a", "tinh"), ("x3", "b"), ("x2", "a"),
             ("x4", "b"), ("x5", "b")]
    nodes = ["tinh", "b", "a", "x3", "x4", "x5", "x1", "x2"]
    s, _ = summing_matrix(nodes, dict((u, p) for u, p in units if p))
    e = residuals_for(s, 40, rng, 0.5) * np.array([3, 2, 1.5, 1, 1, 1, 1, 1])
    base = [[103.0, 108.0], [61.0, 64.5], [40.0, 41.0], [20.0, 21.0], [22.0, 24.0], [18.5, 19.0],
            [19.0, 19.5], [22.5, 23.0]]
    cases.append(case("root-2-5", units, nodes, e, base, "1 root + 2 mid + 5 leaves, units out of order, T = 40"))

    e_short = residuals_for(s, 5, rng, 0.5)
    cases.append(case("short", units, nodes, e_short, base, "as root-2-5 with T = 5 < n = 8: W_hat singular"))

    e_gaps = residuals_for(s, 25, rng, 0.5)
    e_gaps[[0, 1, 2], 3] = np.nan          # x3 starts late
    e_gaps[10, 0] = np.nan                 # one missing total
    e_gaps[:, 7] = 0.0                     # x2 fitted exactly
    cases.append(case("gaps-and-zero", units, nodes, e_gaps, base,
                      "as root-2-5 with NaN rows (dropped listwise, T = 21) and a zero residual column"))

    out = HERE / "reconciliation.json"
    out.write_text(json.dumps({"source": "make-mint.py (numpy " + np.__version__ + ")", "cases": cases},
                              indent=1) + "\n")
    for c in cases:
        print(f"{c['name']}: lambda = {c['lambda']:.12g}, T = {c['completeRows']}")


if __name__ == "__main__":
    main()
