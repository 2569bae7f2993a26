#!/usr/bin/env python3
"""Writes a GENERATED national dataset for the country-wide review (issue 11).

    python3 Datasets/tools/generate_national.py [--out DIR] [--communes-per-district LOW HIGH]

63 provinces (their real ids and names, Datasets/vietnam-provinces/units.csv),
each with generated districts and communes, except Sơn La, which keeps its
real GSO structure (Datasets/son-la/units.csv: 12 districts, 204 communes of
which 188 rural). For every district, monthly state-budget revenue
2009-01..2014-06; for every province, the sum of its districts' months; for
every rural commune, the new-rural criteria met at the end of 2011, 2012
and 2013; 2014 targets for every province and district (revenue) and every
rural commune (criteria), and each province's new-rural bands.

NONE OF THESE NUMBERS IS PUBLISHED. The provinces' yearly revenue levels are
calibrated to the Ministry of Finance's real plans (revenue_collected_plan of
Datasets/vietnam-provinces), everything below them is simulated. Every row of
sources.csv and targets-sources.csv says `generated` and names this script
and its seed. Randomness comes only from random.Random(SEED).random(), and
every formula uses + - * / only, so the output is the same on every machine.

The files are large (about 80,000 observations) and are not committed:
`make national` writes them to Datasets/national/ (see its README).
"""

import argparse
import os
from collections import OrderedDict
from decimal import Decimal

from common import DATASETS_DIR, ConversionError, fail, format_number, read_csv, write_csv
from simulation import Stream, clip, scale_to, tenth, whole

SEED = 20141231
GENERATOR = "Datasets/tools/generate_national.py"
GENERATED = "generated"
SOURCE = "%s, seed %d: simulated (Datasets/national/README.md); NOT a published figure" % (GENERATOR, SEED)
YEARS = range(2009, 2015)
MONTHS = [(y, m) for y in YEARS for m in range(1, 13) if (y, m) <= (2014, 6)]
# Share of the year collected in each month (sums to 12), as in generate_son_la.py.
PROFILE = [0.70, 0.55, 0.80, 0.85, 0.90, 0.95, 1.00, 1.05, 1.10, 1.10, 1.20, 1.80]
DISTRICTS_PER_PROVINCE = (6, 16)
COMMUNES_PER_DISTRICT = (8, 22)
WEAK_SHARE, WEAK_CUT = 0.10, 0.70        # a tenth of the districts collect 70% of their share in 2014
NRD_CAP, NRD_YEARS = 19, (2011, 2012, 2013)
# The directive's bands as shares of a province's rural communes (Sơn La: 8, 20, 60 of 188).
BAND_SHARES = [(14, 8 / 188), (9, 20 / 188), (5, 60 / 188), (1, None)]


def month_text(year, month):
    return "%d-%02d" % (year, month)


def units_of(stream, provinces, son_la):
    """[(id, name, level, parent)] and the rural communes of each province, in tree order."""
    rows = [("vietnam", "Việt Nam", "country", "")]
    rural = OrderedDict()
    for province, name in provinces:
        rows.append((province, name, "province", "vietnam"))
        if province == "son-la":
            # Sơn La's own ids, but where one is also a province's id (its
            # district Phù Yên, `phu-yen`, and the province Phú Yên) the
            # district takes the suffix -son-la.
            taken = {p for p, _ in provinces}
            rename = {u: (u + "-son-la" if u in taken and u != "son-la" else u) for u, _, _, _ in son_la["units"]}
            for unit, unit_name, level, parent in son_la["units"]:
                if unit != "son-la":
                    rows.append((rename[unit], unit_name, level, rename.get(parent, parent)))
            rural[province] = [(rename[u], rename.get(p, p)) for u, _, level, p in son_la["units"] if u in son_la["rural"]]
            continue
        rural[province] = []
        for d in range(1, stream.integer(*DISTRICTS_PER_PROVINCE) + 1):
            district = "%s-d%02d" % (province, d)
            rows.append((district, "%s — huyện %d (generated)" % (name, d), "district", province))
            for c in range(1, stream.integer(*COMMUNES_PER_DISTRICT) + 1):
                commune = "%s-c%02d" % (district, c)
                rows.append((commune, "%s — huyện %d, xã %d (generated)" % (name, d, c), "commune", district))
                rural[province].append((commune, district))
    return rows, rural


def revenue(stream, province, districts, plan):
    """{district: {(y, m): Decimal}} and the province's months (their exact sums)."""
    levels = {y: plan[y] * (1.0 + stream.normal(0.02, 0.05)) for y in YEARS}
    weights = {d: 0.2 + stream.uniform() * stream.uniform() * 3.0 for d in districts}
    weak = {d for d in districts if stream.uniform() < WEAK_SHARE}
    drift = {d: 1.0 for d in districts}
    out = {d: OrderedDict() for d in districts}
    total = OrderedDict()
    for year, month in MONTHS:
        expected = levels[year] / 12.0 * PROFILE[month - 1]
        month_total = tenth(max(expected * (1.0 + stream.normal(0.0, 0.08)), 0.5))
        raw = []
        for d in districts:
            drift[d] *= 1.0 + stream.normal(0.0, 0.01)
            cut = WEAK_CUT if (d in weak and year == 2014) else 1.0
            raw.append(weights[d] * drift[d] * cut * (1.0 + stream.normal(0.0, 0.05)))
        for d, value in zip(districts, scale_to(raw, month_total)):
            out[d][(year, month)] = value
        total[(year, month)] = month_total
    return out, total, weak


def criteria(stream, communes):
    """{commune: {year: int}} for NRD_YEARS, districts sharing an effect and a yearly shock."""
    district_effect = {}
    for _, district in communes:
        if district not in district_effect:
            district_effect[district] = stream.normal(0.0, 0.6)
    values = {}
    for commune, district in communes:
        capacity = district_effect[district] + stream.normal(0.0, 1.0)
        level = clip(whole(1.6 + capacity + stream.normal(0.0, 0.7)), 0, NRD_CAP)
        values[commune] = {2011: level}
    for year, gain_mean in ((2012, 1.0), (2013, 1.2)):
        shock = {d: stream.normal(0.0, 0.5) for d in district_effect}
        for commune, district in communes:
            gain = whole(gain_mean + 0.8 * district_effect[district] + shock[district] + stream.normal(0.0, 0.8))
            values[commune][year] = clip(values[commune][year - 1] + max(gain, -1), 0, NRD_CAP - 1)
    return values


def read_inputs():
    provinces_file = os.path.join(DATASETS_DIR, "vietnam-provinces")
    _, units = read_csv(os.path.join(provinces_file, "units.csv"))
    # Hà Tây merged into Hà Nội in 2008: the 63 provinces of 2009-2014.
    provinces = [(u["unit"], u["name"]) for u in units if u["level"] == "province" and u["unit"] != "ha-tay"]
    _, observations = read_csv(os.path.join(provinces_file, "observations.csv"))
    plans = {}
    for row in observations:
        if row["indicator"] == "revenue_collected_plan" and row["value"]:
            plans.setdefault(row["unit"], {})[int(row["period"])] = float(row["value"])
    son_la_folder = os.path.join(DATASETS_DIR, "son-la")
    _, son_la_units = read_csv(os.path.join(son_la_folder, "units.csv"))
    _, gso = read_csv(os.path.join(son_la_folder, "units-gso.csv"))
    son_la = {"units": [(u["unit"], u["name"], u["level"], u["parent"]) for u in son_la_units],
              "rural": {g["unit"] for g in gso if g["gso_level"] == "commune"}}
    if len(provinces) != 63:
        raise ConversionError("expected 63 provinces in vietnam-provinces/units.csv, found %d" % len(provinces))
    for province, _ in provinces:
        missing = [y for y in YEARS if y not in plans.get(province, {})]
        if missing:
            raise ConversionError("%s has no revenue_collected_plan for %s" % (province, missing))
    return provinces, plans, son_la


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--out", default=os.path.join(DATASETS_DIR, "national"))
    args = parser.parse_args()
    stream = Stream(SEED)
    try:
        provinces, plans, son_la = read_inputs()
    except (ConversionError, OSError) as error:
        fail(str(error))
    units, rural = units_of(stream, provinces, son_la)
    children = OrderedDict()
    for unit, _, level, parent in units:
        if level == "district":
            children.setdefault(parent, []).append(unit)

    observations, sources, targets, target_sources, bands = [], [], [], [], []

    def observe(unit, indicator, period, value):
        observations.append((unit, indicator, period, format_number(value)))
        sources.append((unit, indicator, period, GENERATED, SOURCE))

    def target(unit, indicator, low, high):
        targets.append((unit, indicator, "2014", format_number(low), format_number(high), "at_least"))
        target_sources.append((unit, indicator, "2014", GENERATED, SOURCE))

    weak_count = 0
    for province, _ in provinces:
        districts = children[province]
        by_district, total, weak = revenue(stream, province, districts, plans[province])
        weak_count += len(weak)
        for key, value in total.items():
            observe(province, "budget_revenue", month_text(*key), value)
        for d in districts:
            for key, value in by_district[d].items():
                observe(d, "budget_revenue", month_text(*key), value)
        # 2014 targets: the province's 2013 revenue grown 10% (sd 4%), a range of 5%; districts by their 2013 shares.
        year_2013 = sum(v for (y, _), v in total.items() if y == 2013)
        low = tenth(float(year_2013) * (1.10 + stream.normal(0.0, 0.04)))
        high = tenth(float(low) * 1.05)
        target(province, "budget_revenue", low, high)
        shares = [float(sum(v for (y, _), v in by_district[d].items() if y == 2013)) for d in districts]
        for d, dl, dh in zip(districts, scale_to(shares, low), scale_to(shares, high)):
            target(d, "budget_revenue", dl, dh)

        communes = rural[province]
        counts = criteria(stream, communes)
        for commune, _ in communes:
            for year in NRD_YEARS:
                observe(commune, "nrd_criteria", str(year), Decimal(counts[commune][year]))
        ranked = sorted(communes, key=lambda cd: (-counts[cd[0]][2013], -counts[cd[0]][2012], cd[0]))
        position, cumulative = 0, 0
        for low_band, share in BAND_SHARES:
            count = len(ranked) - position if share is None else max(1, whole(share * len(communes)))
            for commune, _ in ranked[position:position + count]:
                target(commune, "nrd_criteria", Decimal(low_band), Decimal(NRD_CAP))
            position += count
            cumulative += count
            bands.append((province, "nrd_criteria", "2014", str(low_band), str(NRD_CAP), str(cumulative)))

    os.makedirs(args.out, exist_ok=True)
    write_csv(os.path.join(args.out, "units.csv"), ["unit", "name", "level", "parent"], units)
    write_csv(os.path.join(args.out, "observations.csv"), ["unit", "indicator", "period", "value"], observations)
    write_csv(os.path.join(args.out, "sources.csv"), ["unit", "indicator", "period", "derivation", "source"], sources)
    write_csv(os.path.join(args.out, "targets.csv"), ["unit", "indicator", "period", "low", "high", "direction"], targets)
    write_csv(os.path.join(args.out, "targets-sources.csv"), ["unit", "indicator", "period", "derivation", "source"],
              target_sources)
    write_csv(os.path.join(args.out, "bands.csv"), ["unit", "indicator", "period", "min_value", "max_value", "count"], bands)
    write_csv(os.path.join(args.out, "indicators.csv"), ["indicator", "name", "measure", "name_en"], [
        ("budget_revenue", "Thu ngân sách trên địa bàn", "billion VND", "State-budget revenue collected in the province"),
        ("nrd_criteria", "Số tiêu chí nông thôn mới đạt được", "criteria of 19", "New-rural criteria met"),
    ])
    levels = OrderedDict()
    for _, _, level, _ in units:
        levels[level] = levels.get(level, 0) + 1
    print("generate_national.py: seed %d -> %s" % (SEED, args.out))
    print("  units: %s" % ", ".join("%d %s" % (n, level) for level, n in levels.items()))
    print("  %d observations, %d targets, %d bands; %d districts collect 70%% of their share in 2014"
          % (len(observations), len(targets), len(bands), weak_count))


if __name__ == "__main__":
    main()
