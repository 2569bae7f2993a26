#!/usr/bin/env python3
"""Reference values for Tests/ProbabilityTests (normal, Student t, incomplete beta).

Writes distributions.csv with columns

    distribution,df,function,argument,reference,source

distribution is "normal" (standard, df empty) or "t" (df = degrees of
freedom, "inf" for the normal limit); function is one of cdf, sf, pdf,
logpdf, ppf; reference is repr() of the float scipy returns (17 significant
digits, round-trips exactly). References come from scipy.stats.norm and
scipy.stats.t (scipy.stats.norm gives the df = inf rows), each checked
against mpmath at 40 or more digits (t cdf through mpmath.betainc, quantiles by
Newton's method in mpmath from scipy's answer). Where scipy is off by more
than 1e-14 (it is near p = ½ in t.ppf, at ν = 1, t → 0 in t.cdf, and in
t.logpdf for large ν) the mpmath value is written instead and source says
"mpmath"; the script prints how many rows and the worst scipy error.

It also writes incomplete-beta.csv (a,b,x,value,complement) from
scipy.special.betainc and betaincc.

    python3 make-distributions.py
"""
import csv
import math

import numpy as np
import scipy
from scipy import stats

DEGREES_OF_FREEDOM = [0.5, 1, 1.5, 2, 3, 5, 10, 30, 100, 1e3, 1e6, 1e10]
# ChiTieu's everyday use: ν = 1…40 with central probabilities.
EVERYDAY_DF = list(range(1, 41)) + [2.5, 7.5, 12.5]
EVERYDAY_P = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.25, 0.75, 0.8, 0.9, 0.95, 0.975, 0.99, 0.995]

def normal_arguments():
    zs = [k / 4 for k in range(-148, 149)]          # −37 … 37 by 0.25
    zs += [-36.9, -25.3, -12.7, -8.1, -5.5, -1.3e-1, -1e-3, -1e-8, 1e-8, 1e-3, 0.13, 5.5, 8.1, 12.7, 25.3, 36.9]
    return sorted(set(zs))

def probability_grid(smallest_exponent):
    ps = [10.0 ** -k for k in range(1, smallest_exponent + 1)]
    ps += [2.5 * 10.0 ** -k for k in range(1, min(smallest_exponent, 300))]
    ps += [k / 100 for k in range(1, 100)]
    ps += [0.499, 0.4999999, 0.5000001, 0.501, 0.025, 0.975, 0.0125, 0.9875]
    ps += [1 - 10.0 ** -k for k in range(1, 17)]
    ps += [1 - 2.5 * 10.0 ** -k for k in range(1, 16)]
    return sorted(set(p for p in ps if 0 < p < 1))

def t_arguments():
    magnitudes = [1e-8, 1e-3, 0.1, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5, 7, 10,
                  15, 20, 37, 50, 100, 1e3, 1e4, 1e5, 1e7, 1e10, 1e20, 1e50, 1e100, 1e150, 1e200]
    return sorted([-m for m in magnitudes] + [0.0] + magnitudes)

def rows():
    norm = stats.norm()
    for z in normal_arguments():
        yield ("normal", "", "cdf", z, norm.cdf(z))
        yield ("normal", "", "sf", z, norm.sf(z))
        yield ("normal", "", "pdf", z, norm.pdf(z))
        yield ("normal", "", "logpdf", z, norm.logpdf(z))
    for p in probability_grid(300):
        yield ("normal", "", "ppf", p, norm.ppf(p))
    for df in DEGREES_OF_FREEDOM:
        dist = stats.t(df)
        for x in t_arguments():
            yield ("t", df, "cdf", x, dist.cdf(x))
            yield ("t", df, "sf", x, dist.sf(x))
            if abs(x) <= 1e150:  # scipy's t.logpdf overflows x*x beyond and returns -inf
                yield ("t", df, "pdf", x, dist.pdf(x))
                yield ("t", df, "logpdf", x, dist.logpdf(x))
        for p in probability_grid(12):
            yield ("t", df, "ppf", p, dist.ppf(p))
    for df in EVERYDAY_DF:
        dist = stats.t(df)
        for p in EVERYDAY_P:
            yield ("t", df, "ppf", p, dist.ppf(p))
    for x in [-37.0, -5.0, -1.0, 0.0, 0.5, 2.0, 8.0]:
        yield ("t", math.inf, "cdf", x, norm.cdf(x))
        yield ("t", math.inf, "sf", x, norm.sf(x))
        yield ("t", math.inf, "pdf", x, norm.pdf(x))
    for p in [1e-300, 1e-12, 0.025, 0.5, 0.9, 0.975, 1 - 1e-12]:
        yield ("t", math.inf, "ppf", p, norm.ppf(p))

BETA_PARAMETERS = [0.25, 0.5, 1, 2.5, 10, 100, 1e4, 1e6]
BETA_ARGUMENTS = [1e-10, 1e-3, 0.05, 0.2, 0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 0.999, 1 - 1e-10]

def incomplete_beta_rows():
    """(a, b, x, I_x(a, b), 1 − I_x(a, b)) from scipy.special.betainc / betaincc."""
    for a in BETA_PARAMETERS:
        for b in BETA_PARAMETERS:
            for x in BETA_ARGUMENTS:
                yield (a, b, x, scipy.special.betainc(a, b, x), scipy.special.betaincc(a, b, x))

def format_df(df):
    if df == "":
        return ""
    if df == math.inf:
        return "inf"
    return repr(float(df))

def mp_t_cdf(nu, x):
    """Student t cdf at the working precision: ½ I_y(½, ν/2) for the centre, ½ I_x(ν/2, ½) for the tail."""
    import mpmath as mp
    if x == 0:
        return mp.mpf(0.5)
    y = x * x / (nu + x * x)
    if y < 0.5:
        # At 400 digits the subtraction keeps every tail above 10^-300 exact to far beyond double.
        tail = mp.mpf(0.5) - mp.betainc(mp.mpf(0.5), nu / 2, 0, y, regularized=True) / 2
    else:
        tail = mp.betainc(nu / 2, mp.mpf(0.5), 0, nu / (nu + x * x), regularized=True) / 2
    return tail if x < 0 else 1 - tail

def mp_functions(distribution, df):
    import mpmath as mp
    if distribution == "normal" or df == math.inf:
        return mp.ncdf, mp.npdf, lambda v: -v * v / 2 - mp.log(2 * mp.pi) / 2
    nu = mp.mpf(df)
    log_f0 = -mp.log(nu) / 2 - mp.log(mp.beta(nu / 2, mp.mpf(0.5)))
    logpdf = lambda v: log_f0 - (nu + 1) / 2 * mp.log1p(v * v / nu)
    return (lambda v: mp_t_cdf(nu, v)), (lambda v: mp.exp(logpdf(v))), logpdf

def mpmath_reference(distribution, df, function, x, scipy_value):
    """The value to ~40 significant digits (None where mpmath gives up). The
    working precision covers the subtraction ½ − central in mp_t_cdf: 40
    digits plus the number of leading zeros of the smaller tail."""
    import mpmath as mp
    smallest = min(abs(scipy_value), 1.0) if function in ("cdf", "sf") else 1.0
    smallest = min(smallest, x, 1 - x) if function == "ppf" else smallest
    digits = 40 + int(-math.log10(smallest)) if smallest > 0 else 400
    with mp.workdps(min(digits, 400)):
        cdf, pdf, logpdf = mp_functions(distribution, df)
        v = mp.mpf(x)
        try:
            if function == "cdf":
                return cdf(v)
            if function == "sf":
                return cdf(-v)
            if function == "pdf":
                return pdf(v)
            if function == "logpdf":
                return logpdf(v)
            if function == "ppf":
                if not math.isfinite(scipy_value):
                    return None
                # Newton's method from scipy's answer: F(t) = p, with p the exact double.
                p, t = mp.mpf(x), mp.mpf(scipy_value)
                for _ in range(8):
                    lower_tail = p < 0.5
                    residual = (cdf(t) - p) if lower_tail else ((1 - p) - cdf(-t))
                    t -= residual / pdf(t)
                return t
        except (mp.libmp.NoConvergence, ValueError, ZeroDivisionError):
            return None
    raise ValueError(function)

def verified(all_rows):
    """Each row with the reference to write and its source: scipy's value, or
    mpmath's where scipy is off by more than 10^-14 (relative; absolute for logpdf ≤ 1)."""
    import mpmath as mp
    out, replaced, unchecked = [], {}, 0
    for distribution, df, function, x, value in all_rows:
        exact = mpmath_reference(distribution, df, function, x, value)
        if exact is None:
            out.append((distribution, df, function, x, value, "scipy-unchecked"))
            unchecked += 1
            continue
        exact_float = float(exact)
        scale = max(1.0, abs(exact_float)) if function == "logpdf" else abs(exact_float)
        error = abs(value - exact_float) / scale if scale > 0 else abs(value - exact_float)
        if value == exact_float or error <= 1e-14 or (abs(exact_float) < 1e-300 and function != "logpdf"):
            out.append((distribution, df, function, x, value, "scipy"))
        else:
            out.append((distribution, df, function, x, exact_float, "mpmath"))
            key = (distribution, function)
            count, worst = replaced.get(key, (0, (0.0, None)))
            replaced[key] = (count + 1, max(worst, (error, (df, x)), key=lambda w: w[0]))
    for key, (count, (error, where)) in sorted(replaced.items()):
        print(f"{key[0]:7s} {key[1]:7s}: scipy off by > 1e-14 in {count} rows (worst {error:.2e} at df, x = {where}); mpmath used there")
    print(f"{unchecked} rows where mpmath gave up keep scipy's value unchecked")
    return out

def main():
    all_rows = verified(list(rows()))
    with open("distributions.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["distribution", "df", "function", "argument", "reference", "source"])
        for distribution, df, function, x, value, source in all_rows:
            writer.writerow([distribution, format_df(df), function, repr(float(x)), repr(float(value)), source])
    beta_rows = list(incomplete_beta_rows())
    with open("incomplete-beta.csv", "w", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["a", "b", "x", "value", "complement"])
        for row in beta_rows:
            writer.writerow([repr(float(v)) for v in row])
    print(f"wrote {len(beta_rows)} incomplete beta rows")
    print(f"wrote {len(all_rows)} rows (scipy {scipy.__version__}, numpy {np.__version__})")

if __name__ == "__main__":
    main()
