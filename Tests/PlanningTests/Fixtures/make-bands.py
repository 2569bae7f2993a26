"""Reference values for the band tests (Tests/PlanningTests/Band*.swift).

Run from this folder:  python3 make-bands.py
Needs numpy and scipy. Writes:

- bands-poisson-binomial.csv  case,kind,index,value — for each case the
  trial probabilities (kind p) and the Poisson-binomial pmf (kind pmf),
  computed by the DFT of the characteristic function (Hong 2013, CSDA
  59:41-51), independently of the Swift recursion:
      pmf(k) = 1/(n+1) sum_l exp(-i w l k) prod_j (1 - p_j + p_j exp(i w l)),
      w = 2 pi/(n+1);
  checked here against exact enumeration for the small case.
- bands-discretised.csv  case,centre,spread,df,cap,k,value — P(X = k) of
  round(centre + spread*T) censored to 0..cap, T standard normal (df = 0)
  or Student-t(df), by scipy.stats.
- bands-rps.csv  case,k,value — the weights of a distribution on 0..cap
  (kind w) then the RPS of each outcome y (kind rps), sum_k (F(k)-1{y<=k})^2.
- bands-variance-components.csv  case,group,value — residuals by group,
  then kind rows within,between from the one-way ANOVA mean squares:
      MSW = SSW/(N-G), MSB = SSB/(G-1), n0 = (N - sum n_g^2/N)/(G-1),
      tau2 = max(0, (MSB - MSW)/n0).
"""
import csv
import itertools

import numpy as np
from scipy import stats


def poisson_binomial_dft(p):
    n = len(p)
    w = 2 * np.pi / (n + 1)
    l = np.arange(n + 1)
    z = np.exp(1j * w * l)
    # product over trials, in log form for stability
    prod = np.prod(1 - p[None, :] + p[None, :] * z[:, None], axis=1)
    pmf = np.real(np.fft.fft(prod)) / (n + 1)
    return np.clip(pmf, 0, None)


def enumerate_exact(p):
    n = len(p)
    pmf = np.zeros(n + 1)
    for outcome in itertools.product([0, 1], repeat=n):
        pr = 1.0
        for o, q in zip(outcome, p):
            pr *= q if o else 1 - q
        pmf[sum(outcome)] += pr
    return pmf


rng = np.random.default_rng(20140601)
cases = {
    "small": np.array([0.1, 0.5, 0.9, 0.33, 0.72, 0.05, 0.61, 0.999]),
    "communes188": rng.beta(0.8, 1.2, size=188),
    "extremes": np.array([0.0, 1.0, 1.0, 0.5, 1e-9, 1 - 1e-9, 0.25]),
}
small_exact = enumerate_exact(cases["small"])
assert np.max(np.abs(small_exact - poisson_binomial_dft(cases["small"]))) < 1e-15

with open("bands-poisson-binomial.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["case", "kind", "index", "value"])
    for name, p in cases.items():
        for i, q in enumerate(p):
            out.writerow([name, "p", i, repr(float(q))])
        for k, v in enumerate(poisson_binomial_dft(p)):
            out.writerow([name, "pmf", k, repr(float(v))])

laws = [("normal-mid", 11.3, 1.7, 0, 19), ("t-near-cap", 18.2, 0.9, 1, 19),
        ("t3-low", 0.8, 2.5, 3, 19), ("normal-wide", 9.5, 30.0, 0, 19)]
with open("bands-discretised.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["case", "centre", "spread", "df", "cap", "k", "value"])
    for name, centre, spread, df, cap in laws:
        law = stats.norm(centre, spread) if df == 0 else stats.t(df, centre, spread)
        for k in range(cap + 1):
            lo = law.cdf(k - 0.5) if k > 0 else 0.0
            hi = law.cdf(k + 0.5) if k < cap else 1.0
            out.writerow([name, centre, spread, df, cap, k, repr(float(hi - lo))])

weights = rng.random(20) ** 3
probs = weights / weights.sum()
cdf = np.cumsum(probs)
with open("bands-rps.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["kind", "k", "value"])
    for k, w in enumerate(weights):
        out.writerow(["w", k, repr(float(w))])
    for y in range(20):
        rps = sum((cdf[k] - (1.0 if y <= k else 0.0)) ** 2 for k in range(19))
        out.writerow(["rps", y, repr(float(rps))])

with open("bands-variance-components.csv", "w", newline="") as f:
    out = csv.writer(f, lineterminator="\n")
    out.writerow(["case", "group", "value"])
    for name, sizes, tau in [("unequal", [3, 7, 12, 5, 9, 2], 1.5), ("no-effect", [10, 10, 10, 10], 0.0)]:
        groups = [rng.normal(rng.normal(0, tau), 1.0, size=s) for s in sizes]
        for g, values in enumerate(groups):
            for v in values:
                out.writerow([name, g, repr(float(v))])
        N = sum(sizes)
        G = len(sizes)
        grand = np.concatenate(groups).mean()
        ssw = sum(((v - v.mean()) ** 2).sum() for v in groups)
        ssb = sum(len(v) * (v.mean() - grand) ** 2 for v in groups)
        msw, msb = ssw / (N - G), ssb / (G - 1)
        n0 = (N - sum(s * s for s in sizes) / N) / (G - 1)
        out.writerow([name, "within", repr(float(msw))])
        out.writerow([name, "between", repr(float(max(0.0, (msb - msw) / n0)))])
