"""Reference for AutomaticChoice: rolling-origin mean scaled errors of
naive, drift and linear, computed independently with numpy, and the model
each series should get. Regenerate from the repository root:
    python3 Tests/ForecastingTests/Fixtures/make-auto-fixtures.py
Series: LakeHuron 1875-1890 (R datasets, real), Nile 1871-1886 (real), and
a generated trend with one missing year (seed 7)."""
import json
import numpy as np

ORIGINS, HORIZON = 4, 3

huron = [580.38, 581.86, 580.97, 580.8, 579.79, 580.39, 580.42, 580.82, 581.4, 581.32, 581.44, 581.68, 581.17, 580.53, 580.01, 579.91]
nile = [1120, 1160, 963, 1210, 1160, 1160, 813, 1230, 1370, 1140, 995, 935, 1110, 994, 1020, 960]
rng = np.random.default_rng(7)
trend = list(np.round(100 + 4.0 * np.arange(14) + rng.normal(0, 1.5, 14), 3))
trend[6] = float("nan")


def naive(train, h):
    last = [v for v in train if not np.isnan(v)][-1]
    return [last] * h


def drift(train, h):
    # R forecast 8.20's rwf(drift = TRUE) on a series without gaps: the
    # change per period between the first and the last observed values
    # (a change across a gap spans the periods it covers, so the slope is
    # per period, not per observation); the forecast continues from the
    # last value.
    y = np.array(train)
    t = np.arange(len(y), dtype=float)
    ok = ~np.isnan(y)
    slope = (y[ok][-1] - y[ok][0]) / (t[ok][-1] - t[ok][0])
    last = y[ok][-1]
    return [last + slope * (k + 1) for k in range(h)]


def linear(train, h):
    y = np.array(train)
    t = np.arange(len(y), dtype=float)
    ok = ~np.isnan(y)
    A = np.column_stack([np.ones(ok.sum()), t[ok]])
    coef, *_ = np.linalg.lstsq(A, y[ok], rcond=None)
    return [coef[0] + coef[1] * (len(y) + k) for k in range(h)]


def scores(series):
    y = np.array(series)
    observed = [i for i in range(len(y)) if not np.isnan(y[i])]
    out = {}
    for name, model in [("naive", naive), ("drift", drift), ("linear", linear)]:
        errors = []
        for origin in range(1, ORIGINS + 1):
            if len(observed) <= origin + 2:
                continue
            cut = observed[len(observed) - origin]
            train = list(y[:cut])
            while np.isnan(train[-1]):
                train.pop()
            d = np.abs(np.diff(np.array(train)))
            scale = d[~np.isnan(d)].mean()
            fc = model(train, HORIZON)
            for k in range(HORIZON):
                pos = len(train) + k
                if pos < len(y) and not np.isnan(y[pos]):
                    errors.append(abs(y[pos] - fc[k]) / scale)
        out[name] = float(np.mean(errors))
    return out


cases = []
for name, s in [("huron", huron), ("nile", nile), ("trend", trend)]:
    sc = scores(s)
    cases.append({"name": name, "values": [None if np.isnan(v) else v for v in s], "scores": sc,
                  "choice": min(["naive", "drift", "linear"], key=lambda m: (sc[m], ["naive", "drift", "linear"].index(m)))})
with open("Tests/ForecastingTests/Fixtures/auto-choice.json", "w") as f:
    json.dump(cases, f, indent=1)
