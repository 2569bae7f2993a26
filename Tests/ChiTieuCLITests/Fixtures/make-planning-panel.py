"""A small generated planning dataset for the CLI tests of attain, bands,
lagging and review (NOT real figures): a province `p` with three districts
(one of them named `<script>alert(1)</script>` to test escaping), monthly
revenue 2010-01..2014-06 whose districts add up to the province exactly, a
half-year investment series as spans, twelve communes with criteria met
2011-2013, targets and band targets.

Run: python3 make-planning-panel.py   (writes planning-panel/*.csv; seed 7)
"""
import csv, math, os, random

rng = random.Random(7)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "planning-panel")
os.makedirs(out, exist_ok=True)
districts = ["d1", "d2", "d3"]
names = {"p": "Tỉnh Mẫu", "d1": "Huyện Một", "d2": "<script>alert(1)</script>", "d3": "Huyện Ba & Co"}
communes = [f"c{i:02d}" for i in range(1, 13)]
season = [0.6, 0.5, 0.8, 0.9, 0.9, 1.0, 1.0, 1.0, 1.0, 1.1, 1.3, 1.9]
rows = []
for year in range(2010, 2015):
    level = 100 * 1.12 ** (year - 2010)
    for month in range(1, 13):
        if (year, month) > (2014, 6):
            break
        total = 0.0
        for k, d in enumerate(districts):
            share = [0.5, 0.3, 0.2][k] * (0.8 if (d == "d3" and year == 2014) else 1.0)
            value = round(level * share * season[month - 1] * math.exp(rng.gauss(0, 0.08)), 1)
            total += value
            rows.append((d, "revenue", f"{year}-{month:02d}", value))
        rows.append(("p", "revenue", f"{year}-{month:02d}", round(total, 1)))
for year in range(2010, 2015):
    first = round(400 * 1.1 ** (year - 2010) * math.exp(rng.gauss(0, 0.05)), 1)
    rows.append(("p", "investment", f"{year}-01..{year}-06", first))
    if year < 2014:
        rows.append(("p", "investment", f"{year}-07..{year}-12", round(first * rng.uniform(1.1, 1.3), 1)))
for i, c in enumerate(communes):
    x = rng.choice([0, 1, 1, 2, 3, 5])
    for year in (2011, 2012, 2013):
        rows.append((c, "criteria", str(year), x))
        x = min(19, x + rng.choice([0, 1, 1, 2, 3]))

# The districts' sums are recomputed from the rounded values, so they add up exactly.
with open(os.path.join(out, "observations.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["unit", "indicator", "period", "value"])
    w.writerows(rows)
with open(os.path.join(out, "units.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["unit", "name", "level", "parent"])
    w.writerow(["p", names["p"], "province", ""])
    for d in districts:
        w.writerow([d, names[d], "district", "p"])
    for i, c in enumerate(communes):
        w.writerow([c, f"Xã {i + 1}", "commune", districts[i % 3]])
with open(os.path.join(out, "targets.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["unit", "indicator", "period", "low", "high", "direction"])
    w.writerow(["p", "revenue", "2014", 1750, 1850, "at_least"])
    w.writerow(["p", "investment", "2014", 1300, 1300, "at_least"])
    for d, low in zip(districts, [850, 500, 400]):
        w.writerow([d, "revenue", "2014", low, low, "at_least"])
    w.writerow(["c01", "criteria", "2014", 9, 19, "at_least"])
with open(os.path.join(out, "bands.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["unit", "indicator", "period", "min_value", "max_value", "count"])
    w.writerow(["p", "criteria", "2014", 9, 19, 3])
    w.writerow(["p", "criteria", "2014", 1, 19, 12])
with open(os.path.join(out, "indicators.csv"), "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["indicator", "name", "measure", "name_en"])
    w.writerow(["revenue", "Thu ngân sách", "billion VND", "Budget revenue"])
    w.writerow(["investment", "Vốn đầu tư", "billion VND", "Investment"])
    w.writerow(["criteria", "Số tiêu chí", "criteria of 19", "Criteria met"])
