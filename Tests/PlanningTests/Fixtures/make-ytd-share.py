"""Reference for YearToDateShareTests: the exact predictive probability of
the year-to-date share method, computed with scipy (not by simulation).

The method: log shares l_1..l_n of past years; the new year's log share is
  l ~ mean + sd * sqrt(1 + 1/n) * t_(n-1);
the year's total is ytd / exp(l), so
  P(total >= c) = P(l <= log(ytd / c)) = T_(n-1)((log(ytd / c) - mean) / (sd * sqrt(1 + 1/n))).
Run: python3 make-ytd-share.py > ytd-share.csv
"""
import math
from scipy import stats

cases = [
    # name, shares, ytd, thresholds
    ("five-years", [0.452, 0.437, 0.468, 0.445, 0.461], 960.0, [1900, 2050, 2100, 2150, 2200, 2300]),
    ("three-years", [0.41, 0.47, 0.44], 5900.0, [12000, 13200, 14000, 15000]),
]
print("case,shares,ytd,threshold,p_at_least,median")
for name, shares, ytd, thresholds in cases:
    logs = [math.log(s) for s in shares]
    n = len(logs)
    mean = sum(logs) / n
    sd = math.sqrt(sum((x - mean) ** 2 for x in logs) / (n - 1))
    scale = sd * math.sqrt(1 + 1 / n)
    median = ytd / math.exp(mean)
    for c in thresholds:
        p = stats.t.cdf((math.log(ytd / c) - mean) / scale, n - 1)
        print(f"{name},{' '.join(map(str, shares))},{ytd},{c},{p:.15g},{median:.15g}")
